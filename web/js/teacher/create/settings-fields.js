// The fields of step 3 (title, number of questions, time limit, difficulty, question types, instructions, who
// writes the draft), with reading and checking what the teacher chose.

import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";

const DIFFICULTY_WORDS = { 1: "1 (easiest)", 2: "2", 3: "3", 4: "4", 5: "5 (hardest)" };
const TYPE_CHOICES = [
  { value: "allowed", label: "Can be used" },
  { value: "required", label: "Must be used" },
  { value: "excluded", label: "Leave out" },
];

/** The settings a new draft starts with. */
export function defaultSettings(unit, options) {
  return {
    title: `${unit.title} assessment`.slice(0, 200),
    num_questions: 10,
    time_limit_minutes: "",
    low: 1,
    high: 5,
    types: {},
    teacher_instructions: "",
    provider: options.ai_available ? "ai" : "offline",
  };
}

/**
 * The fields, filled in from `values`. Returns { elements, read(), check(values) }: `check` marks what needs
 * fixing, focuses the first such field, and returns true when all is well.
 */
export function settingsFields(options, values) {
  const title = field({ label: "Title", name: "title", value: values.title, maxlength: 200, help: "Pupils see this title." });
  const count = field({ label: "Number of questions", name: "num_questions", type: "number", min: 1, max: options.max_questions, value: String(values.num_questions), class: "input input--short" });
  const time = field({ label: "Time limit in minutes (optional)", name: "time_limit", type: "number", min: 1, max: 300, value: String(values.time_limit_minutes), class: "input input--short", help: "Leave empty for no time limit." });
  const difficultyOptions = (selected) => [1, 2, 3, 4, 5].map((d) => ({ value: String(d), label: DIFFICULTY_WORDS[d], selected: d === selected }));
  const low = field({ label: "Easiest question", as: "select", name: "difficulty_low", options: difficultyOptions(values.low) });
  const high = field({ label: "Hardest question", as: "select", name: "difficulty_high", options: difficultyOptions(values.high) });
  const types = typeChoices(options.question_types, values.types);
  const instructions = field({
    label: "Instructions (optional)",
    as: "textarea",
    name: "teacher_instructions",
    maxlength: 2000,
    help: "For example: Focus on binary to denary. Include two Python questions.",
  });
  instructions.input.value = values.teacher_instructions;
  const provider = providerChoice(options, values.provider);
  const checked = { title, count, time, high };
  return {
    elements: [
      title.element,
      count.element,
      time.element,
      el("fieldset", {}, el("legend", {}, "Difficulty"), el("div", { class: "cluster" }, low.element, high.element)),
      types.element,
      instructions.element,
      provider.element,
    ],
    read: () => ({
      title: title.input.value.trim(),
      num_questions: Number(count.input.value),
      time_limit_minutes: time.input.value.trim(),
      low: Number(low.input.value),
      high: Number(high.input.value),
      types: types.read(),
      teacher_instructions: instructions.input.value,
      provider: provider.read(),
    }),
    clearErrors: () => Object.values(checked).forEach((f) => f.clearError()),
    check: (chosen) => checkSettings(chosen, checked, options.max_questions),
  };
}

/** A select per question type: can be used, must be used, or leave out. */
function typeChoices(questionTypes, chosen) {
  const selects = {};
  const rows = questionTypes.map((t) => {
    const id = `type-${t.type}`;
    const select = el(
      "select",
      { class: "select", id, name: t.type },
      TYPE_CHOICES.map((c) => el("option", { value: c.value, selected: (chosen[t.type] || "allowed") === c.value }, c.label)),
    );
    selects[t.type] = select;
    return el("tr", {}, el("th", { scope: "row" }, el("label", { for: id }, capitalise(t.name))), el("td", {}, select));
  });
  const element = el(
    "fieldset",
    {},
    el("legend", {}, "Question types"),
    el("p", { class: "muted" }, "A draft uses at least 4 different types when it can."),
    el(
      "div",
      { class: "table-wrap" },
      el(
        "table",
        { class: "table", "data-testid": "types-table" },
        el("caption", { class: "visually-hidden" }, "Which question types the draft may use"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Type"), el("th", { scope: "col" }, "Use"))),
        el("tbody", {}, rows),
      ),
    ),
  );
  return { element, read: () => Object.fromEntries(Object.entries(selects).map(([type, select]) => [type, select.value])) };
}

/** Who writes the draft: the AI or the offline generator when an AI service is set up; otherwise a note. */
function providerChoice(options, chosen) {
  if (!options.ai_available) {
    return {
      element: statusMessage("No AI service is set up, so the offline generator will make the draft from your materials.", { role: "status" }),
      read: () => "offline",
    };
  }
  const ai = el("input", { type: "radio", name: "provider", value: "ai", checked: chosen === "ai" });
  const offline = el("input", { type: "radio", name: "provider", value: "offline", checked: chosen === "offline" });
  const element = el(
    "fieldset",
    {},
    el("legend", {}, "Who writes the draft?"),
    el("label", { class: "choice" }, ai, `The AI (${options.model})`),
    el("label", { class: "choice" }, offline, "The offline generator (no AI: questions built from your materials)"),
  );
  return { element, read: () => element.querySelector('input[name="provider"]:checked').value };
}

function checkSettings(values, fields, maxQuestions) {
  let first = null;
  const fail = (f, message) => {
    f.setError(message);
    first = first || f;
  };
  if (!values.title) fail(fields.title, "Type a title.");
  if (!Number.isInteger(values.num_questions) || values.num_questions < 1 || values.num_questions > maxQuestions) {
    fail(fields.count, `Choose a whole number from 1 to ${maxQuestions}.`);
  }
  if (values.time_limit_minutes && !(Number(values.time_limit_minutes) >= 1 && Number(values.time_limit_minutes) <= 300)) {
    fail(fields.time, "Type a number of minutes from 1 to 300, or leave it empty.");
  }
  if (values.low > values.high) fail(fields.high, "The hardest question cannot be easier than the easiest one.");
  if (first) first.input.focus();
  return !first;
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
