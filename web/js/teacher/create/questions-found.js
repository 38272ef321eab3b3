// Step 2's list of the questions already written in the unit's documents (a quiz, a question sheet), how many
// were found in which file, and which have their answer (marked in the file, or in an answers file uploaded with
// it). They are shown to check, not to edit here.

import { el } from "../../components/html.js";

/** The questions found ({ number, label, text, options, answer, source, answer_source }), grouped by file; null if none. */
export function questionsSection(questions) {
  if (!questions?.length) return null;
  const files = new Map();
  for (const question of questions) {
    const file = question.source || "your documents";
    if (!files.has(file)) files.set(file, []);
    files.get(file).push(question);
  }
  return el(
    "section",
    { "aria-labelledby": "questions-found-heading", class: "stack", "data-testid": "questions-found" },
    el("h3", { id: "questions-found-heading" }, `Questions already in your documents (${questions.length})`),
    el("ul", {}, [...files].map(([file, found]) => el("li", {}, fileSummary(file, found)))),
    [...files].map(([file, found]) => questionList(file, found)),
  );
}

/** "9 questions found in ‘Quiz.docx’, all with their answers (3 from ‘Quiz Answers.docx’)." */
function fileSummary(file, found) {
  const count = `${found.length} question${found.length === 1 ? "" : "s"} found in ‘${file}’`;
  const answered = found.filter((q) => q.answer).length;
  if (!answered) return `${count}, without answers.`;
  const answerFiles = [...new Set(found.map((q) => q.answer_source).filter(Boolean))];
  const from = answerFiles.map((name) => `${found.filter((q) => q.answer_source === name).length} from ‘${name}’`);
  const which = answered === found.length ? (found.length === 1 ? "with its answer" : "all with their answers") : `${answered} with their answers`;
  return `${count}, ${which}${from.length ? ` (${from.join(", ")})` : ""}.`;
}

function questionList(file, found) {
  return el(
    "details",
    {},
    el("summary", {}, `The questions in ${file}`),
    el(
      "ol",
      {},
      found.map((q) =>
        el(
          "li",
          // An exam paper's parts share their question's number: each shows its own label ("1(c)(ii)") instead.
          q.label ? { class: "question-part", style: { listStyleType: "none" } } : { value: String(q.number) },
          q.label ? el("strong", {}, `${q.label} `) : null,
          el("span", {}, q.text),
          q.options?.length ? el("span", { class: "card__meta", style: { display: "block" } }, `Options: ${q.options.join(" · ")}`) : null,
          el("span", { class: "card__meta", style: { display: "block" } }, q.answer ? `Answer: ${q.answer}` : "No answer given."),
        ),
      ),
    ),
  );
}
