// An accessible modal dialog on the native <dialog> element: the rest of the page is inert while it is open,
// Tab and Shift+Tab go round the dialog's controls, Escape closes it, and focus goes back to where it was. Use sparingly: a confirm step
// before something that cannot be undone ("Ready to submit your assessment?").

import { el } from "./html.js";

let counter = 0;
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Open a dialog and wait for the choice.
 *
 *   const choice = await openModal({
 *     title: "Ready to submit your assessment?",
 *     body: "You cannot change your answers after this.",        // string, Node or array of them
 *     actions: [
 *       { label: "Go back and check", value: "back", kind: "secondary" },
 *       { label: "Submit my assessment", value: "submit", kind: "primary" },
 *     ],
 *   });
 *
 * Resolves with the chosen action's `value`, or null when closed with Escape. `initialFocus` is the
 * value of the action to focus first (default: the first action, the safe choice when it is "back").
 */
export function openModal({ title, body, actions, initialFocus } = {}) {
  if (!title || !actions?.length) throw new Error("openModal(): a title and at least one action are needed.");
  const id = `modal-${++counter}`;
  const returnFocusTo = document.activeElement;
  const buttons = actions.map((action) =>
    el(
      "button",
      {
        type: "button",
        class: ["button", action.kind === "secondary" && "button--secondary", action.kind === "danger" && "button--danger"],
        dataset: { value: String(action.value) },
      },
      action.label,
    ),
  );
  const dialog = el(
    "dialog",
    { class: "modal", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-body` },
    el(
      "div",
      { class: "modal__content" },
      el("h2", { class: "modal__title", id: `${id}-title` }, title),
      el("div", { class: "modal__body", id: `${id}-body` }, typeof body === "string" ? el("p", {}, body) : body),
      el("div", { class: "modal__actions" }, buttons),
    ),
  );
  document.body.append(dialog);

  return new Promise((resolve) => {
    let result = null;
    buttons.forEach((button, index) => {
      button.addEventListener("click", () => {
        result = actions[index].value;
        dialog.close();
      });
    });
    keepTabInside(dialog);
    // Escape fires "cancel" then "close": the result stays null.
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
      resolve(result);
    });
    dialog.showModal();
    const first = actions.findIndex((a) => a.value === initialFocus);
    buttons[first >= 0 ? first : 0].focus();
  });
}

/**
 * A modal <dialog> makes the page behind it inert, but Tab can still leave for the browser's own toolbar:
 * keep Tab and Shift+Tab going round the dialog's controls instead. For dialogs built elsewhere too.
 */
export function keepTabInside(dialog) {
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const focusable = [...dialog.querySelectorAll(FOCUSABLE)].filter((node) => !node.disabled && node.offsetParent !== null);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
}

/** A yes/no question. Resolves true only when the confirm button was pressed. */
export async function confirmDialog({ title, message, confirmLabel, cancelLabel = "Go back", danger = false }) {
  const choice = await openModal({
    title,
    body: message,
    actions: [
      { label: cancelLabel, value: "cancel", kind: "secondary" },
      { label: confirmLabel, value: "confirm", kind: danger ? "danger" : "primary" },
    ],
  });
  return choice === "confirm";
}
