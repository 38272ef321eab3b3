// Sharing a unit with the department (its owner's assessments in it, now and later): the note saying whether it
// is shared, and for its owner (and admins) the Share / Stop sharing button. Colleagues then find those
// assessments under "Shared by colleagues" on the assessments page.

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";
import { whenWords } from "../review/labels.js";
import { guarded } from "./shared.js";

function noteWords(unit) {
  const s = unit.sharing;
  if (!s.shared) return "This unit is not shared with the department.";
  const since = s.shared_at ? ` on ${whenWords(s.shared_at)}` : "";
  return `Shared with the department by ${s.shared_by_name || "its owner"}${since}. Every assessment its owner makes in this unit can be read, previewed and copied by colleagues. They never see classes or pupils' results.`;
}

/** The unit's sharing part; `draw(unit)` fills it in again after every change. Returns { element, draw }. */
export function unitSharing(page) {
  const element = el("section", { class: "units-sharing", "aria-labelledby": "unit-sharing-heading", dataset: { testid: "unit-sharing" } });
  const draw = (unit) => {
    const stopping = unit.sharing.shared;
    const button = page.canChange
      ? el("button", { type: "button", class: "button button--secondary", dataset: { testid: "unit-share-button" } }, stopping ? "Stop sharing this unit" : "Share this unit with the department")
      : null;
    button?.addEventListener("click", () =>
      guarded(button, page.status, async () => {
        await api(`${page.path}/share`, { method: stopping ? "DELETE" : "POST" });
        await page.reload(stopping ? "The unit is no longer shared. Copies colleagues already made stay theirs." : "The unit is shared with the department.");
      }),
    );
    replaceChildren(
      element,
      el("h2", { id: "unit-sharing-heading" }, "Sharing with the department"),
      statusMessage(noteWords(unit), { kind: unit.sharing.shared ? "info" : "plain", testid: "unit-sharing-note" }),
      button ? el("div", { class: "cluster" }, button) : null,
    );
  };
  return { element, draw };
}
