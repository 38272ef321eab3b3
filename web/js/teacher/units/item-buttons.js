// Move up, Move down and Delete for a topic or an objective. Moving renumbers the items in the new order; the
// keyboard stays on the same button of the item that moved.

import { api, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { confirmDialog } from "../../components/modal.js";
import { guarded } from "./shared.js";

const SEGMENT = { topic: "topics", objective: "objectives" };

/**
 * The buttons for item `index` of `items` (in order). `kind` is "topic" or "objective", `name` how the item is
 * called in messages, `section` the element whose `.units-item`s are the items, `page` the unit page's context.
 */
export function itemButtons({ items, index, kind, name, section, page }) {
  const described = () => el("span", { class: "visually-hidden" }, ` ${kind} ${index + 1}`);
  const small = "button button--secondary button--small";
  const up = el("button", { type: "button", class: small, "aria-disabled": index === 0 ? "true" : "false" }, "Move up", described());
  const down = el("button", { type: "button", class: small, "aria-disabled": index === items.length - 1 ? "true" : "false" }, "Move down", described());
  const remove = el("button", { type: "button", class: "button button--danger button--small" }, "Delete", described());
  const move = { items, index, kind, name, section, page };
  up.addEventListener("click", () => moveFrom(up, -1, move));
  down.addEventListener("click", () => moveFrom(down, 1, move));
  remove.addEventListener("click", () => deleteItem(remove, { item: items[index], kind, name, page }));
  return [up, down, remove];
}

function sayAlreadyThere(page, kind, by) {
  page.status.say(by < 0 ? `That ${kind} is already first.` : `That ${kind} is already last.`, "plain");
}

async function moveFrom(button, by, { items, index, kind, name, section, page }) {
  if (button.getAttribute("aria-disabled") === "true") {
    sayAlreadyThere(page, kind, by);
    return;
  }
  button.setAttribute("aria-disabled", "true");
  try {
    const to = await moveItem({ items, index, by, kind, page });
    if (to === false) return;
    await page.reload();
    page.status.say(`Moved ‘${name}’ to position ${to + 1} of ${items.length}.`, "plain");
    // Keep the keyboard where it was: the same button on the item that moved.
    const row = section.querySelectorAll(".units-item")[to];
    row?.querySelectorAll("button")[by < 0 ? 1 : 2]?.focus(); // [rename or change, up, down, delete]
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    page.status.say(error.detail, "warning").focus();
    await page.reload();
  }
}

/** Save the new order; returns the item's new index, or false when it cannot move that way. */
async function moveItem({ items, index, by, kind, page }) {
  const to = index + by;
  if (to < 0 || to >= items.length) {
    sayAlreadyThere(page, kind, by);
    return false;
  }
  const order = [...items];
  order.splice(to, 0, ...order.splice(index, 1));
  // Number them 0, 1, 2… in the new order; only the ones whose number changes are sent.
  for (const [position, item] of order.entries()) {
    if (item.position !== position) await api(`${page.path}/${SEGMENT[kind]}/${item.id}`, { method: "PATCH", body: { position } });
  }
  return to;
}

async function deleteItem(button, { item, kind, name, page }) {
  const sure = await confirmDialog({
    title: `Delete the ${kind} ‘${name}’?`,
    message: kind === "topic" ? "Its objectives stay in the unit, without a topic." : "Questions linked to it keep their text but lose the link.",
    confirmLabel: `Delete the ${kind}`,
    cancelLabel: "Keep it",
    danger: true,
  });
  if (!sure) return;
  guarded(button, page.status, async () => {
    await api(`${page.path}/${SEGMENT[kind]}/${item.id}`, { method: "DELETE" });
    await page.reload(`The ${kind} ‘${name}’ was deleted.`);
  });
}
