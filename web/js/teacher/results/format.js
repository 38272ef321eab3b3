// Words and numbers for the results screens: percentages, times, statuses and question types, said the same
// way everywhere (class results, question analysis, the pupil view and the admin screens).

/** A percentage (0–100) as "64%" or "64.5%"; `empty` when there is none yet. */
export function percent(value, empty = "No score yet") {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return empty;
  const rounded = Math.round(Number(value) * 10) / 10;
  return `${rounded}%`;
}

/** A rate (0–1) as a percentage: 0.4 → "40%". */
export function rate(value, empty = "No answers yet") {
  if (value === null || value === undefined) return empty;
  return percent(Number(value) * 100, empty);
}

/** Points as "7 of 26" (whole numbers without ".0", halves as "6.5"). */
export function points(score, max) {
  if (score === null || score === undefined) return "";
  return max === null || max === undefined ? number(score) : `${number(score)} of ${number(max)}`;
}

/** A number without needless decimals: 7 → "7", 6.5 → "6.5", 6.333 → "6.33". */
export function number(value) {
  const n = Number(value);
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** Seconds in words: 45 → "45 seconds", 725 → "12 min 5 s", 3900 → "1 h 5 min". */
export function duration(seconds, empty = "Not recorded") {
  if (seconds === null || seconds === undefined || Number(seconds) <= 0) return empty;
  const total = Math.round(Number(seconds));
  if (total < 60) return `${total} ${total === 1 ? "second" : "seconds"}`;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours) return `${hours} h ${minutes} min`;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/** "1 pupil", "3 pupils". */
export function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const SHORT_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "12 Sep 2025" (empty string for no date). */
export function date(iso) {
  return iso ? DATE.format(new Date(iso)) : "";
}

/** "12 Sep". */
export function shortDate(iso) {
  return iso ? SHORT_DATE.format(new Date(iso)) : "";
}

/** "12 Sep 2025, 14:05". */
export function dateTime(iso) {
  return iso ? DATE_TIME.format(new Date(iso)) : "";
}

/** Where a pupil is with an assessment, in words, with the badge style that goes with it. */
export const STATUS = {
  completed: { words: "Completed", badge: "success" },
  in_progress: { words: "In progress", badge: "info" },
  not_started: { words: "Not started", badge: "warning" },
  abandoned: { words: "Stopped before finishing", badge: "warning" },
};

/** How a finished attempt ended, in words (AttemptEnd). */
export const END_WORDS = {
  pupil: "Finished",
  teacher: "Handed in by teacher",
  window_closed: "Handed in when it closed",
};

export function statusWords(status) {
  return STATUS[status]?.words || String(status || "").replace(/_/g, " ");
}

/** The 14 question types, as a teacher would name them. */
export const TYPE_LABELS = {
  multiple_choice: "Multiple choice",
  multiple_select: "Select more than one",
  text_input: "Short typed answer",
  extended_text: "Written answer",
  matching: "Matching",
  ordering: "Ordering",
  parsons: "Put the code in order (Parsons)",
  code_completion: "Fill in the code",
  python_code: "Write Python code",
  code_debug: "Fix the code",
  trace_table: "Trace table",
  drag_label: "Label a picture",
  binary_convert: "Number conversion",
  logic_gates: "Logic gates",
};

export function typeLabel(type) {
  return TYPE_LABELS[type] || String(type || "").replace(/_/g, " ");
}

/** How an answer was marked, in words ("Correct", "Partly correct", ...) with its badge style. */
export function markWords({ status, is_correct: isCorrect, score, max_score: max } = {}) {
  if (status === "not_answered" || status === "not_started") return { words: "Not answered", badge: null };
  if (status === "saved") return { words: "Saved, not submitted", badge: null };
  if (status === "awaiting_marking" || status === "ai_suggested") return { words: "Waiting for marking", badge: "info" };
  if (isCorrect === true) return { words: "Correct", badge: "success" };
  if (score !== null && score !== undefined && Number(score) > 0 && (max === undefined || Number(score) < Number(max))) {
    return { words: "Partly correct", badge: "info" };
  }
  if (score === null || score === undefined) return { words: "Not marked", badge: null };
  return { words: "Not correct", badge: "warning" };
}
