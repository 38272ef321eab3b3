// Problems with a question (from the server's checks), shown beside the field they concern. A problem names
// its field by path ("config.options[2].text"); the type editors mark their controls with data-list (a list
// of rows) and data-field (one control), so the path can be followed down to the control itself. Whatever
// cannot be placed is listed at the top of the form with its field said in words, so nothing is hidden.

import { el } from "../../components/html.js";
import { describeField, parseFieldPath } from "./labels.js";

let counter = 0;

const PREFIX = { error: "Needs fixing: ", warning: "Worth checking: " };

/** "Needs fixing" / "Worth checking": severity in words, never only colour. */
export function severityWords(severity) {
  return severity === "warning" ? "Worth checking" : "Needs fixing";
}

/** A read-only list of problems for a question card (field in words, then the message). */
export function problemList(problems, { title = "Problems found by the checks" } = {}) {
  if (!problems?.length) return null;
  return el(
    "div",
    { class: "review-problems", dataset: { testid: "question-problems" } },
    el("h4", { class: "review-problems__title" }, title),
    el(
      "ul",
      { class: "review-problems__list" },
      problems.map((p) =>
        el(
          "li",
          { class: ["review-problems__item", p.severity === "warning" ? "review-problems__item--warning" : "review-problems__item--error"] },
          el("span", { class: p.severity === "warning" ? "badge badge--info" : "badge badge--warning" }, severityWords(p.severity)),
          " ",
          el("strong", {}, `${describeField(p.field)}: `),
          p.message,
        ),
      ),
    ),
  );
}

/** Remove every problem message placed in `root` and undo what they changed on the controls. */
export function clearProblems(root) {
  for (const node of root.querySelectorAll(".review-problem")) node.remove();
  for (const control of root.querySelectorAll("[data-review-described]")) {
    const ids = control.dataset.reviewDescribed.split(" ");
    const kept = (control.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !ids.includes(id));
    if (kept.length) control.setAttribute("aria-describedby", kept.join(" "));
    else control.removeAttribute("aria-describedby");
    if (control.dataset.reviewInvalid) control.removeAttribute("aria-invalid");
    delete control.dataset.reviewDescribed;
    delete control.dataset.reviewInvalid;
  }
}

function isControl(node) {
  return node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement;
}

function message(problem) {
  counter += 1;
  return el(
    "p",
    {
      class: ["field__error", "review-problem", problem.severity === "warning" && "review-problem--warning"],
      id: `review-problem-${counter}`,
      dataset: { field: problem.field || "", severity: problem.severity || "error" },
    },
    `${PREFIX[problem.severity] ?? PREFIX.error}${problem.message}`,
  );
}

function describe(control, note, problem) {
  const existing = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  control.setAttribute("aria-describedby", [note.id, ...existing].join(" "));
  control.dataset.reviewDescribed = [control.dataset.reviewDescribed, note.id].filter(Boolean).join(" ");
  if (problem.severity !== "warning" && control.getAttribute("aria-invalid") !== "true") {
    control.setAttribute("aria-invalid", "true");
    control.dataset.reviewInvalid = "1";
  }
}

/** Put one problem's message beside `target` (a control, a list fieldset or a row). Returns the control, if any. */
export function attachProblem(target, problem) {
  const note = message(problem);
  if (isControl(target)) {
    const holder = target.closest(".field, .qt-editor-field, .qt-code-editor, .choice") || target.parentElement;
    holder.append(note);
    describe(target, note, problem);
    return target;
  }
  const legend = target.querySelector(":scope > legend");
  if (legend) legend.after(note);
  else target.prepend(note);
  if (target.matches("fieldset")) {
    const existing = (target.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    target.setAttribute("aria-describedby", [note.id, ...existing].join(" "));
    target.dataset.reviewDescribed = [target.dataset.reviewDescribed, note.id].filter(Boolean).join(" ");
  }
  return target.querySelector("input, textarea, select, button");
}

/**
 * Follow a config path inside a type editor: lists by data-list (then the row by its number), controls by
 * data-field. Returns the deepest element found (a control, a row or a list), or null.
 */
export function findInEditor(editorRoot, segments) {
  let scope = editorRoot;
  let found = null;
  for (const segment of segments) {
    if (segment.index !== undefined) {
      const list = scope.querySelector(`[data-list="${CSS.escape(segment.name)}"]`);
      if (!list) break;
      const row = list.querySelector(":scope > .qt-editor-rows")?.children[segment.index];
      found = row || list;
      if (!row) break;
      scope = row;
      continue;
    }
    const control = scope.querySelector(`[data-field="${CSS.escape(segment.name)}"]`);
    if (control) return control;
    const list = scope.querySelector(`[data-list="${CSS.escape(segment.name)}"]`);
    if (!list) break;
    found = list;
    scope = list;
  }
  return found;
}

/**
 * Place `problems` in a question form.
 *   targets.fields    { "question_text": control, "feedback.correct": control, ... } (common fields)
 *   targets.editor    the type editor's root (for "config.…")
 *   targets.scaffold  { fields: {...}, editor } for "scaffold.…"
 *   targets.general   an element for anything that has no place of its own
 * Returns the first control that got an error (to move focus there), or null.
 */
export function placeProblems(problems, targets) {
  let first = null;
  const unplaced = [];
  for (const problem of problems) {
    let target = null;
    let path = problem.field || "";
    let where = targets;
    if (path.startsWith("scaffold.") && targets.scaffold) {
      where = targets.scaffold;
      path = path.slice("scaffold.".length);
    }
    if (where.fields?.[path]) {
      target = where.fields[path];
    } else if ((path === "config" || path.startsWith("config.")) && where.editor) {
      const segments = parseFieldPath(path).slice(1);
      target = segments.length ? findInEditor(where.editor, segments) : null;
      target ??= where.editor;
    }
    if (!target) {
      unplaced.push(problem);
      continue;
    }
    const control = attachProblem(target, problem);
    if (!first && problem.severity !== "warning") first = control || target;
  }
  if (unplaced.length && targets.general) {
    const list = problemList(unplaced, { title: "Also found" });
    list.classList.add("review-problem");
    targets.general.append(list);
    first ??= targets.general;
  }
  return first;
}

/**
 * The problems in an API error, whichever shape it came in: the question checks' `problems`, the request
 * validation's `fields`, or a single "config.options[1].text: this is required." in the detail.
 */
export function problemsFromError(error) {
  const body = error?.body || {};
  if (Array.isArray(body.problems) && body.problems.length) return body.problems;
  if (Array.isArray(body.fields) && body.fields.length) {
    return body.fields.map((f) => ({ field: f.field, message: sentence(f.message), severity: "error" }));
  }
  const match = String(error?.detail || "").match(/^((?:config|scaffold)[\w.[\]]*): (.+)$/);
  return match ? [{ field: match[1], message: sentence(match[2]), severity: "error" }] : [];
}

function sentence(text) {
  const t = String(text || "").trim();
  if (!t) return "This is not valid.";
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
