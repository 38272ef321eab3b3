// "Make a new version of this question": a small dialog asking what should change (an instruction, the same
// type or another one, and who writes it when an AI service is set up), then asking the server for the new
// version (POST /api/assessments/{id}/questions/{qid}/regenerate).
//
// A modal <dialog> like components/modal.js (the page behind is inert, Tab goes round, Escape closes, focus
// goes back), but it stays open while the new version is being made and when it could not be made, so the
// teacher's words are kept for another try. It can be closed while it works (the AI may take a while): the
// card then says what happened when the answer comes.

import { api, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { keepTabInside } from "../../components/modal.js";
import { statusArea } from "../../components/status.js";
import { TYPE_LABELS, typeLabel } from "./labels.js";
import { problemList } from "./problems.js";

const EXAMPLES = "For example: Make it easier. About input and output.";
let counter = 0;
let options = null; // GET /api/generation/options, asked once per page

/** What the server can generate, and whether an AI service is set up (asked again after a failure). */
function generationOptions() {
  options ??= api("/api/generation/options").catch((error) => {
    options = null;
    throw error;
  });
  return options;
}

/** The sentence for a card after a new version was saved. */
export function newVersionWords(response) {
  // The server's notice says how it was made and, when pupils' answers were re-marked, says so too.
  return response.notice || "A new version was made.";
}

function typeChoices(currentType, generatable) {
  // The readable names from labels.js, in their order; only the types the generator can make (no picture
  // labelling), and not the type the question already has.
  return [
    { value: "", label: "Any other type (the generator chooses)" },
    ...Object.entries(TYPE_LABELS)
      .filter(([type]) => type !== currentType && generatable.has(type))
      .map(([value, label]) => ({ value, label })),
  ];
}

function generatorChoice(id, choices) {
  if (!choices.ai_available) {
    return {
      element: el("p", { class: "field__help" }, "No AI service is set up, so the offline generator makes the new version from the unit's materials."),
      value: () => "offline",
    };
  }
  const radio = (value, label) =>
    el("label", { class: "choice" }, el("input", { type: "radio", name: `${id}-provider`, value, checked: choices.default_generator === value }), el("span", {}, label));
  const element = el(
    "fieldset",
    { class: "review-regenerate__generator" },
    el("legend", {}, "Who writes the new version"),
    radio("ai", choices.model ? `The AI (${choices.model})` : "The AI"),
    radio("offline", "The offline generator (from the unit's materials, without AI)"),
  );
  return { element, value: () => element.querySelector("input:checked")?.value ?? choices.default_generator };
}

/** "Keep the same type" (or why it cannot be kept), and the menu of other types shown when it is unticked. */
function typeChoice(question, choices) {
  const generatable = new Set(choices.question_types.map((t) => t.type));
  // A picture question cannot be generated again (there is no picture to label): only another type is offered.
  const canKeep = generatable.has(question.type);
  const keep = el("input", { type: "checkbox", checked: canKeep });
  const type = field({ label: "New type", as: "select", options: typeChoices(question.type, generatable) });
  const typeBox = el("div", { class: "review-regenerate__type", hidden: canKeep }, type.element);
  keep.addEventListener("change", () => {
    typeBox.hidden = keep.checked;
  });
  const element = el(
    "fieldset",
    { class: "review-regenerate__types" },
    el("legend", {}, "Type of question"),
    canKeep
      ? el("label", { class: "choice" }, keep, el("span", {}, `Keep the same type (${typeLabel(question.type)})`))
      : el("p", { class: "field__help" }, `${typeLabel(question.type)} questions need a picture, so the generator makes another type.`),
    typeBox,
  );
  return { element, keep, type };
}

function instructionField() {
  return field({
    label: "What should change? (optional)",
    as: "textarea",
    rows: 3,
    maxlength: 1000,
    placeholder: EXAMPLES,
    help: `${EXAMPLES} Leave it empty for a different question on the same idea.`,
  });
}

function regenerateDialog(parts, { id, number }) {
  const { instruction, types, generator, status, cancel, make } = parts;
  const about = `The new version replaces question ${number}: its text, answer key, hint and feedback. If the new version cannot be answered, question ${number} stays as it is.`;
  const form = el(
    "form",
    { class: "modal__content", novalidate: true, onSubmit: (event) => submit(parts, event) },
    el("h2", { class: "modal__title", id: `${id}-title` }, `Make a new version of question ${number}`),
    el("div", { class: "modal__body" }, el("p", { id: `${id}-about` }, about), instruction.element, types.element, generator.element, status),
    el("div", { class: "modal__actions" }, cancel, make),
  );
  const attrs = { class: "modal review-regenerate", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-about`, dataset: { testid: "regenerate-dialog" } };
  return el("dialog", attrs, form);
}

/** What the teacher asked for, as the regenerate endpoint takes it. */
function requestBody({ instruction, types, generator }) {
  const body = { instructions: instruction.input.value.trim(), keep_type: types.keep.checked, provider: generator.value() };
  if (!types.keep.checked && types.type.input.value) body.question_type = types.type.input.value;
  return body;
}

/** The new version could not be made: said in the dialog when it is open, else handed to the card. */
function sayRefused(parts, error) {
  const { number, status } = parts;
  if (!parts.open) {
    parts.onLateProblem?.(error.status === 422 ? `Question ${number} was not changed. ${error.detail}` : error.detail);
  } else if (error.status === 422) {
    status.say([el("strong", {}, `Question ${number} was not changed.`), " ", error.detail], "warning").focus();
    // What the checks found, under the message (inside the same live region).
    const found = problemList(error.body?.problems, { title: "What the checks found in the new version" });
    if (found) status.append(found);
  } else {
    status.say(error.detail, "warning").focus();
  }
}

async function submit(parts, event) {
  event.preventDefault();
  const { make, cancel, number } = parts;
  if (parts.working) return;
  const body = requestBody(parts);
  parts.working = true;
  make.setAttribute("aria-disabled", "true");
  cancel.textContent = "Close";
  parts.status.say(`Making a new version… You can close this box: question ${number} changes when the new version is ready.`, "plain");
  let response;
  try {
    response = await api(`/api/assessments/${parts.assessmentId}/questions/${parts.question.id}/regenerate`, { method: "POST", body });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    parts.working = false;
    make.removeAttribute("aria-disabled");
    cancel.textContent = "Cancel";
    sayRefused(parts, error);
    return;
  }
  parts.working = false;
  parts.handedOver = true; // a new version was saved: the card decides where the focus goes
  const late = !parts.open;
  if (parts.open) parts.dialog.close();
  parts.onSaved(response, { late });
}

/**
 * Ask for a new version of `question` (shown to the teacher as question `number`). Resolves when the dialog
 * closes. `onSaved(response, { late })` gets the server's QuestionSaved when a new version was saved — `late`
 * is true when the dialog had already been closed. `onLateProblem(message)` says a refusal that arrived after
 * the dialog was closed; `onWaiting(message)` says that the new version is still being made when it is closed.
 * Throws ApiError when the generation options cannot be read (nothing is open then).
 */
export async function openRegenerateDialog({ assessmentId, question, number, onSaved, onLateProblem, onWaiting }) {
  const choices = await generationOptions();
  const id = `regenerate-${++counter}`;
  const returnFocusTo = document.activeElement;
  const parts = {
    assessmentId,
    question,
    number,
    onSaved,
    onLateProblem,
    instruction: instructionField(),
    types: typeChoice(question, choices),
    generator: generatorChoice(id, choices),
    status: statusArea({ testid: "regenerate-status", className: "review-regenerate__status stack" }),
    cancel: el("button", { type: "button", class: "button button--secondary" }, "Cancel"),
    make: el("button", { type: "submit", class: "button" }, "Make new version"),
    working: false, // the request is on its way
    open: true,
    handedOver: false,
  };
  parts.dialog = regenerateDialog(parts, { id, number });
  document.body.append(parts.dialog);
  keepTabInside(parts.dialog);
  parts.cancel.addEventListener("click", () => parts.dialog.close());
  return new Promise((resolve) => {
    parts.dialog.addEventListener("close", () => {
      parts.open = false;
      parts.dialog.remove();
      if (!parts.handedOver && returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
      if (parts.working) onWaiting?.(`Making a new version of question ${number}… This card changes when it is ready.`);
      resolve();
    });
    parts.dialog.showModal();
    parts.instruction.input.focus();
  });
}
