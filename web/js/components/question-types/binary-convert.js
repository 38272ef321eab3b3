// binary_convert: "Convert 1011 from binary to denary." One answer box, and a box for working when the
// question offers it (the working is kept for the teacher, never marked).

import { append, el } from "../html.js";
import { instruction, mountQuestion, notify, readFrom, resultMark, reviewDetails, uid } from "./shared/dom.js";
import { checkboxField, selectField, startEditor, textField } from "./shared/editor-kit.js";

export const type = "binary_convert";

const DIGITS = {
  binary: "Use only the digits 0 and 1.",
  denary: "Use the digits 0 to 9.",
  hexadecimal: "Use the digits 0 to 9 and the letters A to F.",
};

export const CONVERSIONS = [
  { value: "binary_to_decimal", label: "Binary to denary" },
  { value: "decimal_to_binary", label: "Denary to binary" },
  { value: "binary_to_hex", label: "Binary to hexadecimal" },
  { value: "hex_to_binary", label: "Hexadecimal to binary" },
  { value: "decimal_to_hex", label: "Denary to hexadecimal" },
  { value: "hex_to_decimal", label: "Hexadecimal to denary" },
];

/** The conversion in words, the answer box and (if wanted) a working box; restores `answer`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const to = view.to_label || "denary";
  const answerId = uid("qt-convert");
  const helpId = uid("qt-convert-help");
  const input = el("input", {
    type: "text",
    id: answerId,
    class: "input input--short qt-convert__answer",
    value: answer?.answer === undefined || answer?.answer === null ? "" : String(answer.answer),
    inputmode: to === "hexadecimal" ? "text" : "numeric",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    maxlength: "40",
    "aria-describedby": helpId,
    readOnly: disabled,
  });
  let working = null;
  if (view.show_working) {
    working = el("textarea", {
      id: uid("qt-working"),
      class: "textarea qt-convert__working",
      rows: "4",
      value: answer?.working ?? "",
      spellcheck: "false",
      readOnly: disabled,
    });
  }
  const read = () => {
    const data = { answer: input.value };
    if (working) data.working = working.value;
    return data;
  };
  mountQuestion(root, type, read);
  input.addEventListener("input", () => notify(onChange, read));
  working?.addEventListener("input", () => notify(onChange, read));

  append(root, 
    el("p", { class: "qt-convert" }, "Convert ", el("code", { class: "qt-convert__value" }, view.given_value), ` from ${view.from_label} to ${to}.`),
    disabled ? null : instruction("Type your answer in the box."),
    el(
      "div",
      { class: "field qt-field" },
      el("label", { class: "field__label", for: answerId }, `Your answer (${to})`),
      el("span", { class: "field__help", id: helpId }, DIGITS[to] || ""),
      input,
    ),
    working
      ? el(
          "div",
          { class: "field" },
          el("label", { class: "field__label", for: working.id }, "Your working (optional)"),
          el("span", { class: "field__help" }, "Show how you worked it out, if you like. Only your answer is marked."),
          working,
        )
      : null,
  );
}

/** { answer, working? } as typed (the server forgives spaces, prefixes and leading zeros). */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** The answer with Right / Not yet. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { isCorrect } = reviewDetails(details);
  if (isCorrect !== null) root.querySelector(".qt-field").append(resultMark(isCorrect));
}

/** The teacher's form: the direction and the number. The answer is worked out when the question is saved. */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed } = startEditor(root, type, config, onChange);
  cfg.conversion_type ??= "binary_to_decimal";
  cfg.given_value ??= "";
  cfg.show_working ??= false;
  append(root, 
    selectField({
      label: "Convert",
      value: cfg.conversion_type,
      options: CONVERSIONS,
      name: "conversion_type",
      // The stored answer belongs to the old question: let saving work it out afresh.
      onValue: (v) => ((cfg.conversion_type = v), (cfg.correct_answer = null), changed()),
    }),
    textField({
      label: "Number to convert",
      help: "From 0 to 65535 in denary. Spaces between groups of binary digits are fine.",
      value: String(cfg.given_value ?? ""),
      code: true,
      name: "given_value",
      onValue: (v) => ((cfg.given_value = v), (cfg.correct_answer = null), changed()),
    }),
    el(
      "p",
      { class: "qt-editor-note" },
      cfg.correct_answer !== null && cfg.correct_answer !== undefined && cfg.correct_answer !== ""
        ? `The answer was worked out as ${cfg.correct_answer}. It is worked out again when you save.`
        : "The answer is worked out when you save.",
    ),
    checkboxField({
      label: "Give pupils a box for their working",
      checked: cfg.show_working,
      name: "show_working",
      onValue: (v) => ((cfg.show_working = v), changed()),
    }),
  );
}
