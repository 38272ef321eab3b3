// ordering: put the items in the right order with "Move up" / "Move down" (or by dragging).
// The answer is always the order on screen, so what the pupil sees is exactly what is saved.

import { append, el } from "../html.js";
import { instruction, mountQuestion, newId, notify, quote, readFrom, resultMark, reviewDetails, statusLine } from "./shared/dom.js";
import { repeater, startEditor, textField } from "./shared/editor-kit.js";
import { moved, sortableList } from "./shared/sortable-list.js";

export const type = "ordering";

/** Restore a saved order when it names exactly the items shown; otherwise keep the order given. */
function startingOrder(items, saved) {
  const byId = new Map(items.map((item) => [item.id, item]));
  if (Array.isArray(saved) && saved.length === items.length && saved.every((id) => byId.has(id)) && new Set(saved).size === saved.length) {
    return saved.map((id) => byId.get(id));
  }
  return [...items];
}

/** The list with move buttons; restores `answer.order`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  let items = startingOrder(view.items || [], answer?.order);
  const read = () => ({ order: items.map((item) => item.id) });
  mountQuestion(root, type, read);
  const status = statusLine();

  const list = sortableList({
    label: "Your order",
    content: (item) => el("span", { class: "qt-item__text" }, item.text),
    describe: (item) => quote(item.text),
    disabled,
    onMove: (from, to) => {
      const item = items[from];
      items = moved(items, from, to);
      // Focus stays on the same button of the moved item (pressing it again at the end just says so).
      list.render(items, { id: item.id, action: to < from ? "up" : "down" });
      status.say(`Moved ${quote(item.text)} to position ${to + 1} of ${items.length}.`);
      notify(onChange, read);
    },
    onUnavailable: (item, action) =>
      status.say(`${quote(item.text)} is already ${action === "up" ? "first" : "last"}.`),
  });
  list.render(items);
  if (disabled) root.dataset.qtDisabled = "";
  append(root, 
    disabled ? null : instruction("Put these in order. Use the Move up and Move down buttons, or drag them."),
    list.element,
    status.element,
  );
}

/** { order: [ids] } top to bottom. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** Each item marked Right / Not yet from `details.positions`. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts } = reviewDetails(details);
  for (const [id, right] of Object.entries(parts.positions || {})) {
    root.querySelector(`.qt-item[data-id="${CSS.escape(id)}"]`)?.append(resultMark(Boolean(right), { rightText: "Right place", notYetText: "Not yet" }));
  }
}

/** The teacher's form: the items written in the correct order (pupils always see them mixed up). */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed: send } = startEditor(root, type, config, onChange);
  const items = [...(cfg.items || [])].sort((a, b) => (a.correct_position ?? 0) - (b.correct_position ?? 0));
  const changed = () => {
    cfg.items = items.map((item, i) => ({ id: item.id, text: item.text, correct_position: i + 1 }));
    send();
  };
  let list;
  const moveRow = (index, by) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    items.splice(to, 0, ...items.splice(index, 1));
    list.refresh(to);
    changed();
  };
  list = repeater({
    legend: "Items, in the correct order",
    help: "Between 2 and 10. Pupils always see them mixed up.",
    items,
    name: "items",
    min: 2,
    max: 10,
    addLabel: "Add an item",
    rowLegend: (i) => `Position ${i + 1}`,
    newItem: () => ({ id: newId("i"), text: "" }),
    onChange: changed,
    row: (item, index) => [
      textField({ label: "Text", value: item.text, name: "text", onValue: (v) => ((item.text = v), changed()) }),
      el(
        "div",
        { class: "cluster" },
        el("button", { type: "button", class: "button button--secondary button--small", onClick: () => moveRow(index, -1) }, "Move up", el("span", { class: "visually-hidden" }, ` position ${index + 1}`)),
        el("button", { type: "button", class: "button button--secondary button--small", onClick: () => moveRow(index, 1) }, "Move down", el("span", { class: "visually-hidden" }, ` position ${index + 1}`)),
      ),
    ],
  });
  append(root, list.element);
}
