// Sharing with the department on the review page: the notes (shared by a colleague; shared by you, and how;
// copied from another assessment) and the owner's Share / Stop sharing button. Colleagues see a shared
// assessment read-only: its questions, Preview, Print, Export and "Duplicate into my assessments" — never its
// classes or pupils' results (the server leaves them out).

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";
import { whenWords } from "./labels.js";

const UNITS_PAGE = "/teacher/units.html";

/** The line a colleague reads at the top of someone else's shared assessment. */
export function sharedByWords(a) {
  return `Shared by ${a.sharing.shared_by_name || "a colleague"}. You can preview it or make your own copy.`;
}

function ownerNote(a) {
  const s = a.sharing;
  if (!s.shared) return null;
  const since = s.shared_at ? ` since ${whenWords(s.shared_at)}` : "";
  const words = [`Shared with the department${since}. Colleagues can read, preview, print and copy it. They never see your classes or pupils' results.`];
  if (s.through_unit_id) {
    words.push(
      " It is shared because its unit ‘",
      el("a", { href: `${UNITS_PAGE}?id=${s.through_unit_id}` }, s.through_unit_title),
      "’ is shared.",
      s.directly ? null : " To stop sharing it, stop sharing the unit.",
    );
  }
  return statusMessage(words, { kind: "info", testid: "sharing-note" });
}

/** The notes about sharing and copying for assessment `a` (null when there is nothing to say). */
export function sharingNotes(a) {
  const notes = [
    !a.can_see_results ? statusMessage(sharedByWords(a), { kind: "info", testid: "shared-by" }) : a.can_edit ? ownerNote(a) : null,
    a.copied_from
      ? statusMessage(`Copied from ‘${a.copied_from.title}’${a.copied_from.owner_name ? ` by ${a.copied_from.owner_name}` : ""}.`, { kind: "plain", testid: "copied-from" })
      : null,
  ].filter(Boolean);
  return notes.length ? notes : null;
}

/**
 * "Share with the department" or "Stop sharing", for the owner (and admins). `act(button, work)` runs the request
 * as the page's other actions do; `onUpdated(saved, message)` gets the assessment as it is now.
 */
export function shareButton(a, { act, onUpdated }) {
  if (!a.can_edit) return null;
  const stopping = a.sharing.directly;
  const button = el("button", { type: "button", class: "button button--secondary", dataset: { testid: "share-button" } },
    stopping ? "Stop sharing with the department" : "Share with the department");
  button.addEventListener("click", () =>
    act(button, async () => {
      const state = await api(`/api/assessments/${a.id}/share`, { method: stopping ? "DELETE" : "POST" });
      const saved = await api(`/api/assessments/${a.id}`);
      const message = !stopping
        ? "Shared with the department. Colleagues can now read, preview and copy it."
        : state.shared
          ? `It is no longer shared on its own, but it is still shared because its unit ‘${state.through_unit_title}’ is shared.`
          : "It is no longer shared. Copies colleagues already made stay theirs.";
      onUpdated(saved, message);
    }),
  );
  return button;
}
