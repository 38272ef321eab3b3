// Importing a class list from a CSV (first name, last name, year, class; or a school information system's export
// with UPN, Adno, Legal Surname, Preferred Forename, Reg Group, NC Year, …) in two steps: "Preview the changes"
// shows what would change and saves nothing (roster-preview.js); "Apply these changes" applies exactly that
// preview. If the school changed in between, the server refuses and sends the new preview, which is shown.
// Used by the admin's pupils page and by a teacher's class page (which imports into that one class).

import { api, ApiError } from "../api.js";
import { el } from "../components/html.js";
import { statusArea, statusMessage } from "../components/status.js";
import { rosterPreview } from "./roster-preview.js";

let counter = 0;

const EXAMPLE = "first name,last name,year,class\nAmelia,Smith,7,7A\nNoah,Jones,7,7A";

// The optional access-arrangement columns (read by app/services/accounts/access_csv.py), as the form explains them.
const ARRANGEMENT_COLUMNS = [
  ["extra time", "a percentage, for example 25%"],
  ["read aloud", "yes or no"],
  ["text size", "normal, large or larger"],
  ["dyslexia font", "yes or no"],
  ["line spacing", "normal, wide or wider"],
  ["background tint", "none, cream, blue, green, pink, yellow or grey"],
  ["reduced motion", "yes or no"],
  ["break reminder", "minutes between reminders (5 to 120), or no"],
];

function columnsHelp() {
  return [
    el(
      "details",
      { class: "pupil-import__arrangements" },
      el("summary", {}, "Exports from the school's information system (SIMS, Arbor, Bromcom)"),
      el("p", {}, "Export with a header row. These headings are recognised, in any case and with any spacing: " +
        "UPN; Adno or Admission Number; Legal Surname or Surname; Forename, Legal Forename or Preferred Forename (the preferred one is shown); " +
        "Reg Group, Registration Group or Class; Year, NC Year or Year Group (7, Year 7 or Y7); Email or School Email. Other columns are left alone."),
      el("p", {}, "Pupils are found by their UPN, else their admission number, else the same name in the same class."),
    ),
    el(
      "details",
      { class: "pupil-import__arrangements" },
      el("summary", {}, "Access arrangements (optional columns)"),
      el("p", {}, "With a header row, you can add any of these columns. A blank cell means the usual setting."),
      el("ul", {}, ARRANGEMENT_COLUMNS.map(([name, values]) => el("li", {}, el("strong", {}, name), `: ${values}`))),
    ),
  ];
}

/**
 * The import form. `endpoint` is the API path that applies {csv, plan_hash, archive_leavers} (its preview is at
 * `${endpoint}/preview`); `onImported(result)` receives the result ({count, created: [credentials], message, …})
 * after the changes are applied. `classHelp` says which classes the rows may name.
 */
export function pupilImportForm({ endpoint, onImported, classHelp }) {
  const id = `pupil-import-${++counter}`;
  const status = statusArea({ testid: "import-status" });
  status.id = `${id}-status`;
  const file = el("input", { type: "file", id: `${id}-file`, class: "input", accept: ".csv,.tsv,.txt,text/csv,text/plain", "aria-describedby": `${id}-file-help` });
  const pasted = el("textarea", { id: `${id}-text`, class: "textarea textarea--code", rows: "6", spellcheck: "false", "aria-describedby": `${id}-text-help` });
  const submit = el("button", { type: "submit", class: "button" }, "Preview the changes");
  const previewHost = el("div", { class: "roster-preview-host" });
  const form = el(
    "form",
    { class: "pupil-import", novalidate: true, "aria-describedby": `${id}-about` },
    el(
      "p",
      { id: `${id}-about` },
      "One pupil per row, with the columns first name, last name, year (7, 8 or 9) and class. A header row with those names is " +
        "optional. Importing the list again updates it: you see every change before anything is saved. New pupils get a username and a " +
        "simple password, shown once on login cards. ",
      classHelp || "",
    ),
    columnsHelp(),
    el(
      "div",
      { class: "field" },
      el("label", { class: "field__label", for: file.id }, "CSV file"),
      el("span", { class: "field__help", id: `${id}-file-help` }, "A .csv file saved from a spreadsheet or exported from the school's information system."),
      file,
    ),
    el(
      "div",
      { class: "field" },
      el("label", { class: "field__label", for: pasted.id }, "Or paste the rows here"),
      el("span", { class: "field__help pupil-import__example", id: `${id}-text-help` }, `For example:\n${EXAMPLE}`),
      pasted,
    ),
    submit,
  );
  const parts = { form, file, pasted, submit, status, previewHost, endpoint, onImported, busy: false, text: "" };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    previewRows(parts);
  });
  return el("div", {}, form, status, previewHost);
}

/** Run `work` unless something is already running, with the button marked busy and a loading line. */
async function busy(parts, button, words, work) {
  if (parts.busy) return;
  parts.busy = true;
  button.setAttribute("aria-disabled", "true");
  parts.status.replaceChildren(el("p", { class: "loading" }, words));
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    parts.status.replaceChildren(problemReport(error));
  } finally {
    parts.busy = false;
    button.removeAttribute("aria-disabled");
  }
}

/** Step 1: send the rows (from the file, else the box) for a preview; nothing is saved. */
async function previewRows(parts) {
  let text = parts.pasted.value;
  if (parts.file.files.length) text = await parts.file.files[0].text();
  if (!text.trim()) {
    parts.status.say("Choose a CSV file or paste the rows, then press Preview the changes.", "warning");
    return;
  }
  await busy(parts, parts.submit, "Reading the file…", async () => {
    const preview = await api(`${parts.endpoint}/preview`, { method: "POST", body: { csv: text } });
    parts.text = text;
    parts.status.clear();
    showPreview(parts, preview);
  });
}

function showPreview(parts, preview) {
  const shown = rosterPreview(preview, {
    onApply: ({ archiveLeavers }) => applyPreview(parts, preview, archiveLeavers, shown),
    onBack: () => {
      parts.previewHost.replaceChildren();
      parts.form.hidden = false;
      parts.pasted.focus();
    },
  });
  parts.form.hidden = true;
  parts.previewHost.replaceChildren(shown);
  shown.querySelector(".roster-preview__title").focus();
}

/** Step 2: apply exactly the preview shown. A plan that changed since is refused with the new preview. */
async function applyPreview(parts, preview, archiveLeavers, shown) {
  const button = shown.querySelector(".cluster .button");
  await busy(parts, button, "Saving the changes…", async () => {
    try {
      const result = await api(parts.endpoint, {
        method: "POST",
        body: { csv: parts.text, plan_hash: preview.plan_hash, archive_leavers: archiveLeavers },
      });
      parts.previewHost.replaceChildren();
      parts.form.hidden = false;
      parts.form.reset();
      parts.status.say(result.count ? `${result.message} The new pupils' login cards are below.` : result.message, "success");
      await parts.onImported(result);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body?.preview) {
        showPreview(parts, error.body.preview);
        parts.status.say(error.detail, "warning");
        return;
      }
      throw error;
    }
  });
}

/** The server's message and, for a file that cannot be read, the row it stopped at. */
function problemReport(error) {
  const rows = Array.isArray(error.body?.rows) ? error.body.rows : [];
  return statusMessage(
    [
      el("p", {}, error.detail),
      rows.length
        ? el("ul", { class: "import-problems" }, rows.flatMap((row) => row.errors.map((message) => el("li", {}, `Row ${row.row}: ${message}`))))
        : null,
    ],
    { kind: "warning", testid: "import-problems", blocks: true },
  );
}
