// Step 3 of the wizard: how the assessment should look. Making the draft is asked for from here.

import { el } from "../../components/html.js";
import { statusArea } from "../../components/status.js";
import { button, describe } from "./layout.js";
import { settingsFields } from "./settings-fields.js";

const LEAD = "Say how the assessment should look. You can change every question afterwards.";

/**
 * Step 3, filled in from `values`. `onBack(values)` goes back to the materials, keeping what was chosen;
 * `onMake(values)` (awaited) asks for the draft once the values pass the checks; a refusal is said here.
 * Returns { lead, element }.
 */
export function settingsStep({ options, values, onBack, onMake }) {
  const status = statusArea();
  const fields = settingsFields(options, values);
  const form = el(
    "form",
    { class: "stack", novalidate: true },
    fields.elements,
    status,
    el(
      "div",
      { class: "cluster" },
      button("Back to lesson materials", () => onBack(fields.read()), { kind: "secondary" }),
      button("Make the draft", null, { type: "submit" }),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    fields.clearErrors();
    status.clear();
    const chosen = fields.read();
    if (!fields.check(chosen)) return;
    try {
      await onMake(chosen);
    } catch (error) {
      status.say(describe(error), "warning");
    }
  });
  return { lead: LEAD, element: form };
}

/** The body for POST /api/assessments/generate from the settings chosen for the unit `unitId`. */
export function generationRequest(unitId, values) {
  return {
    unit_id: unitId,
    title: values.title,
    num_questions: values.num_questions,
    time_limit_minutes: values.time_limit_minutes ? Number(values.time_limit_minutes) : null,
    difficulty_range: [values.low, values.high],
    required_question_types: Object.keys(values.types).filter((t) => values.types[t] === "required"),
    excluded_question_types: Object.keys(values.types).filter((t) => values.types[t] === "excluded"),
    teacher_instructions: values.teacher_instructions.trim(),
    provider: values.provider,
  };
}
