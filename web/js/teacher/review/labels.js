// Words the teacher pages share: question types, statuses, difficulty, availability windows and the names of
// the fields a problem is about. One place, so the dashboard, the list and the review page say them the same way.

import { el } from "../../components/html.js";
import { dayAndDate } from "../../pupil/words.js";

/** The 14 question types in the order teachers meet them, with the name shown on badges and menus. */
export const TYPE_LABELS = Object.freeze({
  multiple_choice: "Multiple choice",
  multiple_select: "Multiple select",
  text_input: "Short text answer",
  extended_text: "Written answer",
  matching: "Matching",
  ordering: "Ordering",
  parsons: "Parsons (put code in order)",
  code_completion: "Fill in the code",
  python_code: "Write Python code",
  code_debug: "Fix the code",
  trace_table: "Trace table",
  drag_label: "Label a picture",
  binary_convert: "Binary, denary and hex",
  logic_gates: "Logic gate truth table",
});

export function typeLabel(type) {
  return TYPE_LABELS[type] ?? type;
}

const STATUSES = {
  draft: { label: "Draft", badge: "badge" },
  review: { label: "In review", badge: "badge badge--info" },
  published: { label: "Published", badge: "badge badge--success" },
  archived: { label: "Archived", badge: "badge" },
};

/** "Draft", "In review", "Published", "Archived". */
export function statusLabel(status) {
  return STATUSES[status]?.label ?? status;
}

/** A badge with the status in words (colour is never the only signal). */
export function statusBadge(status) {
  return el("span", { class: STATUSES[status]?.badge ?? "badge", dataset: { status } }, statusLabel(status));
}

/** "Difficulty 2 of 5". */
export function difficultyWords(level) {
  return `Difficulty ${level} of 5`;
}

export const DIFFICULTY_CHOICES = [
  { value: "1", label: "1 – easiest" },
  { value: "2", label: "2 – easy" },
  { value: "3", label: "3 – medium" },
  { value: "4", label: "4 – hard" },
  { value: "5", label: "5 – hardest" },
];

/** "1 point", "3 points". */
export function pointsWords(points) {
  return `${points} ${Number(points) === 1 ? "point" : "points"}`;
}

/** "1 question", "10 questions" and the like. */
export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "72%" (or "No results yet" when nobody has finished). */
export function percentWords(value) {
  return value === null || value === undefined ? "No results yet" : `${Math.round(Number(value))}%`;
}

/** When pupils may take it: "Open now, with no closing date", "From Monday 3 March at 09:00 until Friday 7 March at 15:30". */
export function windowWords(from, until) {
  const start = from ? dayAndDate(from) : "";
  const end = until ? dayAndDate(until) : "";
  if (start && end) return `From ${start} until ${end}`;
  if (start) return `From ${start}, with no closing date`;
  if (end) return `Open now, until ${end}`;
  return "Open now, with no closing date";
}

/** When pupils of a class see the answers: the API's names and the teacher's words, in the order offered. */
export const ANSWER_CHOICES = [
  { value: "after_each_question", label: "after each question (practice)" },
  { value: "after_finishing", label: "when they finish" },
  { value: "after_closing", label: "when the assessment closes (recommended)" },
  { value: "never", label: "never" },
];

/** "Pupils see the answers when the assessment closes." for one published class, saying "Show answers now" too. */
export function answersWords(c) {
  if (c.show_answers === "never") return "Pupils do not see the answers.";
  if (c.show_answers === "after_each_question") return "Pupils see each answer once they cannot change it (practice).";
  if (c.show_answers === "after_finishing") return "Pupils see the answers when they finish.";
  if (c.answers_released_at) return "You have shown pupils the answers.";
  if (c.available_until) return `Pupils see the answers after it closes on ${dayAndDate(c.available_until)}.`;
  return "Pupils see the answers when you show them.";
}

/** "Monday 3 March at 09:00" for any date the API gives. */
export function whenWords(value) {
  return value ? dayAndDate(value) : "";
}

// The config's own names, said as a teacher would read them ("options[2].text" → "Option 3, text").
const PART_NAMES = {
  options: "Option",
  accepted_answers: "Accepted answer",
  mark_scheme: "Mark scheme line",
  left_items: "Item on the left",
  right_items: "Item on the right",
  correct_pairs: "Pair",
  items: "Item",
  blocks: "Code block",
  solution: "Solution line",
  alternative_solutions: "Other solution",
  blanks: "Blank",
  test_cases: "Test",
  alternative_fixes: "Other fix",
  trace_rows: "Trace row",
  cells_to_fill: "Cell to fill",
  drop_zones: "Area",
  labels: "Label",
  truth_table: "Truth table row",
};
const FIELD_NAMES = {
  question_text: "Question text",
  hint: "Hint",
  "feedback.correct": "Feedback when correct",
  "feedback.partial": "Feedback when partly right",
  "feedback.incorrect": "Feedback when not right yet",
  image_url: "Picture",
  image_alt: "Picture description",
  points: "Points",
  difficulty: "Difficulty",
  time_estimate_seconds: "Time estimate",
  config: "Answer settings",
  scaffold: "Easier version",
  source: "Where it came from",
};

function words(name) {
  const text = name.replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A problem's field path in words: "config.options[2].text" → "Option 3 › text",
 * "scaffold.config.blanks[0]" → "Easier version › Blank 1", "question_text" → "Question text".
 */
export function describeField(path) {
  if (!path) return "This question";
  if (FIELD_NAMES[path]) return FIELD_NAMES[path];
  const parts = [];
  for (const segment of parseFieldPath(path)) {
    if (segment.name === "config" && segment.index === undefined) continue;
    if (segment.name === "scaffold") {
      parts.push("Easier version");
      continue;
    }
    if (segment.index !== undefined) {
      parts.push(`${PART_NAMES[segment.name] ?? words(segment.name)} ${segment.index + 1}`);
    } else {
      parts.push(FIELD_NAMES[segment.name] ?? words(segment.name).toLowerCase());
    }
  }
  if (!parts.length) return FIELD_NAMES.config;
  parts[0] = parts[0].charAt(0).toUpperCase() + parts[0].slice(1);
  return parts.join(" › ");
}

/** "config.options[2].text" → [{name: "config"}, {name: "options", index: 2}, {name: "text"}]. */
export function parseFieldPath(path) {
  return String(path)
    .split(".")
    .filter(Boolean)
    .map((piece) => {
      const match = piece.match(/^([^[\]]+)((?:\[\d+\])*)$/);
      if (!match) return { name: piece };
      const indexes = [...match[2].matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      return indexes.length ? { name: match[1], index: indexes[0] } : { name: match[1] };
    });
}
