// The class page's "Access arrangements" section: every pupil's arrangements in words, "Change" for one pupil,
// tick several and "Set arrangements for the ticked pupils", and "Print the list" (the section alone, on paper:
// each pupil's name and their arrangements in plain words).

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { sayProblem, statusArea, statusMessage } from "../../components/status.js";
import { toast } from "../../components/toast.js";
import { askArrangements } from "./dialog.js";
import { arrangementSummary } from "./words.js";

const PRINTING_CLASS = "print-access-list";

/** The section for one class ({id, name}); it loads and redraws its own list. */
export function classAccessSection(schoolClass) {
  const path = `/api/classes/${encodeURIComponent(schoolClass.id)}/access`;
  const host = el("div", {});
  const status = statusArea({ testid: "access-status" });
  const state = { list: null };

  const draw = () => host.replaceChildren(accessTable(state.list, { onChange: changeOne, onSetSeveral: changeSeveral }));
  const load = async () => {
    state.list = await api(path);
    draw();
  };

  async function changeOne(pupil) {
    const arrangements = await askArrangements({ title: `Access arrangements for ${pupil.name}`, arrangements: pupil.arrangements });
    if (!arrangements) return;
    try {
      await api(`/api/pupils/${encodeURIComponent(pupil.pupil_id)}/access`, { method: "PUT", body: arrangements });
      await load();
      toast(`${pupil.name}’s access arrangements are saved.`, { kind: "success" });
    } catch (error) {
      sayProblem(status, error);
    }
  }

  async function changeSeveral(pupilIds) {
    if (!pupilIds.length) return status.say("Tick the pupils whose arrangements you want to set first.", "warning");
    const count = pupilIds.length;
    const change = await askArrangements({ title: `Set access arrangements for ${count} ${count === 1 ? "pupil" : "pupils"}`, arrangements: null });
    if (!change) return;
    if (!Object.keys(change).length) return status.say("Nothing was changed: every arrangement was left as it is.", "plain");
    try {
      state.list = await api(path, { method: "PUT", body: { pupil_ids: pupilIds, change } });
      draw();
      status.say(`Access arrangements saved for ${count} ${count === 1 ? "pupil" : "pupils"}.`);
    } catch (error) {
      sayProblem(status, error);
    }
  }

  const printButton = el("button", { type: "button", class: "button button--secondary no-print", onClick: printList }, "Print the list of arrangements");
  const section = el(
    "section",
    { class: "results-section access-section", "aria-labelledby": "access-heading", dataset: { testid: "access-section" } },
    el("h2", { id: "access-heading" }, `Access arrangements in ${schoolClass.name}`),
    el("p", { class: "muted no-print" }, "They apply on every computer as soon as the pupil signs in."),
    printButton,
    status,
    host,
  );
  section.reload = load;
  section.ready = load();
  return section;
}

function printList() {
  document.body.classList.add(PRINTING_CLASS);
  window.addEventListener("afterprint", () => document.body.classList.remove(PRINTING_CLASS), { once: true });
  window.print();
}

function accessTable(list, { onChange, onSetSeveral }) {
  if (!list.pupils.length) return statusMessage("There are no pupils in this class yet.");
  const boxes = [];
  const rows = list.pupils.map((p) => {
    const box = el("input", { type: "checkbox", class: "no-print", value: p.pupil_id, "aria-label": `Choose ${p.name}` });
    boxes.push(box);
    return el(
      "tr",
      { dataset: { pupil: p.pupil_id } },
      el("td", { class: "no-print" }, box),
      el("th", { scope: "row" }, p.name),
      el("td", { dataset: { testid: "arrangements" } }, arrangementSummary(p.arrangements)),
      el(
        "td",
        { class: "no-print" },
        el("button", { type: "button", class: "button button--secondary button--small", onClick: () => onChange(p) }, "Change", el("span", { class: "visually-hidden" }, ` ${p.name}’s arrangements`)),
      ),
    );
  });
  const all = el("input", { type: "checkbox", "aria-label": "Choose every pupil" });
  all.addEventListener("change", () => boxes.forEach((box) => (box.checked = all.checked)));
  return el(
    "div",
    {},
    el(
      "div",
      { class: "table-wrap", role: "region", "aria-label": `Access arrangements in ${list.class_name}`, tabindex: "0" },
      el(
        "table",
        { class: "table", dataset: { testid: "access-table" } },
        el("caption", {}, `Access arrangements of the pupils in ${list.class_name}`),
        el("thead", {}, el("tr", {}, el("th", { scope: "col", class: "no-print" }, all), el("th", { scope: "col" }, "Pupil"), el("th", { scope: "col" }, "Arrangements"), el("th", { scope: "col", class: "no-print" }, el("span", { class: "visually-hidden" }, "Change")))),
        el("tbody", {}, rows),
      ),
    ),
    el(
      "p",
      { class: "no-print" },
      el("button", { type: "button", class: "button", onClick: () => onSetSeveral(boxes.filter((b) => b.checked).map((b) => b.value)) }, "Set arrangements for the ticked pupils"),
    ),
  );
}
