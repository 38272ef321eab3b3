// "Notes from making this draft": the warnings generation stored about the draft as a whole ("You asked for 10
// questions; the draft has 6"), said with who made it and when. Information, not an error: the calm info
// style. The list can be folded away, and the whole panel hidden until this browser tab is closed.

import { el } from "../../components/html.js";
import { count, whenWords } from "./labels.js";

const HIDDEN_KEY = "ks3.generationNotesHidden.";

function hiddenKey(assessment) {
  // The job is part of the key: a note hidden for one draft does not hide the notes of another.
  return `${HIDDEN_KEY}${assessment.id}.${assessment.generation?.job_id ?? assessment.generation?.generated_at ?? ""}`;
}

function isHidden(key) {
  try {
    return sessionStorage.getItem(key) === "1";
  } catch {
    return false; // storage switched off: the notes show, which is the safe way round
  }
}

function rememberHidden(key) {
  try {
    sessionStorage.setItem(key, "1");
  } catch {
    // Storage switched off: the notes stay hidden until the page is loaded again.
  }
}

/** Who or what wrote the draft, and when: "Made by the offline generator on Monday 3 March at 14:05." */
export function madeByWords(generation) {
  const when = generation.generated_at ? ` on ${whenWords(generation.generated_at)}` : "";
  const offline = generation.provider === "offline" || !generation.model || generation.model === "offline generator";
  return offline ? `Made by the offline generator${when}.` : `Written by the AI (${generation.model})${when}.`;
}

/**
 * The panel for `assessment` (from GET /api/assessments/{id}), or null when generation left no notes or the
 * teacher hid them in this tab. `onHidden()` is called after "Hide these notes", once the panel has gone, so
 * the page can say so and put the focus somewhere sensible.
 */
export function generationNotes(assessment, { onHidden } = {}) {
  const generation = assessment.generation || {};
  const warnings = (generation.warnings || []).filter((w) => typeof w === "string" && w.trim());
  const key = hiddenKey(assessment);
  if (!warnings.length || isHidden(key)) return null;
  const headingId = `generation-notes-heading-${assessment.id}`;
  const hide = el("button", { type: "button", class: "button button--secondary button--small" }, "Hide these notes");
  // A landmark with a heading and its own controls, not a message: it borrows the status look, but a status
  // message (components/status.js) is a paragraph or two said in a live region.
  const panel = el(
    "section",
    { class: "status generation-notes", "aria-labelledby": headingId, dataset: { testid: "generation-notes" } },
    el(
      "div",
      { class: "generation-notes__body" },
      el("h2", { class: "generation-notes__title", id: headingId }, "Notes from making this draft"),
      el("p", { dataset: { testid: "generation-made-by" } }, madeByWords(generation)),
      generation.instructions ? el("p", {}, "Your instructions: ", el("q", {}, generation.instructions)) : null,
      el(
        "details",
        { class: "generation-notes__details", open: true },
        el("summary", {}, `${count(warnings.length, "note")} about the whole draft`),
        el("ul", { class: "generation-notes__list" }, warnings.map((w) => el("li", {}, w))),
        el("p", { class: "generation-notes__aside" }, "These describe the draft as it was made: you may have changed it since. Problems with one question are shown on its card."),
      ),
      el("div", { class: "cluster" }, hide, el("span", { class: "field__help" }, "Hiding them lasts until you close this browser tab.")),
    ),
  );
  hide.addEventListener("click", () => {
    rememberHidden(key);
    panel.remove();
    onHidden?.();
  });
  return panel;
}
