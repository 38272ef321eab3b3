// The department's units (year, half term, counts) and a form to create one.

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { statusArea, statusMessage } from "../../components/status.js";
import { guarded, UNITS_PAGE } from "./shared.js";
import { unitFields } from "./unit-fields.js";

/** Draw the list page into `main` for `units` (GET /api/units). */
export function unitsPage(main, units) {
  const status = statusArea({ testid: "units-status" });
  replaceChildren(
    main,
    el("div", { class: "page__header" }, el("h1", {}, "Units"), el("p", { class: "page__lead" }, "Units of work hold the learning objectives and lesson documents that assessments are made from.")),
    status,
    el(
      "section",
      { "aria-labelledby": "units-heading" },
      el("h2", { id: "units-heading" }, "The department's units"),
      units.length ? unitsTable(units) : statusMessage("There are no units yet. Create the first one below."),
    ),
    createForm(status),
  );
}

function createForm(status) {
  const fields = unitFields();
  const createButton = el("button", { type: "submit", class: "button" }, "Create the unit");
  const form = el(
    "form",
    { class: "card units-create", novalidate: true, "aria-labelledby": "create-unit-heading" },
    el("h2", { id: "create-unit-heading" }, "Create a unit"),
    fields.elements,
    el("div", { class: "cluster" }, createButton),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = fields.read();
    if (!body) return;
    const create = async () => {
      const unit = await api("/api/units", { method: "POST", body });
      location.assign(`${UNITS_PAGE}?id=${unit.id}&created=1`);
    };
    guarded(createButton, status, create, fields.controls);
  });
  return form;
}

function unitsTable(units) {
  const headings = [["Unit"], ["Year"], ["Half term"], ["Objectives", "number"], ["Documents", "number"], ["Assessments", "number"], ["Shared with the department"]];
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "Units", tabindex: "0" },
    el(
      "table",
      { class: "table", dataset: { testid: "units-table" } },
      el("caption", { class: "visually-hidden" }, "Units, by year group and half term"),
      el("thead", {}, el("tr", {}, headings.map(([label, cls]) => el("th", { scope: "col", class: cls }, label)))),
      el(
        "tbody",
        {},
        units.map((u) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, el("a", { href: `${UNITS_PAGE}?id=${u.id}` }, u.title)),
            el("td", {}, `Year ${u.year_group}`),
            el("td", {}, u.half_term ? String(u.half_term) : "Not set"),
            el("td", { class: "number" }, u.objective_count),
            el("td", { class: "number" }, u.document_count),
            el("td", { class: "number" }, u.assessment_count),
            el("td", {}, u.shared ? "Shared" : "Not shared"),
          ),
        ),
      ),
    ),
  );
}
