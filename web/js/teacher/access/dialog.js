// The "Access arrangements" dialog: one pupil's arrangements to change, or (for several pupils at once) only the
// arrangements chosen, each of the others left as every pupil has it.

import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { openModal } from "../../components/modal.js";

const KEEP = "keep";
const yesNo = [{ value: "false", label: "No" }, { value: "true", label: "Yes" }];

// field -> [label, options ({value, label}), how the chosen value is sent]
const FIELDS = {
  extra_time_percent: ["Extra time", [0, 10, 15, 20, 25, 33, 50, 75, 100].map((n) => ({ value: String(n), label: n ? `${n}%` : "None" })), Number],
  read_aloud: ["Read aloud (the Read aloud button is the main button)", yesNo, (v) => v === "true"],
  text_size: ["Text size", ["normal", "large", "larger"].map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) })), String],
  dyslexia_font: ["Dyslexia-friendly font", yesNo, (v) => v === "true"],
  line_spacing: ["Line spacing", ["normal", "wide", "wider"].map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) })), String],
  background_tint: ["Background tint", ["none", "cream", "blue", "green", "pink", "yellow", "grey"].map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) })), String],
  reduced_motion: ["Reduced motion", yesNo, (v) => v === "true"],
  break_reminder_minutes: ["Break reminder", [null, 10, 15, 20, 30, 45, 60].map((n) => ({ value: String(n ?? ""), label: n ? `Every ${n} minutes` : "Off" })), (v) => (v ? Number(v) : null)],
};

function options(list, current, partial) {
  const value = String(current ?? "");
  const known = list.some((o) => o.value === value);
  const all = known || partial ? list : [...list, { value, label: value }]; // a value set elsewhere stays choosable
  return [...(partial ? [{ value: KEEP, label: "Leave as it is" }] : []), ...all].map((o) => ({ ...o, selected: !partial && o.value === value }));
}

/**
 * Ask for arrangements. `arrangements`: the pupil's now (one pupil), or null for several pupils, when every
 * field starts at "Leave as it is". Resolves with the arrangements (one pupil: all of them; several: only those
 * chosen), or null when cancelled.
 */
export async function askArrangements({ title, arrangements }) {
  const partial = !arrangements;
  const fields = Object.entries(FIELDS).map(([name, [label, list]]) => [
    name,
    field({ label, as: "select", name, options: options(list, arrangements?.[name], partial) }),
  ]);
  const body = el(
    "div",
    { class: "access-form" },
    partial ? el("p", {}, "Choose only what should change. Everything left as it is stays as each pupil has it.") : null,
    el("div", { class: "access-form__fields" }, fields.map(([, f]) => f.element)),
  );
  const choice = await openModal({
    title,
    body,
    actions: [
      { label: "Cancel", value: "cancel", kind: "secondary" },
      { label: "Save arrangements", value: "save", kind: "primary" },
    ],
  });
  if (choice !== "save") return null;
  const result = {};
  for (const [name, f] of fields) {
    if (f.input.value !== KEEP) result[name] = FIELDS[name][2](f.input.value);
  }
  return result;
}
