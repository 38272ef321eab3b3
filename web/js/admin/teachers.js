// Admin: teacher and admin accounts. Create one (a password is generated and shown once), give or remove admin
// rights, switch an account off or on again, reset a password, and reset two-step sign-in (a lost phone).

import { api } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog, openModal } from "../components/modal.js";
import { sayProblem, statusArea } from "../components/status.js";
import { date } from "../teacher/results/format.js";
import { adminNav } from "./admin-nav.js";
import { actionButton, changeAndSay, passwordPanel } from "./page-parts.js";

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const status = statusArea({ testid: "teachers-status" });
    const passwordHost = el("div", {});
    const listHost = el("div", {});

    async function refresh() {
      const teachers = await api("/api/admin/teachers");
      listHost.replaceChildren(teachersTable(teachers, user, { status, passwordHost, refresh }));
    }

    replaceChildren(
      main,
      adminNav(user),
      el("div", { class: "page__header" }, el("h1", {}, "Teachers"), el("p", { class: "page__lead" }, "Teacher and admin accounts. Admins are teachers who can also use these admin pages.")),
      status,
      passwordHost,
      el("section", { class: "results-section", "aria-labelledby": "list-heading" }, el("h2", { id: "list-heading" }, "Every teacher and admin"), listHost),
      el(
        "section",
        { class: "results-section", "aria-labelledby": "create-heading" },
        el("h2", { id: "create-heading" }, "Create a teacher account"),
        createForm({
          onCreated: async (created) => {
            passwordHost.replaceChildren(
              passwordPanel(
                { name: created.teacher.name, username: created.teacher.username, password: created.password },
                { intro: `The account for ${created.teacher.name} is ready. Their password:` },
              ),
            );
            await refresh();
          },
        }),
      ),
    );
    await refresh();
  },
});

function teachersTable(teachers, me, context) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "Teachers and admins", tabindex: "0" },
    el(
      "table",
      { class: "table", "data-testid": "teachers-table" },
      el("caption", { class: "visually-hidden" }, "Teachers and admins"),
      el("thead", {}, el("tr", {}, ["Teacher", "Role and account", "Last signed in", "Actions"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, teachers.map((t) => teacherRow(t, me, context))),
    ),
  );
}

function teacherRow(t, me, context) {
  const isAdmin = t.role === "admin";
  const self = t.id === me.id;
  return el(
    "tr",
    { dataset: { user: t.username } },
    el(
      "th",
      { scope: "row" },
      t.name,
      self ? el("span", { class: "muted" }, " (you)") : null,
      el("span", { class: "muted person__detail" }, `Username: ${t.username}`),
      t.email ? el("span", { class: "muted person__detail" }, t.email) : null,
    ),
    el(
      "td",
      {},
      el(
        "div",
        { class: "badges" },
        el("span", { class: ["badge", isAdmin && "badge--info"] }, isAdmin ? "Admin" : "Teacher"),
        el("span", { class: ["badge", t.is_active ? "badge--success" : null] }, t.is_active ? "Active" : "Switched off"),
        t.two_factor_enabled ? el("span", { class: "badge" }, "Two-step sign-in on") : null,
      ),
    ),
    el("td", {}, t.last_login_at ? date(t.last_login_at) : "Never"),
    el(
      "td",
      {},
      self
        ? el("span", { class: "muted" }, "Your own account: another admin can change it.")
        : el("div", { class: "cluster table-actions" }, adminRightsButton(t, context), switchButton(t, context), resetButton(t, context), sessionsButton(t, context), emailButton(t, context), t.two_factor_enabled ? twoStepResetButton(t, context) : null),
    ),
  );
}

function userPath(t, rest = "") {
  return `/api/admin/users/${encodeURIComponent(t.id)}${rest}`;
}

/** Ask first when `question` is given; then make the change and say `success`, or say why it could not. */
async function change(context, { question, request, success }) {
  if (question && !(await confirmDialog(question))) return;
  await changeAndSay(context, request, success);
}

function adminRightsButton(t, context) {
  const isAdmin = t.role === "admin";
  return actionButton(isAdmin ? "Remove admin rights" : "Give admin rights", () =>
    change(context, {
      question: isAdmin
        ? {
            title: `Remove ${t.name}’s admin rights?`,
            message: "They stay a teacher, but can no longer open the admin pages.",
            confirmLabel: "Remove admin rights",
            cancelLabel: "Keep admin rights",
          }
        : null,
      request: () => api(userPath(t), { method: "PATCH", body: { is_admin: !isAdmin } }),
      success: isAdmin ? `${t.name} is now a teacher without admin rights.` : `${t.name} now has admin rights.`,
    }), { hiddenSuffix: ` for ${t.name}` });
}

function switchButton(t, context) {
  return actionButton(t.is_active ? "Switch off account" : "Switch on account", () =>
    change(context, {
      question: t.is_active
        ? {
            title: `Switch off ${t.name}’s account?`,
            message: "They are signed out at once and cannot sign in until the account is switched on again. Their assessments and classes are kept.",
            confirmLabel: "Switch off the account",
            cancelLabel: "Keep it on",
            danger: true,
          }
        : null,
      request: () => api(userPath(t), { method: "PATCH", body: { is_active: !t.is_active } }),
      success: t.is_active ? `${t.name}’s account is switched off.` : `${t.name}’s account is switched on again.`,
    }), { hiddenSuffix: ` for ${t.name}` });
}

/** Where the person is signed in, and signing them out everywhere (a lost laptop, a PC left signed in). */
function sessionsButton(t, { status }) {
  return actionButton("Where signed in", async () => {
    try {
      const sessions = await api(userPath(t, "/sessions"));
      const when = (iso) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
      const body = sessions.length
        ? el("ul", { class: "plain-list stack" }, sessions.map((s) => el("li", {}, el("strong", {}, s.device), ` – last used ${when(s.last_seen_at)}`, s.ip ? ` from ${s.ip}` : "")))
        : el("p", {}, `${t.name} is not signed in anywhere.`);
      const choice = await openModal({
        title: `Where ${t.name} is signed in`,
        body,
        actions: [
          { label: "Close", value: "close", kind: "secondary" },
          ...(sessions.length ? [{ label: "Sign them out everywhere", value: "end", kind: "danger" }] : []),
        ],
      });
      if (choice !== "end") return;
      const done = await api(userPath(t, "/sessions/end"), { method: "POST" });
      status.say(done.message, "success");
    } catch (error) {
      sayProblem(status, error);
    }
  }, { hiddenSuffix: ` for ${t.name}` });
}

/** The email address single sign-on finds them by (Microsoft: their user principal name). */
function emailButton(t, context) {
  return actionButton("Change email", async () => {
    const email = await askForEmail(t);
    if (email === undefined) return;
    await changeAndSay(context, () => api(userPath(t), { method: "PATCH", body: { email } }),
      email ? `${t.name}’s email is now ${email}.` : `${t.name} has no email now.`);
  }, { hiddenSuffix: ` for ${t.name}` });
}

/** Ask for a person's email (empty: none). Resolves with it, null for none, or undefined when the admin went back. */
async function askForEmail(person) {
  const email = field({ label: "Email address", type: "email", value: person.email || "", autocomplete: "off", spellcheck: "false", maxlength: "254",
    help: "Their school address, as Google or Microsoft knows it. Leave it empty for none." });
  const choice = await openModal({
    title: `Change ${person.name}’s email`,
    body: [el("p", {}, "Single sign-on finds people by this address. Each person needs their own."), email.element],
    actions: [
      { label: "Go back", value: "back", kind: "secondary" },
      { label: "Save the email", value: "save", kind: "primary" },
    ],
  });
  if (choice !== "save") return undefined;
  return email.input.value.trim() || null;
}

/** A lost phone: their two-step sign-in is turned off (and they are signed out everywhere) so they can set it up
 * again; the server's message says what happens next for them. */
function twoStepResetButton(t, context) {
  return actionButton("Reset two-step sign-in", async () => {
    const sure = await confirmDialog({
      title: `Reset ${t.name}’s two-step sign-in?`,
      message: "Do this when they have lost their phone and their recovery codes. Their two-step sign-in is turned off and they are signed out everywhere; then they set it up again.",
      confirmLabel: "Reset two-step sign-in",
      cancelLabel: "Keep it as it is",
    });
    if (!sure) return;
    try {
      const done = await api(userPath(t, "/two-factor/reset"), { method: "POST" });
      context.status.say(done.message, "success");
      await context.refresh();
    } catch (error) {
      sayProblem(context.status, error);
    }
  }, { hiddenSuffix: ` for ${t.name}` });
}

/** A new password, shown once in the panel above the table. */
function resetButton(t, { status, passwordHost }) {
  return actionButton("Reset password", async () => {
    const sure = await confirmDialog({
      title: `Reset ${t.name}’s password?`,
      message: "Their old password stops working at once and they are signed out everywhere. A new password is made and shown once.",
      confirmLabel: "Reset the password",
      cancelLabel: "Keep the old password",
    });
    if (!sure) return;
    try {
      const credentials = await api(userPath(t, "/reset-password"), { method: "POST", body: {} });
      passwordHost.replaceChildren(passwordPanel(credentials, { intro: `${t.name}’s new password:` }));
      status.say(`${t.name}’s password was reset. The new password is shown below.`, "success");
    } catch (error) {
      sayProblem(status, error);
    }
  }, { hiddenSuffix: ` for ${t.name}` });
}

function createForm({ onCreated }) {
  const name = field({ label: "Full name", name: "name", help: "As pupils and colleagues see it, e.g. Ms Hughes.", autocomplete: "off", maxlength: "200" });
  const username = field({ label: "Username", name: "username", help: "Lower-case letters, digits, dots, dashes or underscores, e.g. jhughes.", autocomplete: "off", autocapitalize: "none", spellcheck: "false" });
  const email = field({ label: "Email (optional)", name: "email", type: "email", autocomplete: "off" });
  const admin = el("input", { type: "checkbox", name: "is_admin" });
  const status = statusArea({ testid: "create-teacher-status" });
  const submit = el("button", { type: "submit", class: "button" }, "Create the account");
  const form = el(
    "form",
    { class: "admin-form", novalidate: true },
    name.element,
    username.element,
    email.element,
    el("div", { class: "field" }, el("label", { class: "choice" }, admin, "Give admin rights (can use these admin pages)")),
    el("p", { class: "muted" }, "A password is made for them and shown once, after the account is created."),
    submit,
    status,
  );
  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    [name, username, email].forEach((f) => f.clearError());
    const values = { name: name.input.value.trim(), username: username.input.value.trim().toLowerCase(), email: email.input.value.trim() };
    const problems = [];
    if (!values.name) problems.push([name, "Type the teacher’s name."]);
    if (!USERNAME.test(values.username)) problems.push([username, "Use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit."]);
    if (values.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) problems.push([email, "Type a whole email address, like name@school.org.uk, or leave it empty."]);
    if (problems.length) {
      problems.forEach(([f, message]) => f.setError(message));
      problems[0][0].input.focus();
      return;
    }
    busy = true;
    submit.setAttribute("aria-disabled", "true");
    try {
      const created = await api("/api/admin/teachers", {
        method: "POST",
        body: { name: values.name, username: values.username, email: values.email || null, is_admin: admin.checked },
      });
      form.reset();
      status.say(`${created.teacher.name} can now sign in as ${created.teacher.username}.`, "success");
      await onCreated(created);
    } catch (error) {
      sayProblem(status, error);
    } finally {
      busy = false;
      submit.removeAttribute("aria-disabled");
    }
  });
  return form;
}
