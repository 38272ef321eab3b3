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

/** The picture with its zones, the labels, and the list of zones; restores `answer.placements`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const zones = view.drop_zones || [];
  const labels = view.labels || [];
  const labelText = new Map(labels.map((l) => [l.id, l.text]));
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  const placements = new Map(); // zone id -> label id
  for (const [zoneId, labelId] of Object.entries(answer?.placements || {})) {
    if (zoneById.has(zoneId) && labelText.has(labelId) && ![...placements.values()].includes(labelId)) placements.set(zoneId, labelId);
  }
  let picked = null; // label id being placed
  const read = () => ({ placements: Object.fromEntries(zones.filter((z) => placements.has(z.id)).map((z) => [z.id, placements.get(z.id)])) });
  mountQuestion(root, type, read);
  if (disabled) root.dataset.qtDisabled = "";
  const status = statusLine();
  const zoneOf = (labelId) => [...placements].find(([, l]) => l === labelId)?.[0] ?? null;
  const zoneName = (zoneId) => `zone ${zoneById.get(zoneId).number}`;

  const picture = el("div", { class: "qt-picture" });
  const bank = el("ul", { class: "qt-label-bank" });
  const zoneList = el("ul", { class: "qt-zone-list" });

  function place(labelId, zoneId) {
    const from = zoneOf(labelId);
    const previous = placements.get(zoneId);
    if (from === zoneId) {
      picked = null;
      status.say(`${quote(labelText.get(labelId))} is already on ${zoneName(zoneId)}.`);
      draw({ zone: zoneId });
      return;
    }
    if (from) placements.delete(from);
    placements.set(zoneId, labelId);
    let message = `Placed ${quote(labelText.get(labelId))} on ${zoneName(zoneId)}.`;
    if (previous) {
      if (from) {
        placements.set(from, previous);
        message += ` ${quote(labelText.get(previous))} moved to ${zoneName(from)}.`;
      } else {
        message += ` ${quote(labelText.get(previous))} went back to the labels.`;
      }
    }
    picked = null;
    status.say(message);
    draw({ zone: zoneId });
    notify(onChange, read);
  }

  function takeOff(zoneId, focus) {
    const labelId = placements.get(zoneId);
    if (!labelId) return;
    placements.delete(zoneId);
    if (picked === labelId) picked = null;
    status.say(`Took ${quote(labelText.get(labelId))} off ${zoneName(zoneId)}. It is back with the labels.`);
    draw(focus);
    notify(onChange, read);
  }

  function pressLabel(labelId) {
    if (picked === labelId) {
      picked = null;
      status.say(`Put ${quote(labelText.get(labelId))} down. Nothing is picked up.`);
    } else {
      picked = labelId;
      const from = zoneOf(labelId);
      status.say(`Picked up ${quote(labelText.get(labelId))}${from ? ` from ${zoneName(from)}` : ""}. Now choose a zone on the picture.`);
    }
    draw({ label: labelId });
  }

  function pressZone(zoneId) {
    if (picked) {
      place(picked, zoneId);
    } else if (placements.has(zoneId)) {
      pressLabel(placements.get(zoneId));
      draw({ zone: zoneId });
    } else {
      status.say(`Choose a label first, then choose ${zoneName(zoneId)}.`);
    }
  }

  function zoneButton(zone) {
    const labelId = placements.get(zone.id);
    const button = el(
      "button",
      {
        type: "button",
        class: ["qt-zone", labelId && "qt-zone--filled", picked && "qt-zone--ready"],
        dataset: { zone: zone.id },
        // One name in words (hidden pieces of text would be read with odd pauses between them).
        "aria-label": `Zone ${zone.number}: ${labelId ? labelText.get(labelId) : "empty — choose a label to place here"}`,
        style: zonePosition(zone),
        disabled,
        onClick: () => pressZone(zone.id),
      },
      el("span", { class: "qt-zone__number" }, String(zone.number)),
      labelId ? [" ", el("span", { class: "qt-zone__label" }, labelText.get(labelId))] : null,
    );
    if (!disabled && labelId) dragToZones(button, () => placements.get(zone.id), { fromZone: zone.id });
    return button;
  }

  function dragToZones(handle, labelIdNow, { fromZone = null } = {}) {
    let over = null;
    const clear = () => picture.querySelectorAll(".qt-zone--over").forEach((z) => z.classList.remove("qt-zone--over"));
    makeDraggable(handle, {
      onMove: (x, y) => {
        clear();
        over = targetAt(x, y, ".qt-zone");
        over?.classList.add("qt-zone--over");
      },
      onDrop: (x, y) => {
        const target = targetAt(x, y, ".qt-zone");
        const labelId = labelIdNow();
        if (target && labelId) place(labelId, target.dataset.zone);
        else if (fromZone && !targetAt(x, y, ".qt-picture")) takeOff(fromZone);
      },
      onEnd: clear,
    });
  }

  function draw(focus = null) {
    picture.replaceChildren(
      el("img", { class: "qt-picture__image", src: view.image, alt: view.image_alt || "The picture to label" }),
      ...zones.map(zoneButton),
    );
    bank.replaceChildren(
      ...labels.map((label) => {
        const on = zoneOf(label.id);
        const button = el(
          "button",
          {
            type: "button",
            class: ["qt-label", on && "qt-label--placed"],
            "aria-pressed": picked === label.id ? "true" : "false",
            dataset: { label: label.id },
            disabled,
            onClick: () => pressLabel(label.id),
          },
          el("span", { class: "qt-label__text" }, label.text),
          on ? el("span", { class: "qt-label__where" }, ` (on ${zoneName(on)})`) : null,
        );
        if (!disabled) dragToZones(button, () => label.id);
        return el("li", {}, button);
      }),
    );
    zoneList.replaceChildren(
      ...zones.map((zone) => {
        const labelId = placements.get(zone.id);
        return el(
          "li",
          { class: "qt-zone-list__item", dataset: { zone: zone.id } },
          el("span", { class: "qt-zone-list__text" }, el("strong", {}, `Zone ${zone.number}: `), labelId ? labelText.get(labelId) : el("span", { class: "muted" }, "empty")),
          labelId && !disabled
            ? el(
                "button",
                { type: "button", class: "button button--quiet button--small", dataset: { action: "take-off" }, onClick: () => takeOff(zone.id, { list: zone.id }) },
                "Take off",
                el("span", { class: "visually-hidden" }, ` ${quote(labelText.get(labelId))} from zone ${zone.number}`),
              )
            : null,
        );
      }),
    );
    if (focus?.zone) picture.querySelector(`.qt-zone[data-zone="${CSS.escape(focus.zone)}"]`)?.focus();
    if (focus?.label) bank.querySelector(`.qt-label[data-label="${CSS.escape(focus.label)}"]`)?.focus();
    if (focus?.list) {
      const row = zoneList.querySelector(`li[data-zone="${CSS.escape(focus.list)}"]`);
      (row?.querySelector("button") || picture.querySelector(`.qt-zone[data-zone="${CSS.escape(focus.list)}"]`))?.focus();
    }
  }
  draw();

  const labelsTitle = el("h3", { class: "qt-side__title", id: uid("qt-labels") }, "Labels");
  const zonesTitle = el("h3", { class: "qt-side__title", id: uid("qt-zones") }, "Zones");
  bank.setAttribute("aria-labelledby", labelsTitle.id);
  zoneList.setAttribute("aria-labelledby", zonesTitle.id);
  append(root, 
    disabled
      ? null
      : instruction(
          "Put a label on each numbered zone of the picture. Press a label to pick it up, then press the zone to place it. You can also drag a label onto a zone.",
        ),
    el(
      "div",
      { class: "qt-board" },
      el("div", { class: "qt-board__picture" }, picture),
      el("div", { class: "qt-board__side" }, disabled ? null : [labelsTitle, bank], zonesTitle, zoneList),
    ),
    status.element,
  );
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

/**
 * The teacher's form: the picture (address and description), each zone with its position and its correct
 * label, and extra labels that belong nowhere. A preview shows the zones over the picture as they are typed.
 */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed: send } = startEditor(root, type, config, onChange);
  cfg.image ??= "";
  cfg.image_alt ??= "";
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

  const preview = el("div", { class: "qt-picture qt-picture--preview" });
  // Only an address of a kind the question accepts is loaded (not every half-typed one).
  const usable = () => /^(\/|https?:\/\/|data:image\/)/.test(cfg.image);
  let drawn = null; // what the preview shows now, so typing a number only moves a zone
  const drawPreview = () => {
    const key = `${usable() ? cfg.image : ""}|${zones.length}`;
    const marks = [...preview.querySelectorAll(".qt-zone--preview")];
    if (key === drawn) {
      zones.forEach((z, i) => marks[i] && Object.assign(marks[i].style, zonePosition(z)));
      return;
    }
    drawn = key;
    preview.replaceChildren(
      usable() ? el("img", { class: "qt-picture__image", src: cfg.image, alt: "" }) : el("p", { class: "qt-editor-note" }, "Add a picture address to see the preview."),
      ...(usable()
        ? zones.map((z, i) => el("span", { class: "qt-zone qt-zone--preview", style: zonePosition(z), "aria-hidden": "true" }, el("span", { class: "qt-zone__number" }, String(i + 1))))
        : []),
    );
  };
  const changed = () => {
    cfg.drop_zones = zones.map((z) => ({ id: z.id, x: z.x, y: z.y, w: z.w, h: z.h, correct_label: z.labelId }));
    cfg.labels = [
      ...zones.map((z) => ({ id: z.labelId, text: z.label, is_distractor: false })),
      ...extras.map((x) => ({ id: x.id, text: x.text, is_distractor: true })),
    ];
    drawPreview();
    send();
  };

  const number = (zone, key, label) =>
    numberField({ label, value: zone[key], min: 0, max: 100, step: 1, name: key, onValue: (v) => ((zone[key] = v), changed()) });
  const zoneList = repeater({
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

  drawPreview();
  append(root, 
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
    section("Preview", preview),
    zoneList.element,
    extraList.element,
  );
}
