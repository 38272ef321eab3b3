// The unit's topics, in order: rename, move, delete, and add one (or, for someone who may not change the unit,
// just their names).

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { field } from "../../components/field.js";
import { itemButtons } from "./item-buttons.js";
import { guarded } from "./shared.js";

/** The topics section; `draw(unit)` fills it in (again after every change). Returns { element, draw }. */
export function topicsSection(page) {
  const element = el("section", { "aria-labelledby": "topics-heading" });
  const draw = (unit) => {
    const topics = [...unit.topics].sort((a, b) => a.position - b.position);
    const list = el(
      "ol",
      { class: "units-list", dataset: { testid: "topics" } },
      topics.map((topic, index) => topicItem({ topics, index, section: element, page })),
    );
    replaceChildren(
      element,
      el("h2", { id: "topics-heading" }, "Topics"),
      topics.length ? list : el("p", { class: "muted" }, "No topics yet."),
      page.canChange ? addTopicForm(page) : null,
    );
  };
  return { element, draw };
}

function topicItem({ topics, index, section, page }) {
  const topic = topics[index];
  if (!page.canChange) return el("li", { class: "units-item" }, el("p", {}, topic.title));
  const rename = field({ label: `Name of topic ${index + 1}`, value: topic.title, maxlength: 200 });
  const save = el("button", { type: "button", class: "button button--secondary button--small" }, "Rename", el("span", { class: "visually-hidden" }, ` topic ${index + 1}`));
  save.addEventListener("click", () =>
    guarded(save, page.status, async () => {
      const title = topicTitle(rename);
      if (!title) return;
      await api(`${page.path}/topics/${topic.id}`, { method: "PATCH", body: { title } });
      await page.reload(`The topic is now called ‘${title}’.`);
    }),
  );
  const buttons = itemButtons({ items: topics, index, kind: "topic", name: topic.title, section, page });
  return el("li", { class: "units-item" }, rename.element, el("div", { class: "cluster units-item__actions" }, save, ...buttons));
}

function addTopicForm(page) {
  const title = field({ label: "New topic", maxlength: 200 });
  const add = el("button", { type: "submit", class: "button button--secondary" }, "Add the topic");
  const form = el("form", { class: "cluster units-add", novalidate: true }, title.element, add);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = topicTitle(title);
    if (!value) return;
    guarded(add, page.status, async () => {
      await api(`${page.path}/topics`, { method: "POST", body: { title: value } });
      await page.reload(`The topic ‘${value}’ was added.`);
    });
  });
  return form;
}

/** The name typed in `nameField`, or null (with the field marked and focused) when there is none. */
function topicTitle(nameField) {
  const title = nameField.input.value.trim();
  if (!title) {
    nameField.setError("Type a name for the topic.");
    nameField.input.focus();
    return null;
  }
  nameField.clearError();
  return title;
}
