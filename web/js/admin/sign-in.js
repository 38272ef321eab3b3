// Admin: single sign-on. The redirect address to register with each provider; the providers (Google, Microsoft,
// or any other OpenID provider), each its own small form — the client secret is write-only: the page only
// learns whether one is saved; and "Staff must use single sign-on", which never applies to admins, so a broken
// provider cannot lock the school out.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog } from "../components/modal.js";
import { sayProblem, statusArea } from "../components/status.js";
import { adminNav } from "./admin-nav.js";

const KINDS = [
  { value: "google", label: "Google Workspace", button: "Sign in with Google" },
  { value: "microsoft", label: "Microsoft Entra ID (Microsoft 365)", button: "Sign in with Microsoft" },
  { value: "oidc", label: "Another OpenID Connect provider", button: "Sign in with the school account" },
];

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const status = statusArea({ testid: "sso-status" });
    const providersHost = el("div", { class: "stack" });
    const policyHost = el("div", {});
    const redirectHost = el("div", {});

    async function refresh() {
      const setup = await api("/api/admin/sso");
      replaceChildren(redirectHost, redirectSection(setup.redirect_uri));
      replaceChildren(providersHost, setup.providers.map((p) => providerForm(p, { status, refresh })));
      replaceChildren(policyHost, policyForm(setup, { status, refresh }));
    }

    replaceChildren(
      main,
      adminNav(user),
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, "Single sign-on"),
        el("p", { class: "page__lead" }, "Let staff and pupils sign in with their school Google or Microsoft account. Usernames and passwords keep working, and admins can always use theirs."),
      ),
      status,
      redirectHost,
      el("section", { class: "results-section", "aria-labelledby": "providers-heading" }, el("h2", { id: "providers-heading" }, "Sign-in providers"), providersHost),
      el("section", { class: "results-section", "aria-labelledby": "add-heading" }, el("h2", { id: "add-heading" }, "Add a provider"), providerForm(null, { status, refresh })),
      el("section", { class: "results-section", "aria-labelledby": "policy-heading" }, el("h2", { id: "policy-heading" }, "Staff passwords"), policyHost),
      el("p", {}, "A person is found by the email address on their account (for Microsoft, their user principal name). Set it on the ", el("a", { href: "/admin/teachers.html" }, "Teachers"), " and ", el("a", { href: "/admin/pupils.html" }, "Pupils"), " pages. Nobody gets a new account by signing in. How to register this app with Google or Microsoft is in docs/single-sign-on.md."),
    );
    await refresh();
  },
});

function redirectSection(uri) {
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "redirect-heading" },
    el("h2", { id: "redirect-heading" }, "Redirect address"),
    el("p", {}, "When you register this app with Google or Microsoft, give this as the redirect address (Google: “Authorised redirect URI”; Microsoft: “Redirect URI”, platform Web), and the scopes openid, email and profile:"),
    el("p", {}, el("code", { class: "sso-redirect", dataset: { testid: "redirect-uri" } }, uri)),
  );
}

/** Every control of one provider's form, filled from `p` (null: an empty form to add one). */
function controls(p, prefix) {
  const text = { autocomplete: "off", spellcheck: "false" };
  const secretWords = !p ? "Stored encrypted and never shown again." : p.client_secret_unreadable
    ? "Saved, but it cannot be read any more (the server's secret changed). Type it again."
    : "Saved. Leave it empty to keep it, or type a new one.";
  return {
    kind: field({ label: "Kind of provider", as: "select", id: `${prefix}-kind`, options: KINDS.map((k) => ({ value: k.value, label: k.label, selected: (p?.kind || "google") === k.value })) }),
    label: field({ label: "Words on the button", id: `${prefix}-label`, value: p?.label || KINDS[0].button, maxlength: "80", ...text }),
    issuer: field({ label: "Issuer address", id: `${prefix}-issuer`, value: p?.issuer || "", maxlength: "300", ...text,
      help: "Google: leave empty. Microsoft: leave empty (it is made from the tenant ID). Another provider: its issuer, for example https://sso.school.org.uk/realms/staff." }),
    tenant: field({ label: "Directory (tenant) ID – Microsoft only", id: `${prefix}-tenant`, value: p?.tenant_id || "", maxlength: "64", ...text,
      help: "On the Overview page of the Microsoft Entra admin centre." }),
    clientId: field({ label: "Client ID", id: `${prefix}-client-id`, value: p?.client_id || "", maxlength: "300", ...text }),
    secret: field({ label: "Client secret", id: `${prefix}-secret`, type: "password", autocomplete: "new-password", help: secretWords }),
    domains: field({ label: "School email domains", id: `${prefix}-domains`, value: (p?.allowed_domains || []).join(", "), ...text,
      help: "The part of the school's addresses after the @, for example greenfield.sch.uk. Separate several with commas. Only people in these domains can sign in." }),
  };
}

let formCounter = 0;

function providerForm(p, { status, refresh }) {
  const prefix = `sso-${++formCounter}`;
  const c = controls(p, prefix);
  const enabled = el("input", { type: "checkbox", id: `${prefix}-enabled`, checked: p ? p.enabled : true });
  const save = el("button", { type: "submit", class: "button" }, p ? "Save this provider" : "Add the provider");
  const remove = p ? el("button", { type: "button", class: "button button--secondary" }, "Remove this provider") : null;
  const form = el(
    "form",
    { class: "admin-form", novalidate: true, "aria-label": p ? `Provider: ${p.label}` : "Add a provider", dataset: { testid: p ? "sso-provider" : "sso-add" } },
    el(
      "fieldset",
      { class: "settings-section" },
      el("legend", {}, p ? p.label : "New provider"),
      c.kind.element, c.label.element, c.issuer.element, c.tenant.element, c.clientId.element, c.secret.element, c.domains.element,
      el("div", { class: "field" }, el("label", { class: "choice", for: enabled.id }, enabled, "Switched on: the button is on the sign-in page")),
      el("div", { class: "cluster" }, save, remove),
    ),
  );
  c.kind.input.addEventListener("change", () => {
    const known = KINDS.map((k) => k.button);
    if (known.includes(c.label.input.value.trim())) c.label.input.value = KINDS.find((k) => k.value === c.kind.input.value).button;
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    saveProvider(p, { c, enabled, save, status, refresh });
  });
  remove?.addEventListener("click", () => removeProvider(p, { status, refresh }));
  return form;
}

function readProvider(c, enabled) {
  const problems = [];
  const body = {
    kind: c.kind.input.value,
    label: c.label.input.value.trim(),
    issuer: c.issuer.input.value.trim() || null,
    tenant_id: c.tenant.input.value.trim() || null,
    client_id: c.clientId.input.value.trim(),
    client_secret: c.secret.input.value.trim() || null,
    allowed_domains: c.domains.input.value.split(",").map((d) => d.trim()).filter(Boolean),
    enabled: enabled.checked,
  };
  if (!body.label) problems.push([c.label, "Type the words for the button, for example Sign in with Google."]);
  if (body.kind === "microsoft" && !body.tenant_id) problems.push([c.tenant, "Type the directory (tenant) ID."]);
  if (body.kind !== "microsoft" && body.tenant_id) problems.push([c.tenant, "Only Microsoft has a tenant ID. Leave it empty."]);
  if (body.kind === "oidc" && !body.issuer) problems.push([c.issuer, "Type the provider's issuer address."]);
  if (!body.client_id) problems.push([c.clientId, "Type the client ID the provider gave you."]);
  if (!body.allowed_domains.length) problems.push([c.domains, "Type at least one school email domain."]);
  return { body, problems };
}

async function saveProvider(p, { c, enabled, save, status, refresh }) {
  if (save.getAttribute("aria-disabled")) return;
  Object.values(c).forEach((control) => control.clearError());
  const { body, problems } = readProvider(c, enabled);
  if (!p && !body.client_secret) problems.push([c.secret, "Type the client secret the provider gave you."]);
  if (problems.length) {
    problems.forEach(([control, words]) => control.setError(words));
    problems[0][0].input.focus();
    return;
  }
  save.setAttribute("aria-disabled", "true");
  try {
    const saved = await api(p ? `/api/admin/sso/providers/${encodeURIComponent(p.id)}` : "/api/admin/sso/providers", { method: p ? "PUT" : "POST", body });
    await refresh();
    status.say(`Saved: “${saved.label}”${saved.enabled ? " is on the sign-in page." : " is switched off."}`, "success").focus();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    sayProblem(status, error).focus();
  } finally {
    save.removeAttribute("aria-disabled");
  }
}

async function removeProvider(p, { status, refresh }) {
  const sure = await confirmDialog({
    title: `Remove “${p.label}”?`,
    message: "Its button goes from the sign-in page. Accounts are not changed: people can still sign in with their username and password.",
    confirmLabel: "Remove the provider",
    cancelLabel: "Keep it",
    danger: true,
  });
  if (!sure) return;
  try {
    await api(`/api/admin/sso/providers/${encodeURIComponent(p.id)}`, { method: "DELETE" });
    await refresh();
    status.say(`“${p.label}” is removed.`, "success").focus();
  } catch (error) {
    sayProblem(status, error).focus();
  }
}

function policyForm(setup, { status, refresh }) {
  const box = el("input", { type: "checkbox", id: "staff-must-use-sso", checked: setup.staff_must_use_sso });
  const save = el("button", { type: "submit", class: "button" }, "Save");
  const form = el(
    "form",
    { class: "admin-form", novalidate: true, "aria-label": "Staff passwords" },
    el("div", { class: "field" }, el("label", { class: "choice", for: box.id }, box, "Staff must use single sign-on")),
    el("p", { class: "field__help" }, "Teachers then cannot sign in with a password: the sign-in page tells them which button to use. Admins can always still sign in with their password, so a provider that stops working never locks the school out. Pupils can use either."),
    el("div", { class: "cluster" }, save),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const saved = await api("/api/admin/sso/policy", { method: "PUT", body: { staff_must_use_sso: box.checked } });
      await refresh();
      status.say(saved.staff_must_use_sso ? "Saved: teachers must now use single sign-on." : "Saved: teachers can sign in with a password or single sign-on.", "success").focus();
    } catch (error) {
      sayProblem(status, error).focus();
    }
  });
  return form;
}
