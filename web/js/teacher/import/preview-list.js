// Step 2 of an import: what the file holds. Each question shows its number, type, points and first words, and
// what the checks found; a question that cannot be used says "Will be skipped" and why. The teacher can untick
// questions, change the title, then import the rest or cancel (nothing has been saved until then).

import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";
import { count, describeField, typeLabel } from "../review/labels.js";

/**
 * The preview. `onImport({title, include})` imports the ticked questions; `onCancel()` leaves it.
 * Returns { element, focus() }.
 */
export function previewStep(preview, { onImport, onCancel }) {
  const headingId = "import-preview-heading";
  const heading = el("h2", { id: headingId, tabindex: "-1" }, `What is in the file: ‘${preview.title}’`);
  const title = field({ label: "Title of the new assessment", value: preview.title, maxlength: 200, required: true });
  const rows = preview.questions.map(questionRow);
  const importButton = el("button", { type: "button", class: "button", dataset: { testid: "import-confirm" } });
  const refresh = () => {
    const chosen = rows.filter((r) => r.checkbox?.checked).length;
    importButton.textContent = `Import ${count(chosen, "question")}`;
    importButton.disabled = chosen === 0;
  };
  rows.forEach((r) => r.checkbox?.addEventListener("change", refresh));
  refresh();

  importButton.addEventListener("click", async () => {
    title.clearError();
    if (!title.input.value.trim()) {
      title.setError("Type a title for the new assessment.");
      title.input.focus();
      return;
    }
    importButton.disabled = true;
    importButton.textContent = "Importing…";
    await onImport({ title: title.input.value.trim(), include: rows.filter((r) => r.checkbox?.checked).map((r) => r.number) });
    refresh();
  });
  const cancel = el("button", { type: "button", class: "button button--secondary", onClick: onCancel }, "Cancel");

  const element = el(
    "section",
    { class: "card import-preview", "aria-labelledby": headingId, dataset: { testid: "import-preview" } },
    heading,
    el("p", { dataset: { testid: "import-summary" } }, summary(preview)),
    preview.importable_count < preview.question_count
      ? statusMessage("Questions marked ‘Will be skipped’ cannot be answered as they are written. The reason is under each one. You can write them again after importing.", { kind: "info" })
      : null,
    title.element,
    el("ol", { class: "import-preview__list", dataset: { testid: "import-questions" } }, rows.map((r) => r.element)),
    el("p", {}, "Nothing is saved until you press Import. The questions go into a new draft that only you can see."),
    el("div", { class: "cluster" }, importButton, cancel),
  );
  return { element, focus: () => heading.focus() };
}

function summary(preview) {
  const skipped = preview.question_count - preview.importable_count;
  const parts = [`${count(preview.question_count, "question")} in the file.`, `${count(preview.importable_count, "question")} can be imported.`];
  if (skipped) parts.push(`${count(skipped, "question")} will be skipped.`);
  if (preview.picture_count) parts.push(`${count(preview.picture_count, "picture")} will be copied.`);
  return parts.join(" ");
}

/** Why a question will be skipped: its problems in words ("Options: Mark one option as the correct answer."). */
function reason(q) {
  const errors = q.problems.filter((p) => p.severity === "error");
  if (!errors.length) return q.skip_reason;
  return errors.map((p) => (p.field ? `${describeField(p.field)}: ${p.message}` : p.message)).join(" ");
}

function questionRow(q) {
  const checkbox = q.will_import ? el("input", { type: "checkbox", id: `import-q-${q.number}`, checked: true }) : null;
  const label = `Question ${q.number}: ${q.type ? typeLabel(q.type) : "unknown type"}${q.points ? `, ${count(q.points, "point")}` : ""}`;
  const warnings = q.problems.filter((p) => p.severity === "warning");
  const element = el(
    "li",
    { class: ["import-question", !q.will_import && "import-question--skipped"], dataset: { testid: "import-question", number: String(q.number) } },
    el(
      "div",
      { class: "import-question__head" },
      checkbox ? el("label", { class: "import-question__choice", for: checkbox.id }, checkbox, " ", el("strong", {}, label)) : el("strong", {}, label),
      q.will_import
        ? el("span", { class: "badge badge--success" }, "Will be imported")
        : el("span", { class: "badge badge--warning", dataset: { testid: "will-be-skipped" } }, "Will be skipped"),
    ),
    el("p", { class: "import-question__text" }, q.short_text || "This question has no wording."),
    q.will_import ? null : el("p", { class: "import-question__reason", dataset: { testid: "skip-reason" } }, el("strong", {}, "Why: "), reason(q)),
    warnings.length
      ? el(
          "div",
          { class: "import-question__warnings" },
          el("p", {}, "Worth checking after importing:"),
          el("ul", {}, warnings.map((w) => el("li", {}, `${describeField(w.field)}: ${w.message}`))),
        )
      : null,
  );
  return { element, checkbox, number: q.number };
}
