// Keyboard shortcuts for marking a class in one pass: A accepts the AI's mark, C changes it (or marks by hand),
// J / ↓ and K / ↑ move between answers. Never while typing in a field, with a modifier key held, or with a dialog
// open; the page says which keys there are.

import { el } from "../../components/html.js";

const EDITABLE = "input, textarea, select, [contenteditable=''], [contenteditable='true']";
const KEYS = new Map([["j", "next"], ["ArrowDown", "next"], ["k", "previous"], ["ArrowUp", "previous"], ["a", "accept"], ["c", "change"]]);

function isForShortcuts(event) {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.target instanceof Element && event.target.closest(EDITABLE)) return false;
  return !document.querySelector("dialog[open]");
}

/**
 * Listen for the shortcuts. `actions` has next(), previous(), accept() and change(); accept and change return
 * false when there is nothing to accept or change, and the key then does what it would do anyway.
 */
export function listenForShortcuts(actions) {
  document.addEventListener("keydown", (event) => {
    const action = KEYS.has(event.key) ? actions[KEYS.get(event.key)] : null;
    if (!action || !isForShortcuts(event)) return;
    if (action() !== false) event.preventDefault();
  });
}

/** The list of shortcuts, for the page. */
export function shortcutsHelp() {
  const keys = [
    ["A", "Accept the AI's mark"],
    ["C", "Change the mark, or mark by hand"],
    ["J or ↓ (down arrow)", "Next answer"],
    ["K or ↑ (up arrow)", "Previous answer"],
  ];
  return el(
    "section",
    { class: "results-section marking-keys", "aria-labelledby": "keys-heading", dataset: { testid: "shortcuts" } },
    el("h2", { id: "keys-heading" }, "Keyboard shortcuts"),
    el("p", {}, "They work whenever you are not typing in a box."),
    el("dl", { class: "details-list" }, keys.map(([key, what]) => [el("dt", {}, el("kbd", {}, key)), el("dd", {}, what)])),
  );
}
