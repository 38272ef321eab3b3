// Import questions from a file: choose the file, read the preview (every question with its problems, nothing
// saved yet), then "Import N questions" makes a new draft and opens it, or "Cancel" leaves everything as it was.
// The parts: import/file-step.js (choosing and reading the file), import/preview-list.js (what the file holds).

import { apiUpload } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { sayProblem, statusArea } from "../components/status.js";
import { fileStep } from "./import/file-step.js";
import { previewStep } from "./import/preview-list.js";

const LIST_PAGE = "/teacher/assessments.html";
const REVIEW_PAGE = "/teacher/review-questions.html";

startPage({
  roles: ["teacher", "admin"],
  render(main) {
    const status = statusArea({ testid: "import-status" });
    const previewArea = el("div", { class: "import-preview-area" });
    const chooser = fileStep({
      status,
      onPreview: (file, preview) => {
        const step = previewStep(preview, {
          onImport: (choice) => importFile(file, choice, status),
          onCancel: () => {
            previewArea.replaceChildren();
            chooser.reset();
            status.say("Nothing was imported. Choose another file, or go back to your assessments.", "plain");
            chooser.focus();
          },
        });
        replaceChildren(previewArea, step.element);
        step.focus();
      },
    });
    replaceChildren(
      main,
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, "Import questions"),
        el("p", { class: "cluster" }, el("a", { class: "button button--secondary", href: LIST_PAGE }, "Back to assessments")),
      ),
      el("p", {}, "Bring in questions from a file made with Export in KS3 Assessment, from a Moodle XML file, from a GIFT file made by Moodle, Canvas or another system, or from a QTI 3.0 package. You will see every question, and any problems, before anything is saved."),
      chooser.element,
      status,
      previewArea,
    );
  },
});

/** Send the file again with the chosen title and questions; open the new draft. */
async function importFile(file, { title, include }, status) {
  const data = new FormData();
  data.append("file", file);
  data.append("title", title);
  data.append("include", include.join(","));
  try {
    const result = await apiUpload("/api/assessments/import", data);
    location.assign(`${REVIEW_PAGE}?id=${result.assessment_id}`);
  } catch (error) {
    sayProblem(status, error).focus();
  }
}
