// The notes above the answer: the hint the pupil asked for, and the note that this is the easier version.

import { el } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";

/**
 * Returns { element, showHint(text, message) -> the hint's title (to focus), showEasierNote(), showKeptNote(),
 * showChangedNote(text) -> the note's text (to focus) }.
 */
export function supportArea() {
  const element = el("div", { class: "question__support" });
  return {
    element,
    showHint(text, message) {
      const title = el("p", { class: "hint-panel__title", tabindex: "-1" }, el("strong", {}, "Hint"));
      const panel = el(
        "div",
        { class: "hint-panel", role: "note", "aria-label": "Hint", dataset: { testid: "hint" } },
        title,
        el("p", { class: "hint-panel__text" }, text),
        el("p", { class: "hint-panel__note muted" }, message || "Using a hint is fine. It does not change your score."),
      );
      element.querySelector(".hint-panel")?.remove();
      element.prepend(panel);
      return title;
    },
    showEasierNote() {
      element.append(statusMessage("This is an easier version of the same question.", { kind: "info", role: "note", className: "easier-note" }));
    },
    /** The teacher marked (or corrected the mark of) this answer: it stays as it is, and the pupil is told why. */
    showKeptNote() {
      element.append(statusMessage("Your teacher has marked this answer, so it stays as it is. Go on to the next question.", { kind: "info", role: "note", testid: "kept-by-teacher" }));
    },
    /** The answer below was changed on another screen: said once, when it is first shown here. */
    showChangedNote(text) {
      const note = statusMessage(text, { kind: "info", role: "note", focusable: true, testid: "changed-elsewhere" });
      element.prepend(note);
      return note.firstElementChild;
    },
  };
}
