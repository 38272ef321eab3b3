// Pieces the parts of the units pages share: their addresses, who may change a unit, and running a request
// from a button.

import { ApiError } from "../../api.js";

export const UNITS_PAGE = "/teacher/units.html";
export const WIZARD = "/teacher/create-assessment.html";

/**
 * Whether `user` may change `unit` (its details, topics, objectives and documents): its owner and admins may.
 * Every teacher may read every unit and use it for assessments. The server decides (a 403 otherwise); this
 * only keeps the page from offering what would be refused.
 */
export function canChangeUnit(unit, user) {
  return user.role === "admin" || (unit.owner_id != null && unit.owner_id === user.id);
}

/**
 * Run an API call from a button: one at a time, and any refusal said in the server's own words in `area`
 * (a status area). `controls` ({field name: field}) get the 422's per-field messages; focus goes to the first
 * of them, or else to the message.
 */
export async function guarded(button, area, work, controls = {}) {
  if (button.getAttribute("aria-disabled") === "true") return;
  button.setAttribute("aria-disabled", "true");
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const message = area.say(error.detail, "warning");
    (showFieldErrors(error, controls) || message).focus();
  } finally {
    button.removeAttribute("aria-disabled");
  }
}

/** Show a 422's `fields` beside the matching controls; returns the first control marked. */
function showFieldErrors(error, controls) {
  let first = null;
  for (const f of error.body?.fields || []) {
    const control = controls[f.field];
    if (!control) continue;
    control.setError(`This ${f.message}.`);
    first ??= control.input;
  }
  return first;
}
