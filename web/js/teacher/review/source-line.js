// "From: Network Security.pptx, slide 5": where in the unit's lesson materials a generated question came from,
// under the question on its card. Questions written by hand (and drafts made before sources were kept) have
// none, and show nothing. The words it was built from are a click away, for checking the question against them.
// A question the teacher wrote themselves (found in their own worksheet, with its answer) says so:
// "From your worksheet: Networks Quiz.docx, paragraph 2".

import { el } from "../../components/html.js";

/** Whether the question is one of the teacher's own, taken from a worksheet (the generator marks its source). */
export function fromWorksheet(question) {
  return question.source?.origin === "worksheet";
}

/** The place as one line of words: the file, then where in it ("slide 5", "under ‘Key terms’"). */
export function sourceWords(source, { worksheet = false } = {}) {
  const parts = [source?.file, source?.where].map((part) => (part || "").trim()).filter(Boolean);
  if (!parts.length) return "";
  return `${worksheet ? "From your worksheet" : "From"}: ${parts.join(", ")}`;
}

/** The line for `question` (from GET /api/assessments/{id}), or null when it has no source. */
export function sourceLine(question) {
  const words = sourceWords(question.source, { worksheet: fromWorksheet(question) });
  if (!words) return null;
  const quote = (question.source.quote || "").trim();
  return el(
    "div",
    { class: "review-card__source", dataset: { testid: "question-source" } },
    quote
      ? el(
          "details",
          { class: "review-card__source-details" },
          el("summary", {}, words),
          el("p", { class: "review-card__source-quote" }, "The words it was made from: ", el("q", {}, quote)),
        )
      : el("p", { class: "review-card__source-text" }, words),
  );
}
