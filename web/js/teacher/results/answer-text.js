// A pupil's answer as readable text for a teacher: the option they chose (its words, not its id), the order they
// put things in, the code they wrote. Used for every try in an answer's history, and wherever a question type's
// own renderReview cannot draw an answer (an unknown type, or a view that is missing).
//
// `view` is the question as the pupil saw it (from GET /api/assessments/{id}/preview), so ids can be turned
// back into the words on the screen. Without it, ids are shown as they are. Everything becomes text nodes:
// a pupil's answer is never parsed as HTML.

import { el } from "../../components/html.js";

const byId = (items) => new Map((items || []).map((item) => [String(item.id), item]));

function textOf(map, id, fallback = "an option") {
  const item = map.get(String(id));
  return item ? item.text ?? item.code ?? String(id) : `${fallback} (${id})`;
}

function list(items, ordered = false) {
  return el(ordered ? "ol" : "ul", { class: "answer-text__list" }, items.map((item) => el("li", {}, item)));
}

function code(text) {
  return el("pre", { class: "answer-text__code" }, el("code", {}, text));
}

function quoted(text) {
  return el("q", { class: "answer-text__quote" }, text);
}

const DESCRIBE = {
  multiple_choice(data, view) {
    if (!data.selected_option) return null;
    return el("p", {}, "Chose ", quoted(textOf(byId(view?.options), data.selected_option)));
  },
  multiple_select(data, view) {
    const chosen = data.selected_options || [];
    if (!chosen.length) return null;
    const options = byId(view?.options);
    return [el("p", {}, `Chose ${chosen.length}:`), list(chosen.map((id) => textOf(options, id)))];
  },
  text_input(data) {
    return data.text ? el("p", {}, quoted(data.text)) : null;
  },
  extended_text(data) {
    return data.text ? el("blockquote", { class: "answer-text__written" }, data.text) : null;
  },
  matching(data, view) {
    const pairs = data.pairs || [];
    if (!pairs.length) return null;
    const left = byId(view?.left_items);
    const right = byId(view?.right_items);
    return list(pairs.map((pair) => `${textOf(left, pair.left, "item")} → ${textOf(right, pair.right, "item")}`));
  },
  ordering(data, view) {
    const order = data.order || [];
    if (!order.length) return null;
    const items = byId(view?.items);
    return [el("p", {}, "In this order:"), list(order.map((id) => textOf(items, id, "item")), true)];
  },
  parsons(data, view) {
    const blocks = data.blocks || [];
    if (!blocks.length) return null;
    const known = byId(view?.blocks);
    return code(blocks.map((b) => `${"    ".repeat(Number(b.indent) || 0)}${textOf(known, b.block_id, "block")}`).join("\n"));
  },
  code_completion(data, view) {
    const blanks = Object.entries(data.blanks || {});
    if (!blanks.length) return null;
    const order = (view?.blanks || []).map((b) => b.id);
    blanks.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b) || a.localeCompare(b, "en", { numeric: true }));
    return list(blanks.map(([id, value]) => [`${id.replace(/^BLANK_/, "Blank ")}: `, value.trim() ? quoted(value) : "left empty"]));
  },
  python_code(data) {
    return data.code ? code(data.code) : null;
  },
  code_debug(data) {
    return data.code ? code(data.code) : null;
  },
  trace_table(data) {
    const cells = Object.entries(data.values || {});
    if (!cells.length) return null;
    cells.sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
    return list(
      cells.map(([key, value]) => {
        const [step, ...variable] = key.split("_");
        return [`Step ${step}, ${variable.join("_")}: `, value === "" ? "left empty" : quoted(value)];
      }),
    );
  },
  drag_label(data, view) {
    const placements = Object.entries(data.placements || {});
    if (!placements.length) return null;
    const zones = byId(view?.drop_zones);
    const labels = byId(view?.labels);
    placements.sort(([a], [b]) => (zones.get(a)?.number ?? 0) - (zones.get(b)?.number ?? 0));
    return list(placements.map(([zone, label]) => `Box ${zones.get(zone)?.number ?? zone}: ${textOf(labels, label, "label")}`));
  },
  binary_convert(data) {
    if (!data.answer) return null;
    return [el("p", {}, quoted(data.answer)), data.working ? el("p", { class: "muted" }, `Working: ${data.working}`) : null];
  },
  logic_gates(data, view) {
    const outputs = Object.entries(data.outputs || {});
    if (!outputs.length) return null;
    const rows = new Map((view?.rows || []).map((row) => [String(row.index), row]));
    outputs.sort(([a], [b]) => Number(a) - Number(b));
    return list(
      outputs.map(([index, value]) => {
        const inputs = rows.get(index)?.inputs;
        const when = inputs ? Object.entries(inputs).map(([name, bit]) => `${name} = ${bit}`).join(", ") : `row ${Number(index) + 1}`;
        return `When ${when}: output ${value}`;
      }),
    );
  },
};

/** Any other shape: each field on its own line, values as text. */
function generic(data) {
  const entries = Object.entries(data || {});
  if (!entries.length) return null;
  return list(entries.map(([key, value]) => `${key.replace(/_/g, " ")}: ${typeof value === "string" ? value : JSON.stringify(value)}`));
}

/**
 * The answer as an element: describeAnswer("multiple_choice", {selected_option: "b"}, view) →
 * <div>Chose “4 bits”</div>. An empty answer reads "No answer given."
 */
export function describeAnswer(type, data, view) {
  let content = null;
  if (data && typeof data === "object") {
    try {
      content = (DESCRIBE[type] || generic)(data, view);
    } catch {
      content = generic(data); // an answer in an unexpected shape: still readable
    }
  }
  return el("div", { class: "answer-text" }, content ?? el("p", { class: "muted" }, "No answer given."));
}

/** The question a saved answer belongs to: the easier version when the pupil switched to it. */
export function answeredQuestion(previewQuestion, scaffoldUsed) {
  if (scaffoldUsed && previewQuestion?.scaffold) return { type: previewQuestion.scaffold.type, view: previewQuestion.scaffold.view };
  return { type: previewQuestion?.type, view: previewQuestion?.view };
}
