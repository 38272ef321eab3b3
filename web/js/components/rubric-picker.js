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
  const panel = el("div", { class: "card card--soft rubric-picker__panel", hidden: true });
  const status = el("p", { class: "qt-editor-note", role: "status", dataset: { testid: "rubric-status" } });
  const saveButton = el("button", { type: "button", class: "button button--secondary button--small", "aria-expanded": "false" }, "Save this mark scheme as a template");
  const useButton = el("button", { type: "button", class: "button button--secondary button--small", "aria-expanded": "false" }, "Use a saved template");

  function close(focusOn) {
    panel.hidden = true;
    panel.replaceChildren();
    saveButton.setAttribute("aria-expanded", "false");
    useButton.setAttribute("aria-expanded", "false");
    focusOn?.focus();
  }

  function problem(error) {
    if (!(error instanceof ApiError)) throw error;
    status.textContent = error.detail;
  }

  function openSave() {
    const scheme = getScheme().filter((c) => String(c.criterion || "").trim());
    if (!scheme.length) {
      status.textContent = "Write at least one criterion first, then save it as a template.";
      return;
    }
    const name = field({ label: "Template name", maxlength: 200, autocomplete: "off", help: "For example: Explain with an example (4 points)." });
    const share = el("input", { type: "checkbox" });
    const save = el("button", { type: "button", class: "button button--small" }, "Save template");
    save.addEventListener("click", async () => {
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
        close(saveButton);
        status.textContent = `Saved “${saved.name}” as a template${saved.shared ? ", shared with other teachers" : ""}.`;
      } catch (error) {
        problem(error);
      }
    });
    panel.replaceChildren(
      name.element,
      el("p", {}, el("label", { class: "choice" }, share, el("span", {}, "Share it with other teachers"))),
      el("div", { class: "cluster" }, save, el("button", { type: "button", class: "button button--secondary button--small", onClick: () => close(saveButton) }, "Cancel")),
    );
    panel.hidden = false;
    saveButton.setAttribute("aria-expanded", "true");
    useButton.setAttribute("aria-expanded", "false");
    status.textContent = "";
    name.input.focus();
  }

  async function openUse() {
    let templates;
    try {
      templates = await api("/api/rubrics");
    } catch (error) {
      problem(error);
      return;
    }
    if (!templates.length) {
      status.textContent = "There are no saved templates yet. Write a mark scheme, then press Save this mark scheme as a template.";
      return;
    }
    const choice = field({ label: "Template", as: "select", options: templates.map((t, i) => ({ value: t.id, label: describe(t), selected: i === 0 })) });
    const preview = el("ol", { class: "rubric-picker__preview", "aria-label": "The template's criteria" });
    const chosen = () => templates.find((t) => t.id === choice.input.value);
    const showPreview = () => preview.replaceChildren(...chosen().mark_scheme.map((c) => el("li", {}, `${c.criterion} (${c.points} ${Number(c.points) === 1 ? "point" : "points"})`)));
    choice.input.addEventListener("change", showPreview);
    showPreview();
    const use = el("button", { type: "button", class: "button button--small" }, "Use this template");
    use.addEventListener("click", () => {
      const template = chosen();
      applyScheme(template.mark_scheme.map((c) => ({ criterion: c.criterion, points: c.points })));
      close(useButton);
      status.textContent = `The mark scheme is now “${template.name}”: ${template.mark_scheme.length} criteria, ${points(template.mark_scheme)} points. Change any of it above.`;
    });
    panel.replaceChildren(
      choice.element,
      el("p", { class: "field__help" }, "Using a template replaces the criteria above."),
      preview,
      el("div", { class: "cluster" }, use, el("button", { type: "button", class: "button button--secondary button--small", onClick: () => close(useButton) }, "Cancel")),
    );
    panel.hidden = false;
    useButton.setAttribute("aria-expanded", "true");
    saveButton.setAttribute("aria-expanded", "false");
    status.textContent = "";
    choice.input.focus();
  }

  saveButton.addEventListener("click", openSave);
  useButton.addEventListener("click", openUse);
  return el(
    "div",
    { class: "rubric-picker", role: "group", "aria-label": "Mark scheme templates", dataset: { testid: "rubric-picker" } },
    el("div", { class: "cluster" }, saveButton, useButton),
    panel,
    status,
  );
}
