// Units of work. Without ?id: the department's units (year, half term, counts) and a form to create one.
// With ?id=<unit>: the unit's details, its topics and learning objectives (each objective with taxonomy
// strands as labelled checkboxes), in order (Move up / Move down), the lesson documents uploaded to it and
// what was found in each, whether it is shared with the department (Share / Stop sharing for its owner), and the
// ways on to the create-assessment wizard.
//
// A teacher who is neither the unit's owner nor an admin sees the same unit read-only: its details, topics,
// objectives and documents as text, a note saying why, and the way on to the wizard (using a unit is allowed).
//
// This file wires the parts (units/*.js). One unit's page shares one context object with its parts:
// { unit, taxonomy, path, canChange, status, reload(message) } — the unit as last loaded, the unit's API path,
// whether the signed-in user may change it (each part leaves out its change controls when not), the page's
// status area, and reload(), which loads the unit again, redraws the parts that show it and says `message`.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { replaceChildren } from "../components/html.js";
import { statusArea, statusMessage } from "../components/status.js";
import { detailsForm } from "./units/details-form.js";
import { documentsSection } from "./units/documents.js";
import { objectivesSection } from "./units/objectives.js";
import { canChangeUnit, UNITS_PAGE } from "./units/shared.js";
import { unitSharing } from "./units/sharing.js";
import { topicsSection } from "./units/topics.js";
import { unitActions, unitHeader } from "./units/unit-header.js";
import { unitsPage } from "./units/unit-list.js";

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    const id = new URLSearchParams(location.search).get("id");
    if (id) {
      const [unit, taxonomy, documents] = await Promise.all([
        api(`/api/units/${encodeURIComponent(id)}`),
        api("/api/taxonomy"),
        api(`/api/units/${encodeURIComponent(id)}/documents`),
      ]);
      unitPage(main, { unit, taxonomy, documents, canChange: canChangeUnit(unit, user) });
    } else {
      unitsPage(main, await api("/api/units"));
    }
  },
});

const READ_ONLY_NOTE =
  "This unit belongs to another teacher. You can read it and use it for your assessments. Only its owner or an admin can change it.";

function unitPage(main, { unit, taxonomy, documents, canChange }) {
  const page = { unit, taxonomy, path: `/api/units/${unit.id}`, canChange, status: statusArea({ testid: "unit-status" }) };
  const header = unitHeader();
  const topics = topicsSection(page);
  const objectives = objectivesSection(page);
  const sharing = unitSharing(page);
  const draw = () => [header, topics, objectives, sharing].forEach((part) => part.draw(page.unit));
  page.reload = async (message) => {
    page.unit = await api(page.path);
    draw();
    if (message) page.status.say(message).focus();
  };
  draw();
  replaceChildren(
    main,
    header.element,
    unitActions(page),
    canChange ? null : statusMessage(READ_ONLY_NOTE, { kind: "info", role: "note", testid: "unit-read-only" }),
    page.status,
    sharing.element,
    detailsForm(page),
    topics.element,
    objectives.element,
    documentsSection(page, documents),
  );
  if (new URLSearchParams(location.search).get("created")) {
    page.status.say(`The unit ‘${unit.title}’ was created. Add its topics and learning objectives below.`);
    history.replaceState(null, "", `${UNITS_PAGE}?id=${unit.id}`);
  }
}
