// parsons: build a program from code blocks. "Add to program" moves a block into "Your program"; there,
// Move up / Move down put it in order, Indent / Outdent set how far in it starts (when the question asks for
// indentation) and "Take out" puts it back. Dragging works too, as a shortcut. Some blocks may be extras.

import { append, el } from "../html.js";
import { instruction, mountQuestion, newId, notify, quote, readFrom, reviewDetails, statusLine, uid } from "./shared/dom.js";
import { checkboxField, numberField, repeater, startEditor, textField } from "./shared/editor-kit.js";
import { insertIndexAt, makeDraggable } from "./shared/pointer-drag.js";
import { moved, sortableList } from "./shared/sortable-list.js";

export const type = "parsons";

function levels(n) {
  return n === 1 ? "1 level" : `${n} levels`;
}

/** Two areas: the code blocks to choose from and "Your program"; restores `answer.blocks`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const blocks = view.blocks || [];
  const indentation = Boolean(view.enable_indentation);
  const maxIndent = view.max_indent ?? 3;
  const byId = new Map(blocks.map((b) => [b.id, b]));
  let program = [];
  for (const placed of answer?.blocks || []) {
    const block = byId.get(placed.block_id);
    if (block && !program.some((p) => p.id === block.id)) {
      program.push({ ...block, indent: indentation ? Math.max(0, Math.min(maxIndent, placed.indent ?? 0)) : block.indent });
    }
  }
  const inBank = () => blocks.filter((b) => !program.some((p) => p.id === b.id));
  const read = () => ({ blocks: program.map((b) => ({ block_id: b.id, indent: b.indent ?? 0 })) });
  mountQuestion(root, type, read);
  if (disabled) root.dataset.qtDisabled = "";
  const status = statusLine();
  const changed = () => notify(onChange, read);

  const bankTitle = el("h3", { class: "qt-parsons__title", id: uid("qt-bank") }, "Code blocks");
  const bankList = el("ul", { class: "qt-bank", "aria-labelledby": bankTitle.id });
  const bankEmpty = el("p", { class: "qt-list__empty" }, "Every block is in your program.");
  const programTitle = el("h3", { class: "qt-parsons__title", id: uid("qt-program") }, "Your program");

  const codeOf = (block) => {
    const parts = [el("code", { class: "qt-block__code" }, block.code)];
    if (block.indent > 0) parts.push(el("span", { class: "visually-hidden" }, `, indented ${levels(block.indent)}`));
    return el("span", { class: ["qt-block", `qt-indent-${Math.min(block.indent ?? 0, 6)}`] }, parts);
  };

  function addToProgram(block, at = program.length, { focusBank = true } = {}) {
    const bankBefore = inBank();
    const bankIndex = bankBefore.findIndex((b) => b.id === block.id);
    program.splice(at, 0, { ...block, indent: indentation ? 0 : block.indent });
    drawAll();
    status.say(`Added ${quote(block.code)} to your program at line ${at + 1} of ${program.length}.`);
    if (focusBank) {
      const remaining = inBank();
      const next = remaining[Math.min(bankIndex, remaining.length - 1)];
      if (next) bankList.querySelector(`li[data-id="${CSS.escape(next.id)}"] button`)?.focus();
      else programList.list.querySelector(`li[data-id="${CSS.escape(block.id)}"] button[data-action="up"]`)?.focus();
    }
    changed();
  }

  function takeOut(index) {
    const [block] = program.splice(index, 1);
    drawAll();
    status.say(`Took ${quote(block.code)} out of your program. It is back in the code blocks.`);
    const next = program[Math.min(index, program.length - 1)];
    if (next) programList.list.querySelector(`li[data-id="${CSS.escape(next.id)}"] button[data-action="remove"]`)?.focus();
    else bankList.querySelector(`li[data-id="${CSS.escape(block.id)}"] button`)?.focus();
    changed();
  }

  function setIndent(index, by) {
    const block = program[index];
    block.indent = Math.max(0, Math.min(maxIndent, block.indent + by));
    programList.render(program, { id: block.id, action: by > 0 ? "indent" : "outdent" });
    status.say(block.indent ? `${quote(block.code)} is now indented ${levels(block.indent)}.` : `${quote(block.code)} now starts at the left edge.`);
    changed();
  }

  const programList = sortableList({
    label: "Your program",
    listClass: "qt-program",
    emptyText: "Your program is empty. Add code blocks to build it.",
    content: codeOf,
    describe: (block) => quote(block.code),
    disabled,
    actions: (block, index) => [
      ...(indentation
        ? [
            { action: "indent", text: "Indent", unavailable: block.indent >= maxIndent, run: () => setIndent(index, 1) },
            { action: "outdent", text: "Outdent", unavailable: block.indent <= 0, run: () => setIndent(index, -1) },
          ]
        : []),
      { action: "remove", text: "Take out", unavailable: false, run: () => takeOut(index) },
    ],
    onMove: (from, to) => {
      const block = program[from];
      program = moved(program, from, to);
      programList.render(program, { id: block.id, action: to < from ? "up" : "down" });
      status.say(`Moved ${quote(block.code)} to line ${to + 1} of ${program.length}.`);
      changed();
    },
    onUnavailable: (block, action) => {
      const say = {
        up: `${quote(block.code)} is already the first line.`,
        down: `${quote(block.code)} is already the last line.`,
        indent: `${quote(block.code)} is already indented as far as it can go.`,
        outdent: `${quote(block.code)} already starts at the left edge.`,
      };
      status.say(say[action] || "");
    },
    onDropElsewhere: (index, x, y) => {
      if (overElement(bankArea, x, y)) takeOut(index);
    },
  });

  const bankArea = el("section", { class: "qt-parsons__area qt-parsons__area--bank" }, bankTitle, bankList, bankEmpty);
  const programArea = el("section", { class: "qt-parsons__area qt-parsons__area--program" }, programTitle, programList.element);
  programList.list.setAttribute("aria-labelledby", programTitle.id);
  programList.list.removeAttribute("aria-label");

  function drawBank() {
    const items = inBank();
    bankList.replaceChildren(
      ...items.map((block) => {
        const li = el(
          "li",
          { class: "qt-bank__item", dataset: { id: block.id } },
          disabled ? null : el("span", { class: "qt-item__grip", "aria-hidden": "true", title: "Drag to move" }, "⠿"),
          el("span", { class: "qt-bank__code" }, el("code", { class: "qt-block__code" }, block.code)),
          disabled
            ? null
            : el(
                "button",
                { type: "button", class: "button button--secondary button--small qt-item__button", dataset: { action: "add" }, onClick: () => addToProgram(block) },
                "Add to program",
                el("span", { class: "visually-hidden" }, ` ${quote(block.code)}`),
              ),
        );
        if (!disabled) enableBankDrag(li, block);
        return li;
      }),
    );
    bankEmpty.hidden = items.length > 0;
  }

  function clearProgramMarks() {
    for (const node of programList.list.querySelectorAll(".qt-item--drop-before")) node.classList.remove("qt-item--drop-before");
    programList.list.classList.remove("qt-list--drop-end");
    programArea.classList.remove("qt-parsons__area--target");
  }

  function enableBankDrag(li, block) {
    let at = null;
    makeDraggable(li, {
      accept: (event) => !event.target.closest("button") && (event.pointerType !== "touch" || event.target.closest(".qt-item__grip")),
      onMove: (x, y) => {
        clearProgramMarks();
        at = null;
        if (!overElement(programArea, x, y)) return;
        const items = [...programList.list.children];
        at = insertIndexAt(items, y);
        programArea.classList.add("qt-parsons__area--target");
        if (at < items.length) items[at].classList.add("qt-item--drop-before");
        else programList.list.classList.add("qt-list--drop-end");
      },
      onDrop: () => {
        if (at !== null) addToProgram(block, at, { focusBank: false });
      },
      onEnd: clearProgramMarks,
    });
  }

  function drawAll() {
    drawBank();
    programList.render(program);
  }
  drawAll();

  const steps = [
    "Build the program in the box called Your program. Press Add to program to use a block.",
    "Use the Move up and Move down buttons to put the lines in order, or drag them.",
    indentation ? "Use Indent and Outdent to set how far in each line starts." : null,
    "You might not need every block.",
  ].filter(Boolean);
  append(root, 
    disabled ? null : instruction(steps.join(" ")),
    el("div", { class: "qt-parsons" }, disabled ? null : bankArea, programArea),
    status.element,
  );
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

/**
 * The teacher's form: the program's lines in the correct order (each with its indent), extra lines that
 * are not needed (distractors), and other correct orders written as line numbers.
 */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed: send } = startEditor(root, type, config, onChange);
  cfg.enable_indentation ??= true;
  cfg.max_distractors_penalty ??= 0.5;
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
  let alternativesEdited = false;
  let alternatives = alternativesText;

  const changed = () => {
    cfg.blocks = [
      ...lines.map((l) => ({ id: l.id, code: l.code, indent: l.indent, is_distractor: false })),
      ...extras.map((x) => ({ id: x.id, code: x.code, indent: 0, is_distractor: true })),
    ];
    cfg.solution = lines.map((l) => ({ block_id: l.id, indent: l.indent }));
    // Other correct orders are kept exactly as they were until the teacher edits them here.
    if (alternativesEdited) {
      cfg.alternative_solutions = alternatives
        .split("\n")
        .map((row) => row.split(/[,\s]+/).map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= lines.length))
        .filter((row) => row.length)
        .map((row) => row.map((n) => ({ block_id: lines[n - 1].id, indent: lines[n - 1].indent })));
    } else {
      cfg.alternative_solutions ??= [];
    }
    send();
  };

  let lineList;
  const moveLine = (index, by) => {
    const to = index + by;
    if (to < 0 || to >= lines.length) return;
    lines.splice(to, 0, ...lines.splice(index, 1));
    lineList.refresh(to);
    changed();
  };
  lineList = repeater({
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
      el(
        "div",
        { class: "cluster" },
        el("button", { type: "button", class: "button button--secondary button--small", onClick: () => moveLine(index, -1) }, "Move up", el("span", { class: "visually-hidden" }, ` line ${index + 1}`)),
        el("button", { type: "button", class: "button button--secondary button--small", onClick: () => moveLine(index, 1) }, "Move down", el("span", { class: "visually-hidden" }, ` line ${index + 1}`)),
      ),
    ],
  });
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
    lineList.element,
    extraList.element,
    textField({
      label: "Other correct orders (optional)",
      help: "One order on each line, as line numbers from the program above, for example: 2, 1, 3.",
      value: alternativesText,
      multiline: true,
      rows: 2,
      name: "alternative_solutions",
      onValue: (v) => {
        alternatives = v;
        alternativesEdited = true;
        changed();
      },
    }),
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
  );
}
