// Fetching the live view again every few seconds, with an unobtrusive "Updated 10:42:10" line and a "Pause
// updates" toggle. Not while the browser tab is hidden (it catches up as soon as it is shown again). A refresh
// that fails leaves the table as it was and says so on the same line; the next one tries again.

import { ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { clockWithSeconds } from "./words.js";

/**
 * `load()` fetches (a Promise), `onData(data)` shows it. Returns { element, start(), now() }: `start()` begins
 * the timer after the first view is shown; `now()` refreshes at once (after "Mark as seen", say).
 */
export function refresher({ seconds, load, onData }) {
  const line = el("p", { class: "live-updated", dataset: { testid: "live-updated" } });
  const toggle = el("button", { type: "button", class: "button button--small button--secondary", "aria-pressed": "false" }, "Pause updates");
  const state = { timer: null, paused: false, busy: false, at: new Date() };
  const every = seconds === 1 ? "second" : `${seconds} seconds`;

  const say = (problem) => {
    const at = `Updated ${clockWithSeconds(state.at)}.`;
    if (problem) line.textContent = `${at} The last try did not work: ${problem} Trying again in ${seconds === 1 ? "a second" : every}.`;
    else line.textContent = state.paused ? `${at} Updates are paused.` : `${at} Updates every ${every}.`;
  };
  const refresh = async () => {
    if (state.busy) return;
    state.busy = true;
    try {
      onData(await load());
      state.at = new Date();
      say();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      say(error.detail);
    } finally {
      state.busy = false;
    }
  };
  const schedule = () => {
    clearTimeout(state.timer);
    if (state.paused) return;
    state.timer = setTimeout(async () => {
      if (!document.hidden) await refresh();
      schedule();
    }, seconds * 1000);
  };
  toggle.addEventListener("click", () => {
    state.paused = !state.paused;
    toggle.setAttribute("aria-pressed", String(state.paused));
    say();
    if (!state.paused) refresh().then(schedule);
    else clearTimeout(state.timer);
  });
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden && !state.paused) refresh().then(schedule);
  });
  return {
    element: el("div", { class: "cluster live-updates no-print" }, line, toggle),
    start() {
      say();
      schedule();
    },
    now: () => refresh().then(schedule),
  };
}
