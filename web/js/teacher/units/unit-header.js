// The top of one unit's page: the way back to every unit, its title, year, half term and description, and the
// page's actions (make an assessment; upload documents and delete the unit for those who may change it).

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { confirmDialog } from "../../components/modal.js";
import { guarded, UNITS_PAGE, WIZARD } from "./shared.js";

function halfTermWords(n) {
  return n ? `Half term ${n}` : "Half term not set";
}

/** The page header; `draw(unit)` fills it in (again after every change). Returns { element, draw }. */
export function unitHeader() {
  const element = el("div", { class: "page__header" });
  const draw = (unit) => {
    document.title = `${unit.title} – Units – KS3 Assessment`;
    replaceChildren(
      element,
      el("p", {}, el("a", { href: UNITS_PAGE }, "All units")),
      el("h1", {}, unit.title),
      el("p", { class: "page__lead" }, [`Year ${unit.year_group}`, halfTermWords(unit.half_term), unit.academic_year].filter(Boolean).join(" · ")),
      unit.description ? el("p", {}, unit.description) : null,
    );
  };
  return { element, draw };
}

/**
 * The ways on to the wizard, and deleting the unit (asks first). Someone who may not change the unit only gets
 * the way to make an assessment from it. `page` is the unit page's context.
 */
export function unitActions(page) {
  const unitId = page.unit.id;
  return el(
    "div",
    { class: "cluster units-actions" },
    el("a", { class: "button", href: `${WIZARD}?unit=${unitId}&step=settings` }, "Create an assessment from this unit"),
    page.canChange ? el("a", { class: "button button--secondary", href: `${WIZARD}?unit=${unitId}` }, "Upload lesson documents") : null,
    page.canChange ? deleteUnitButton(page) : null,
  );
}

function deleteUnitButton(page) {
  const button = el("button", { type: "button", class: "button button--danger" }, "Delete this unit");
  button.addEventListener("click", async () => {
    const sure = await confirmDialog({
      title: `Delete the unit ‘${page.unit.title}’?`,
      message: "Its topics, objectives and documents are deleted. Assessments made from it are kept.",
      confirmLabel: "Delete the unit",
      cancelLabel: "Keep it",
      danger: true,
    });
    if (!sure) return;
    guarded(button, page.status, async () => {
      await api(page.path, { method: "DELETE" });
      location.assign(UNITS_PAGE);
    });
  });
  return button;
}
