// Small pieces the admin pages share: a polite status region and its messages, a panel for a password shown
// once, and the current academic year.

import { ApiError } from "../api.js";
import { el } from "../components/html.js";

/** A polite live region, in the page from the start (so screen readers notice what goes into it). */
export function statusRegion(testid) {
  return el("div", { "aria-live": "polite", class: "admin-status", "data-testid": testid || null });
}

/** Put a message in a status region: kind is "success", "warning" or "" (information). */
export function say(region, text, kind = "") {
  region.replaceChildren(el("div", { class: ["status", kind && `status--${kind}`] }, el("p", {}, text)));
}

/** Show an API error's words in a status region (anything else is a bug, and is thrown on). */
export function sayProblem(region, error) {
  if (!(error instanceof ApiError)) throw error;
  say(region, error.detail, "warning");
}

/** A new password for a teacher or admin, shown once. */
export function passwordPanel({ name, username, password }, { intro }) {
  return el(
    "div",
    { class: "status status--warning password-panel", "data-testid": "new-password" },
    el(
      "div",
      {},
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
    ),
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
