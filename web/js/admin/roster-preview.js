// What a class-list import would change, as the server previewed it (POST …/pupils/import/preview): new pupils,
// pupils moving class, changed details, leavers (with the admin's choice to archive them), the unchanged, and
// rows with problems by row number. Nothing is saved until "Apply these changes" is pressed.

import { el } from "../components/html.js";

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** One part of the preview: a heading with its count, then its table or list (nothing when it is empty). */
function part(testid, title, count, body) {
  if (!count) return null;
  const headingId = `roster-${testid}-heading`;
  return el("section", { class: "roster-preview__part", "aria-labelledby": headingId, dataset: { testid: `roster-${testid}` } },
    el("h3", { id: headingId }, `${title} (${count})`), body);
}

function table(caption, headings, rows) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": caption, tabindex: "0" },
    el(
      "table",
      { class: "table" },
      el("caption", { class: "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows),
    ),
  );
}

function who(p) {
  return [p.name, el("span", { class: "muted person__detail" }, `Username: ${p.username}`)];
}

function changesCell(p) {
  return p.changes.length ? el("ul", { class: "roster-preview__changes" }, p.changes.map((c) => el("li", {}, c))) : "No other change";
}

function moveWords(p) {
  if (p.leaves.length) return `${p.leaves.join(", ")} → ${p.to_class}`;
  return p.from_classes.length ? `Joins ${p.to_class} (stays in ${p.from_classes.join(", ")})` : `Joins ${p.to_class}`;
}

/** The sentence at the top: how much would change, and that nothing is saved yet. */
function summary(preview) {
  const counts = [
    plural(preview.new.length, "new pupil", "new pupils"),
    plural(preview.moving.length, "pupil moving class", "pupils moving class"),
    plural(preview.changed.length, "pupil with changed details", "pupils with changed details"),
    plural(preview.leavers.length, "leaver", "leavers"),
    plural(preview.unchanged.length, "pupil unchanged", "pupils unchanged"),
    plural(preview.problems.length, "row with problems", "rows with problems"),
  ];
  return `Nothing is saved yet. For ${preview.academic_year}, the file gives: ${counts.join(", ")}.`;
}

/**
 * The preview, with a checkbox for archiving leavers (admins only) and the two buttons. `onApply({archiveLeavers})`
 * runs on "Apply these changes"; `onBack()` on "Change the file".
 */
export function rosterPreview(preview, { onApply, onBack }) {
  const archive = el("input", { type: "checkbox", name: "archive_leavers" });
  const apply = el("button", { type: "button", class: "button" }, "Apply these changes");
  const back = el("button", { type: "button", class: "button button--secondary" }, "Change the file");
  apply.addEventListener("click", () => onApply({ archiveLeavers: archive.checked }));
  back.addEventListener("click", () => onBack());
  return el(
    "div",
    { class: "roster-preview", dataset: { testid: "roster-preview" } },
    el("h3", { class: "roster-preview__title", tabindex: "-1" }, "What the import will change"),
    el("p", {}, summary(preview)),
    preview.new_classes.length ? el("p", {}, `New classes will be made for ${preview.academic_year}: ${preview.new_classes.join(", ")}.`) : null,
    part("new", "New pupils", preview.new.length, table("New pupils", ["Row", "Name", "Year", "Class", "UPN"],
      preview.new.map((p) => el("tr", {}, el("td", {}, String(p.row)), el("th", { scope: "row" }, p.name), el("td", {}, `Year ${p.year_group}`), el("td", {}, p.class_name), el("td", {}, p.upn || "—"))))),
    part("moving", "Pupils moving class", preview.moving.length, table("Pupils moving class", ["Pupil", "Class", "Other changes"],
      preview.moving.map((p) => el("tr", {}, el("th", { scope: "row" }, who(p)), el("td", {}, moveWords(p)), el("td", {}, changesCell(p)))))),
    part("changed", "Pupils whose details change", preview.changed.length, table("Pupils whose details change", ["Pupil", "Changes"],
      preview.changed.map((p) => el("tr", {}, el("th", { scope: "row" }, who(p)), el("td", {}, changesCell(p)))))),
    leaversPart(preview, archive),
    part("unchanged", "Pupils with nothing to change", preview.unchanged.length, el("details", {},
      el("summary", {}, `Show the ${plural(preview.unchanged.length, "pupil", "pupils")} with nothing to change`),
      el("ul", {}, preview.unchanged.map((p) => el("li", {}, `${p.name} (${p.to_class}), found by ${p.matched_by}`))))),
    part("problems", "Rows with problems: left out", preview.problems.length, [
      el("p", {}, "These rows are not imported. Fix them in the file and import it again; the rest can be applied now."),
      el("ul", { class: "import-problems" }, preview.problems.flatMap((row) => row.errors.map((message) => el("li", {}, `Row ${row.row}: ${message}`)))),
    ]),
    el("div", { class: "cluster" }, apply, back),
  );
}

function leaversPart(preview, archive) {
  const list = el("ul", {}, preview.leavers.map((p) => el("li", {}, `${p.name} (${p.username}), ${p.classes.join(", ") || "no class"}`)));
  const choice = preview.may_archive_leavers
    ? el("p", {}, el("label", { class: "choice" }, archive,
        el("span", {}, `Archive ${plural(preview.leavers.length, "this leaver", "these leavers")}: switch the accounts off. Their results are kept.`)))
    : el("p", {}, "They stay as they are. The school's admin can archive leavers.");
  return part("leavers", "Leavers: in the classes or year groups of the file, but not in it", preview.leavers.length, [
    el("p", {}, "Nothing happens to them unless you choose it below."),
    list,
    choice,
  ]);
}
