// matching: join each item on the left to one on the right. Each left item has its own labelled drop-down
// list of the right items (fully usable by keyboard, touch and screen reader). An answer already used for
// another item is marked "(used for …)" and cannot be chosen again.

import { append, el } from "../html.js";
import { instruction, mountQuestion, newId, notify, quote, readFrom, resultMark, reviewDetails, statusLine, uid } from "./shared/dom.js";
import { checkboxField, repeater, startEditor, textField } from "./shared/editor-kit.js";

export const type = "matching";

/** A drop-down per left item, plus the list of answers to choose from; restores `answer.pairs`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const left = view.left_items || [];
  const right = view.right_items || [];
  const match = {
    rightText: Object.fromEntries(right.map((r) => [r.id, r.text])),
    leftText: Object.fromEntries(left.map((l) => [l.id, l.text])),
    chosen: new Map(), // left id -> right id
    selects: new Map(), // left id -> its drop-down
    status: statusLine(),
  };
  for (const pair of answer?.pairs || []) {
    const known = match.leftText[pair.left] !== undefined && match.rightText[pair.right] !== undefined;
    if (known && ![...match.chosen.values()].includes(pair.right)) match.chosen.set(pair.left, pair.right);
  }
  const read = () => ({
    pairs: left.filter((l) => match.chosen.get(l.id)).map((l) => ({ left: l.id, right: match.chosen.get(l.id) })),
  });
  mountQuestion(root, type, read);
  match.changed = () => notify(onChange, read);
  const rows = left.map((item) => matchRow(match, item, right, disabled));
  refreshOptions(match);
  append(root,
    disabled ? null : instruction("Match each item with one answer. Choose the answer from the list next to each item. Each answer can be used once."),
    el("div", { class: "qt-match" }, el("ul", { class: "qt-match__rows" }, rows), disabled ? null : choiceList(right)),
    match.status.element,
  );
}

// An answer used by another item is shown as used and cannot be chosen twice, so choosing never changes
// another row behind the pupil's back: to move an answer, set its row back to "Choose a match" first.
function refreshOptions({ chosen, selects, rightText, leftText }) {
  const usedBy = new Map([...chosen].map(([l, r]) => [r, l]));
  for (const [leftId, select] of selects) {
    for (const option of select.options) {
      if (!option.value) continue;
      const owner = usedBy.get(option.value);
      const elsewhere = Boolean(owner) && owner !== leftId;
      option.textContent = elsewhere ? `${rightText[option.value]} (used for ${leftText[owner]})` : rightText[option.value];
      option.disabled = elsewhere;
    }
    select.value = chosen.get(leftId) ?? "";
  }
}

/** One left item with its drop-down (or, read only, the match as plain text). */
function matchRow(match, item, right, disabled) {
  const selectId = uid("qt-match");
  const select = el(
    "select",
    { id: selectId, class: "select qt-match__select", disabled, dataset: { left: item.id } },
    el("option", { value: "" }, "Choose a match"),
    right.map((r) => el("option", { value: r.id }, r.text)),
  );
  match.selects.set(item.id, select);
  select.addEventListener("change", () => choose(match, item, select.value));
  if (disabled) {
    // Read only (results review): the match as plain text, easier to read than a greyed-out list.
    const chosen = match.chosen.get(item.id);
    return el(
      "li",
      { class: "qt-match__row", dataset: { left: item.id } },
      el("span", { class: "qt-match__left" }, item.text),
      el("span", { class: "qt-match__arrow", "aria-hidden": "true" }, "→"),
      el("span", { class: "qt-match__chosen" }, chosen ? match.rightText[chosen] : el("span", { class: "muted" }, "No match chosen")),
    );
  }
  return el(
    "li",
    { class: "qt-match__row", dataset: { left: item.id } },
    el("label", { class: "qt-match__left", for: selectId }, item.text),
    el("span", { class: "qt-match__arrow", "aria-hidden": "true" }, "→"),
    select,
  );
}

function choose(match, item, value) {
  if (value) {
    match.chosen.set(item.id, value);
    match.status.say(`${quote(item.text)} is matched with ${quote(match.rightText[value])}.`);
  } else {
    match.chosen.delete(item.id);
    match.status.say(`${quote(item.text)} has no match now.`);
  }
  refreshOptions(match);
  match.changed();
}

/** "The answers to choose from:", listed once beside the rows. */
function choiceList(right) {
  const title = el("p", { class: "qt-match__choices-title", id: uid("qt-choices") }, "The answers to choose from:");
  return el(
    "div",
    { class: "qt-match__choices" },
    title,
    el("ul", { class: "qt-match__choice-list", "aria-labelledby": title.id }, right.map((r) => el("li", {}, r.text))),
  );
}

/** { pairs: [{ left, right }] } for the items that have a match, in the order shown. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** Each matched row marked Right / Not yet from `details.pairs`. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts } = reviewDetails(details);
  if (!parts.pairs) return;
  // An item left without a match is not right yet either (the details only list the pairs made).
  for (const item of view.left_items || []) {
    root.querySelector(`.qt-match__row[data-left="${CSS.escape(item.id)}"]`)?.append(resultMark(Boolean(parts.pairs[item.id])));
  }
}

/**
 * The teacher's form, written as pairs ("CPU" ↔ "Carries out instructions") plus extra answers that match
 * nothing; the config's left items, right items and correct pairs are built from them.
 */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed: send } = startEditor(root, type, config, onChange);
  cfg.shuffle_right ??= true;
  const rightById = new Map((cfg.right_items || []).map((r) => [r.id, r]));
  const partner = new Map((cfg.correct_pairs || []).map((p) => [p.left, p.right]));
  const pairs = (cfg.left_items || []).map((l) => {
    const r = rightById.get(partner.get(l.id));
    return { leftId: l.id, left: l.text, rightId: r?.id ?? newId("r"), right: r?.text ?? "" };
  });
  const paired = new Set(pairs.map((p) => p.rightId));
  const extras = (cfg.right_items || []).filter((r) => !paired.has(r.id)).map((r) => ({ id: r.id, text: r.text }));

  const changed = () => {
    cfg.left_items = pairs.map((p) => ({ id: p.leftId, text: p.left }));
    cfg.right_items = [...pairs.map((p) => ({ id: p.rightId, text: p.right })), ...extras.map((x) => ({ id: x.id, text: x.text }))];
    cfg.correct_pairs = pairs.map((p) => ({ left: p.leftId, right: p.rightId }));
    send();
  };

  const pairList = repeater({
    legend: "Pairs",
    help: "Between 2 and 8 pairs. Pupils see the right-hand answers mixed up.",
    items: pairs,
    name: "pairs",
    min: 2,
    max: 8,
    addLabel: "Add a pair",
    rowLegend: (i) => `Pair ${i + 1}`,
    newItem: () => ({ leftId: newId("l"), left: "", rightId: newId("r"), right: "" }),
    onChange: changed,
    row: (pair) => [
      textField({ label: "Item", value: pair.left, name: "left", onValue: (v) => ((pair.left = v), changed()) }),
      textField({ label: "Its match", value: pair.right, name: "right", onValue: (v) => ((pair.right = v), changed()) }),
    ],
  });
  const extraList = repeater({
    legend: "Extra answers that match nothing (optional)",
    help: "At most 3 keeps it readable.",
    items: extras,
    name: "extras",
    addLabel: "Add an extra answer",
    rowLegend: (i) => `Extra answer ${i + 1}`,
    newItem: () => ({ id: newId("r"), text: "" }),
    onChange: changed,
    row: (extra) => textField({ label: "Text", value: extra.text, name: "text", onValue: (v) => ((extra.text = v), changed()) }),
  });

  append(root, 
    pairList.element,
    extraList.element,
    checkboxField({
      label: "Mix up the answers on the right",
      checked: cfg.shuffle_right,
      name: "shuffle_right",
      onValue: (v) => ((cfg.shuffle_right = v), changed()),
    }),
  );
}
