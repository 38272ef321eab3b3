// parsons: build a program from code blocks. "Add to program" moves a block into "Your program"; there,
// Move up / Move down put it in order, Indent / Outdent set how far in it starts (when the question asks for
// indentation) and "Take out" puts it back. Dragging works too, as a shortcut. Some blocks may be extras.

import { append, el } from "../html.js";
import { instruction, mountQuestion, newId, notify, quote, readFrom, reviewDetails, statusLine, uid } from "./shared/dom.js";
import { checkboxField, numberField, repeater, startEditor, textField } from "./shared/editor-kit.js";
import { insertIndexAt, makeDraggable } from "./shared/pointer-drag.js";
import { acceptsDrag, moved, sortableList } from "./shared/sortable-list.js";

export const type = "parsons";

function levels(n) {
  return n === 1 ? "1 level" : `${n} levels`;
}

/** The pupil's program from a saved answer: known blocks only, each once, indents within the limits. */
function startingProgram(pupil, answer) {
  const byId = new Map(pupil.blocks.map((b) => [b.id, b]));
  const program = [];
  for (const placed of answer?.blocks || []) {
    const block = byId.get(placed.block_id);
    if (block && !program.some((p) => p.id === block.id)) {
      program.push({ ...block, indent: pupil.indentation ? Math.max(0, Math.min(pupil.maxIndent, placed.indent ?? 0)) : block.indent });
    }
  }
  return program;
}

/** Two areas: the code blocks to choose from and "Your program"; restores `answer.blocks`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const pupil = {
    blocks: view.blocks || [],
    indentation: Boolean(view.enable_indentation),
    maxIndent: view.max_indent ?? 3,
    disabled,
    status: statusLine(),
  };
  pupil.program = startingProgram(pupil, answer);
  const read = () => ({ blocks: pupil.program.map((b) => ({ block_id: b.id, indent: b.indent ?? 0 })) });
  mountQuestion(root, type, read);
  if (disabled) root.dataset.qtDisabled = "";
  pupil.changed = () => notify(onChange, read);
  buildBank(pupil);
  buildProgram(pupil);
  drawAll(pupil);

  const steps = [
    "Build the program in the box called Your program. Press Add to program to use a block.",
    "Use the Move up and Move down buttons to put the lines in order, or drag them.",
    pupil.indentation ? "Use Indent and Outdent to set how far in each line starts." : null,
    "You might not need every block.",
  ].filter(Boolean);
  append(root,
    disabled ? null : instruction(steps.join(" ")),
    el("div", { class: "qt-parsons" }, disabled ? null : pupil.bankArea, pupil.programArea),
    pupil.status.element,
  );
}

function inBank(pupil) {
  return pupil.blocks.filter((b) => !pupil.program.some((p) => p.id === b.id));
}

function codeOf(block) {
  const parts = [el("code", { class: "qt-block__code" }, block.code)];
  if (block.indent > 0) parts.push(el("span", { class: "visually-hidden" }, `, indented ${levels(block.indent)}`));
  return el("span", { class: ["qt-block", `qt-indent-${Math.min(block.indent ?? 0, 6)}`] }, parts);
}

function drawAll(pupil) {
  drawBank(pupil);
  pupil.programList.render(pupil.program);
}

function addToProgram(pupil, block, at = pupil.program.length, { focusBank = true } = {}) {
  const bankIndex = inBank(pupil).findIndex((b) => b.id === block.id);
  pupil.program.splice(at, 0, { ...block, indent: pupil.indentation ? 0 : block.indent });
  drawAll(pupil);
  pupil.status.say(`Added ${quote(block.code)} to your program at line ${at + 1} of ${pupil.program.length}.`);
  if (focusBank) {
    const remaining = inBank(pupil);
    const next = remaining[Math.min(bankIndex, remaining.length - 1)];
    if (next) pupil.bankList.querySelector(`li[data-id="${CSS.escape(next.id)}"] button`)?.focus();
    else pupil.programList.list.querySelector(`li[data-id="${CSS.escape(block.id)}"] button[data-action="up"]`)?.focus();
  }
  pupil.changed();
}

function takeOut(pupil, index) {
  const [block] = pupil.program.splice(index, 1);
  drawAll(pupil);
  pupil.status.say(`Took ${quote(block.code)} out of your program. It is back in the code blocks.`);
  const next = pupil.program[Math.min(index, pupil.program.length - 1)];
  if (next) pupil.programList.list.querySelector(`li[data-id="${CSS.escape(next.id)}"] button[data-action="remove"]`)?.focus();
  else pupil.bankList.querySelector(`li[data-id="${CSS.escape(block.id)}"] button`)?.focus();
  pupil.changed();
}

function setIndent(pupil, index, by) {
  const block = pupil.program[index];
  block.indent = Math.max(0, Math.min(pupil.maxIndent, block.indent + by));
  pupil.programList.render(pupil.program, { id: block.id, action: by > 0 ? "indent" : "outdent" });
  pupil.status.say(block.indent ? `${quote(block.code)} is now indented ${levels(block.indent)}.` : `${quote(block.code)} now starts at the left edge.`);
  pupil.changed();
}

function moveLine(pupil, from, to) {
  const block = pupil.program[from];
  pupil.program = moved(pupil.program, from, to);
  pupil.programList.render(pupil.program, { id: block.id, action: to < from ? "up" : "down" });
  pupil.status.say(`Moved ${quote(block.code)} to line ${to + 1} of ${pupil.program.length}.`);
  pupil.changed();
}

function sayUnavailable(pupil, block, action) {
  const say = {
    up: `${quote(block.code)} is already the first line.`,
    down: `${quote(block.code)} is already the last line.`,
    indent: `${quote(block.code)} is already indented as far as it can go.`,
    outdent: `${quote(block.code)} already starts at the left edge.`,
  };
  pupil.status.say(say[action] || "");
}

/** A line's buttons besides Move up / Move down: Indent and Outdent (when the question asks), Take out. */
function lineActions(pupil, block, index) {
  const indents = [
    { action: "indent", text: "Indent", unavailable: block.indent >= pupil.maxIndent, run: () => setIndent(pupil, index, 1) },
    { action: "outdent", text: "Outdent", unavailable: block.indent <= 0, run: () => setIndent(pupil, index, -1) },
  ];
  return [...(pupil.indentation ? indents : []), { action: "remove", text: "Take out", unavailable: false, run: () => takeOut(pupil, index) }];
}

/** "Your program": a sortable list of the chosen blocks. */
function buildProgram(pupil) {
  const title = el("h3", { class: "qt-parsons__title", id: uid("qt-program") }, "Your program");
  pupil.programList = sortableList({
    label: "Your program",
    listClass: "qt-program",
    emptyText: "Your program is empty. Add code blocks to build it.",
    content: codeOf,
    describe: (block) => quote(block.code),
    disabled: pupil.disabled,
    actions: (block, index) => lineActions(pupil, block, index),
    onMove: (from, to) => moveLine(pupil, from, to),
    onUnavailable: (block, action) => sayUnavailable(pupil, block, action),
    onDropElsewhere: (index, x, y) => {
      if (overElement(pupil.bankArea, x, y)) takeOut(pupil, index);
    },
  });
  pupil.programArea = el("section", { class: "qt-parsons__area qt-parsons__area--program" }, title, pupil.programList.element);
  pupil.programList.list.setAttribute("aria-labelledby", title.id);
  pupil.programList.list.removeAttribute("aria-label");
}

/** "Code blocks": the blocks not in the program yet. */
function buildBank(pupil) {
  const title = el("h3", { class: "qt-parsons__title", id: uid("qt-bank") }, "Code blocks");
  pupil.bankList = el("ul", { class: "qt-bank", "aria-labelledby": title.id });
  pupil.bankEmpty = el("p", { class: "qt-list__empty" }, "Every block is in your program.");
  pupil.bankArea = el("section", { class: "qt-parsons__area qt-parsons__area--bank" }, title, pupil.bankList, pupil.bankEmpty);
}

function drawBank(pupil) {
  const items = inBank(pupil);
  pupil.bankList.replaceChildren(...items.map((block) => bankItem(pupil, block)));
  pupil.bankEmpty.hidden = items.length > 0;
}

function bankItem(pupil, block) {
  const { disabled } = pupil;
  const li = el(
    "li",
    { class: "qt-bank__item", dataset: { id: block.id } },
    disabled ? null : el("span", { class: "qt-item__grip", "aria-hidden": "true", title: "Drag to move" }, "⠿"),
    el("span", { class: "qt-bank__code" }, el("code", { class: "qt-block__code" }, block.code)),
    disabled
      ? null
      : el(
          "button",
          { type: "button", class: "button button--secondary button--small qt-item__button", dataset: { action: "add" }, onClick: () => addToProgram(pupil, block) },
          "Add to program",
          el("span", { class: "visually-hidden" }, ` ${quote(block.code)}`),
        ),
  );
  if (!disabled) enableBankDrag(pupil, li, block);
  return li;
}

function clearProgramMarks(pupil) {
  const { list } = pupil.programList;
  for (const node of list.querySelectorAll(".qt-item--drop-before")) node.classList.remove("qt-item--drop-before");
  list.classList.remove("qt-list--drop-end");
  pupil.programArea.classList.remove("qt-parsons__area--target");
}

/** Dragging a block from the bank into the program puts it where it is dropped. */
function enableBankDrag(pupil, li, block) {
  let at = null;
  makeDraggable(li, {
    accept: acceptsDrag,
    onMove: (x, y) => {
      clearProgramMarks(pupil);
      at = null;
      if (!overElement(pupil.programArea, x, y)) return;
      const items = [...pupil.programList.list.children];
      at = insertIndexAt(items, y);
      pupil.programArea.classList.add("qt-parsons__area--target");
      if (at < items.length) items[at].classList.add("qt-item--drop-before");
      else pupil.programList.list.classList.add("qt-list--drop-end");
    },
    onDrop: () => {
      if (at !== null) addToProgram(pupil, block, at, { focusBank: false });
    },
    onEnd: () => clearProgramMarks(pupil),
  });
}

function overElement(element, x, y) {
  const box = element.getBoundingClientRect();
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/** { blocks: [{ block_id, indent }] } — the placed blocks, top to bottom. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** The pupil's program (read only); Parsons marks the whole program, so one line says how it went. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts, isCorrect } = reviewDetails(details);
  const exact = parts.exact ?? isCorrect;
  if (exact !== null && exact !== undefined) {
    append(root, 
      el(
        "p",
        { class: "qt-review-summary" },
        exact ? "Your program matches a correct answer." : "Your program is not quite the same as a correct answer yet.",
      ),
    );
  }
}

/** The editor's working lists: the real lines in the correct order, the extra lines, other orders as text. */
function editorLines(cfg) {
  const byId = new Map((cfg.blocks || []).map((b) => [b.id, b]));
  const inSolution = new Set((cfg.solution || []).map((p) => p.block_id));
  const lines = [
    ...(cfg.solution || []).filter((p) => byId.has(p.block_id)).map((p) => ({ id: p.block_id, code: byId.get(p.block_id).code, indent: p.indent ?? 0 })),
    // A real line no solution uses yet is kept as a line (the engine warns about it).
    ...(cfg.blocks || []).filter((b) => !b.is_distractor && !inSolution.has(b.id)).map((b) => ({ id: b.id, code: b.code, indent: b.indent ?? 0 })),
  ];
  const extras = (cfg.blocks || []).filter((b) => b.is_distractor).map((b) => ({ id: b.id, code: b.code }));
  const alternativesText = (cfg.alternative_solutions || [])
    .map((solution) => solution.map((p) => lines.findIndex((l) => l.id === p.block_id) + 1).filter((n) => n > 0).join(", "))
    .join("\n");
  return { lines, extras, alternativesText };
}

/** Write the editor's lists back into the config. */
function writeConfig(editor) {
  const { cfg, lines, extras } = editor;
  cfg.blocks = [
    ...lines.map((l) => ({ id: l.id, code: l.code, indent: l.indent, is_distractor: false })),
    ...extras.map((x) => ({ id: x.id, code: x.code, indent: 0, is_distractor: true })),
  ];
  cfg.solution = lines.map((l) => ({ block_id: l.id, indent: l.indent }));
  // Other correct orders are kept exactly as they were until the teacher edits them here.
  if (editor.alternatives !== null) {
    cfg.alternative_solutions = editor.alternatives
      .split("\n")
      .map((row) => row.split(/[,\s]+/).map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= lines.length))
      .filter((row) => row.length)
      .map((row) => row.map((n) => ({ block_id: lines[n - 1].id, indent: lines[n - 1].indent })));
  } else {
    cfg.alternative_solutions ??= [];
  }
}

/**
 * The teacher's form: the program's lines in the correct order (each with its indent), extra lines that
 * are not needed (distractors), and other correct orders written as line numbers.
 */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed: send } = startEditor(root, type, config, onChange);
  cfg.enable_indentation ??= true;
  cfg.max_distractors_penalty ??= 0.5;
  const { lines, extras, alternativesText } = editorLines(cfg);
  // `alternatives` stays null until the teacher edits the other orders.
  const editor = { cfg, lines, extras, alternatives: null };
  const changed = () => {
    writeConfig(editor);
    send();
  };
  editor.lineList = lineRepeater(editor, changed);
  const extraList = repeater({
    legend: "Extra lines that are not needed (optional)",
    help: "Lines that look possible but are not part of the answer. Using one costs a little credit.",
    items: extras,
    name: "extras",
    addLabel: "Add an extra line",
    rowLegend: (i) => `Extra line ${i + 1}`,
    newItem: () => ({ id: newId("b"), code: "" }),
    onChange: changed,
    row: (extra) => textField({ label: "Code", value: extra.code, code: true, name: "code", onValue: (v) => ((extra.code = v), changed()) }),
  });
  append(root,
    editor.lineList.element,
    extraList.element,
    textField({
      label: "Other correct orders (optional)",
      help: "One order on each line, as line numbers from the program above, for example: 2, 1, 3.",
      value: alternativesText,
      multiline: true,
      rows: 2,
      name: "alternative_solutions",
      onValue: (v) => ((editor.alternatives = v), changed()),
    }),
    ruleFields(cfg, changed),
  );
}

/** The program's lines, in the correct order, each with Move up / Move down. */
function lineRepeater(editor, changed) {
  const { lines } = editor;
  const moveLine = (index, by) => {
    const to = index + by;
    if (to < 0 || to >= lines.length) return;
    lines.splice(to, 0, ...lines.splice(index, 1));
    editor.lineList.refresh(to);
    changed();
  };
  const moveButton = (index, by, text) =>
    el("button", { type: "button", class: "button button--secondary button--small", onClick: () => moveLine(index, by) }, text, el("span", { class: "visually-hidden" }, ` line ${index + 1}`));
  return repeater({
    legend: "The program, line by line, in the correct order",
    help: "Write the code of each line without its spaces at the start; set the indent as a number of levels (4 spaces each).",
    items: lines,
    name: "lines",
    min: 1,
    max: 15,
    addLabel: "Add a line",
    rowLegend: (i) => `Line ${i + 1}`,
    newItem: () => ({ id: newId("b"), code: "", indent: 0 }),
    onChange: changed,
    row: (line, index) => [
      textField({ label: "Code", value: line.code, code: true, name: "code", onValue: (v) => ((line.code = v), changed()) }),
      numberField({ label: "Indent (levels)", value: line.indent, min: 0, max: 6, step: 1, name: "indent", onValue: (v) => ((line.indent = v), changed()) }),
      el("div", { class: "cluster" }, moveButton(index, -1, "Move up"), moveButton(index, 1, "Move down")),
    ],
  });
}

function ruleFields(cfg, changed) {
  return [
    checkboxField({
      label: "Pupils set the indentation",
      help: "When this is off, lines are shown already indented.",
      checked: cfg.enable_indentation,
      name: "enable_indentation",
      onValue: (v) => ((cfg.enable_indentation = v), changed()),
    }),
    numberField({
      label: "Most credit lost for using extra lines (0 to 1)",
      value: cfg.max_distractors_penalty,
      min: 0,
      max: 1,
      step: 0.1,
      name: "max_distractors_penalty",
      onValue: (v) => ((cfg.max_distractors_penalty = v), changed()),
    }),
  ];
}
