// Admin: the new school year. The server previews the move (GET /api/admin/new-year): next year's class for each
// of this year's (7A becomes 8A; a name with no year number needs one typed), Year 9 pupils who finish KS3, and the
// pupils moving up, any of whom the admin can mark as leaving. "Start the new school year" applies exactly that
// preview (its plan_hash); last year's classes and results stay, read-only. It can be done once a year.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog } from "../components/modal.js";
import { statusArea, statusMessage } from "../components/status.js";
import { adminNav } from "./admin-nav.js";

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const page = { status: statusArea({ testid: "new-year-status" }), body: el("div", {}) };
    replaceChildren(
      main,
      adminNav(user),
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, "Start the new school year"),
        el("p", { class: "page__lead" }, "Every class moves up a year with its teachers and pupils. Year 9 pupils and pupils leaving the school are archived: their accounts are switched off and their results are kept. Last year's classes can still be read, but not changed."),
      ),
      page.status,
      page.body,
    );
    show(page, await api("/api/admin/new-year"));
  },
});

function show(page, plan) {
  const choices = { names: new Map(), leaving: new Map() };
  page.body.replaceChildren(
    plan.last_move ? statusMessage(plan.last_move, { kind: "info", testid: "last-move" }) : "",
    plan.blocked
      ? statusMessage(plan.blocked, { kind: "plain", testid: "new-year-blocked" })
      : el(
          "div",
          { dataset: { testid: "new-year-plan" } },
          el("p", {}, `The school moves from ${plan.from_year} to ${plan.to_year}. Nothing changes until you press the button at the end of this page.`),
          classesSection(plan, choices),
          finishingSection(plan),
          movingUpSection(plan, choices),
          applySection(page, plan, choices),
        ),
  );
}

function classesSection(plan, choices) {
  const rows = plan.classes.map((c) => {
    let next;
    if (c.continues) {
      const input = el("input", { class: "input", type: "text", value: c.next_name ?? "", maxlength: "50", autocomplete: "off", "aria-label": `Next year's name for ${c.name}` });
      choices.names.set(c.class_id, { input, proposed: c.next_name, name: c.name });
      next = [input, c.next_name ? null : el("span", { class: "field__help" }, "This name has no year number to move up: type next year's name.")];
    } else {
      next = "Ends: its Year 9 pupils finish KS3";
    }
    return el(
      "tr",
      { dataset: { class: c.name } },
      el("th", { scope: "row" }, c.name, el("span", { class: "muted person__detail" }, `Year ${c.year_group}`)),
      el("td", {}, c.teachers.join(", ") || "No teacher"),
      el("td", { class: "number" }, String(c.pupil_count)),
      el("td", {}, next),
    );
  });
  return section("classes", `Next year's classes (${plan.to_year})`, [
    el("p", {}, "Each class keeps its teachers and pupils. Check each new name; change any you want."),
    table(`This year's classes and next year's names`, ["This year's class", "Teachers", "Pupils", "Next year's name"], rows),
  ]);
}

function finishingSection(plan) {
  if (!plan.finishing_ks3.length) return null;
  return section("finishing", `Pupils finishing Year 9 (${plan.finishing_ks3.length})`, [
    el("p", {}, "Year 9 is the last KS3 year. These pupils are archived: their accounts are switched off and their results are kept."),
    el("ul", {}, plan.finishing_ks3.map((p) => el("li", {}, `${p.name} (${p.classes.join(", ")})`))),
  ]);
}

function movingUpSection(plan, choices) {
  if (!plan.moving_up.length) return null;
  const rows = plan.moving_up.map((p) => {
    const box = el("input", { type: "checkbox" });
    choices.leaving.set(p.pupil_id, box);
    return el(
      "tr",
      { dataset: { pupil: p.username } },
      el("th", { scope: "row" }, p.name, el("span", { class: "muted person__detail" }, `Username: ${p.username}`)),
      el("td", {}, `Year ${p.year_group} → Year ${p.year_group + 1}`),
      el("td", {}, p.classes.join(", ")),
      el("td", {}, el("label", { class: "choice" }, box, el("span", {}, "Leaving the school", el("span", { class: "visually-hidden" }, `: ${p.name}`)))),
    );
  });
  return section("moving-up", `Pupils moving up (${plan.moving_up.length})`, [
    el("p", {}, "Tick any pupil who is leaving the school instead: they are archived with the Year 9 pupils."),
    table("Pupils moving up", ["Pupil", "Year", "Classes", "Leaving?"], rows),
  ]);
}

function applySection(page, plan, choices) {
  const button = el("button", { type: "button", class: "button" }, `Start ${plan.to_year}`);
  let busy = false;
  button.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    button.setAttribute("aria-disabled", "true");
    try {
      await startYear(page, plan, choices);
    } finally {
      busy = false;
      if (button.isConnected) button.removeAttribute("aria-disabled");
    }
  });
  return section("apply", "Start the new school year", [
    el("p", {}, "This can be done once a year. Last year's classes are kept to read: no new pupils, teachers, assessments or attempts."),
    button,
  ]);
}

/** The names typed (only those that differ from the proposal) and the pupils ticked as leaving. */
function chosen(choices) {
  const names = {};
  const missing = [];
  for (const [id, { input, proposed, name }] of choices.names) {
    const typed = input.value.trim();
    if (!typed) missing.push({ input, name });
    else if (typed !== proposed) names[id] = typed;
  }
  const leaving = [...choices.leaving].filter(([, box]) => box.checked).map(([id]) => id);
  return { names, leaving, missing };
}

async function startYear(page, plan, choices) {
  const { names, leaving, missing } = chosen(choices);
  if (missing.length) {
    page.status.say(`Type next year's name for ${missing.map((m) => m.name).join(", ")}.`, "warning");
    missing[0].input.focus();
    return;
  }
  const archived = plan.finishing_ks3.length + leaving.length;
  const sure = await confirmDialog({
    title: `Start ${plan.to_year}?`,
    message: `Every class moves up a year and ${archived} ${archived === 1 ? "pupil is" : "pupils are"} archived. ${plan.from_year}'s classes become read-only. This can be done once a year.`,
    confirmLabel: `Start ${plan.to_year}`,
  });
  if (!sure) return;
  try {
    const result = await api("/api/admin/new-year", { method: "POST", body: { from_year: plan.from_year, plan_hash: plan.plan_hash, names, leaving } });
    show(page, await api("/api/admin/new-year"));
    page.status.say(result.message, "success").focus();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 409 && error.body?.preview) show(page, error.body.preview);
    page.status.say(error.detail, "warning").focus();
  }
}

function section(testid, title, children) {
  const headingId = `new-year-${testid}-heading`;
  return el("section", { class: "results-section", "aria-labelledby": headingId, dataset: { testid: `new-year-${testid}` } }, el("h2", { id: headingId }, title), children);
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
