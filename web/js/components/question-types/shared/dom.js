// Small pieces every question-type renderer shares: the root element's life (so readAnswer finds what
// renderPupil drew), literal instruction lines, a visible polite status line, ids, and number words.

import { el } from "../../html.js";

const answers = new WeakMap();
let counter = 0;

/** A DOM id unique on this page (for label/aria links between parts of one question). */
export function uid(prefix = "qt") {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A new opaque config id such as "o3f9a2c1d": a letter and 8 random hex digits (docs/question-types.md). */
export function newId(prefix = "o") {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Empty `root`, mark it as this type's renderer and remember how to read its answer.
 * `read` returns the current answer_data; readAnswer() calls it through `readFrom`.
 */
export function mountQuestion(root, type, read) {
  clearQuestion(root);
  root.classList.add("qt", `qt--${type.replaceAll("_", "-")}`);
  root.dataset.questionType = type;
  answers.set(root, read);
}

/** Empty `root` of anything a renderer or editor drew there before (the page may reuse one element). */
export function clearQuestion(root) {
  root.replaceChildren();
  answers.delete(root);
  delete root.dataset.questionType;
  delete root.dataset.qtDisabled;
  for (const name of [...root.classList]) if (name === "qt" || name.startsWith("qt--") || name === "qt-editor") root.classList.remove(name);
}

/** The answer_data drawn into `root` by renderPupil. */
export function readFrom(root, type) {
  const read = answers.get(root);
  if (!read || root.dataset.questionType !== type) {
    throw new Error(`readAnswer(): renderPupil for ${type} has not drawn into this element.`);
  }
  return read();
}

/** The literal instruction above an input: "Select ONE answer". */
export function instruction(text, attrs = {}) {
  return el("p", { class: "qt-instruction", id: uid("qt-instruction"), ...attrs }, text);
}

/**
 * A visible status line that screen readers also read out (polite): "Moved ‘print(x)’ to position 3 of 5".
 * Everyone sees what their last action did, in words. Returns { element, say(message), clear() }.
 */
export function statusLine() {
  const element = el("p", { class: "qt-status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  return {
    element,
    say(message) {
      // A no-break space makes a repeated message a change, so it is read out again.
      element.textContent = element.textContent === message ? `${message}\u00a0` : message;
    },
    clear() {
      element.textContent = "";
    },
  };
}

const WORDS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"];

/** 2 → "TWO" (capitals, as in "Select TWO answers"); numbers above ten stay as digits. */
export function numberWord(n) {
  return WORDS[n] ?? String(n);
}

/** "1 word", "3 words". */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Quote a pupil-visible piece of text in announcements: ‘print(x)’. */
export function quote(text) {
  const short = String(text).trim();
  return `‘${short.length > 60 ? `${short.slice(0, 57)}…` : short}’`;
}

/**
 * A result marker with an icon AND a word (never colour alone, never red):
 * right → muted green tick "Right"; not yet → amber info icon "Not yet".
 */
export function resultMark(right, { rightText = "Right", notYetText = "Not yet" } = {}) {
  return el(
    "span",
    { class: ["qt-result", right ? "qt-result--right" : "qt-result--not-yet"], dataset: { result: right ? "right" : "not-yet" } },
    el("span", { class: "qt-result__icon", "aria-hidden": "true" }, right ? "✓" : "i"),
    right ? rightText : notYetText,
  );
}

/** Keep a plain object's own copy: configs and answers are JSON. */
export function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Call onChange (if any) with the current answer. */
export function notify(onChange, read) {
  if (typeof onChange === "function") onChange(read());
}

/**
 * What renderReview was given, read either way: the mark's `details` dict, or the whole mark
 * ({ is_correct, details: {...} }). Returns { parts, isCorrect } (isCorrect null when not known).
 */
export function reviewDetails(details) {
  const given = details && typeof details === "object" ? details : {};
  const parts = given.details && typeof given.details === "object" ? given.details : given;
  const isCorrect =
    typeof given.is_correct === "boolean"
      ? given.is_correct
      : given.correct_count !== undefined && given.total_count !== undefined
        ? given.correct_count === given.total_count && given.total_count > 0
        : null;
  return { parts, isCorrect };
}
