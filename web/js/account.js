// My account (staff): change my own password, two-step sign-in (account/two-step.js), and see where I am signed
// in, with "Sign out everywhere else" and a button to sign out one other device. The password form needs the
// current password; the new one is typed twice, and the server's staff password rule says what to choose when it
// is too weak. An admin who must set up two-step sign-in first (a production server) sees only that.

import { api } from "./api.js";
import { startPage } from "./app.js";
import { homeFor } from "./auth.js";
import { twoStepSection } from "./account/two-step.js";
import { field } from "./components/field.js";
import { el, replaceChildren } from "./components/html.js";
import { sayProblem, statusArea, statusMessage } from "./components/status.js";

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    if (user.two_factor_setup_required) {
      const twoStep = twoStepSection({ user, firstSetUp: true, onFinished: () => location.assign(homeFor(user)) });
      replaceChildren(
        main,
        el("h1", {}, "Set up two-step sign-in"),
        statusMessage("Admins need two-step sign-in on this server. Set it up now: until then, the other pages stay closed.", { kind: "plain" }),
        twoStep.element,
      );
      await twoStep.load();
      return;
    }
    const sessions = sessionsSection();
    const twoStep = twoStepSection({ user });
    replaceChildren(main, el("h1", {}, "My account"), passwordSection(sessions), twoStep.element, sessions.element);
    await Promise.all([twoStep.load(), sessions.load()]);
  },
});

function passwordSection(sessions) {
  const current = field({ label: "Current password", type: "password", autocomplete: "current-password", required: true });
  const fresh = field({
    label: "New password",
    type: "password",
    autocomplete: "new-password",
    required: true,
    help: "At least 12 characters. Several words you will remember work well, e.g. walnut harbour comet.",
  });
  const again = field({ label: "New password again", type: "password", autocomplete: "new-password", required: true });
  const status = statusArea({ testid: "password-status" });
  const submit = el("button", { type: "submit", class: "button" }, "Change my password");
  const form = el("form", { class: "stack", novalidate: true }, current.element, fresh.element, again.element, submit, status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    [current, fresh, again].forEach((f) => f.clearError());
    const problem = !current.input.value
      ? [current, "Type the password you signed in with."]
      : !fresh.input.value
        ? [fresh, "Type a new password."]
        : fresh.input.value !== again.input.value
          ? [again, "The two new passwords are different. Type the same one twice."]
          : null;
    if (problem) {
      problem[0].setError(problem[1]);
      problem[0].input.focus();
      return;
    }
    submit.disabled = true;
    try {
      const done = await api("/api/auth/password", {
        method: "POST",
        body: { current_password: current.input.value, new_password: fresh.input.value },
      });
      form.reset();
      status.say(done.message).focus();
      await sessions.load();
    } catch (error) {
      sayProblem(status, error).focus();
    } finally {
      submit.disabled = false;
    }
  });
  return el("section", { class: "card stack", "aria-labelledby": "password-heading" }, el("h2", { id: "password-heading" }, "Change my password"), form);
}

function sessionsSection() {
  const status = statusArea({ testid: "sessions-status" });
  const list = el("ul", { class: "stack plain-list", "data-testid": "session-list" });
  const endOthers = el("button", { type: "button", class: "button button--secondary" }, "Sign out everywhere else");
  endOthers.addEventListener("click", async () => {
    endOthers.disabled = true;
    try {
      const done = await api("/api/auth/sessions/end-others", { method: "POST" });
      status.say(done.message);
      await section.load();
    } catch (error) {
      sayProblem(status, error);
    } finally {
      endOthers.disabled = false;
    }
  });
  const element = el(
    "section",
    { class: "card stack", "aria-labelledby": "sessions-heading" },
    el("h2", { id: "sessions-heading" }, "Where I am signed in"),
    el("p", {}, "If you see a computer you do not use any more, sign it out."),
    list,
    endOthers,
    status,
  );
  const section = {
    element,
    async load() {
      const sessions = await api("/api/auth/sessions");
      replaceChildren(list, sessions.map((s) => sessionItem(s, status, section)));
      endOthers.hidden = sessions.length < 2;
    },
  };
  return section;
}

function sessionItem(s, status, section) {
  const when = (iso) => new Date(iso).toLocaleString("en-GB", { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
  const details = el(
    "div",
    {},
    el("strong", {}, s.current ? `${s.device} (this one)` : s.device),
    el("p", { class: "muted" }, `Signed in ${when(s.signed_in_at)}. Last used ${when(s.last_seen_at)}.${s.ip ? ` Address ${s.ip}.` : ""}`),
  );
  if (s.current) return el("li", { class: "session" }, details);
  const end = el("button", { type: "button", class: "button button--secondary button--small" }, "Sign out this one", el("span", { class: "visually-hidden" }, `: ${s.device}`));
  end.addEventListener("click", async () => {
    end.disabled = true;
    try {
      await api(`/api/auth/sessions/${encodeURIComponent(s.id)}`, { method: "DELETE" });
      status.say(`${s.device} was signed out.`);
      await section.load();
    } catch (error) {
      sayProblem(status, error);
      end.disabled = false;
    }
  });
  return el("li", { class: "session cluster" }, details, end);
}
