// The top of the review page: the assessment's title, status, unit and size in words; notices (another teacher's
// assessment, pupils have started it, shared with the department, copied from another); the actions; the classes
// it is published to; and which questions need fixing or are worth checking. Drawn again whenever the assessment
// or its questions change.

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { sayProblem, statusMessage } from "../../components/status.js";
import { assessmentActions, LIST_PAGE } from "./assessment-actions.js";
import { answersWords, count, statusBadge, windowWords } from "./labels.js";
import { sharingNotes } from "./sharing.js";

function header(a, questions) {
  const points = questions.reduce((sum, q) => sum + q.points, 0);
  const minutes = Math.max(1, Math.ceil(questions.reduce((sum, q) => sum + q.time_estimate_seconds, 0) / 60));
  const facts = [a.unit_title ? `Unit: ${a.unit_title}` : "No unit", count(questions.length, "question"), count(points, "point"), `About ${count(minutes, "minute")}`];
  return el(
    "div",
    { class: "page__header" },
    el("p", { class: "review-top__back" }, el("a", { href: LIST_PAGE }, "All assessments")),
    el("h1", { id: "assessment-title" }, a.title),
    el("p", { class: "review-top__meta" }, statusBadge(a.status), " ", facts.join(" · ")),
  );
}

function notices(a) {
  if (!a.can_see_results) return null; // a colleague's shared assessment: sharingNotes says so
  if (!a.can_edit) {
    return statusMessage("This assessment belongs to another teacher. You can read and preview it. To change it, duplicate it to make your own copy.");
  }
  if (a.attempt_count > 0) {
    return statusMessage(
      `Pupils have started this assessment (${count(a.attempt_count, "attempt")} so far). If you change an answer key, their answers are marked again with the new key.`,
    );
  }
  return null;
}

/** "Show answers now" (or "Hide answers again") for a class that sees the answers when it closes and has no closing date. */
function showAnswersButton(a, c, { status, onUpdated }) {
  if (a.status !== "published" || c.show_answers !== "after_closing" || c.available_until) return null;
  const shown = Boolean(c.answers_released_at);
  const button = el("button", { type: "button", class: "button button--secondary" }, shown ? `Hide answers again from ${c.class_name}` : `Show answers now to ${c.class_name}`);
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    try {
      const saved = await api(`/api/assessments/${a.id}/classes/${c.class_id}/answers-shown`, { method: "PUT", body: { shown: !shown } });
      onUpdated(
        saved,
        shown
          ? `The answers are hidden from ${c.class_name} again.`
          : `Pupils in ${c.class_name} who have finished and cannot take it again can now see the answers.`,
      );
    } catch (error) {
      sayProblem(status, error).focus();
      button.removeAttribute("aria-disabled");
    }
  });
  return button;
}

function publishedTo(a, actions) {
  if (!a.classes.length) return null;
  return el(
    "section",
    { class: "review-published", "aria-labelledby": "published-heading", dataset: { testid: "published-to" } },
    el("h2", { id: "published-heading" }, "Published to"),
    el(
      "ul",
      { class: "review-published__list" },
      a.classes.map((c) =>
        el(
          "li",
          { class: "review-published__class" },
          el("strong", {}, c.class_name),
          `: ${windowWords(c.available_from, c.available_until)}. `,
          el("span", { dataset: { testid: "answers-words" } }, answersWords(c)),
          " ",
          el("a", { href: `/teacher/class-results.html?id=${a.id}&class=${c.class_id}` }, `Results for ${c.class_name}`),
          showAnswersButton(a, c, actions),
        ),
      ),
    ),
  );
}

/** "question 1, question 3 and question 4", as links to the cards. */
function questionLinks(list) {
  return list.map(({ n }, i) => [i ? (i === list.length - 1 ? " and " : ", ") : "", el("a", { href: `#question-${n}` }, `question ${n}`)]);
}

function problemSummary(questions) {
  const numbered = questions.map((q, i) => ({ q, n: i + 1 }));
  const blocking = numbered.filter(({ q }) => (q.warnings || []).some((w) => w.severity !== "warning"));
  const warned = numbered.filter(({ q }) => (q.warnings || []).some((w) => w.severity === "warning"));
  if (!blocking.length && !warned.length) return null;
  const words = [
    blocking.length ? ["Needs fixing before it can be published: ", questionLinks(blocking), "."] : null,
    blocking.length && warned.length ? " " : null,
    warned.length ? ["Worth checking: ", questionLinks(warned), "."] : null,
  ];
  return statusMessage(words, { kind: "warning", testid: "problem-summary", className: "review-summary" });
}

/**
 * The top of the page for `assessment`. `status` is the page's status area (for what the actions did).
 * Returns { element, assessment, update(saved, message), setQuestions(questions) }: `assessment` is the latest copy.
 */
export function reviewTop({ assessment, status }) {
  const top = { element: el("div", { class: "review-top" }), assessment, questions: assessment.questions };
  const draw = () => {
    const a = top.assessment;
    document.title = `${a.title} – Review – KS3 Assessment`;
    replaceChildren(top.element, header(a, top.questions), notices(a), sharingNotes(a), assessmentActions(a, { status, onUpdated: top.update }), publishedTo(a, { status, onUpdated: top.update }), problemSummary(top.questions));
  };
  top.update = (saved, message) => {
    top.assessment = { ...saved };
    top.questions = saved.questions;
    draw();
    if (message) status.say(message).focus();
  };
  top.setQuestions = (questions) => {
    top.questions = questions;
    draw();
  };
  draw();
  return top;
}
