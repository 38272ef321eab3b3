// Uploading lesson documents in step 2: the files go up with a progress bar, then the report of what was read
// from each file (or why it was not used).

import { apiUpload } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { progressBar, updateProgress } from "../../components/progress.js";
import { statusArea, statusMessage } from "../../components/status.js";
import { button, describe } from "./layout.js";

/**
 * The upload form for the unit `unitId`. `onUploaded(result)` is awaited after the upload (it draws the step
 * again, with `report` set to the result); then the report takes focus. `report` is the last upload's result.
 */
export function uploadSection({ unitId, report, onUploaded }) {
  const input = el("input", { type: "file", id: "materials-files", class: "input", multiple: true, accept: ".docx,.pptx,.pdf,.zip,.html,.htm,.md,.txt" });
  const status = statusArea();
  const progressHolder = el("div");
  const uploadButton = button("Upload the files", () => upload({ unitId, input, status, progressHolder, uploadButton, onUploaded }));
  return el(
    "section",
    { "aria-labelledby": "upload-heading", class: "stack" },
    el("h3", { id: "upload-heading" }, "Upload lesson documents"),
    el(
      "div",
      { class: "field" },
      el("label", { class: "field__label", for: input.id }, "Choose files"),
      el("span", { class: "field__help", id: "materials-files-help" }, "Word (.docx), PowerPoint (.pptx), PDF, a web page (.html), text (.md, .txt), or a .zip of them. You can choose several at once."),
      input,
    ),
    el("div", { class: "cluster" }, uploadButton),
    progressHolder,
    status,
    report ? uploadReport(report) : null,
  );
}

async function upload({ unitId, input, status, progressHolder, uploadButton, onUploaded }) {
  status.clear();
  if (!input.files.length) {
    status.say("Choose one or more files first.", "warning");
    input.focus();
    return;
  }
  const form = new FormData();
  for (const file of input.files) form.append("files", file);
  const bar = progressBar({ value: 0, max: 100, label: "Uploading: 0% sent" });
  replaceChildren(progressHolder, bar);
  uploadButton.disabled = true;
  try {
    const result = await apiUpload(`/api/units/${encodeURIComponent(unitId)}/documents`, form, {
      onProgress: (fraction) => {
        const percent = Math.round(fraction * 100);
        updateProgress(bar, { value: percent, max: 100, label: percent < 100 ? `Uploading: ${percent}% sent` : "Reading the documents…" });
      },
    });
    await onUploaded(result);
    document.getElementById("upload-report")?.focus();
  } catch (error) {
    replaceChildren(progressHolder);
    status.say(describe(error), "warning");
  } finally {
    uploadButton.disabled = false;
  }
}

function uploadReport(report) {
  return el(
    "div",
    { id: "upload-report", tabindex: "-1", class: "stack", "data-testid": "upload-report" },
    statusMessage(report.message, { kind: report.refused ? "warning" : "success", role: "status" }),
    el(
      "ul",
      {},
      report.files.map((file) =>
        el("li", {}, el("span", { class: `badge ${file.status === "read" ? "badge--success" : "badge--warning"}` }, file.status === "read" ? "Read" : "Not used"), " ", `${file.filename}: ${file.detail}`),
      ),
    ),
  );
}
