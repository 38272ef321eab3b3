// Admin: the AI service (any OpenAI-compatible address), its key, models and default parameters, and how written
// answers are marked by default (models, runs per model, how the runs are combined). The key is write-only: the
// page only ever learns whether one is set and its last four characters. Settings given to the server as
// environment variables win, and the page says which.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog } from "../components/modal.js";
import { statusArea, statusMessage } from "../components/status.js";
import { AGGREGATION_LABELS, parseWeights, splitModels, weightsText } from "../teacher/marking/settings-values.js";
import { adminNav } from "./admin-nav.js";

const ENV_NAMES = { base_url: "OPENAI_BASE_URL", api_key: "OPENAI_API_KEY", model: "OPENAI_MODEL", max_tokens: "OPENAI_MAX_TOKENS" };

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const settings = await api("/api/admin/ai-settings");
    const overview = el("div", { dataset: { testid: "ai-overview" } });
    const status = statusArea({ testid: "ai-settings-status" });
    const form = settingsForm(settings, {
      status,
      onSaved: (saved) => replaceChildren(overview, overviewOf(saved)),
    });
    replaceChildren(overview, overviewOf(settings));
    replaceChildren(
      main,
      adminNav(user),
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, "AI settings"),
        el("p", { class: "page__lead" }, "The AI service that drafts assessments and suggests marks for written answers. Only the question, the mark scheme and the answer text are sent to it: never a pupil's name."),
      ),
      overview,
      form.element,
      status,
      el("p", {}, "Every AI call, with its tokens and estimated cost, is listed on ", el("a", { href: "/admin/privacy.html#ai-usage" }, "Privacy and data"), "."),
    );
  },
});

/** The key's state in words: "set — ending 1234", never the key. */
export function keyWords(s) {
  if (s.key_unreadable) return "saved, but it cannot be read any more (the server's secret changed). Enter the key again.";
  if (!s.api_key_set) return "not set";
  const ending = s.api_key_last4 && s.api_key_last4 !== "…" ? ` — ending ${s.api_key_last4}` : "";
  const where = s.key_source === "environment" ? " (from the server's environment variable OPENAI_API_KEY)" : "";
  return `set${ending}${where}`;
}

function overviewOf(s) {
  const where = s.base_url ? `the server at ${s.base_url}` : "OpenAI";
  const parts = [
    s.configured
      ? statusMessage(`AI is set up: ${where}, model ${s.model}.`, { kind: "success" })
      : statusMessage("No AI service is set up. Assessments are drafted by the offline generator, and written answers wait for teachers to mark them."),
    el("p", { dataset: { testid: "key-state" } }, "API key: ", el("span", { class: "key-state" }, keyWords(s))),
  ];
  if (s.from_environment?.length) {
    parts.push(
      statusMessage(
        `Set by the server's environment variables, which win over this page: ${s.from_environment.map((n) => ENV_NAMES[n] || n).join(", ")}. To change them, change the server's .env file.`,
        { testid: "from-environment" },
      ),
    );
  }
  return parts;
}

function readInt(control, min, max, label) {
  const text = control.input.value.trim();
  const value = Number(text);
  if (text === "" || !Number.isInteger(value) || value < min || value > max) return { error: `Type a whole number from ${min} to ${max} for ${label}.` };
  return { value };
}

/** The help under a control the server's environment sets: where to change it instead. */
function envHelp(env, name, help) {
  return env.has(name) ? `Set by ${ENV_NAMES[name]} on the server; change it there.` : help;
}

function keyHelp(env, s) {
  return `Now: ${keyWords(s)}. ` + envHelp(env, "api_key", "Leave it empty to keep the saved key. A new key is stored encrypted and never shown again, only its last 4 characters.");
}

/** Every control of the form, filled with `initial`; a control the environment sets is switched off. */
function settingsControls(initial, env) {
  const text = { autocomplete: "off", spellcheck: "false" };
  const controls = {
    baseUrl: field({ label: "Server address (base URL)", value: initial.base_url, ...text, disabled: env.has("base_url"),
      help: envHelp(env, "base_url", "Leave it empty for OpenAI. For another OpenAI-compatible service (Azure, a local Ollama or vLLM), its address, for example http://ollama.school.internal:11434/v1.") }),
    apiKey: field({ label: "New API key", type: "password", autocomplete: "new-password", spellcheck: "false", disabled: env.has("api_key"), help: keyHelp(env, initial) }),
    model: field({ label: "Model", value: initial.model, ...text, disabled: env.has("model"), help: envHelp(env, "model", "For example gpt-4o-mini, or the name your local server gives the model.") }),
    fallback: field({ label: "Fallback model (optional)", value: initial.fallback_model, ...text, help: "Used when the first model gives nothing usable." }),
    maxTokens: field({ label: "Most tokens in one answer", type: "number", inputmode: "numeric", min: 256, max: 64000, step: 1, value: String(initial.max_tokens), disabled: env.has("max_tokens"), help: envHelp(env, "max_tokens", "256 to 64000.") }),
    temperature: field({ label: "Temperature", type: "number", inputmode: "decimal", min: 0, max: 2, step: 0.1, value: String(initial.temperature), help: "0 to 2. Lower gives steadier marks; 0.2 is a good start." }),
    markingModels: field({ label: "Models for marking written answers (optional)", value: (initial.marking_models || []).join(", "), ...text, help: "Separate them with commas, at most 5. Leave it empty to use the model above." }),
    runs: field({ label: "Runs per model", type: "number", inputmode: "numeric", min: 1, max: 5, step: 1, value: String(initial.runs_per_model), help: "1 to 5. More runs show how sure the AI is, and cost more." }),
    aggregation: field({
      label: "Combine the runs by",
      as: "select",
      options: Object.entries(AGGREGATION_LABELS).map(([value, label]) => ({ value, label, selected: value === initial.aggregation })),
    }),
    weights: field({ label: "Weights for the weighted average (optional)", as: "textarea", rows: 3, spellcheck: "false", value: weightsText(initial.model_weights),
      help: "One model on each line, like “gpt-4o = 2”. A model not listed counts 1." }),
    concurrency: field({ label: "AI calls at the same time", type: "number", inputmode: "numeric", min: 1, max: 8, step: 1, value: String(initial.marking_concurrency), help: "1 to 8. Lower is kinder to a small local server." }),
  };
  for (const control of [controls.maxTokens, controls.temperature, controls.runs, controls.concurrency]) control.input.classList.add("input--short");
  return controls;
}

function settingsForm(initial, { status, onSaved }) {
  const env = new Set(initial.from_environment || []);
  const controls = settingsControls(initial, env);
  const form = {
    env,
    controls,
    status,
    onSaved,
    current: initial,
    saving: false,
    keyLine: controls.apiKey.element.querySelector(".field__help"),
    removeKey: el("button", { type: "button", class: "button button--secondary button--small", hidden: !initial.api_key_set || env.has("api_key") }, "Remove the saved key"),
    save: el("button", { type: "submit", class: "button" }, "Save AI settings"),
  };
  form.removeKey.addEventListener("click", () => removeSavedKey(form));
  const element = el(
    "form",
    { class: "ai-settings", novalidate: true, "aria-label": "AI settings", onSubmit: (event) => submitSettings(form, event), dataset: { testid: "ai-settings-form" } },
    el("fieldset", { class: "settings-section" }, el("legend", {}, "The AI service"), controls.baseUrl.element, controls.apiKey.element, el("p", {}, form.removeKey), controls.model.element, controls.fallback.element),
    el("fieldset", { class: "settings-section" }, el("legend", {}, "Default parameters"), el("div", { class: "form-row" }, controls.maxTokens.element, controls.temperature.element)),
    el(
      "fieldset",
      { class: "settings-section" },
      el("legend", {}, "Marking written answers"),
      el("p", { class: "field__help" }, "The school's defaults. A teacher can change them for one assessment on its Settings tab. Teachers always check AI marks before pupils see them, unless an assessment says otherwise."),
      controls.markingModels.element,
      el("div", { class: "form-row" }, controls.runs.element, controls.aggregation.element),
      controls.weights.element,
      controls.concurrency.element,
    ),
    el("div", { class: "cluster" }, form.save),
  );
  return { element, current: () => form.current };
}

/** Save `body`; then the form shows what was saved and `message` takes focus. */
async function send(form, body, message) {
  const saved = await api("/api/admin/ai-settings", { method: "PUT", body });
  form.current = saved;
  form.controls.apiKey.input.value = "";
  form.keyLine.textContent = keyHelp(form.env, saved);
  form.removeKey.hidden = !saved.api_key_set || saved.key_source === "environment";
  form.onSaved(saved);
  form.status.say(message, "success").focus();
}

async function removeSavedKey(form) {
  const sure = await confirmDialog({
    title: "Remove the saved API key?",
    message: "The AI stops working until a new key is entered (unless the service needs no key). Drafts then come from the offline generator, and written answers wait for teachers.",
    confirmLabel: "Remove the key",
    cancelLabel: "Keep the key",
    danger: true,
  });
  if (!sure) return;
  try {
    await send(form, { api_key: "" }, "The saved API key is removed.");
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    form.status.say(error.detail, "warning");
  }
}

/**
 * The body to save, read from the controls, and the problems found: [[control, message]] in the order of the
 * form. A control the environment sets is left out of the body.
 */
function readSettings({ controls: c, env }) {
  const problems = [];
  const body = { fallback_model: c.fallback.input.value.trim(), aggregation: c.aggregation.input.value };
  const take = (control, key, { value, error }) => (error ? problems.push([control, error]) : (body[key] = value));
  if (!env.has("base_url")) {
    const url = c.baseUrl.input.value.trim();
    take(c.baseUrl, "base_url", url && !/^https?:\/\/\S+$/.test(url) ? { error: "Type an address that starts with http:// or https://, or leave it empty for OpenAI." } : { value: url });
  }
  if (!env.has("model")) {
    const name = c.model.input.value.trim();
    take(c.model, "model", name ? { value: name } : { error: "Type the model's name, for example gpt-4o-mini." });
  }
  if (!env.has("api_key") && c.apiKey.input.value.trim()) body.api_key = c.apiKey.input.value.trim();
  if (!env.has("max_tokens")) take(c.maxTokens, "max_tokens", readInt(c.maxTokens, 256, 64000, "the most tokens"));
  const t = Number(c.temperature.input.value.trim());
  const badTemperature = c.temperature.input.value.trim() === "" || !Number.isFinite(t) || t < 0 || t > 2;
  take(c.temperature, "temperature", badTemperature ? { error: "Type a number from 0 to 2." } : { value: t });
  const models = splitModels(c.markingModels.input.value);
  take(c.markingModels, "marking_models", models.length > 5 ? { error: "Choose at most 5 models." } : { value: models });
  take(c.runs, "runs_per_model", readInt(c.runs, 1, 5, "the runs per model"));
  take(c.weights, "model_weights", parseWeights(c.weights.input.value));
  take(c.concurrency, "marking_concurrency", readInt(c.concurrency, 1, 8, "the AI calls at the same time"));
  return { body, problems };
}

async function submitSettings(form, event) {
  event.preventDefault();
  if (form.saving) return;
  const c = form.controls;
  for (const control of [c.baseUrl, c.apiKey, c.model, c.fallback, c.maxTokens, c.temperature, c.markingModels, c.runs, c.weights, c.concurrency]) control.clearError();
  form.status.clear();
  const { body, problems } = readSettings(form);
  for (const [control, message] of problems) control.setError(message);
  if (problems.length) {
    form.status.say("Some settings need changing. The messages are beside them.", "warning");
    problems[0][0].input.focus();
    return;
  }
  form.saving = true;
  form.save.setAttribute("aria-disabled", "true");
  try {
    await send(form, body, body.api_key ? "The AI settings are saved, with the new key (stored encrypted)." : "The AI settings are saved.");
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showRefusal(form, error);
  } finally {
    form.saving = false;
    form.save.removeAttribute("aria-disabled");
  }
}

/** The server refused: its words in the status, and each field it names marked beside the control. */
function showRefusal({ controls: c, status }, error) {
  const named = { base_url: c.baseUrl, model: c.model, fallback_model: c.fallback, max_tokens: c.maxTokens, temperature: c.temperature, marking_models: c.markingModels,
    runs_per_model: c.runs, model_weights: c.weights, marking_concurrency: c.concurrency, api_key: c.apiKey };
  let first = null;
  for (const f of error.body?.fields || []) {
    const control = named[String(f.field).split(".")[0]];
    if (!control) continue;
    control.setError(`This ${f.message}.`);
    first ??= control.input;
  }
  status.say(error.detail, "warning");
  // Focus goes to the first field the server named; otherwise it stays on Save AI settings.
  first?.focus();
}
