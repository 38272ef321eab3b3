// The unit's learning objectives, in order: each with its topic and strands in words, to change, move or
// delete; and the form to add one. Someone who may not change the unit reads the words only.

import { append, el, replaceChildren } from "../../components/html.js";
import { itemButtons } from "./item-buttons.js";
import { objectiveForm } from "./objective-form.js";

/** The objectives section; `draw(unit)` fills it in (again after every change). Returns { element, draw }. */
export function objectivesSection(page) {
  const element = el("section", { "aria-labelledby": "objectives-heading" });
  const draw = (unit) => {
    const objectives = [...unit.objectives].sort((a, b) => a.position - b.position);
    const list = el(
      "ol",
      { class: "units-list", dataset: { testid: "objectives" } },
      objectives.map((objective, index) => objectiveItem({ unit, objectives, index, section: element, page })),
    );
    replaceChildren(
      element,
      el("h2", { id: "objectives-heading" }, "Learning objectives"),
      objectives.length ? list : el("p", { class: "muted" }, "No learning objectives yet."),
      page.canChange ? objectiveForm({ unit, page, onDone: (saved) => page.reload(`${saved.code} was added.`) }) : null,
    );
  };
  return { element, draw };
}

/** One objective, read as words; Change swaps in the form, and Cancel swaps it back with focus on Change. */
function objectiveItem({ unit, objectives, index, section, page }) {
  const objective = objectives[index];
  const item = el("li", { class: "units-item units-objective", dataset: { code: objective.code } });
  if (!page.canChange) return append(item, objectiveWords(objective, unit, page.taxonomy));
  const show = () => {
    const edit = el("button", { type: "button", class: "button button--secondary button--small" }, "Change", el("span", { class: "visually-hidden" }, ` ${objective.code}`));
    const onDone = (saved) => {
      if (saved) {
        page.reload(`${saved.code} is saved.`);
      } else {
        show().focus();
      }
    };
    edit.addEventListener("click", () => {
      replaceChildren(item, objectiveForm({ unit, objective, page, onDone }));
      item.querySelector("input")?.focus();
    });
    replaceChildren(
      item,
      objectiveWords(objective, unit, page.taxonomy),
      el("div", { class: "cluster units-item__actions" }, edit, ...itemButtons({ items: objectives, index, kind: "objective", name: objective.code, section, page })),
    );
    return edit;
  };
  show();
  return item;
}

/** The objective as words: its code and description, then its topic and strands. */
function objectiveWords(objective, unit, taxonomy) {
  return [
    el("p", { class: "units-objective__text" }, el("strong", {}, `${objective.code}: `), objective.description),
    el("p", { class: "units-objective__meta muted" }, objectiveFacts(objective, unit, taxonomy)),
  ];
}

function objectiveFacts(objective, unit, taxonomy) {
  const topic = unit.topics.find((t) => t.id === objective.topic_id)?.title;
  const strandName = (c) => `${c} – ${taxonomy.find((s) => s.code === c)?.name ?? c}`;
  return `Topic: ${topic ?? "none"}. Strands: ${objective.strands.length ? objective.strands.map(strandName).join(", ") : "none"}.`;
}
