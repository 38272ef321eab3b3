// The live view's table, one row per pupil, updated in place: a refresh changes only the cells whose words
// changed and moves only the rows whose place changed, so nothing flashes, the page does not scroll under the
// teacher, and keyboard focus stays where it was (on a row's "Mark as seen", say).

import { el } from "../../components/html.js";
import { clock, questionWords, reasonWords, statusWords, timeUsedWords } from "./words.js";

const COLUMNS = [
  ["Pupil", ""],
  ["May need help", ""],
  ["Status", ""],
  ["Answered", "number"],
  ["On question", ""],
  ["Time used", ""],
  ["Hints", "number"],
  ["Tries", "number"],
  ["Last activity", ""],
];

/**
 * The table. `onSeen(pupil)` runs when "Mark as seen" is pressed on a pupil's help request (a Promise).
 * Returns { element, update(pupils), focusRow(pupilId) }.
 */
export function pupilRows({ caption, onSeen }) {
  const tbody = el("tbody", {});
  const rows = new Map(); // pupil id -> { tr, cells, said }
  const table = el(
    "table",
    { class: "table live-table", dataset: { testid: "live-table" } },
    el("caption", { class: "visually-hidden" }, caption),
    el("thead", {}, el("tr", {}, COLUMNS.map(([label, kind]) => el("th", { scope: "col", class: kind || null }, label)))),
    tbody,
  );
  const wrap = el("div", { class: "table-wrap", role: "region", "aria-label": caption, tabindex: "0" }, table);
  return {
    element: wrap,
    update(pupils) {
      keepingPlace(wrap, () => {
        const wanted = pupils.map((pupil) => drawRow(rows, pupil, onSeen));
        for (const [id, row] of rows) {
          if (!pupils.some((p) => p.pupil_id === id)) {
            row.tr.remove();
            rows.delete(id);
          }
        }
        wanted.forEach((tr, index) => {
          if (tbody.children[index] !== tr) tbody.insertBefore(tr, tbody.children[index] ?? null);
        });
      });
    },
    focusRow(pupilId) {
      rows.get(pupilId)?.cells[0].focus();
    },
  };
}

/** Run `change` and put back the scroll positions and the focus it may have disturbed (moving a row blurs it). */
function keepingPlace(wrap, change) {
  const focused = document.activeElement;
  const { scrollX, scrollY } = window;
  const across = wrap.scrollLeft;
  change();
  if (focused && focused !== document.body && focused.isConnected && document.activeElement !== focused) {
    focused.focus({ preventScroll: true });
  }
  window.scrollTo(scrollX, scrollY);
  wrap.scrollLeft = across;
}

/** The pupil's row, made the first time and afterwards changed only where its words changed. */
function drawRow(rows, pupil, onSeen) {
  let row = rows.get(pupil.pupil_id);
  if (!row) {
    const cells = [el("th", { scope: "row", tabindex: "-1" }), ...COLUMNS.slice(1).map(([, kind]) => el("td", { class: kind || null }))];
    row = { tr: el("tr", { dataset: { pupilId: pupil.pupil_id, testid: "live-row" } }, cells), cells, said: [] };
    rows.set(pupil.pupil_id, row);
  }
  const reasons = pupil.needs_help_reasons.map(reasonWords);
  const values = [
    pupil.name,
    JSON.stringify([reasons, pupil.help_request?.id ?? null]),
    statusWords(pupil.status),
    `${pupil.answered} of ${pupil.question_count}`,
    questionWords(pupil.current_question),
    timeUsedWords(pupil.time_used_seconds),
    String(pupil.hints_used),
    String(pupil.tries),
    pupil.last_activity_at ? clock(pupil.last_activity_at) : "—",
  ];
  values.forEach((value, index) => {
    if (row.said[index] === value) return;
    row.said[index] = value;
    if (index === 1) row.cells[1].replaceChildren(...needsHelpCell(pupil, reasons, onSeen));
    else row.cells[index].textContent = value;
  });
  // Not having started yet is listed, but only the reasons that need the teacher now are tinted.
  row.tr.classList.toggle("live-row--needs-help", pupil.needs_help_reasons.some((r) => r.kind !== "not_started"));
  row.tr.classList.toggle("live-row--asked", Boolean(pupil.help_request));
  return row.tr;
}

function needsHelpCell(pupil, reasons, onSeen) {
  if (!reasons.length) return [el("span", { class: "muted" }, "—")];
  const list = el("ul", { class: "live-reasons", dataset: { testid: "live-reasons" } }, reasons.map((words) => el("li", {}, words)));
  if (!pupil.help_request) return [list];
  const button = el(
    "button",
    { type: "button", class: "button button--small button--secondary", dataset: { testid: "mark-seen" } },
    "Mark as seen",
    el("span", { class: "visually-hidden" }, `: ${pupil.name}’s request for help`),
  );
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    try {
      await onSeen(pupil);
    } finally {
      button.removeAttribute("aria-disabled");
    }
  });
  return [list, button];
}
