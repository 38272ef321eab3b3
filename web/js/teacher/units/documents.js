// The lesson documents uploaded to the unit: what was found in each, and deleting one (asks first). Uploading
// happens in the create-assessment wizard. Someone who may not change the unit reads what was found only.

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { confirmDialog } from "../../components/modal.js";
import { count, whenWords } from "../review/labels.js";
import { guarded, WIZARD } from "./shared.js";

/** The documents section for the unit's `documents`; it loads them again itself after a deletion. */
export function documentsSection(page, documents) {
  const element = el("section", { "aria-labelledby": "documents-heading" });
  const draw = (list) => {
    replaceChildren(
      element,
      el("h2", { id: "documents-heading" }, "Lesson documents"),
      page.canChange ? el("p", {}, el("a", { class: "button button--secondary", href: `${WIZARD}?unit=${page.unit.id}` }, "Upload lesson documents")) : null,
      list.length
        ? el("ul", { class: "units-documents", dataset: { testid: "documents" } }, list.map((doc) => documentCard(doc, { page, onDeleted })))
        : el("p", { class: "muted" }, "No documents uploaded yet."),
    );
  };
  const onDeleted = async (doc) => {
    draw(await api(`${page.path}/documents`));
    page.status.say(`‘${doc.filename}’ was deleted.`).focus();
  };
  draw(documents);
  return element;
}

function documentCard(doc, { page, onDeleted }) {
  return el(
    "li",
    { class: "card units-document" },
    el("h3", { class: "units-document__name" }, doc.filename),
    el("p", { class: "muted" }, `${doc.file_type.toUpperCase()}, added ${whenWords(doc.created_at)}.`),
    el("p", {}, found(doc)),
    doc.lesson_titles.length ? el("p", {}, `Lessons: ${doc.lesson_titles.slice(0, 6).join("; ")}${doc.lesson_titles.length > 6 ? "; …" : ""}`) : null,
    doc.warnings.length ? el("ul", { class: "units-document__warnings" }, doc.warnings.map((w) => el("li", {}, w))) : null,
    page.canChange ? el("div", { class: "cluster" }, deleteButton(doc, { page, onDeleted })) : null,
  );
}

function deleteButton(doc, { page, onDeleted }) {
  const remove = el("button", { type: "button", class: "button button--danger button--small" }, "Delete", el("span", { class: "visually-hidden" }, ` ${doc.filename}`));
  remove.addEventListener("click", async () => {
    const sure = await confirmDialog({
      title: `Delete ‘${doc.filename}’?`,
      message: "What was read from it is removed from the unit. Objectives and key words you already saved on the unit stay.",
      confirmLabel: "Delete the document",
      cancelLabel: "Keep it",
      danger: true,
    });
    if (!sure) return;
    guarded(remove, page.status, async () => {
      await api(`${page.path}/documents/${doc.id}`, { method: "DELETE" });
      await onDeleted(doc);
    });
  });
  return remove;
}

/** What was found in a document, in words. */
function found(doc) {
  const criteria = doc.objectives.filter((o) => o.kind === "success_criterion").length;
  const facts = [
    count(doc.objectives.length - criteria, "objective"),
    criteria ? count(criteria, "success criterion", "success criteria") : null,
    count(doc.vocabulary_count, "key word"),
    doc.slide_count ? count(doc.slide_count, "slide") : null,
    doc.code_snippet_count ? count(doc.code_snippet_count, "piece of code", "pieces of code") : null,
  ].filter(Boolean);
  return `Found ${facts.join(", ")}.`;
}
