// Step 4 of the wizard: the draft is made by a background job. The page asks how it is going every little while
// and says so, opens the draft when it is ready, and offers what to do next if it could not be made.

import { api, ApiError } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { progressBar, updateProgress } from "../../components/progress.js";
import { statusArea } from "../../components/status.js";
import { button, describe, REVIEW_PAGE } from "./layout.js";
import { forgetJob } from "./last-job.js";

const POLL_MS = 1200;
const STATUS_WORDS = { queued: "Waiting for its turn", running: "Working on it", done: "Finished", failed: "Stopped" };

/**
 * Step 4 for the job `jobId` (`generator`: "ai", "offline" or unknown). `choices` are what is offered if the
 * draft could not be made, each shown only when given: `onChangeSettings()`, `onRetryOffline()` (awaited; a
 * refusal is said here), `onStartAgain()`. Returns { lead, element, start(), stop() }: `start` once the step
 * is in the page (it follows the job until it ends), `stop` when the page moves on.
 */
export function progressStep({ jobId, generator, choices }) {
  const watch = {
    jobId,
    choices,
    bar: progressBar({ value: 0, max: 100, label: "Waiting for its turn" }),
    status: statusArea({ testid: "generation-status" }),
    actions: el("div", { class: "cluster" }),
    said: null,
    timer: null,
    stopped: false,
  };
  const who = generator === "ai" ? "The AI is writing the questions. " : generator === "offline" ? "The offline generator is building the questions. " : "";
  return {
    lead: `${who}You can leave this page: the draft keeps being made. Come back to Create an assessment to see it.`,
    element: el("div", { class: "stack" }, el("div", { "data-testid": "generation-progress" }, watch.bar), watch.status, watch.actions),
    async start() {
      say(watch, "The draft has been asked for.");
      await poll(watch);
    },
    stop() {
      watch.stopped = true;
      clearTimeout(watch.timer);
    },
  };
}

/** Say how it is going; the same words again are left alone, so a screen reader does not repeat them. */
function say(watch, words, kind = "plain") {
  if (watch.said === `${kind}:${words}`) return;
  watch.said = `${kind}:${words}`;
  watch.status.say(words, kind);
}

function later(watch, ms) {
  if (!watch.stopped) watch.timer = setTimeout(() => poll(watch), ms);
}

async function poll(watch) {
  let job;
  try {
    job = await api(`/api/jobs/${encodeURIComponent(watch.jobId)}`);
  } catch (error) {
    if (error instanceof ApiError && error.isNetworkError) {
      say(watch, "Could not reach the school server. Trying again…");
      later(watch, POLL_MS * 3);
      return;
    }
    say(watch, describe(error));
    return;
  }
  if (!watch.stopped) showJob(watch, job);
}

function showJob(watch, job) {
  const words = job.message || STATUS_WORDS[job.status] || job.status;
  updateProgress(watch.bar, { value: job.progress, max: 100, label: `${words} (${job.progress}% done)` });
  if (job.status === "done" && job.assessment_id) {
    forgetJob();
    say(watch, "The draft is ready. Opening it now.", "success");
    location.assign(`${REVIEW_PAGE}?id=${encodeURIComponent(job.assessment_id)}`);
    return;
  }
  if (job.status === "failed") {
    say(watch, job.error || "The draft could not be made.", "warning");
    replaceChildren(watch.actions, failedActions(watch));
    return;
  }
  say(watch, job.status === "queued" && job.error ? job.message || job.error : `${STATUS_WORDS[job.status] || job.status}.`);
  later(watch, POLL_MS);
}

function failedActions({ choices, status }) {
  const { onChangeSettings, onRetryOffline, onStartAgain } = choices;
  const retry = async () => {
    try {
      await onRetryOffline();
    } catch (error) {
      status.say(describe(error), "warning");
    }
  };
  return [
    onChangeSettings ? button("Change the settings", () => onChangeSettings()) : null,
    onRetryOffline ? button("Make it with the offline generator", retry, { kind: "secondary" }) : null,
    onStartAgain ? button("Start again", () => onStartAgain()) : null,
  ].filter(Boolean);
}
