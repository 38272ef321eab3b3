// One pupil (/teacher/pupil-detail.html?id=<pupil>): their classes, every attempt, each one opening to every
// answer with its full history of tries (what they tried before getting it right), hints and easier versions
// used and time; progress over time as a line chart with a table; strengths and areas for development by
// objective; and a printable report.

import { api, ApiError } from "../api.js";
import { homeFor } from "../auth.js";
import { startPage } from "../app.js";
import { lineChart } from "../components/chart.js";
import { el, replaceChildren } from "../components/html.js";
import { statusMessage } from "../components/status.js";
import { toast } from "../components/toast.js";
import { pupilAccessSection } from "./access/pupil-access.js";
import { masteryBars } from "./mastery.js";
import { answeredQuestion, describeAnswer } from "./results/answer-text.js";
import { correctionsList, openCorrectionDialog } from "./results/correction-dialog.js";
import { date, dateTime, duration, markWords, number, percent, plural, points, shortDate, STATUS, statusWords, typeLabel } from "./results/format.js";

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    const pupilId = new URLSearchParams(location.search).get("id");
    if (!pupilId) return calmStop(main, user, "No pupil was chosen. Open a pupil from a class or from an assessment’s results.");
    let record;
    try {
      record = await api(`/api/analytics/pupils/${encodeURIComponent(pupilId)}`);
    } catch (error) {
      if (error instanceof ApiError && [403, 404, 422].includes(error.status)) return calmStop(main, user, error.detail);
      throw error;
    }
    const { pupil } = record;
    document.title = `${pupil.name} – KS3 Assessment`;
    const views = new Map(); // assessment id → promise of its questions as pupils saw them

    replaceChildren(
      main,
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, pupil.name),
        el("p", { class: "page__lead" }, aboutPupil(pupil)),
        pupil.is_active ? null : statusMessage("This pupil’s account is switched off: they cannot sign in."),
      ),
      el(
        "div",
        { class: "cluster results-actions no-print" },
        record.attempts.length
          ? el("button", { type: "button", class: "button button--secondary", onClick: () => openAll(main) }, "Show every answer")
          : null,
        el("button", { type: "button", class: "button button--secondary", onClick: () => printReport(main) }, "Print report"),
      ),
      el("p", { class: "print-only muted" }, `Report printed on ${date(new Date().toISOString())}.`),
      pupilAccessSection(pupil),
      progressSection(record),
      strengthsSection(record),
      attemptsSection(record, views),
    );
  },
});

function calmStop(main, user, detail) {
  replaceChildren(
    main,
    el("h1", {}, "Pupil"),
    statusMessage(detail, { kind: "warning", role: "status", testid: "pupil-refused" }),
    el("p", {}, el("a", { href: homeFor(user) }, "Go to your home page")),
  );
}

function aboutPupil(pupil) {
  const parts = [`Username: ${pupil.username}`];
  if (pupil.year_group) parts.push(`Year ${pupil.year_group}`);
  parts.push(pupil.classes.length ? `${pupil.classes.length === 1 ? "Class" : "Classes"}: ${pupil.classes.map((c) => c.class_name).join(", ")}` : "Not in a class");
  return parts.join(". ") + ".";
}

// ---- Progress over time ----

function progressSection(record) {
  const chartPoints = record.progress.map((p) => ({ label: shortDate(p.completed_at), value: p.percentage }));
  const halfTerms = [...new Set(record.progress.map((p) => p.half_term).filter(Boolean))];
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "progress-heading" },
    el("h2", { id: "progress-heading" }, "Progress over time"),
    el(
      "p",
      { class: "muted" },
      record.progress.length
        ? `Each finished assessment, oldest first${halfTerms.length ? `, across half ${halfTerms.length === 1 ? "term" : "terms"} ${halfTerms.join(", ")}` : ""}.`
        : "The chart appears when the pupil finishes an assessment.",
    ),
    lineChart({ title: "Score in each assessment (%)", points: chartPoints, yLabel: "Score", xLabel: "Finished on" }),
    record.progress.length
      ? el(
          "ol",
          { class: "progress-titles muted" },
          record.progress.map((p) => el("li", {}, `${shortDate(p.completed_at)}: ${p.title} — ${percent(p.percentage)}`)),
        )
      : null,
  );
}

// ---- Strengths and areas for development ----

function strengthsSection(record) {
  const block = (id, heading, lead, items, empty) =>
    el(
      "section",
      { class: "strengths__block", "aria-labelledby": id },
      el("h3", { id }, heading),
      el("p", { class: "muted" }, lead),
      items.length ? masteryBars(items, { label: heading }) : el("p", {}, empty),
    );
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "strengths-heading" },
    el("h2", { id: "strengths-heading" }, "Strengths and areas for development"),
    record.objectives.length
      ? el(
          "div",
          { class: "strengths" },
          block("strengths-good", "Strengths", "Objectives where the pupil earned 70% or more of the marks.", record.strengths,
            "No objective at 70% or more yet."),
          block("strengths-develop", "Areas for development", "Objectives where the pupil earned less than 50% of the marks.", record.to_develop,
            "No objective below 50%."),
        )
      : el("p", {}, "This appears when the pupil has finished questions linked to learning objectives."),
    record.objectives.length
      ? el("details", { class: "strengths__all" }, el("summary", {}, "Every objective and strand"),
          el("h3", {}, "Every learning objective"), masteryBars(record.objectives, { label: "Every learning objective" }),
          record.strands.length ? [el("h3", {}, "Every taxonomy strand"), masteryBars(record.strands, { label: "Every taxonomy strand" })] : null)
      : null,
  );
}

// ---- Attempts ----

function attemptsSection(record, views) {
  const section = el(
    "section",
    { class: "results-section", "aria-labelledby": "attempts-heading" },
    el("h2", { id: "attempts-heading" }, "Assessments attempted"),
  );
  if (!record.attempts.length) {
    section.append(statusMessage("This pupil has not started any assessment yet."));
    return section;
  }
  section.append(
    el(
      "div",
      { class: "table-wrap", role: "region", "aria-label": "Assessments attempted", tabindex: "0" },
      el(
        "table",
        { class: "table", "data-testid": "attempts-table" },
        el("caption", { class: "visually-hidden" }, "Assessments attempted"),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            ["Assessment", "Status", "Score", "Percentage", "Time taken", "Hints used", "Started"].map((h, i) =>
              el("th", { scope: "col", class: i >= 2 && i <= 5 ? "number" : null }, h),
            ),
          ),
        ),
        el(
          "tbody",
          {},
          record.attempts.map((a) =>
            el(
              "tr",
              {},
              el("th", { scope: "row" }, a.title, a.attempt_number > 1 ? el("span", { class: "muted" }, ` (attempt ${a.attempt_number})`) : null),
              el("td", {}, el("span", { class: ["badge", STATUS[a.status] && `badge--${STATUS[a.status].badge}`] }, statusWords(a.status))),
              el("td", { class: "number" }, a.status === "completed" ? points(a.score, a.max_score) : "—"),
              el("td", { class: "number" }, a.status === "completed" ? percent(a.percentage) : "—"),
              el("td", { class: "number" }, duration(a.time_taken_seconds)),
              el("td", { class: "number" }, String(a.hints_used)),
              el("td", {}, date(a.started_at)),
            ),
          ),
        ),
      ),
    ),
    el("h3", {}, "Answers, assessment by assessment"),
    el("p", { class: "muted" }, "Open an assessment to see every answer and everything the pupil tried before it."),
    el("div", { class: "attempt-details" }, record.attempts.map((a) => attemptDetails(a, views))),
  );
  return section;
}

function attemptDetails(attempt, views) {
  const content = el("div", { class: "attempt-detail__content" }, el("p", { class: "loading" }, "Loading the answers…"));
  const details = el(
    "details",
    { class: "attempt-detail card", dataset: { attempt: attempt.attempt_id } },
    el(
      "summary",
      {},
      el("span", { class: "attempt-detail__title" }, attempt.title),
      ` — ${statusWords(attempt.status)}`,
      attempt.status === "completed" ? `, ${percent(attempt.percentage)}` : "",
    ),
    content,
  );
  let loaded = null;
  details.load = () => {
    loaded ??= loadAttempt(attempt, views, content);
    return loaded;
  };
  details.addEventListener("toggle", () => {
    if (details.open) details.load();
  });
  return details;
}

function viewsFor(assessmentId, views) {
  if (!views.has(assessmentId)) {
    // The questions as the pupil saw them, so answers read as words rather than ids. If the teacher cannot
    // open the assessment any more, answers are still listed (with ids where words are missing).
    views.set(
      assessmentId,
      api(`/api/assessments/${encodeURIComponent(assessmentId)}/preview`)
        .then((preview) => new Map(preview.questions.map((q) => [q.id, q])))
        .catch(() => new Map()),
    );
  }
  return views.get(assessmentId);
}

async function loadAttempt(attempt, views, content) {
  try {
    const [detail, questions] = await Promise.all([api(`/api/analytics/attempts/${encodeURIComponent(attempt.attempt_id)}`), viewsFor(attempt.assessment_id, views)]);
    content.replaceChildren(
      el(
        "dl",
        { class: "details-list attempt-detail__facts" },
        el("dt", {}, "Started"), el("dd", {}, dateTime(detail.started_at)),
        el("dt", {}, "Finished"), el("dd", {}, detail.completed_at ? dateTime(detail.completed_at) : "Not finished yet"),
        el("dt", {}, "Time taken"), el("dd", {}, duration(detail.time_taken_seconds)),
        el("dt", {}, "Score"), el("dd", {}, detail.status === "completed" ? `${points(detail.score, detail.max_score)} (${percent(detail.percentage)})` : "Not finished yet"),
      ),
      el(
        "ol",
        { class: "answer-records", "data-testid": "answers" },
        detail.answers.map((a) =>
          el("li", {}, answerRecord(a, questions.get(a.question_id), { finished: detail.status === "completed", pupilName: detail.pupil_name, reload: () => loadAttempt(attempt, views, content) })),
        ),
      ),
    );
  } catch (error) {
    if (!(error instanceof ApiError)) console.error(error);
    content.replaceChildren(
      statusMessage(error instanceof ApiError ? error.detail : "The answers could not be shown. Close this and open it again.", { kind: "warning", role: "status" }),
    );
  }
}

function answerRecord(answer, previewQuestion, { finished, pupilName, reload }) {
  const mark = markWords(answer);
  const shape = answeredQuestion(previewQuestion, answer.scaffold_used);
  const type = shape.type || answer.type;
  const facts = [
    answer.status === "not_answered" ? null : plural(answer.tries, "try", "tries"),
    answer.hint_used ? "used the hint" : null,
    answer.scaffold_used ? "used the easier version" : null,
    answer.time_taken_seconds ? `time ${duration(answer.time_taken_seconds)}` : null,
  ].filter(Boolean);
  const record = el(
    "article",
    { class: "answer-record" },
    el(
      "div",
      { class: "cluster" },
      el("h4", {}, `Question ${answer.number}: ${typeLabel(answer.type)}`),
      el("span", { class: ["badge", mark.badge && `badge--${mark.badge}`] }, mark.words),
      answer.score !== null ? el("span", {}, `${number(answer.score)} of ${plural(answer.points, "mark")}`) : null,
    ),
    el("p", { class: "answer-record__question" }, answer.question_text),
    facts.length ? el("p", { class: "muted" }, `${facts.join(", ")}.`.replace(/^./, (c) => c.toUpperCase())) : null,
    answer.scaffold_used ? el("p", { class: "muted" }, "The answers below are to the easier version of the question.") : null,
  );
  if (answer.history.length) {
    record.append(
      el("p", { class: "answer-record__label" }, answer.history.length > 1 ? "What they tried, in order:" : "Their answer:"),
      el(
        "ol",
        { class: "tries", "data-testid": "tries" },
        answer.history.map((h) => {
          const result = markWords({ status: "marked", is_correct: h.is_correct, score: h.score, max_score: answer.points });
          return el(
            "li",
            { class: "try" },
            el(
              "p",
              { class: "try__head" },
              el("strong", {}, `Try ${h.try_number}`),
              ` — ${h.score === null ? "waiting for marking" : `${result.words} (${plural(Number(h.score), "mark")})`}`,
              h.hint_used ? ", after the hint" : "",
              `, ${dateTime(h.created_at)}`,
            ),
            describeAnswer(type, h.answer_data, shape.view),
            h.feedback ? el("p", { class: "try__feedback" }, el("strong", {}, "Feedback they saw: "), h.feedback) : null,
          );
        }),
      ),
    );
  } else if (answer.answer_data) {
    record.append(el("p", { class: "answer-record__label" }, "Saved but not submitted:"), describeAnswer(type, answer.answer_data, shape.view));
  } else {
    record.append(el("p", { class: "muted" }, "Not answered."));
  }
  record.append(...afterTheMark(answer, type, shape));
  const changes = correctionsList(answer.corrections);
  if (changes) record.append(changes);
  if (finished && answer.answer_id && answer.history.length) record.append(changeMarkButton(answer, pupilName, reload));
  return record;
}

/** "Change this mark": the correction dialog, then the attempt is read again (new mark, total, history). */
function changeMarkButton(answer, pupilName, reload) {
  return el(
    "button",
    {
      type: "button",
      class: "button button--secondary button--small no-print",
      dataset: { changeMark: answer.answer_id },
      onClick: async () => {
        const done = await openCorrectionDialog({ answerId: answer.answer_id, pupilName, questionNumber: answer.number, points: answer.points, score: answer.score });
        if (done) {
          await reload();
          // The record was drawn again: focus goes back to its button, not to the top of the page.
          document.querySelector(`[data-change-mark="${answer.answer_id}"]`)?.focus();
          toast(`The mark for question ${answer.number} is now ${number(done.score)} of ${number(done.max_score)}.`, { kind: "success" });
        }
      },
    },
    `Change the mark for question ${answer.number}`,
  );
}

/** What the teacher alone sees: why an answer that no longer fits the key has 0 marks, and what the pupil wrote
 * after the time ended (kept, never marked). */
function afterTheMark(answer, type, shape) {
  const parts = [];
  if (answer.teacher_note) {
    parts.push(statusMessage(["Not marked: ", answer.teacher_note], { kind: "plain", testid: "teacher-note" }));
  }
  if (answer.late_answer_data) {
    parts.push(
      el("p", { class: "answer-record__label", "data-testid": "late-draft" }, `Written after the time ended (${dateTime(answer.late_saved_at)}), not marked:`),
      describeAnswer(type, answer.late_answer_data, shape.view),
    );
  }
  return parts;
}

// ---- Printing ----

async function openAll(main) {
  const all = [...main.querySelectorAll("details.attempt-detail")];
  all.forEach((d) => (d.open = true));
  await Promise.all(all.map((d) => d.load()));
}

async function printReport(main) {
  await openAll(main); // the report has every answer, not just the ones that happened to be open
  window.print();
}
