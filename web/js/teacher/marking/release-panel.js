// "Release marks to pupils": how many decided marks in the chosen assessment (and class) pupils cannot see yet,
// and the button that releases them after the teacher confirms. Nothing reaches a pupil before that.

import { el, replaceChildren } from "../../components/html.js";
import { confirmDialog } from "../../components/modal.js";
import { plural } from "../results/format.js";

function countWords({ assessment, klass, count }) {
  const where = `${assessment ? `“${assessment.title}”` : "your assessments"}${klass ? ` for ${klass.name}` : ""}`;
  return count
    ? `${plural(count, "marked answer")} in ${where} ${count === 1 ? "is" : "are"} not released yet. Pupils see a mark and its feedback only after you release it.`
    : `No marked answers in ${where} are waiting to be released.`;
}

function confirmRelease({ assessment, klass, count }) {
  return confirmDialog({
    title: `Release ${plural(count, "mark")} to pupils?`,
    message: `${klass ? `Pupils in ${klass.name}` : "Pupils in every class you teach"} will see their marks and your feedback for “${assessment.title}” straight away. Answers that still need marking stay hidden until you mark and release them.`,
    confirmLabel: `Release ${plural(count, "mark")}`,
    cancelLabel: "Not yet",
  });
}

/**
 * The release panel. `onRelease()` is called once the teacher has confirmed.
 * Returns { element, draw({ assessment, klass, count }) }: the chosen assessment and class (or null), and how many
 * decided marks are not released yet.
 */
export function releasePanel({ onRelease }) {
  const element = el("section", { class: "marking-release card card--soft", "aria-labelledby": "release-heading", dataset: { testid: "release" } });
  const draw = (target) => {
    const { assessment, count } = target;
    const release = async () => {
      if (await confirmRelease(target)) await onRelease();
    };
    replaceChildren(
      element,
      el("h2", { id: "release-heading" }, "Release marks to pupils"),
      el("p", { dataset: { testid: "release-count" } }, countWords(target)),
      !assessment ? el("p", { class: "muted" }, "To release marks, choose an assessment in the filters above and press Show answers.") : null,
      assessment && count ? el("button", { type: "button", class: "button", onClick: release }, `Release marks to pupils (${count})`) : null,
    );
  };
  return { element, draw };
}
