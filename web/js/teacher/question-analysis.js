// Question analysis: for each question, how many pupils got it fully or partly right, how often they used the
// hint or the easier version, how long it took and how many tries; questions under 50% are flagged "Check this
// question" in words. For multiple choice and select, which option each pupil chose (which wrong option pulls);
// for typed answers, the commonest answers that were not right; for code, the failing tests grouped. "See
// responses" opens every pupil's answer, drawn by the question type's own renderReview.

import { api, ApiError } from "../api.js";
import { el } from "../components/html.js";
import { openModal } from "../components/modal.js";
import { statusArea, statusMessage } from "../components/status.js";
import { rendererFor } from "../components/question-types/index.js";
import { answeredQuestion, describeAnswer } from "./results/answer-text.js";
import { barList } from "./results/bars.js";
import { correctionsList, openCorrectionDialog } from "./results/correction-dialog.js";
import { duration, markWords, number, plural, typeLabel } from "./results/format.js";

const CHOICE_TYPES = new Set(["multiple_choice", "multiple_select"]);
// Where "Accept this answer for everyone" works: a typed answer the key lists (binary conversion's key is worked
// out from the number, so it has none to add).
const ACCEPTING_TYPES = new Set(["text_input", "code_completion"]);

/** The analysis for an assessment (and a class), loaded into the returned element (a tab panel's content). */
export function questionAnalysisPanel({ assessmentId, classId }) {
  const panel = el("div", { class: "question-analysis", "data-testid": "question-analysis" }, el("p", { class: "loading" }, "Loading the question analysis…"));
  const query = classId ? `?class_id=${encodeURIComponent(classId)}` : "";
  const base = `/api/analytics/assessments/${encodeURIComponent(assessmentId)}`;
  const context = { assessmentId, classId, base, query, preview: null };
  context.reload = () =>
    api(`${base}/questions${query}`)
      .then((data) => panel.replaceChildren(...analysis(data, context)))
      .catch((error) => {
        if (!(error instanceof ApiError)) console.error(error);
        panel.replaceChildren(warning(error instanceof ApiError ? error.detail : "The question analysis could not be shown. Reload the page to try again."));
      });
  context.reload();
  return panel;
}

function warning(text) {
  return statusMessage(text, { kind: "warning", role: "status" });
}

function analysis(data, context) {
  const flagged = data.questions.filter((q) => q.flagged);
  const answered = data.questions.some((q) => q.responses > 0);
  return [
    el("h2", {}, "Question analysis"),
    el(
      "p",
      { class: "page__lead" },
      answered
        ? `${plural(data.questions.length, "question")}. ` +
            (flagged.length
              ? `${plural(flagged.length, "question")} had fewer than half of the answers fully correct: ${flagged.length === 1 ? "it is" : "they are"} marked “Check this question”.`
              : "Every marked question had at least half of its answers fully correct.")
        : "No pupil has finished this assessment yet. The figures appear when the first pupil finishes.",
    ),
    flagged.length
      ? el(
          "nav",
          { class: "card card--soft qa-jump-card", "aria-label": "Questions to check" },
          el("p", { class: "qa-jump__title" }, "Questions to check:"),
          el("ul", { class: "cluster qa-jump" }, flagged.map((q) => el("li", {}, el("a", { href: `#question-${q.number}` }, `Question ${q.number}`)))),
        )
      : null,
    el("ol", { class: "qa-list" }, data.questions.map((q) => el("li", {}, questionCard(q, context)))),
  ];
}

function questionCard(q, context) {
  const headingId = `question-${q.number}`;
  return el(
    "article",
    { class: ["card", "qa-question", q.flagged && "qa-question--flagged"], "aria-labelledby": headingId, "data-testid": "question-stats" },
    el(
      "div",
      { class: "qa-question__head" },
      el("h3", { id: headingId, tabindex: "-1" }, `Question ${q.number}`),
      el("span", { class: "badge" }, typeLabel(q.type)),
      el("span", { class: "badge" }, `Difficulty ${q.difficulty} of 5`),
      el("span", { class: "badge" }, plural(q.points, "mark")),
      q.flagged ? el("span", { class: "badge badge--warning", "data-testid": "flag" }, "Check this question") : null,
    ),
    el("p", { class: "qa-question__text" }, q.question_text),
    el("p", { class: "muted" }, responsesLine(q)),
    q.responses > 0 ? figures(q) : null,
    q.flagged
      ? statusMessage("Fewer than half of the answers were fully correct. Check the question is clear and the answer key is right, or plan to teach this again.", { kind: "warning" })
      : null,
    q.options && CHOICE_TYPES.has(q.type) ? optionsTable(q) : null,
    q.common_wrong_answers?.length ? wrongAnswers(q, context) : null,
    q.failing_tests?.length ? failingTests(q) : null,
    q.responses > 0 ? responseButtons(q, context) : null,
  );
}

/** How the question went, as labelled bars, and the average time and tries. */
function figures(q) {
  return [
    barList(
      [
        { label: "Fully correct", value: q.success_rate, detail: countOf(q.success_rate, q.marked), kind: q.flagged ? "low" : "high" },
        // Beside the final figure: right at the first try (automatically marked answers; written ones have drafts).
        q.first_try_answers > 0 ? { label: "Right at the first try", value: q.first_try_success_rate, detail: countOf(q.first_try_success_rate, q.first_try_answers) } : null,
        { label: "Partly correct", value: q.partial_rate, detail: countOf(q.partial_rate, q.marked) },
        { label: "Used the hint", value: q.hint_rate, detail: countOf(q.hint_rate, q.responses) },
        { label: "Used the easier version", value: q.scaffold_rate, detail: countOf(q.scaffold_rate, q.responses) },
      ].filter(Boolean),
      { label: `Question ${q.number} figures` },
    ),
    el(
      "p",
      {},
      `Average time: ${duration(q.average_time_seconds)}. ` +
        `Average tries: ${q.average_tries === null ? "not recorded" : number(q.average_tries)}.`,
    ),
  ];
}

function responseButtons(q, context) {
  return el(
    "div",
    { class: "cluster card__actions" },
    el("button", { type: "button", class: "button button--secondary button--small", onClick: () => openResponses(q, context, "all") }, `See responses to question ${q.number}`),
    q.marked > 0 && q.success_rate < 1
      ? el("button", { type: "button", class: "button button--quiet button--small", onClick: () => openResponses(q, context, "not_correct") }, `See the answers that were not correct`)
      : null,
  );
}

function responsesLine(q) {
  if (!q.responses) return "No answers yet.";
  const parts = [`${plural(q.responses, "answer")} from pupils who finished`];
  if (q.waiting_for_marking) parts.push(`${q.waiting_for_marking} waiting for marking`);
  return `${parts.join(", ")}.`;
}

function countOf(fraction, total) {
  if (fraction === null || fraction === undefined || !total) return "";
  return `(${Math.round(fraction * total)} of ${total})`;
}

/** Which option each pupil chose: the option's words, a count, and "Correct answer" in words. */
function optionsTable(q) {
  const total = q.options.reduce((sum, o) => sum + o.count, 0);
  const wrong = q.options.filter((o) => !o.is_correct && o.count > 0).sort((a, b) => b.count - a.count);
  const caption = q.type === "multiple_select" ? "Options chosen (pupils could choose more than one)" : "Options chosen";
  return el(
    "div",
    { class: "qa-options" },
    wrong.length
      ? el("p", {}, "The wrong option chosen most often: ", el("q", {}, wrong[0].text), ` (${plural(wrong[0].count, "pupil")}).`)
      : total
        ? el("p", {}, "No pupil chose a wrong option.")
        : null,
    el(
      "div",
      { class: "table-wrap" },
      el(
        "table",
        { class: "table", "data-testid": "option-distribution" },
        el("caption", {}, caption),
        el(
          "thead",
          {},
          el("tr", {}, el("th", { scope: "col" }, "Option"), el("th", { scope: "col" }, "Answer key"), el("th", { scope: "col", class: "number" }, "Pupils who chose it")),
        ),
        el(
          "tbody",
          {},
          q.options.map((o) =>
            el(
              "tr",
              {},
              el("th", { scope: "row" }, o.text),
              el("td", {}, o.is_correct ? el("span", { class: "badge badge--success" }, "Correct answer") : "Wrong option"),
              el("td", { class: "number" }, String(o.count)),
            ),
          ),
        ),
      ),
    ),
  );
}

function wrongAnswers(q, context) {
  const canAccept = ACCEPTING_TYPES.has(q.type);
  return el(
    "section",
    { class: "qa-detail", "aria-label": `Common answers to question ${q.number} that were not right` },
    el("h4", {}, "Commonest answers that were not right"),
    canAccept ? el("p", { class: "muted" }, "If one of these is right, accept it for everyone: it is added to the answer key and every pupil’s answer is marked again.") : null,
    el(
      "ul",
      { class: "qa-wrong-answers", "data-testid": "wrong-answers" },
      q.common_wrong_answers.map((w) =>
        el(
          "li",
          { class: "cluster" },
          el("span", {}, el("q", {}, w.answer), w.gap ? ` in gap ${w.gap}` : "", ` — ${plural(w.count, "pupil")}`),
          canAccept
            ? el("button", { type: "button", class: "button button--quiet button--small", onClick: () => acceptForEveryone(q, w, context) }, `Accept “${w.answer}” for everyone`)
            : null,
        ),
      ),
    ),
  );
}

function changeList(changes, testid) {
  return el(
    "ul",
    { class: "qa-changes", "data-testid": testid },
    changes.map((c) => el("li", {}, `${c.name}: ${c.old_score === null ? "not marked" : number(c.old_score)} → ${c.new_score === null ? "waiting for marking" : number(c.new_score)}`)),
  );
}

/** Ask first (saying how many pupils it will change), then accept, then say whose mark changed. */
async function acceptForEveryone(q, wrong, context) {
  const url = `/api/marking/questions/${encodeURIComponent(q.question_id)}/accept`;
  const body = { answer: wrong.answer, blank_id: wrong.blank_id ?? null };
  let preview;
  try {
    preview = await api(`${url}/preview`, { method: "POST", body });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    await openModal({ title: "This answer cannot be accepted", body: error.detail, actions: [{ label: "Close", value: "close" }] });
    return;
  }
  const choice = await openModal({
    title: `Accept “${preview.answer}” for everyone?`,
    body: [
      el("p", { "data-testid": "accept-message" }, preview.message),
      preview.changes.length ? changeList(preview.changes, "accept-preview") : null,
      el("p", {}, "The answer is added to the answer key of question " + q.number + ". Pupils who answer it later get the marks too."),
    ].filter(Boolean),
    actions: [
      { label: "Go back", value: "back", kind: "secondary" },
      { label: preview.changes.length ? `Accept and change ${plural(preview.changes.length, "mark")}` : "Accept this answer", value: "accept" },
    ],
  });
  if (choice !== "accept") return;
  let done;
  try {
    done = await api(url, { method: "POST", body });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    await openModal({ title: "The answer was not accepted", body: error.detail, actions: [{ label: "Close", value: "close" }] });
    return;
  }
  await context.reload();
  await openModal({
    title: `“${done.answer}” is accepted`,
    body: [el("p", { "data-testid": "accepted-message" }, done.message), done.changes.length ? changeList(done.changes, "accepted-changes") : null].filter(Boolean),
    actions: [{ label: "Close", value: "close" }],
  });
}

function failingTests(q) {
  return el(
    "section",
    { class: "qa-detail", "aria-label": `Tests that pupils' code did not pass in question ${q.number}` },
    el("h4", {}, "Tests the code did not pass"),
    el("ul", { "data-testid": "failing-tests" }, q.failing_tests.map((t) => el("li", {}, t.summary))),
  );
}

// ---- Responses dialog ----

async function previewFor(context) {
  if (context.preview === null) {
    // The questions as pupils saw them: lets each type's renderReview draw an answer. Without it (a problem
    // loading it), answers are written out as text instead.
    context.preview = api(`/api/assessments/${encodeURIComponent(context.assessmentId)}/preview`)
      .then((preview) => new Map(preview.questions.map((pq) => [pq.id, pq])))
      .catch(() => new Map());
  }
  return context.preview;
}

async function openResponses(q, context, only) {
  const status = statusArea({ className: "responses__status" });
  const list = el("ol", { class: "responses__list", "data-testid": "responses" });
  const filterName = `responses-filter-${q.number}`;
  const choice = (value, text) =>
    el(
      "label",
      { class: "choice" },
      el("input", { type: "radio", name: filterName, value, checked: value === only, onChange: () => load(value) }),
      text,
    );
  const body = el(
    "div",
    { class: "responses" },
    el("p", { class: "responses__question" }, q.question_text),
    el("fieldset", { class: "cluster" }, el("legend", {}, "Show"), choice("all", "Every response"), choice("not_correct", "Only the responses that were not correct")),
    status,
    list,
  );

  async function load(which) {
    status.replaceChildren(el("p", { class: "loading" }, "Loading responses…"));
    try {
      const [data, preview] = await Promise.all([
        api(`${context.base}/questions/${encodeURIComponent(q.question_id)}/responses?limit=200&only=${which}${context.classId ? `&class_id=${encodeURIComponent(context.classId)}` : ""}`),
        previewFor(context),
      ]);
      const shown = data.responses.length;
      status.replaceChildren(
        el("p", {}, shown ? `Showing ${plural(shown, "response")}${which === "not_correct" ? " that were not correct" : ""}.` : which === "not_correct" ? "Every response was correct." : "No responses yet."),
      );
      const again = () => load(which);
      list.replaceChildren(...data.responses.map((r) => el("li", {}, responseItem(r, q, preview.get(q.question_id), again))));
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(error);
      status.say(error instanceof ApiError ? error.detail : "The responses could not be shown. Close this and try again.", "warning");
    }
  }

  load(only);
  await openModal({
    title: `Responses to question ${q.number}`,
    body,
    actions: [{ label: "Close responses", value: "close", kind: "secondary" }],
  });
}

function responseItem(r, q, previewQuestion, reload) {
  const mark = markWords(r);
  const facts = [
    r.score === null ? null : `${number(r.score)} of ${number(r.max_score)} marks`,
    plural(r.tries, "try", "tries"),
    r.hint_used ? "used the hint" : null,
    r.scaffold_used ? "used the easier version" : null,
  ].filter(Boolean);
  const answer = el("div", { class: "responses__answer", role: "group", "aria-label": `${r.name}’s answer` });
  const shape = answeredQuestion(previewQuestion, r.scaffold_used);
  const type = shape.type || q.type;
  if (!r.answer_data) {
    answer.append(el("p", { class: "muted" }, "No answer given."));
  } else if (shape.view) {
    try {
      rendererFor(type).renderReview(answer, shape.view, r.answer_data, { is_correct: r.is_correct, details: {} });
    } catch (error) {
      window.reportError?.(error); // a renderer problem: logged for developers; the teacher still sees the answer
      answer.replaceChildren(describeAnswer(type, r.answer_data, shape.view));
    }
  } else {
    answer.append(describeAnswer(type, r.answer_data, null));
  }
  return el(
    "article",
    { class: "responses__item" },
    el(
      "div",
      { class: "cluster" },
      el("h3", { class: "responses__name" }, r.name),
      el("span", { class: ["badge", mark.badge && `badge--${mark.badge}`] }, mark.words),
    ),
    el("p", { class: "muted" }, `${facts.join(", ")}.`),
    r.scaffold_used ? el("p", { class: "muted" }, "This is their answer to the easier version.") : null,
    answer,
    r.feedback ? el("p", { class: "responses__feedback" }, el("strong", {}, "Feedback they saw: "), r.feedback) : null,
    correctionsList(r.corrections),
    el(
      "button",
      {
        type: "button",
        class: "button button--secondary button--small",
        dataset: { changeMark: r.answer_id },
        onClick: async () => {
          const done = await openCorrectionDialog({ answerId: r.answer_id, pupilName: r.name, questionNumber: q.number, points: q.points, score: r.score });
          if (done) {
            await reload();
            document.querySelector(`[data-change-mark="${r.answer_id}"]`)?.focus();
          }
        },
      },
      `Change ${r.name}’s mark`,
    ),
  );
}

