// The sign-in page's second step, for someone with two-step sign-in on: after the right password, the 6-digit
// code from their authenticator app, or one of their recovery codes. The password form is hidden meanwhile and
// comes back with "Start again", or by itself when the step has run out of time (5 minutes).

import { ApiError } from "../api.js";
import { signInWithCode } from "../auth.js";
import { field } from "../components/field.js";
import { el } from "../components/html.js";

const APP = {
  lead: "Type the 6-digit code from your authenticator app.",
  label: "6-digit code",
  empty: "Type the 6-digit code your app shows now.",
  swap: "Use a recovery code instead",
  inputmode: "numeric",
  autocomplete: "one-time-code",
};
const RECOVERY = {
  lead: "Type one of the recovery codes you saved when you set up two-step sign-in. Each code works once. It looks like ABCDE-FGHJK.",
  label: "Recovery code",
  empty: "Type one of your recovery codes.",
  swap: "Use the code from my app instead",
  inputmode: "text",
  autocomplete: "off",
};

/**
 * Show the code step in place of `passwordForm` (and its `intro`). `say(text, kind)` speaks in the page's
 * message area; `onSignedIn(answer)` is called once the code is right; `onStartAgain()` once the password
 * form is back.
 */
export function showCodeStep({ passwordForm, intro, say, onSignedIn, onStartAgain }) {
  const code = field({ label: APP.label, id: "sign-in-code", autocapitalize: "none", spellcheck: "false", maxlength: "24", required: true });
  const lead = el("p", { "data-testid": "code-step-lead" });
  const submit = el("button", { type: "submit", class: "button button--wide" }, "Sign in");
  const swap = el("button", { type: "button", class: "button button--quiet" });
  const back = el("button", { type: "button", class: "button button--quiet" }, "Start again");
  const form = el("form", { novalidate: true, class: "stack", "data-testid": "code-step" }, lead, code.element, submit, el("div", { class: "cluster" }, swap, back));
  let mode = APP;
  let busy = false;

  function use(next) {
    mode = next;
    lead.textContent = mode.lead;
    form.querySelector("label").textContent = mode.label;
    swap.textContent = mode.swap;
    code.input.setAttribute("inputmode", mode.inputmode);
    code.input.setAttribute("autocomplete", mode.autocomplete);
    code.input.value = "";
    code.clearError();
  }

  function leave() {
    form.remove();
    passwordForm.hidden = false;
    intro.hidden = false;
    onStartAgain();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    const typed = code.input.value.trim();
    if (!typed) {
      code.setError(mode.empty);
      code.input.focus();
      return;
    }
    busy = true;
    submit.setAttribute("aria-disabled", "true");
    submit.textContent = "Signing in…";
    try {
      onSignedIn(await signInWithCode(typed));
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(error);
      const detail = error instanceof ApiError ? error.detail : "Something went wrong. Please try again.";
      if (error instanceof ApiError && error.error === "SignInStepExpired") {
        leave();
      } else {
        code.input.setAttribute("aria-describedby", "sign-in-message");
        code.input.focus();
        code.input.select();
      }
      say(detail, "warning");
      busy = false;
      submit.removeAttribute("aria-disabled");
      submit.textContent = "Sign in";
    }
  });
  swap.addEventListener("click", () => {
    use(mode === APP ? RECOVERY : APP);
    say(mode.lead, "info");
    code.input.focus();
  });
  back.addEventListener("click", () => {
    leave();
    say("Type your username and password again.", "info");
  });
  code.input.addEventListener("input", () => {
    if (code.input.getAttribute("aria-invalid")) code.clearError();
  });

  use(APP);
  passwordForm.hidden = true;
  intro.hidden = true;
  passwordForm.after(form);
  say("Your password is right. One more step.", "success");
  code.input.focus();
}
