// One pupil's access arrangements in words with a "Change arrangements" button: on the pupil's page (teachers)
// and in the admin's pupil list.

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { sayProblem, statusArea } from "../../components/status.js";
import { toast } from "../../components/toast.js";
import { askArrangements } from "./dialog.js";
import { arrangementSummary } from "./words.js";

/** Ask for a pupil's ({id, name}) arrangements and save them. Resolves with the saved record, or null. */
export async function changePupilArrangements(pupil, { status } = {}) {
  const path = `/api/pupils/${encodeURIComponent(pupil.id)}/access`;
  try {
    const now = await api(path);
    const arrangements = await askArrangements({ title: `Access arrangements for ${pupil.name}`, arrangements: now.arrangements });
    if (!arrangements) return null;
    const saved = await api(path, { method: "PUT", body: arrangements });
    toast(`${pupil.name}’s access arrangements are saved.`, { kind: "success" });
    return saved;
  } catch (error) {
    if (status) sayProblem(status, error);
    else throw error;
    return null;
  }
}

/** The pupil page's section ({id, name}). */
export function pupilAccessSection(pupil) {
  const words = el("p", { dataset: { testid: "pupil-arrangements" } }, "Loading…");
  const status = statusArea();
  const show = (record) => (words.textContent = arrangementSummary(record.arrangements));
  api(`/api/pupils/${encodeURIComponent(pupil.id)}/access`).then(show, (error) => sayProblem(status, error));
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "access-heading" },
    el("h2", { id: "access-heading" }, "Access arrangements"),
    words,
    status,
    el(
      "p",
      { class: "no-print" },
      el("button", {
        type: "button",
        class: "button button--secondary",
        onClick: async () => {
          const saved = await changePupilArrangements(pupil, { status });
          if (saved) show(saved);
        },
      }, "Change arrangements"),
    ),
  );
}
