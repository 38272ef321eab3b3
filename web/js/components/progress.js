// A progress bar that always says its progress in words ("Question 3 of 10"), never as a bar alone.

import { el } from "./html.js";

let counter = 0;

/**
 * Build a progress bar. `label` is the words shown above the bar; by default "<value> of <max>".
 * Returns the element; call `update(element, {value, max, label})` to change it in place.
 *
 *   const bar = progressBar({ value: 3, max: 10, label: "Question 3 of 10" });
 */
export function progressBar({ value = 0, max = 100, label } = {}) {
  const id = `progress-${++counter}`;
  const wrapper = el(
    "div",
    { class: "progress" },
    el("span", { class: "progress__label", id: `${id}-label` }),
    el("progress", { class: "progress__bar", "aria-labelledby": `${id}-label` }),
  );
  return updateProgress(wrapper, { value, max, label });
}

/** Change a progress bar made by `progressBar`. */
export function updateProgress(wrapper, { value, max, label }) {
  const bar = wrapper.querySelector("progress");
  const clampedMax = Math.max(1, Number(max) || 1);
  const clamped = Math.min(Math.max(0, Number(value) || 0), clampedMax);
  bar.max = clampedMax;
  bar.value = clamped;
  const words = label || `${clamped} of ${clampedMax}`;
  wrapper.querySelector(".progress__label").textContent = words;
  // Screen readers announce the words rather than a bare percentage.
  bar.setAttribute("aria-valuetext", words);
  bar.textContent = words;
  return wrapper;
}
