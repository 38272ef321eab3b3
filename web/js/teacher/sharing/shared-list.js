// "Shared by colleagues" on the assessments page: colleagues' assessments shared with the department, apart from
// the teacher's own. Each can be opened read-only, previewed as a pupil would see it, and duplicated into the
// teacher's own assessments (a draft copy that remembers where it came from). No classes or results are shown:
// the server never sends them.

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { sayProblem, statusArea, statusMessage } from "../../components/status.js";
import { count, whenWords } from "../review/labels.js";

const REVIEW_PAGE = "/teacher/review-questions.html";

function sharedWords(item) {
  const s = item.sharing;
  const by = s.shared_by_name || item.owner_name || "a colleague";
  const when = s.shared_at ? ` on ${whenWords(s.shared_at)}` : "";
  return s.through_unit_title ? `${by}${when}, with the unit ‘${s.through_unit_title}’` : `${by}${when}`;
}

function facts(item) {
  return el(
    "dl",
    { class: "details-list assessment-row__facts" },
    el("dt", {}, "Shared by"),
    el("dd", {}, sharedWords(item)),
    el("dt", {}, "Unit"),
    el("dd", {}, item.unit_title || "No unit"),
    el("dt", {}, "Questions"),
    el("dd", {}, `${count(item.question_count, "question")}, ${count(item.total_points, "point")}, about ${count(Math.max(1, item.estimated_minutes), "minute")}`),
  );
}

function duplicateButton(item, { status, onCopied }) {
  const button = el("button", { type: "button", class: "button button--small button--secondary" }, "Duplicate into my assessments", el("span", { class: "visually-hidden" }, ` ${item.title}`));
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    try {
      const copy = await api(`/api/assessments/${item.id}/duplicate`, { method: "POST" });
      await onCopied(copy);
    } catch (error) {
      sayProblem(status, error).focus();
    } finally {
      button.removeAttribute("aria-disabled");
    }
  });
  return button;
}

function row(item, options) {
  const headingId = `shared-${item.id}`;
  return el(
    "li",
    { class: "card assessment-row", "aria-labelledby": headingId, dataset: { testid: "shared-row", assessmentId: item.id } },
    el("div", { class: "assessment-row__head" }, el("h3", { class: "assessment-row__title", id: headingId }, el("a", { href: `${REVIEW_PAGE}?id=${item.id}` }, item.title))),
    facts(item),
    el(
      "div",
      { class: "cluster assessment-row__actions" },
      el("a", { class: "button button--small", href: `${REVIEW_PAGE}?id=${item.id}` }, "Open", el("span", { class: "visually-hidden" }, ` ${item.title}`)),
      el("a", { class: "button button--small button--secondary", href: `/teacher/preview.html?id=${item.id}` }, "Preview as pupil", el("span", { class: "visually-hidden" }, `: ${item.title}`)),
      duplicateButton(item, options),
    ),
  );
}

/**
 * The section, loaded at once. `onCopied(copy)` runs after a copy is made (the page shows it in the teacher's own
 * list and says so). Returns the <section>.
 */
export function sharedSection({ onCopied }) {
  const status = statusArea({ testid: "shared-status" });
  const area = el("div", { "aria-busy": "true" }, el("p", { class: "loading" }, "Loading…"));
  const section = el(
    "section",
    { class: "shared-assessments", "aria-labelledby": "shared-heading", dataset: { testid: "shared-section" } },
    el("h2", { id: "shared-heading" }, "Shared by colleagues"),
    el("p", {}, "Assessments other teachers have shared with the department. You can open them to read, preview them, and make your own copy to change and set."),
    status,
    area,
  );
  api("/api/assessments/shared")
    .then((items) => {
      replaceChildren(
        area,
        items.length
          ? el("ul", { class: "assessment-list", dataset: { testid: "shared-list" } }, items.map((item) => row(item, { status, onCopied })))
          : statusMessage("No colleague has shared an assessment yet."),
      );
    })
    .catch((error) => {
      replaceChildren(area);
      sayProblem(status, error);
    })
    .finally(() => area.removeAttribute("aria-busy"));
  return section;
}
