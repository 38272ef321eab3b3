// Short messages in the corner ("Saved.", "Copied."), read out by screen readers through one polite live
// region. Nothing moves: a toast simply appears, and is hidden by its own button or after a while.
// Use a status message on the page instead for anything the person must act on.

import { el } from "./html.js";

const MAX_TOASTS = 3;
const DEFAULT_TIMEOUT_MS = 8000;
let region = null;

/** The live region; created once, empty, before any message goes in (so screen readers notice changes). */
export function toastRegion() {
  if (!region || !region.isConnected) {
    region = el("div", { class: "toast-region", "aria-live": "polite", "aria-atomic": "false" });
    document.body.append(region);
  }
  return region;
}

/**
 * Show a message. kind: "info" | "success" | "warning". Info and success hide themselves after
 * `timeout` ms (not while the pointer or focus is on them); warnings stay until hidden, because they
 * usually ask for something. Returns a function that hides the toast.
 */
export function toast(message, { kind = "info", timeout } = {}) {
  const live = toastRegion();
  const hideButton = el(
    "button",
    { type: "button", class: "button button--quiet button--small", onClick: () => hide() },
    "Hide",
    el("span", { class: "visually-hidden" }, " this message"),
  );
  const item = el(
    "div",
    { class: ["toast", `toast--${kind}`], dataset: { kind } },
    el("p", { class: "toast__message" }, message),
    hideButton,
  );

  let timer = null;
  let hovered = false;
  const wait = timeout ?? (kind === "warning" ? 0 : DEFAULT_TIMEOUT_MS);
  const schedule = () => {
    clearTimeout(timer);
    if (wait > 0) timer = setTimeout(() => (hovered || item.contains(document.activeElement) ? schedule() : hide()), wait);
  };
  item.addEventListener("pointerenter", () => (hovered = true));
  item.addEventListener("pointerleave", () => (hovered = false));

  function hide() {
    clearTimeout(timer);
    const hadFocus = item.contains(document.activeElement);
    item.remove();
    // Do not strand keyboard users on a removed button.
    if (hadFocus) document.getElementById("main")?.focus();
  }

  // Insert on the next frame so the live region is already in the accessibility tree.
  requestAnimationFrame(() => {
    while (live.children.length >= MAX_TOASTS) live.firstElementChild.remove();
    live.append(item);
    schedule();
  });
  return hide;
}
