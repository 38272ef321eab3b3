// The two tables of step 2 the teacher corrects: the learning objectives and the key vocabulary. Each row edits
// its item in the list it was given, in place, so nothing typed is lost when the step is drawn again. Under an item
// found in a document, the place it came from ("From: Lesson 2 slides.pptx, slide 8"), read with its input.

import { el, replaceChildren } from "../../components/html.js";
import { button } from "./layout.js";

/** The learning objectives ({code, description, strands}) as an editable table. */
export function objectivesSection(objectives) {
  return editableSection({
    id: "objectives-heading",
    heading: () => `Learning objectives (${objectives.length})`,
    help: "Correct any objective that is not right, remove ones you do not want, or add your own.",
    table: { testid: "objectives-list", caption: "Learning objectives", headings: ["Code", "Objective", "Remove"] },
    items: objectives,
    cells: (objective, number) => [
      cellInput(`objective-code-${number}`, `Code for objective ${number}`, objective.code,
        { maxlength: 20, "data-part": "code", style: { width: "6rem" } }, (v) => (objective.code = v)),
      cellInput(`objective-text-${number}`, `Objective ${number}`, objective.description,
        { maxlength: 1000, "data-part": "description", style: { maxWidth: "none" } }, (v) => (objective.description = v),
        { wide: true, note: objective.from }),
    ],
    removeLabel: (number) => `Remove objective ${number}`,
    add: { label: "Add an objective", item: () => ({ code: `LO${objectives.length + 1}`, description: "", strands: [] }), focus: "description" },
  });
}

/** The key vocabulary ({term, definition}) as an editable table. */
export function vocabularySection(vocabulary) {
  return editableSection({
    id: "vocabulary-heading",
    heading: () => `Key vocabulary (${vocabulary.length} word${vocabulary.length === 1 ? "" : "s"})`,
    help: "Each word with its meaning. Questions about words use these meanings.",
    table: { testid: "vocabulary-list", caption: "Key vocabulary", headings: ["Key word", "Meaning", "Remove"] },
    items: vocabulary,
    cells: (item, number) => [
      cellInput(`term-${number}`, `Key word ${number}`, item.term,
        { maxlength: 100, "data-part": "term", style: { width: "11rem" } }, (v) => (item.term = v)),
      cellInput(`meaning-${number}`, `Meaning of key word ${number}`, item.definition,
        { maxlength: 1000, style: { maxWidth: "none" } }, (v) => (item.definition = v), { wide: true, note: item.from }),
    ],
    removeLabel: (number) => `Remove key word ${number}`,
    add: { label: "Add a key word", item: () => ({ term: "", definition: "" }), focus: "term" },
  });
}

/** A section with a counted heading, a table of rows (each with a Remove button) and an Add button. */
function editableSection({ id, heading, help, table, items, cells, removeLabel, add }) {
  const title = el("h3", { id });
  const body = el("tbody");
  const redraw = () => {
    title.textContent = heading();
    replaceChildren(
      body,
      items.map((item, index) =>
        el(
          "tr",
          {},
          cells(item, index + 1),
          el("td", {}, button(removeLabel(index + 1), () => {
            items.splice(index, 1);
            redraw();
          }, { kind: "quiet" })),
        ),
      ),
    );
  };
  redraw();
  const addButton = button(add.label, () => {
    items.push(add.item());
    redraw();
    body.querySelector(`tr:last-child input[data-part=${add.focus}]`)?.focus();
  }, { kind: "secondary" });
  return el("section", { "aria-labelledby": id, class: "stack" }, title, el("p", { class: "muted" }, help), editTable(table, body), addButton);
}

function editTable({ testid, caption, headings }, body) {
  return el(
    "div",
    { class: "table-wrap" },
    el(
      "table",
      { class: "table", "data-testid": testid },
      el("caption", { class: "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h)))),
      body,
    ),
  );
}

/** A cell with a labelled input; `note` (where the item came from) shows under it and is read with it. */
function cellInput(id, label, value, attrs, onInput, { wide = false, note = null } = {}) {
  const noteId = note ? `${id}-source` : null;
  const input = el("input", { class: "input", id, value, "aria-describedby": noteId, ...attrs });
  input.addEventListener("input", () => onInput(input.value));
  // The wide column takes the room the table has left, so long objectives can be read while editing.
  return el(
    "td",
    { style: wide ? { width: "100%" } : null },
    el("label", { class: "visually-hidden", for: id }, label),
    input,
    note ? el("p", { id: noteId, class: "card__meta", "data-testid": "item-source", style: { margin: "var(--space-1) 0 0" } }, note) : null,
  );
}
