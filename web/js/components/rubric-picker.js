// Rubric templates inside the written-answer editor: save the mark scheme being edited as a template (for yourself
// or shared with other teachers), or fill the mark scheme from a saved template. Nothing is asked of the server
// until a button is pressed, so the editor draws the same with or without a connection.

import { api, ApiError } from "../api.js";
import { el } from "./html.js";
import { field } from "./field.js";

function points(scheme) {
  return scheme.reduce((sum, c) => sum + (Number(c.points) || 0), 0);
}

function describe(template) {
  const n = template.mark_scheme.length;
  const owner = template.mine ? "yours" : "shared by another teacher";
  return `${template.name} (${n} ${n === 1 ? "criterion" : "criteria"}, ${template.points_available} points, ${owner})`;
}

/**
 * rubricPicker({ getScheme, applyScheme })
 *   getScheme()          the mark scheme being edited: [{criterion, points}]
 *   applyScheme(scheme)  replace it with a template's criteria
 * Returns the element to put under the mark scheme.
 */
export function rubricPicker({ getScheme, applyScheme }) {
  const picker = {
    getScheme,
    applyScheme,
    panel: el("div", { class: "card card--soft rubric-picker__panel", hidden: true }),
    // The editors' own note line (qt-editor-note), not a status message: it sits inside the question editor.
    status: el("p", { class: "qt-editor-note", role: "status", dataset: { testid: "rubric-status" } }),
    saveButton: el("button", { type: "button", class: "button button--secondary button--small", "aria-expanded": "false" }, "Save this mark scheme as a template"),
    useButton: el("button", { type: "button", class: "button button--secondary button--small", "aria-expanded": "false" }, "Use a saved template"),
  };
  picker.saveButton.addEventListener("click", () => openSave(picker));
  picker.useButton.addEventListener("click", () => openUse(picker));
  return el(
    "div",
    { class: "rubric-picker", role: "group", "aria-label": "Mark scheme templates", dataset: { testid: "rubric-picker" } },
    el("div", { class: "cluster" }, picker.saveButton, picker.useButton),
    picker.panel,
    picker.status,
  );
}

function say(picker, text) {
  picker.status.textContent = text;
}

function problem(picker, error) {
  if (!(error instanceof ApiError)) throw error;
  say(picker, error.detail);
}

/** Show `children` in the panel, opened by `button` (the other button is closed). */
function openPanel(picker, button, ...children) {
  picker.panel.replaceChildren(...children);
  picker.panel.hidden = false;
  picker.saveButton.setAttribute("aria-expanded", String(button === picker.saveButton));
  picker.useButton.setAttribute("aria-expanded", String(button === picker.useButton));
  say(picker, "");
}

function close(picker, focusOn) {
  picker.panel.hidden = true;
  picker.panel.replaceChildren();
  picker.saveButton.setAttribute("aria-expanded", "false");
  picker.useButton.setAttribute("aria-expanded", "false");
  focusOn?.focus();
}

function cancelButton(picker, focusOn) {
  return el("button", { type: "button", class: "button button--secondary button--small", onClick: () => close(picker, focusOn) }, "Cancel");
}

function openSave(picker) {
  const scheme = picker.getScheme().filter((c) => String(c.criterion || "").trim());
  if (!scheme.length) {
    say(picker, "Write at least one criterion first, then save it as a template.");
    return;
  }
  const name = field({ label: "Template name", maxlength: 200, autocomplete: "off", help: "For example: Explain with an example (4 points)." });
  const share = el("input", { type: "checkbox" });
  const save = el("button", { type: "button", class: "button button--small", onClick: () => saveTemplate(picker, { name, share, scheme }) }, "Save template");
  openPanel(
    picker,
    picker.saveButton,
    name.element,
    el("p", {}, el("label", { class: "choice" }, share, el("span", {}, "Share it with other teachers"))),
    el("div", { class: "cluster" }, save, cancelButton(picker, picker.saveButton)),
  );
  name.input.focus();
}

async function saveTemplate(picker, { name, share, scheme }) {
  name.clearError();
  if (!name.input.value.trim()) {
    name.setError("Type a name for the template.");
    name.input.focus();
    return;
  }
  try {
    const saved = await api("/api/rubrics", {
      method: "POST",
      body: { name: name.input.value.trim(), description: "", mark_scheme: scheme.map((c) => ({ criterion: c.criterion, points: Number(c.points) })), shared: share.checked },
    });
    close(picker, picker.saveButton);
    say(picker, `Saved “${saved.name}” as a template${saved.shared ? ", shared with other teachers" : ""}.`);
  } catch (error) {
    problem(picker, error);
  }
}

async function openUse(picker) {
  let templates;
  try {
    templates = await api("/api/rubrics");
  } catch (error) {
    problem(picker, error);
    return;
  }
  if (!templates.length) {
    say(picker, "There are no saved templates yet. Write a mark scheme, then press Save this mark scheme as a template.");
    return;
  }
  const choice = field({ label: "Template", as: "select", options: templates.map((t, i) => ({ value: t.id, label: describe(t), selected: i === 0 })) });
  const preview = el("ol", { class: "rubric-picker__preview", "aria-label": "The template's criteria" });
  const chosen = () => templates.find((t) => t.id === choice.input.value);
  const showPreview = () => preview.replaceChildren(...chosen().mark_scheme.map((c) => el("li", {}, `${c.criterion} (${c.points} ${Number(c.points) === 1 ? "point" : "points"})`)));
  choice.input.addEventListener("change", showPreview);
  showPreview();
  const use = el("button", { type: "button", class: "button button--small", onClick: () => useTemplate(picker, chosen()) }, "Use this template");
  openPanel(
    picker,
    picker.useButton,
    choice.element,
    el("p", { class: "field__help" }, "Using a template replaces the criteria above."),
    preview,
    el("div", { class: "cluster" }, use, cancelButton(picker, picker.useButton)),
  );
  choice.input.focus();
}

function useTemplate(picker, template) {
  picker.applyScheme(template.mark_scheme.map((c) => ({ criterion: c.criterion, points: c.points })));
  close(picker, picker.useButton);
  say(picker, `The mark scheme is now “${template.name}”: ${template.mark_scheme.length} criteria, ${points(template.mark_scheme)} points. Change any of it above.`);
}
