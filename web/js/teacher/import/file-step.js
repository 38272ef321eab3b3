// Step 1 of an import: choose a file and read it. The server reads and checks it and saves nothing; a file it
// cannot read is refused in its own words beside the file box.

import { apiUpload, ApiError } from "../../api.js";
import { field } from "../../components/field.js";
import { el } from "../../components/html.js";

const ACCEPT = ".json,application/json,.gift,.txt,text/plain,.zip,application/zip,.xml,text/xml,application/xml";

/**
 * The file form. `onPreview(file, preview)` gets the chosen file and what the server found in it.
 * Returns { element, reset(), focus() }.
 */
export function fileStep({ status, onPreview }) {
  const file = field({
    label: "File to import",
    type: "file",
    accept: ACCEPT,
    help: "A .ks3.json file made with Export in KS3 Assessment, a Moodle XML file (.xml) from Moodle's question bank, a GIFT file (.gift or .txt) from Moodle, Canvas or another system, or a QTI 3.0 package (.zip) or single item (.xml).",
  });
  const progress = el("p", { class: "import-file__progress", role: "status", dataset: { testid: "import-progress" } });
  const submit = el("button", { type: "submit", class: "button" }, "Show what is in the file");

  async function read(event) {
    event.preventDefault();
    const chosen = file.input.files?.[0];
    file.clearError();
    status.clear();
    if (!chosen) {
      file.setError("Choose a file first.");
      file.input.focus();
      return;
    }
    if (submit.getAttribute("aria-disabled") === "true") return;
    submit.setAttribute("aria-disabled", "true");
    progress.textContent = `Reading ${chosen.name}. Each question is checked, so this can take a little while.`;
    const data = new FormData();
    data.append("file", chosen);
    try {
      const preview = await apiUpload("/api/assessments/import/preview", data);
      progress.textContent = "";
      onPreview(chosen, preview);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      progress.textContent = "";
      file.setError(error.detail);
      file.input.focus();
    } finally {
      submit.removeAttribute("aria-disabled");
    }
  }

  const element = el(
    "form",
    { class: "card import-file", novalidate: true, "aria-label": "Choose a file", onSubmit: read, dataset: { testid: "import-file-form" } },
    file.element,
    el("div", { class: "cluster" }, submit),
    progress,
  );
  return {
    element,
    reset() {
      file.input.value = "";
      file.clearError();
      progress.textContent = "";
    },
    focus: () => file.input.focus(),
  };
}
