// Admin: the AI service (any OpenAI-compatible address), its key, models and default parameters, and how written
// answers are marked by default (models, runs per model, how the runs are combined). The key is write-only: the
// page only ever learns whether one is set and its last four characters. Settings given to the server as
// environment variables win, and the page says which.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog } from "../components/modal.js";
import { AGGREGATION_LABELS, parseWeights, splitModels, weightsText } from "../teacher/marking/settings-values.js";
import { adminNav } from "./admin-nav.js";
import { say, statusRegion } from "./page-parts.js";

const ENV_NAMES = { base_url: "OPENAI_BASE_URL", api_key: "OPENAI_API_KEY", model: "OPENAI_MODEL", max_tokens: "OPENAI_MAX_TOKENS" };

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const settings = await api("/api/admin/ai-settings");
    const overview = el("div", { dataset: { testid: "ai-overview" } });
    const status = statusRegion("ai-settings-status");
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
      ? el("div", { class: "status status--success" }, el("p", {}, `AI is set up: ${where}, model ${s.model}.`))
      : el("div", { class: "status status--plain" }, el("p", {}, "No AI service is set up. Assessments are drafted by the offline generator, and written answers wait for teachers to mark them.")),
    el("p", { dataset: { testid: "key-state" } }, "API key: ", el("span", { class: "key-state" }, keyWords(s))),
  ];
  if (s.from_environment?.length) {
    parts.push(
      el(
        "div",
        { class: "status status--plain", dataset: { testid: "from-environment" } },
        el("p", {}, `Set by the server's environment variables, which win over this page: ${s.from_environment.map((n) => ENV_NAMES[n] || n).join(", ")}. To change them, change the server's .env file.`),
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

function settingsForm(initial, { status, onSaved }) {
  let current = initial;
  const env = new Set(initial.from_environment || []);
  const envHelp = (name, help) => (env.has(name) ? `Set by ${ENV_NAMES[name]} on the server; change it there.` : help);

  const baseUrl = field({ label: "Server address (base URL)", value: initial.base_url, autocomplete: "off", spellcheck: "false", disabled: env.has("base_url"),
    help: envHelp("base_url", "Leave it empty for OpenAI. For another OpenAI-compatible service (Azure, a local Ollama or vLLM), its address, for example http://ollama.school.internal:11434/v1.") });
  const keyHelp = (s) => `Now: ${keyWords(s)}. ` + envHelp("api_key", "Leave it empty to keep the saved key. A new key is stored encrypted and never shown again, only its last 4 characters.");
  const apiKey = field({ label: "New API key", type: "password", autocomplete: "new-password", spellcheck: "false", disabled: env.has("api_key"), help: keyHelp(initial) });
  const keyLine = apiKey.element.querySelector(".field__help");
  const removeKey = el("button", { type: "button", class: "button button--secondary button--small", hidden: !initial.api_key_set || env.has("api_key") }, "Remove the saved key");
  const model = field({ label: "Model", value: initial.model, autocomplete: "off", spellcheck: "false", disabled: env.has("model"), help: envHelp("model", "For example gpt-4o-mini, or the name your local server gives the model.") });
  const fallback = field({ label: "Fallback model (optional)", value: initial.fallback_model, autocomplete: "off", spellcheck: "false", help: "Used when the first model gives nothing usable." });
  const maxTokens = field({ label: "Most tokens in one answer", type: "number", inputmode: "numeric", min: 256, max: 64000, step: 1, value: String(initial.max_tokens), disabled: env.has("max_tokens"), help: envHelp("max_tokens", "256 to 64000.") });
  const temperature = field({ label: "Temperature", type: "number", inputmode: "decimal", min: 0, max: 2, step: 0.1, value: String(initial.temperature), help: "0 to 2. Lower gives steadier marks; 0.2 is a good start." });
  const markingModels = field({ label: "Models for marking written answers (optional)", value: (initial.marking_models || []).join(", "), autocomplete: "off", spellcheck: "false", help: "Separate them with commas, at most 5. Leave it empty to use the model above." });
  const runs = field({ label: "Runs per model", type: "number", inputmode: "numeric", min: 1, max: 5, step: 1, value: String(initial.runs_per_model), help: "1 to 5. More runs show how sure the AI is, and cost more." });
  const aggregation = field({
    label: "Combine the runs by",
    as: "select",
    options: Object.entries(AGGREGATION_LABELS).map(([value, label]) => ({ value, label, selected: value === initial.aggregation })),
  });
  const weights = field({ label: "Weights for the weighted average (optional)", as: "textarea", rows: 3, spellcheck: "false",
    value: weightsText(initial.model_weights),
    help: "One model on each line, like “gpt-4o = 2”. A model not listed counts 1." });
  const concurrency = field({ label: "AI calls at the same time", type: "number", inputmode: "numeric", min: 1, max: 8, step: 1, value: String(initial.marking_concurrency), help: "1 to 8. Lower is kinder to a small local server." });
  for (const control of [maxTokens, temperature, runs, concurrency]) control.input.classList.add("input--short");
  const save = el("button", { type: "submit", class: "button" }, "Save AI settings");

  function showKey(s) {
    keyLine.textContent = keyHelp(s);
    removeKey.hidden = !s.api_key_set || s.key_source === "environment";
  }

  async function send(body, message) {
    const saved = await api("/api/admin/ai-settings", { method: "PUT", body });
    current = saved;
    apiKey.input.value = "";
    showKey(saved);
    onSaved(saved);
    say(status, message, "success");
    status.querySelector("p")?.setAttribute("tabindex", "-1");
    status.querySelector("p")?.focus();
  }

  removeKey.addEventListener("click", async () => {
    const sure = await confirmDialog({
      title: "Remove the saved API key?",
      message: "The AI stops working until a new key is entered (unless the service needs no key). Drafts then come from the offline generator, and written answers wait for teachers.",
      confirmLabel: "Remove the key",
      cancelLabel: "Keep the key",
      danger: true,
    });
    if (!sure) return;
    try {
      await send({ api_key: "" }, "The saved API key is removed.");
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      say(status, error.detail, "warning");
    }
  });

  let saving = false;
  async function submit(event) {
    event.preventDefault();
    if (saving) return;
    const controls = [baseUrl, apiKey, model, fallback, maxTokens, temperature, markingModels, runs, weights, concurrency];
    controls.forEach((c) => c.clearError());
    status.replaceChildren();
    let first = null;
    const problem = (control, message) => {
      control.setError(message);
      first ??= control.input;
    };
    const body = {
      fallback_model: fallback.input.value.trim(),
      aggregation: aggregation.input.value,
    };
    if (!env.has("base_url")) {
      const url = baseUrl.input.value.trim();
      if (url && !/^https?:\/\/\S+$/.test(url)) problem(baseUrl, "Type an address that starts with http:// or https://, or leave it empty for OpenAI.");
      else body.base_url = url;
    }
    if (!env.has("model")) {
      const name = model.input.value.trim();
      if (!name) problem(model, "Type the model's name, for example gpt-4o-mini.");
      else body.model = name;
    }
    if (!env.has("api_key") && apiKey.input.value.trim()) body.api_key = apiKey.input.value.trim();
    if (!env.has("max_tokens")) {
      const r = readInt(maxTokens, 256, 64000, "the most tokens");
      if (r.error) problem(maxTokens, r.error);
      else body.max_tokens = r.value;
    }
    const t = Number(temperature.input.value.trim());
    if (temperature.input.value.trim() === "" || !Number.isFinite(t) || t < 0 || t > 2) problem(temperature, "Type a number from 0 to 2.");
    else body.temperature = t;
    const models = splitModels(markingModels.input.value);
    if (models.length > 5) problem(markingModels, "Choose at most 5 models.");
    else body.marking_models = models;
    const r = readInt(runs, 1, 5, "the runs per model");
    if (r.error) problem(runs, r.error);
    else body.runs_per_model = r.value;
    const w = parseWeights(weights.input.value);
    if (w.error) problem(weights, w.error);
    else body.model_weights = w.value;
    const c = readInt(concurrency, 1, 8, "the AI calls at the same time");
    if (c.error) problem(concurrency, c.error);
    else body.marking_concurrency = c.value;
    if (first) {
      say(status, "Some settings need changing. The messages are beside them.", "warning");
      first.focus();
      return;
    }
    saving = true;
    save.setAttribute("aria-disabled", "true");
    try {
      await send(body, body.api_key ? "The AI settings are saved, with the new key (stored encrypted)." : "The AI settings are saved.");
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const named = { base_url: baseUrl, model, fallback_model: fallback, max_tokens: maxTokens, temperature, marking_models: markingModels, runs_per_model: runs, model_weights: weights, marking_concurrency: concurrency, api_key: apiKey };
      for (const f of error.body?.fields || []) {
        const control = named[String(f.field).split(".")[0]];
        if (control) problem(control, `This ${f.message}.`);
      }
      say(status, error.detail, "warning");
      (first || status.querySelector("p"))?.focus?.();
    } finally {
      saving = false;
      save.removeAttribute("aria-disabled");
    }
  }

  const element = el(
    "form",
    { class: "ai-settings", novalidate: true, "aria-label": "AI settings", onSubmit: submit, dataset: { testid: "ai-settings-form" } },
    el("fieldset", { class: "settings-section" }, el("legend", {}, "The AI service"), baseUrl.element, apiKey.element, el("p", {}, removeKey), model.element, fallback.element),
    el("fieldset", { class: "settings-section" }, el("legend", {}, "Default parameters"), el("div", { class: "form-row" }, maxTokens.element, temperature.element)),
    el(
      "fieldset",
      { class: "settings-section" },
      el("legend", {}, "Marking written answers"),
      el("p", { class: "field__help" }, "The school's defaults. A teacher can change them for one assessment on its Settings tab. Teachers always check AI marks before pupils see them, unless an assessment says otherwise."),
      markingModels.element,
      el("div", { class: "form-row" }, runs.element, aggregation.element),
      weights.element,
      concurrency.element,
    ),
    el("div", { class: "cluster" }, save),
  );
  return { element, current: () => current };
}
