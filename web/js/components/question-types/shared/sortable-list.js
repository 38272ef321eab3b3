// A list a pupil puts in order. The buttons are the main way ("Move up" / "Move down", plus any extra
// actions such as Indent, Outdent or Remove); pointer dragging is a shortcut on top. After every change
// the list is drawn again and focus goes back to the same button on the same item, so keyboard users
// stay where they were. The caller announces what happened in words.

import { el } from "../../html.js";
import { insertIndexAt, makeDraggable, targetAt } from "./pointer-drag.js";

/**
 * sortableList({ label, content, describe, actions, onMove, onDropElsewhere, disabled, emptyText })
 *   label          accessible name of the list ("Your order")
 *   content(item)  the item's visible content (a Node or text)
 *   describe(item) the item in words, for the hidden part of button names ("Move up ‘Input’")
 *   actions(item, index, count)  extra buttons: [{ action, text, unavailable, run() }]
 *   onMove(from, to)              reorder (from buttons or a drag); the caller updates its items and calls render
 *   onUnavailable(item, action)   a button that cannot act was pressed (e.g. Move up on the first item)
 *   onDropElsewhere(index, x, y)  an item was dragged out of the list and dropped at (x, y)
 * Returns { element, render(items, focus = { id, action }) }. Items need a string `id`.
 */
export function sortableList({ label, emptyText = "", listClass = "", actions = () => [], disabled = false, ...callbacks }) {
  const list = el("ol", { class: ["qt-list", listClass], "aria-label": label });
  const empty = emptyText ? el("p", { class: "qt-list__empty" }, emptyText) : null;
  const sortable = { ...callbacks, actions, disabled, list, empty, current: [] };
  return {
    element: el("div", { class: "qt-list-wrap" }, list, empty),
    list,
    render: (items, focus = null) => render(sortable, items, focus),
    get items() {
      return sortable.current;
    },
  };
}

function render(sortable, items, focus) {
  const { list, empty } = sortable;
  sortable.current = items;
  list.replaceChildren(...items.map((item, index) => itemElement(sortable, item, index, items.length)));
  if (empty) empty.hidden = items.length > 0;
  if (focus) {
    const selector = `li[data-id="${CSS.escape(focus.id)}"] button[data-action="${CSS.escape(focus.action)}"]`;
    list.querySelector(selector)?.focus();
  }
}

function clearDropMarks(list) {
  for (const node of list.querySelectorAll(".qt-item--drop-before")) node.classList.remove("qt-item--drop-before");
  list.classList.remove("qt-list--drop-end");
}

function buttonFor(sortable, item, spec) {
  return el(
    "button",
    {
      type: "button",
      class: "button button--secondary button--small qt-item__button",
      dataset: { action: spec.action },
      "aria-disabled": spec.unavailable ? "true" : null,
      onClick: () => {
        if (spec.unavailable) sortable.onUnavailable?.(item, spec.action);
        else spec.run();
      },
    },
    spec.text,
    el("span", { class: "visually-hidden" }, ` ${sortable.describe(item)}`),
  );
}

function itemElement(sortable, item, index, count) {
  const { disabled, onMove } = sortable;
  const moves = [
    { action: "up", text: "Move up", unavailable: index === 0, run: () => onMove(index, index - 1) },
    { action: "down", text: "Move down", unavailable: index === count - 1, run: () => onMove(index, index + 1) },
  ];
  const buttons = disabled ? [] : [...moves, ...sortable.actions(item, index, count)];
  const li = el(
    "li",
    { class: "qt-item", dataset: { id: item.id } },
    el("span", { class: "qt-item__position", "aria-hidden": "true" }, String(index + 1)),
    disabled ? null : el("span", { class: "qt-item__grip", "aria-hidden": "true", title: "Drag to move" }, "⠿"),
    el("div", { class: "qt-item__content" }, sortable.content(item)),
    buttons.length ? el("div", { class: "qt-item__actions" }, buttons.map((spec) => buttonFor(sortable, item, spec))) : null,
  );
  if (!disabled) enableDrag(sortable, li, index);
  return li;
}

/** Buttons stay buttons; on touch screens only the grip drags, so the page can still scroll. */
export function acceptsDrag(event) {
  return !event.target.closest("button") && (event.pointerType !== "touch" || event.target.closest(".qt-item__grip"));
}

function enableDrag(sortable, li, index) {
  const { list } = sortable;
  let insertAt = null;
  makeDraggable(li, {
    accept: acceptsDrag,
    onMove: (x, y) => {
      clearDropMarks(list);
      const box = list.getBoundingClientRect();
      const inside = x >= box.left && x <= box.right && y >= box.top - 24 && y <= box.bottom + 24;
      if (!inside) {
        insertAt = null;
        return;
      }
      const others = [...list.children];
      insertAt = insertIndexAt(others, y);
      if (insertAt < others.length) others[insertAt].classList.add("qt-item--drop-before");
      else list.classList.add("qt-list--drop-end");
    },
    onDrop: (x, y) => {
      if (insertAt === null) {
        if (sortable.onDropElsewhere && !targetAt(x, y, ".qt-list")?.isSameNode(list)) sortable.onDropElsewhere(index, x, y);
        return;
      }
      const to = insertAt > index ? insertAt - 1 : insertAt;
      if (to !== index) sortable.onMove(index, to);
    },
    onEnd: () => clearDropMarks(list),
  });
}

/** items with the one at `from` moved to `to` (a new array). */
export function moved(items, from, to) {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
