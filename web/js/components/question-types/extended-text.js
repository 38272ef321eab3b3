// extended_text: a written answer in a large box, with the word limits in words and a live word count.
// Going over the limit is allowed (the work is kept); the count says so calmly.

import { append, el } from "../html.js";
import { instruction, mountQuestion, notify, plural, readFrom, reviewDetails, statusLine, uid } from "./shared/dom.js";
import { checkboxField, numberField, repeater, startEditor, textField } from "./shared/editor-kit.js";
import { rubricPicker } from "../rubric-picker.js";

export const type = "extended_text";

/** Words as the server counts them: pieces of text between spaces and line breaks. */
export function countWords(text) {
  const trimmed = (text || "").trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** "Write between 30 and 120 words.", "Write up to 120 words.", "Write at least 30 words." */
export function wordLimitText(min, max) {
  if (min > 0 && max) return `Write between ${min} and ${max} words.`;
  if (max) return `Write up to ${max} words.`;
  if (min > 0) return `Write at least ${min} words.`;
  return "Write your answer in the box.";
}

function countText(words, min, max) {
  let text = `You have written ${plural(words, "word")}.`;
  if (max && words > max) text += ` That is more than ${max}. Your work is kept. Try to make it shorter.`;
  else if (min && words < min && words > 0) text += ` Write at least ${plural(min - words, "more word")}.`;
  return text;
}

/** A labelled textarea with the limits above it and the live count under it; restores `answer.text`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const min = view.min_words || 0;
  const max = view.max_words || 0;
  const boxId = uid("qt-essay");
  const countId = uid("qt-count");
  const box = el("textarea", {
    id: boxId,
    class: "textarea qt-essay",
    rows: "10",
    value: answer?.text ?? "",
    "aria-describedby": countId,
    readOnly: disabled,
  });
  const count = el("p", { class: "qt-word-count", id: countId });
  const read = () => ({ text: box.value });
  mountQuestion(root, type, read);
  const status = statusLine();

  // Say only when a limit is crossed: a count read out on every keystroke would be noise.
  const band = (words) => (max && words > max ? "over" : min && words < min ? "under" : "ok");
  let lastBand = band(countWords(box.value));
  const update = () => {
    const words = countWords(box.value);
    count.textContent = countText(words, min, max);
    const now = band(words);
    if (now !== lastBand) {
      if (now === "over") status.say(`You have written more than ${max} words. Your work is kept.`);
      else if (now === "ok" && min) status.say(`You have written ${min} words or more.`);
      else status.clear();
    }
    lastBand = now;
  };
  box.addEventListener("input", () => {
    update();
    notify(onChange, read);
  });
  update();

  append(root, 
    instruction(wordLimitText(min, max)),
    el("div", { class: "field qt-field" }, el("label", { class: "field__label", for: boxId }, "Your answer"), box, count),
    status.element,
  );
}

/** { text } exactly as written. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** The written answer (read only) with its word count; the teacher's marks and feedback are the page's. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts } = reviewDetails(details);
  if (parts.word_count !== undefined) root.querySelector(".qt-word-count").textContent = `You wrote ${plural(parts.word_count, "word")}.`;
}

function sum(scheme) {
  return scheme.reduce((total, c) => total + (Number(c.points) || 0), 0);
}

/** The teacher's form: word limits, the mark scheme (its total is the points available) and AI marking. */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed: send } = startEditor(root, type, config, onChange);
  cfg.min_words ??= 0;
  cfg.max_words ??= 300;
  cfg.marking_guide ??= { points_available: 0, mark_scheme: [] };
  cfg.marking_guide.mark_scheme ??= [];
  cfg.ai_marking_enabled ??= true;
  const guide = cfg.marking_guide;
  const total = el("p", { class: "qt-editor-note", dataset: { field: "points_available" } });
  // The points available are always the criteria added up, so the two can never disagree.
  const changed = () => {
    guide.points_available = sum(guide.mark_scheme);
    total.textContent = `Points available: ${guide.points_available} (the criteria added up).`;
    send();
  };
  total.textContent = `Points available: ${sum(guide.mark_scheme)} (the criteria added up).`;
  const scheme = schemeRepeater(guide, changed);
  append(root,
    el(
      "div",
      { class: "cluster qt-editor-inline" },
      numberField({ label: "Fewest words", value: cfg.min_words, min: 0, max: 1000, step: 1, name: "min_words", onValue: (v) => ((cfg.min_words = v), changed()) }),
      numberField({ label: "Most words", value: cfg.max_words, min: 1, max: 1000, step: 1, name: "max_words", onValue: (v) => ((cfg.max_words = v), changed()) }),
    ),
    scheme.element,
    total,
    rubricPicker({
      getScheme: () => guide.mark_scheme,
      applyScheme: (rows) => {
        guide.mark_scheme.splice(0, guide.mark_scheme.length, ...rows);
        scheme.refresh();
        changed();
      },
    }),
    aiMarkingFields(cfg, changed),
  );
}

/** The mark scheme: what earns marks and how many points each is worth. */
function schemeRepeater(guide, changed) {
  return repeater({
    legend: "Mark scheme",
    help: "What earns marks, and how many points each is worth.",
    items: guide.mark_scheme,
    name: "mark_scheme",
    min: 1,
    addLabel: "Add a criterion",
    rowLegend: (i) => `Criterion ${i + 1}`,
    newItem: () => ({ criterion: "", points: 1 }),
    onChange: changed,
    row: (criterion) => [
      textField({
        label: "What earns the points",
        value: criterion.criterion,
        name: "criterion",
        onValue: (v) => ((criterion.criterion = v), changed()),
      }),
      numberField({
        label: "Points",
        value: criterion.points,
        min: 0.5,
        step: 0.5,
        name: "points",
        onValue: (v) => ((criterion.points = v), changed()),
      }),
    ],
  });
}

function aiMarkingFields(cfg, changed) {
  return [
    checkboxField({
      label: "Suggest marks with AI",
      help: "You still check every mark before pupils see it.",
      checked: cfg.ai_marking_enabled,
      name: "ai_marking_enabled",
      onValue: (v) => ((cfg.ai_marking_enabled = v), changed()),
    }),
    textField({
      label: "Extra guidance for AI marking (optional)",
      value: cfg.ai_marking_prompt ?? "",
      multiline: true,
      rows: 3,
      name: "ai_marking_prompt",
      onValue: (v) => {
        cfg.ai_marking_prompt = v.trim() ? v : null;
        changed();
      },
    }),
  ];
}
