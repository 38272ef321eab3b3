// Small pieces the admin pages share: a change said in the status area, a panel for a password shown once, the
// current academic year, and a button that ignores a second press while it works.

import { el } from "../components/html.js";
import { sayProblem, statusMessage } from "../components/status.js";

/**
 * Make a change with `request()`; then say `success` and draw the page again with `refresh()`, or say in the
 * server's words why it could not be made.
 */
export async function changeAndSay({ status, refresh }, request, success) {
  try {
    await request();
    status.say(success, "success");
    await refresh();
  } catch (error) {
    sayProblem(status, error);
  }
}

/** A new password for a teacher or admin, shown once. */
export function passwordPanel({ name, username, password }, { intro }) {
  return statusMessage(
    [
      el("p", {}, intro),
      el(
        "dl",
        { class: "details-list" },
        el("dt", {}, "Name"),
        el("dd", {}, name),
        el("dt", {}, "Username"),
        el("dd", { class: "password-panel__secret" }, username),
        el("dt", {}, "Password"),
        el("dd", { class: "password-panel__secret" }, password),
      ),
      el("p", {}, "This password is shown only now: the system keeps no copy it can show again. Give it to them in person. If it is lost, reset the password here to make a new one."),
    ],
    { kind: "warning", testid: "new-password", className: "password-panel", blocks: true },
  );
}

/** The UK academic year today: September starts a new one ("2025-26"). */
export function currentAcademicYear(day = new Date()) {
  const start = day.getMonth() >= 8 ? day.getFullYear() : day.getFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

/** A button that stops a second press while its action runs (aria-disabled keeps keyboard focus on it). */
export function actionButton(label, action, { kind = "secondary", small = true, hiddenSuffix } = {}) {
  const button = el(
    "button",
    { type: "button", class: ["button", kind && `button--${kind}`, small && "button--small"] },
    label,
    hiddenSuffix ? el("span", { class: "visually-hidden" }, hiddenSuffix) : null,
  );
  let busy = false;
  button.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    button.setAttribute("aria-disabled", "true");
    try {
      await action();
    } finally {
      busy = false;
      if (button.isConnected) button.removeAttribute("aria-disabled");
    }
  });
  return button;
}
