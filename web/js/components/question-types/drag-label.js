// drag_label: put labels on numbered zones of a picture. Select, then place: press a label to pick it up,
// then press a zone to put it there (a zone already holding a label swaps or sends it back). Every zone is a
// button named in words ("Zone 1: empty — choose a label to place here"), and the list beside the picture
// can take a label off again. Dragging a label onto a zone does the same, as a shortcut.

import { append, el } from "../html.js";
import { instruction, mountQuestion, newId, notify, quote, readFrom, resultMark, reviewDetails, statusLine, uid } from "./shared/dom.js";
import { numberField, repeater, section, startEditor, textField } from "./shared/editor-kit.js";
import { makeDraggable, targetAt } from "./shared/pointer-drag.js";

export const type = "drag_label";

/** Where a zone sits over the picture, as percentages (CSSOM, which the page's CSP allows). */
function zonePosition(zone) {
  const clamp = (v) => Math.max(0, Math.min(100, Number(v) || 0));
  return { left: `${clamp(zone.x)}%`, top: `${clamp(zone.y)}%`, width: `${clamp(zone.w)}%`, height: `${clamp(zone.h)}%` };
}

/** The saved placements that still make sense: known zones and labels, each label on one zone at most. */
function startingPlacements(board, answer) {
  const placements = new Map(); // zone id -> label id
  for (const [zoneId, labelId] of Object.entries(answer?.placements || {})) {
    if (board.zoneById.has(zoneId) && board.labelText.has(labelId) && ![...placements.values()].includes(labelId)) placements.set(zoneId, labelId);
  }
  return placements;
}

/** The picture with its zones, the labels, and the list of zones; restores `answer.placements`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const zones = view.drop_zones || [];
  const labels = view.labels || [];
  const board = {
    view,
    zones,
    labels,
    disabled,
    labelText: new Map(labels.map((l) => [l.id, l.text])),
    zoneById: new Map(zones.map((z) => [z.id, z])),
    picked: null, // label id being placed
    status: statusLine(),
    picture: el("div", { class: "qt-picture" }),
    bank: el("ul", { class: "qt-label-bank" }),
    zoneList: el("ul", { class: "qt-zone-list" }),
  };
  board.placements = startingPlacements(board, answer);
  const read = () => ({ placements: Object.fromEntries(zones.filter((z) => board.placements.has(z.id)).map((z) => [z.id, board.placements.get(z.id)])) });
  mountQuestion(root, type, read);
  if (disabled) root.dataset.qtDisabled = "";
  board.changed = () => notify(onChange, read);
  draw(board);

  const labelsTitle = el("h3", { class: "qt-side__title", id: uid("qt-labels") }, "Labels");
  const zonesTitle = el("h3", { class: "qt-side__title", id: uid("qt-zones") }, "Zones");
  board.bank.setAttribute("aria-labelledby", labelsTitle.id);
  board.zoneList.setAttribute("aria-labelledby", zonesTitle.id);
  append(root,
    disabled
      ? null
      : instruction(
          "Put a label on each numbered zone of the picture. Press a label to pick it up, then press the zone to place it. You can also drag a label onto a zone.",
        ),
    el(
      "div",
      { class: "qt-board" },
      el("div", { class: "qt-board__picture" }, board.picture),
      el("div", { class: "qt-board__side" }, disabled ? null : [labelsTitle, board.bank], zonesTitle, board.zoneList),
    ),
    board.status.element,
  );
}

function zoneOf(board, labelId) {
  return [...board.placements].find(([, l]) => l === labelId)?.[0] ?? null;
}

function zoneName(board, zoneId) {
  return `zone ${board.zoneById.get(zoneId).number}`;
}

function labelWords(board, labelId) {
  return quote(board.labelText.get(labelId));
}

/** Put a label on a zone. A label already there swaps places with it, or goes back to the labels. */
function place(board, labelId, zoneId) {
  const { placements } = board;
  const from = zoneOf(board, labelId);
  const previous = placements.get(zoneId);
  board.picked = null;
  if (from === zoneId) {
    board.status.say(`${labelWords(board, labelId)} is already on ${zoneName(board, zoneId)}.`);
    draw(board, { zone: zoneId });
    return;
  }
  if (from) placements.delete(from);
  placements.set(zoneId, labelId);
  let message = `Placed ${labelWords(board, labelId)} on ${zoneName(board, zoneId)}.`;
  if (previous && from) {
    placements.set(from, previous);
    message += ` ${labelWords(board, previous)} moved to ${zoneName(board, from)}.`;
  } else if (previous) {
    message += ` ${labelWords(board, previous)} went back to the labels.`;
  }
  board.status.say(message);
  draw(board, { zone: zoneId });
  board.changed();
}

function takeOff(board, zoneId, focus) {
  const labelId = board.placements.get(zoneId);
  if (!labelId) return;
  board.placements.delete(zoneId);
  if (board.picked === labelId) board.picked = null;
  board.status.say(`Took ${labelWords(board, labelId)} off ${zoneName(board, zoneId)}. It is back with the labels.`);
  draw(board, focus);
  board.changed();
}

function pressLabel(board, labelId) {
  if (board.picked === labelId) {
    board.picked = null;
    board.status.say(`Put ${labelWords(board, labelId)} down. Nothing is picked up.`);
  } else {
    board.picked = labelId;
    const from = zoneOf(board, labelId);
    board.status.say(`Picked up ${labelWords(board, labelId)}${from ? ` from ${zoneName(board, from)}` : ""}. Now choose a zone on the picture.`);
  }
  draw(board, { label: labelId });
}

function pressZone(board, zoneId) {
  if (board.picked) {
    place(board, board.picked, zoneId);
  } else if (board.placements.has(zoneId)) {
    pressLabel(board, board.placements.get(zoneId));
    draw(board, { zone: zoneId });
  } else {
    board.status.say(`Choose a label first, then choose ${zoneName(board, zoneId)}.`);
  }
}

/** Dragging a label (from the labels, or off a zone) onto a zone places it; off the picture takes it off. */
function dragToZones(board, handle, labelIdNow, { fromZone = null } = {}) {
  const { picture } = board;
  const clear = () => picture.querySelectorAll(".qt-zone--over").forEach((z) => z.classList.remove("qt-zone--over"));
  makeDraggable(handle, {
    onMove: (x, y) => {
      clear();
      targetAt(x, y, ".qt-zone")?.classList.add("qt-zone--over");
    },
    onDrop: (x, y) => {
      const target = targetAt(x, y, ".qt-zone");
      const labelId = labelIdNow();
      if (target && labelId) place(board, labelId, target.dataset.zone);
      else if (fromZone && !targetAt(x, y, ".qt-picture")) takeOff(board, fromZone);
    },
    onEnd: clear,
  });
}

function zoneButton(board, zone) {
  const labelId = board.placements.get(zone.id);
  const text = labelId ? board.labelText.get(labelId) : null;
  const button = el(
    "button",
    {
      type: "button",
      class: ["qt-zone", labelId && "qt-zone--filled", board.picked && "qt-zone--ready"],
      dataset: { zone: zone.id },
      // One name in words (hidden pieces of text would be read with odd pauses between them).
      "aria-label": `Zone ${zone.number}: ${labelId ? text : "empty — choose a label to place here"}`,
      style: zonePosition(zone),
      disabled: board.disabled,
      onClick: () => pressZone(board, zone.id),
    },
    el("span", { class: "qt-zone__number" }, String(zone.number)),
    labelId ? [" ", el("span", { class: "qt-zone__label" }, text)] : null,
  );
  if (!board.disabled && labelId) dragToZones(board, button, () => board.placements.get(zone.id), { fromZone: zone.id });
  return button;
}

function labelButton(board, label) {
  const on = zoneOf(board, label.id);
  const button = el(
    "button",
    {
      type: "button",
      class: ["qt-label", on && "qt-label--placed"],
      "aria-pressed": board.picked === label.id ? "true" : "false",
      dataset: { label: label.id },
      disabled: board.disabled,
      onClick: () => pressLabel(board, label.id),
    },
    el("span", { class: "qt-label__text" }, label.text),
    on ? el("span", { class: "qt-label__where" }, ` (on ${zoneName(board, on)})`) : null,
  );
  if (!board.disabled) dragToZones(board, button, () => label.id);
  return el("li", {}, button);
}

function zoneListItem(board, zone) {
  const labelId = board.placements.get(zone.id);
  return el(
    "li",
    { class: "qt-zone-list__item", dataset: { zone: zone.id } },
    el("span", { class: "qt-zone-list__text" }, el("strong", {}, `Zone ${zone.number}: `), labelId ? board.labelText.get(labelId) : el("span", { class: "muted" }, "empty")),
    labelId && !board.disabled
      ? el(
          "button",
          { type: "button", class: "button button--quiet button--small", dataset: { action: "take-off" }, onClick: () => takeOff(board, zone.id, { list: zone.id }) },
          "Take off",
          el("span", { class: "visually-hidden" }, ` ${labelWords(board, labelId)} from zone ${zone.number}`),
        )
      : null,
  );
}

/** Draw the picture, the labels and the list again, then put focus back where the pupil was. */
function draw(board, focus = null) {
  const { view, picture, bank, zoneList } = board;
  picture.replaceChildren(
    el("img", { class: "qt-picture__image", src: view.image, alt: view.image_alt || "The picture to label" }),
    ...board.zones.map((zone) => zoneButton(board, zone)),
  );
  bank.replaceChildren(...board.labels.map((label) => labelButton(board, label)));
  zoneList.replaceChildren(...board.zones.map((zone) => zoneListItem(board, zone)));
  if (focus?.zone) picture.querySelector(`.qt-zone[data-zone="${CSS.escape(focus.zone)}"]`)?.focus();
  if (focus?.label) bank.querySelector(`.qt-label[data-label="${CSS.escape(focus.label)}"]`)?.focus();
  if (focus?.list) {
    const row = zoneList.querySelector(`li[data-zone="${CSS.escape(focus.list)}"]`);
    (row?.querySelector("button") || picture.querySelector(`.qt-zone[data-zone="${CSS.escape(focus.list)}"]`))?.focus();
  }
}

/** { placements: { zone_id: label_id } } for the zones that have a label. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** Each labelled zone marked Right / Not yet from `details.zones`. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts } = reviewDetails(details);
  if (!parts.zones) return;
  // A zone left empty is not right yet either (the details only list the zones that have a label).
  for (const zone of view.drop_zones || []) {
    root.querySelector(`.qt-zone-list__item[data-zone="${CSS.escape(zone.id)}"]`)?.append(resultMark(Boolean(parts.zones[zone.id])));
  }
}

/** The editor's working lists: each zone with its correct label's text, and the extra labels. */
function editorZones(cfg) {
  const labelById = new Map((cfg.labels || []).map((l) => [l.id, l]));
  const zones = (cfg.drop_zones || []).map((z) => ({
    id: z.id,
    x: z.x,
    y: z.y,
    w: z.w,
    h: z.h,
    labelId: labelById.get(z.correct_label)?.id ?? z.correct_label ?? newId("l"),
    label: labelById.get(z.correct_label)?.text ?? "",
  }));
  const used = new Set(zones.map((z) => z.labelId));
  const extras = (cfg.labels || []).filter((l) => !used.has(l.id)).map((l) => ({ id: l.id, text: l.text }));
  return { zones, extras };
}

/**
 * The preview of the zones over the picture. Only an address of a kind the question accepts is loaded (not
 * every half-typed one); typing a number only moves a zone. Returns { element, draw() }.
 */
function zonePreview(cfg, zones) {
  const element = el("div", { class: "qt-picture qt-picture--preview" });
  const usable = () => /^(\/|https?:\/\/|data:image\/)/.test(cfg.image);
  let drawn = null; // what the preview shows now
  const draw = () => {
    const key = `${usable() ? cfg.image : ""}|${zones.length}`;
    const marks = [...element.querySelectorAll(".qt-zone--preview")];
    if (key === drawn) {
      zones.forEach((z, i) => marks[i] && Object.assign(marks[i].style, zonePosition(z)));
      return;
    }
    drawn = key;
    element.replaceChildren(
      usable() ? el("img", { class: "qt-picture__image", src: cfg.image, alt: "" }) : el("p", { class: "qt-editor-note" }, "Add a picture address to see the preview."),
      ...(usable()
        ? zones.map((z, i) => el("span", { class: "qt-zone qt-zone--preview", style: zonePosition(z), "aria-hidden": "true" }, el("span", { class: "qt-zone__number" }, String(i + 1))))
        : []),
    );
  };
  return { element, draw };
}

/**
 * The teacher's form: the picture (address and description), each zone with its position and its correct
 * label, and extra labels that belong nowhere. A preview shows the zones over the picture as they are typed.
 */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed: send } = startEditor(root, type, config, onChange);
  cfg.image ??= "";
  cfg.image_alt ??= "";
  const { zones, extras } = editorZones(cfg);
  const preview = zonePreview(cfg, zones);
  const changed = () => {
    cfg.drop_zones = zones.map((z) => ({ id: z.id, x: z.x, y: z.y, w: z.w, h: z.h, correct_label: z.labelId }));
    cfg.labels = [
      ...zones.map((z) => ({ id: z.labelId, text: z.label, is_distractor: false })),
      ...extras.map((x) => ({ id: x.id, text: x.text, is_distractor: true })),
    ];
    preview.draw();
    send();
  };
  const zoneList = zoneRepeater(zones, changed); // a new question gets its first zone here
  const extraList = repeater({
    legend: "Extra labels that belong nowhere (optional)",
    items: extras,
    name: "extras",
    addLabel: "Add an extra label",
    rowLegend: (i) => `Extra label ${i + 1}`,
    newItem: () => ({ id: newId("l"), text: "" }),
    onChange: changed,
    row: (extra) => textField({ label: "Text", value: extra.text, name: "text", onValue: (v) => ((extra.text = v), changed()) }),
  });
  preview.draw();
  append(root, pictureFields(cfg, changed), section("Preview", preview.element), zoneList.element, extraList.element);
}

function pictureFields(cfg, changed) {
  return [
    textField({
      label: "Picture address",
      help: "The address of an uploaded picture (it starts with /api/media/) or a web address.",
      value: cfg.image.startsWith("data:") ? "" : cfg.image,
      placeholder: cfg.image.startsWith("data:") ? "(a picture stored in the question)" : null,
      name: "image",
      onValue: (v) => {
        cfg.image = v.trim();
        changed();
      },
    }),
    textField({
      label: "Describe the picture",
      help: "For pupils who cannot see it, for example: A desktop computer with three parts marked.",
      value: cfg.image_alt,
      name: "image_alt",
      onValue: (v) => ((cfg.image_alt = v), changed()),
    }),
  ];
}

function zoneRepeater(zones, changed) {
  const number = (zone, key, label) =>
    numberField({ label, value: zone[key], min: 0, max: 100, step: 1, name: key, onValue: (v) => ((zone[key] = v), changed()) });
  return repeater({
    legend: "Zones and their correct labels",
    help: "Position and size are percentages of the picture: from the left, from the top, width and height.",
    items: zones,
    name: "drop_zones",
    min: 1,
    addLabel: "Add a zone",
    rowLegend: (i) => `Zone ${i + 1}`,
    newItem: () => ({ id: newId("z"), x: 10, y: 10, w: 20, h: 10, labelId: newId("l"), label: "" }),
    onChange: changed,
    row: (zone) => [
      textField({ label: "Correct label", value: zone.label, name: "label", onValue: (v) => ((zone.label = v), changed()) }),
      el("div", { class: "cluster qt-editor-inline" }, number(zone, "x", "From the left (%)"), number(zone, "y", "From the top (%)"), number(zone, "w", "Width (%)"), number(zone, "h", "Height (%)")),
    ],
  });
}
