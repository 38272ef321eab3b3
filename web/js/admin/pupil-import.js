// Importing pupils from a CSV (first name, last name, year, class): choose a file or paste the rows, press
// Import. The import is all or nothing: when any row has a problem, nothing is imported and every problem is
// listed by row ("Row 3: the first name is empty") so the file can be fixed and imported again.
// Used by the admin's pupils page and by a teacher's class page (which imports into that one class).

import { api, ApiError } from "../api.js";
import { el } from "../components/html.js";
import { statusArea, statusMessage } from "../components/status.js";

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

function arrangementHelp() {
  return el(
    "details",
    { class: "pupil-import__arrangements" },
    el("summary", {}, "Access arrangements (optional columns)"),
    el("p", {}, "With a header row, you can add any of these columns. A blank cell means the usual setting."),
    el("ul", {}, ARRANGEMENT_COLUMNS.map(([name, values]) => el("li", {}, el("strong", {}, name), `: ${values}`))),
  );
}

/**
 * The import form. `endpoint` is the API path that takes {csv}; `onImported(result)` receives
 * {count, created: [credentials]} after a successful import. `classHelp` says which classes the rows may name.
 */
export function pupilImportForm({ endpoint, onImported, classHelp }) {
  const id = `pupil-import-${++counter}`;
  const status = statusArea({ testid: "import-status" });
  status.id = `${id}-status`;
  const file = el("input", { type: "file", id: `${id}-file`, class: "input", accept: ".csv,text/csv,text/plain", "aria-describedby": `${id}-file-help` });
  const pasted = el("textarea", {
    id: `${id}-text`,
    class: "textarea textarea--code",
    rows: "6",
    spellcheck: "false",
    "aria-describedby": `${id}-text-help`,
  });
  const submit = el("button", { type: "submit", class: "button" }, "Import pupils");
  const form = el(
    "form",
    { class: "pupil-import", novalidate: true, "aria-describedby": `${id}-about` },
    el(
      "p",
      { id: `${id}-about` },
      "One pupil per row, with the columns first name, last name, year (7, 8 or 9) and class. A header row with those names is " +
        "optional. Each pupil gets a username and a simple password, shown once on login cards. ",
      classHelp || "",
    ),
    arrangementHelp(),
    el(
      "div",
      { class: "field" },
      el("label", { class: "field__label", for: file.id }, "CSV file"),
      el("span", { class: "field__help", id: `${id}-file-help` }, "A .csv file saved from a spreadsheet."),
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
    status,
  );
  const parts = { form, file, pasted, submit, status, endpoint, onImported, busy: false };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    importRows(parts);
  });
  return form;
}

/** Send the rows (from the file, else the box); all are imported, or none and every problem is listed. */
async function importRows(parts) {
  const { form, file, pasted, submit, status } = parts;
  if (parts.busy) return;
  let text = pasted.value;
  if (file.files.length) text = await file.files[0].text();
  if (!text.trim()) {
    status.say("Choose a CSV file or paste the rows, then press Import pupils.", "warning");
    return;
  }
  parts.busy = true;
  submit.setAttribute("aria-disabled", "true");
  status.replaceChildren(el("p", { class: "loading" }, "Importing…"));
  try {
    const result = await api(parts.endpoint, { method: "POST", body: { csv: text } });
    status.say(`${result.count} ${result.count === 1 ? "pupil" : "pupils"} imported. Their login cards are below.`, "success");
    form.reset();
    await parts.onImported(result);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    status.replaceChildren(problemReport(error));
  } finally {
    parts.busy = false;
    submit.removeAttribute("aria-disabled");
  }
}

/** The server's message and, for a file with bad rows, every problem by row number. */
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
