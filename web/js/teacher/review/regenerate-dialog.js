// "Make a new version of this question": a small dialog asking what should change (an instruction, the same
// type or another one, and who writes it when an AI service is set up), then asking the server for the new
// version (POST /api/assessments/{id}/questions/{qid}/regenerate).
//
// A modal <dialog> like components/modal.js (the page behind is inert, Tab goes round, Escape closes, focus
// goes back), but it stays open while the new version is being made and when it could not be made, so the
// teacher's words are kept for another try. It can be closed while it works (the AI may take a while): the
// card then says what happened when the answer comes.

import { api, ApiError } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { field } from "../../components/field.js";
import { keepTabInside } from "../../components/modal.js";
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
  const instruction = field({
    label: "What should change? (optional)",
    as: "textarea",
    rows: 3,
    maxlength: 1000,
    placeholder: EXAMPLES,
    help: `${EXAMPLES} Leave it empty for a different question on the same idea.`,
  });
  const generatable = new Set(choices.question_types.map((t) => t.type));
  // A picture question cannot be generated again (there is no picture to label): only another type is offered.
  const canKeep = generatable.has(question.type);
  const keep = el("input", { type: "checkbox", checked: canKeep });
  const type = field({ label: "New type", as: "select", options: typeChoices(question.type, generatable) });
  const typeBox = el("div", { class: "review-regenerate__type", hidden: canKeep }, type.element);
  keep.addEventListener("change", () => {
    typeBox.hidden = keep.checked;
  });
  const generator = generatorChoice(id, choices);
  const status = el("div", { class: "review-regenerate__status", "aria-live": "polite", dataset: { testid: "regenerate-status" } });
  const cancel = el("button", { type: "button", class: "button button--secondary" }, "Cancel");
  const make = el("button", { type: "submit", class: "button" }, "Make new version");
  const form = el(
    "form",
    { class: "modal__content", novalidate: true },
    el("h2", { class: "modal__title", id: `${id}-title` }, `Make a new version of question ${number}`),
    el(
      "div",
      { class: "modal__body" },
      el(
        "p",
        { id: `${id}-about` },
        `The new version replaces question ${number}: its text, answer key, hint and feedback. If the new version cannot be answered, question ${number} stays as it is.`,
      ),
      instruction.element,
      el(
        "fieldset",
        { class: "review-regenerate__types" },
        el("legend", {}, "Type of question"),
        canKeep
          ? el("label", { class: "choice" }, keep, el("span", {}, `Keep the same type (${typeLabel(question.type)})`))
          : el("p", { class: "field__help" }, `${typeLabel(question.type)} questions need a picture, so the generator makes another type.`),
        typeBox,
      ),
      generator.element,
      status,
    ),
    el("div", { class: "modal__actions" }, cancel, make),
  );
  const dialog = el("dialog", { class: "modal review-regenerate", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-about`, dataset: { testid: "regenerate-dialog" } }, form);
  document.body.append(dialog);
  keepTabInside(dialog);

  function say(kind, ...lines) {
    const cls = { plain: "status status--plain", warning: "status status--warning" }[kind];
    replaceChildren(status, el("div", { class: cls }, el("div", {}, lines)));
    return status.querySelector("p");
  }

  return new Promise((resolve) => {
    let working = false;
    let open = true;
    let handedOver = false; // a new version was saved: the card decides where the focus goes

    dialog.addEventListener("close", () => {
      open = false;
      dialog.remove();
      if (!handedOver && returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
      if (working) onWaiting?.(`Making a new version of question ${number}… This card changes when it is ready.`);
      resolve();
    });
    cancel.addEventListener("click", () => dialog.close());

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (working) return;
      const body = { instructions: instruction.input.value.trim(), keep_type: keep.checked, provider: generator.value() };
      if (!keep.checked && type.input.value) body.question_type = type.input.value;
      working = true;
      make.setAttribute("aria-disabled", "true");
      cancel.textContent = "Close";
      say(
        "plain",
        el("p", {}, "Making a new version…"),
        el("p", {}, `You can close this box: question ${number} changes when the new version is ready.`),
      );
      let response;
      try {
        response = await api(`/api/assessments/${assessmentId}/questions/${question.id}/regenerate`, { method: "POST", body });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        working = false;
        make.removeAttribute("aria-disabled");
        cancel.textContent = "Cancel";
        if (!open) {
          onLateProblem?.(error.status === 422 ? `Question ${number} was not changed. ${error.detail}` : error.detail);
        } else if (error.status === 422) {
          say(
            "warning",
            el("p", { tabindex: "-1" }, el("strong", {}, `Question ${number} was not changed.`)),
            el("p", {}, error.detail),
            problemList(error.body?.problems, { title: "What the checks found in the new version" }),
          ).focus();
        } else {
          say("warning", el("p", { tabindex: "-1" }, error.detail)).focus();
        }
        return;
      }
      working = false;
      handedOver = true;
      const late = !open;
      if (open) dialog.close();
      onSaved(response, { late });
    });

    dialog.showModal();
    instruction.input.focus();
  });
}
