// Labelled horizontal bars: "Fully correct  ████░░░░  40% (4 of 10)". The figure is always written out beside
// the bar, so the bar is a picture for those who want one and nothing is told by length or colour alone.

import { el } from "../../components/html.js";

/**
 * One bar. `value` is a fraction 0–1 (null: nothing to show yet); `figure` is the text beside it
 * (default: the percentage); `detail` adds words after the figure, e.g. "(4 of 10)".
 *
 *   rateBar({ label: "Fully correct", value: 0.4, detail: "4 of 10 pupils" })
 */
export function rateBar({ label, value, figure, detail, kind = "", empty = "No answers yet" }) {
  const has = value !== null && value !== undefined && !Number.isNaN(Number(value));
  const fraction = has ? Math.min(Math.max(Number(value), 0), 1) : 0;
  const fill = el("span", { class: ["rate-bar__fill", kind && `rate-bar__fill--${kind}`] });
  // CSP allows setting a style property from a script (never a style attribute in the markup).
  fill.style.width = `${fraction * 100}%`;
  const words = has ? figure ?? `${Math.round(fraction * 1000) / 10}%` : empty;
  return el(
    "div",
    { class: "rate-bar" },
    el("span", { class: "rate-bar__label" }, label),
    // The track is a picture of the figure next to it: hidden from screen readers, which read the words.
    el("span", { class: "rate-bar__track", "aria-hidden": "true" }, fill),
    el("span", { class: "rate-bar__figure" }, el("strong", {}, words), detail ? ` ${detail}` : null),
  );
}

/** Several bars as a list, with a heading-free label for screen readers (`label`). */
export function barList(bars, { label, className = "" } = {}) {
  return el(
    "ul",
    { class: ["rate-bars", className], "aria-label": label || null },
    bars.map((bar) => el("li", {}, rateBar(bar))),
  );
}
