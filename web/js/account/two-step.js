// My account, "Two-step sign-in": turn it on (scan a QR code or type the key into an authenticator app, then
// prove it with a code), see how many recovery codes are left, make new ones, and turn it off (password and a
// code; admins on a production server cannot). With `firstSetUp`, the page is the one thing an admin who must
// set it up can open, and finishing goes to their home page.

import { api } from "../api.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { sayProblem, statusArea } from "../components/status.js";
import { recoveryCodesPanel } from "./recovery-codes.js";

const APPS = "an authenticator app on your phone, such as Google Authenticator or Microsoft Authenticator";

export function twoStepSection({ user, firstSetUp = false, onFinished }) {
  const status = statusArea({ testid: "two-step-status" });
  const body = el("div", { class: "stack" });
  const element = el(
    "section",
    { class: "card stack", "aria-labelledby": "two-step-heading", "data-testid": "two-step" },
    el("h2", { id: "two-step-heading" }, "Two-step sign-in"),
    body,
    status,
  );
  const section = {
    element,
    async load() {
      const state = await api("/api/auth/two-factor");
      replaceChildren(body, state.enabled ? onView(state, context) : offView(state, context));
    },
  };
  const context = {
    user,
    status,
    firstSetUp,
    show(...nodes) {
      status.clear();
      replaceChildren(body, ...nodes);
    },
    showCodes(codes) {
      const panel = recoveryCodesPanel(codes, {
        username: user.username,
        doneLabel: firstSetUp ? "I have saved my codes: go to my home page" : "I have saved my codes",
        onDone: () => (firstSetUp ? onFinished() : section.load()),
      });
      context.show(panel.element);
      panel.focus();
    },
    reload: () => section.load(),
  };
  return section;
}

function offView(state, context) {
  const start = el("button", { type: "button", class: "button" }, "Set up two-step sign-in");
  start.addEventListener("click", async () => {
    start.disabled = true;
    try {
      const setup = await api("/api/auth/two-factor/setup", { method: "POST" });
      context.show(setupView(setup, context));
      document.getElementById("two-step-scan")?.focus();
    } catch (error) {
      sayProblem(context.status, error).focus();
      start.disabled = false;
    }
  });
  return el(
    "div",
    { class: "stack" },
    el("p", {}, `Two-step sign-in keeps your account safe if someone learns your password. After your password, you type a 6-digit code from ${APPS}.`),
    state.required ? el("p", { class: "badge badge--info" }, "Admins must use it on this server.") : null,
    start,
  );
}

function setupView(setup, context) {
  const code = field({ label: "6-digit code from the app", inputmode: "numeric", autocomplete: "one-time-code", maxlength: "12", required: true, class: "input input--short" });
  const submit = el("button", { type: "submit", class: "button" }, "Turn on two-step sign-in");
  const cancel = el("button", { type: "button", class: "button button--secondary" }, "Cancel");
  cancel.addEventListener("click", () => context.reload());
  const form = el("form", { novalidate: true, class: "stack" }, code.element, el("div", { class: "cluster" }, submit, context.firstSetUp ? null : cancel));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    code.clearError();
    if (!code.input.value.trim()) {
      code.setError("Type the 6 digits your app shows now.");
      code.input.focus();
      return;
    }
    submit.disabled = true;
    try {
      const done = await api("/api/auth/two-factor/enable", { method: "POST", body: { code: code.input.value } });
      context.showCodes(done.recovery_codes);
    } catch (error) {
      sayProblem(context.status, error);
      code.input.select();
      code.input.focus();
      submit.disabled = false;
    }
  });
  return el(
    "ol",
    { class: "two-step-setup plain-list stack" },
    el("li", {}, el("h3", {}, "1. Open your authenticator app"), el("p", {}, `Use ${APPS}. In the app, choose to add an account.`)),
    el(
      "li",
      {},
      el("h3", { id: "two-step-scan", tabindex: "-1" }, "2. Scan this QR code with the app"),
      el("img", { class: "two-step-setup__qr", src: setup.qr_svg, alt: `QR code for ${setup.issuer}, account ${setup.account}`, width: 246, height: 246 }),
      el("p", {}, "If you cannot scan it, choose to type a key in the app, and type this key:"),
      el("p", {}, el("code", { class: "two-step-setup__key", "data-testid": "two-step-key" }, setup.secret_grouped)),
      el("p", { class: "muted" }, `Account name: ${setup.account}. Type of key: time-based.`),
    ),
    el("li", {}, el("h3", {}, "3. Type the code the app shows"), el("p", {}, "The app shows a new 6-digit code every 30 seconds. Type the one it shows now."), form),
  );
}

function onView(state, context) {
  const since = new Date(state.enabled_at).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const left = state.recovery_codes_left;
  return el(
    "div",
    { class: "stack" },
    el("p", { "data-testid": "two-step-state" }, `Two-step sign-in is on (since ${since}). When you sign in, you type a code from your authenticator app after your password.`),
    el("p", {}, `Recovery codes left: ${left} of 10.${left <= 3 ? " Make new ones soon." : ""}`),
    renewForm(context),
    state.can_turn_off
      ? turnOffForm(context)
      : el("p", { class: "muted" }, "Admins must keep two-step sign-in on, on this server. If you lose your phone, sign in with a recovery code, or ask another admin to reset your two-step sign-in."),
  );
}

function renewForm(context) {
  const code = field({ label: "Code from your app, or a recovery code", autocomplete: "one-time-code", maxlength: "24", required: true, class: "input input--short" });
  const submit = el("button", { type: "submit", class: "button button--secondary" }, "Make new recovery codes");
  const form = el("form", { novalidate: true, class: "stack" }, el("h3", {}, "New recovery codes"), el("p", {}, "The codes you have now stop working."), code.element, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    code.clearError();
    if (!code.input.value.trim()) {
      code.setError("Type the 6-digit code your app shows now.");
      code.input.focus();
      return;
    }
    submit.disabled = true;
    try {
      const done = await api("/api/auth/two-factor/recovery-codes", { method: "POST", body: { code: code.input.value } });
      context.showCodes(done.recovery_codes);
    } catch (error) {
      sayProblem(context.status, error).focus();
      submit.disabled = false;
    }
  });
  return form;
}

function turnOffForm(context) {
  const password = field({ label: "Your password", type: "password", autocomplete: "current-password", required: true });
  const code = field({ label: "Code from your app, or a recovery code", autocomplete: "one-time-code", maxlength: "24", required: true, class: "input input--short" });
  const submit = el("button", { type: "submit", class: "button button--secondary" }, "Turn off two-step sign-in");
  const form = el("form", { novalidate: true, class: "stack" }, el("h3", {}, "Turn off two-step sign-in"), el("p", {}, "You will sign in with your password alone."), password.element, code.element, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    [password, code].forEach((f) => f.clearError());
    const missing = !password.input.value ? [password, "Type your password."] : !code.input.value.trim() ? [code, "Type the 6-digit code your app shows now."] : null;
    if (missing) {
      missing[0].setError(missing[1]);
      missing[0].input.focus();
      return;
    }
    submit.disabled = true;
    try {
      const done = await api("/api/auth/two-factor/turn-off", { method: "POST", body: { password: password.input.value, code: code.input.value } });
      await context.reload();
      context.status.say(done.message).focus();
    } catch (error) {
      sayProblem(context.status, error).focus();
      submit.disabled = false;
    }
  });
  return form;
}
