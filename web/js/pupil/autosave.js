// Autosave: every change a pupil makes is kept on this computer at once (offline-store.js) and sent to the
// server — after a short pause while typing, straight away for clicks, drags and choices.
//
// Ordering: each question's saves carry an increasing counter (`seq`); the server keeps the highest, so a slow
// save can never overwrite a newer one. On top of that, only one request per question is in flight at a time
// and it always carries the newest answer, so the server usually sees each answer once.
// Lost network: the answer stays on this computer, the pupil is told so in words, and we try again (sooner
// when the browser says it is back online, and once more as the page is hidden or closed).

import { api, ApiError } from "../api.js";
import { attemptsWithPendingWork, openStore } from "./offline-store.js";

export const TYPING_PAUSE_MS = 700;
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** The states the page shows in words (see SAVE_MESSAGES in assessment.js). */
export const SaveState = Object.freeze({
  saved: "saved", // the server has everything
  local: "local", // kept on this computer; will send when connected
  finished: "finished", // the attempt is finished: nothing more can be saved
  signedOut: "signed-out", // the session ended: kept on this computer until the pupil signs in again
  problem: "problem", // the server refused an answer for a reason retrying cannot fix (the detail says why)
});

function answerPath(attemptId, qid) {
  return `/api/pupil/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(qid)}`;
}

/** Is this failure worth retrying later (no network, server busy or restarting)? */
export function isTemporary(error) {
  if (error?.name === "AbortError") return true;
  if (!(error instanceof ApiError)) return false;
  return error.isNetworkError || error.status >= 500 || error.status === 429 || error.status === 408;
}

/**
 * Start autosaving one attempt.
 *   const autosave = createAutosave({ pupilId, attemptId, onState: (state, detail) => ... });
 *   autosave.record(qid, answerData, { typing: true });
 * Returns { store, record, flush, settle, exclusive, dropQuestion, hasPending, state, dispose }.
 */
export function createAutosave({
  pupilId,
  attemptId,
  store = openStore(pupilId, attemptId),
  onState = () => {},
  onPending = () => {},
  typingPauseMs = TYPING_PAUSE_MS,
} = {}) {
  const timers = new Map(); // qid -> debounce timer
  const inFlight = new Map(); // qid -> promise of the request (or submit) running for it
  let failures = 0;
  let retryTimer = null;
  let state = store.allPending().length ? SaveState.local : SaveState.saved;
  let detail = "";
  let stopped = false; // finished: nothing more will be accepted

  function setState(next, nextDetail = "") {
    if (next === state && nextDetail === detail) return;
    state = next;
    detail = nextDetail;
    onState(state, detail);
  }

  function online() {
    return typeof navigator === "undefined" || navigator.onLine !== false;
  }

  function scheduleRetry() {
    if (retryTimer || stopped) return;
    const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.min(failures, 5));
    retryTimer = setTimeout(() => {
      retryTimer = null;
      flush();
    }, wait + Math.floor(Math.random() * 250));
  }

  // Whether anything is still on its way (shown as data-pending on the status, not said out loud: a
  // "Saving…" read out after every keystroke would be noise).
  let waiting = null;
  function reportPending() {
    const now = store.allPending().length > 0;
    if (now !== waiting) {
      waiting = now;
      onPending(now);
    }
  }

  function settleState() {
    reportPending();
    if (stopped || state === SaveState.signedOut || state === SaveState.problem) return;
    if (!store.allPending().length) setState(SaveState.saved);
  }

  /** Send the newest answer of one question, unless a request for it is already running. */
  function send(qid, { keepalive = false } = {}) {
    clearTimeout(timers.get(qid));
    timers.delete(qid);
    if (stopped) return Promise.resolve();
    if (inFlight.has(qid)) return inFlight.get(qid); // it sends again when done if something newer waits
    const pending = store.pending(qid);
    if (!pending) return Promise.resolve();
    if (!online()) {
      setState(SaveState.local);
      return Promise.resolve();
    }
    const request = api(answerPath(attemptId, qid), {
      method: "PUT",
      body: { answer_data: pending.answer_data, seq: pending.seq, elapsed_seconds: Math.round(store.elapsed(qid)) || null },
      redirectOn401: false,
      keepalive,
    }).then(
      (result) => {
        failures = 0;
        store.confirm(qid, Math.max(pending.seq, Number(result?.seq) || 0));
        if (state === SaveState.problem) setState(SaveState.saved);
        return true;
      },
      (error) => {
        handleFailure(qid, error);
        return false;
      },
    );
    const running = request.then((sent) => {
      inFlight.delete(qid);
      // Something newer arrived while this was on its way: send it now (after a failure the retry does).
      const newer = store.pending(qid);
      if (sent && newer && newer.seq > pending.seq && !timers.has(qid)) send(qid);
      settleState();
    });
    inFlight.set(qid, running);
    return running;
  }

  function handleFailure(qid, error) {
    if (isTemporary(error)) {
      failures += 1;
      setState(SaveState.local);
      scheduleRetry();
      return;
    }
    if (!(error instanceof ApiError)) {
      // A programming mistake: report it where developers (and the browser tests) see it, keep the answer.
      window.reportError(error);
      setState(SaveState.local);
      return;
    }
    if (error.status === 401) {
      setState(SaveState.signedOut);
      return;
    }
    if (error.status === 409) {
      // The attempt is finished (by the pupil in another tab, or the teacher closed it).
      stopped = true;
      for (const item of store.allPending()) store.dropPending(item.qid);
      setState(SaveState.finished, error.detail);
      return;
    }
    // Refused for good (an answer the server cannot accept, a question removed): retrying cannot help.
    store.dropPending(qid);
    setState(SaveState.problem, error.detail);
  }

  /**
   * A new answer for a question. Kept on this computer at once; sent after a pause when `typing`, else now.
   * Returns the seq given to it.
   */
  function record(qid, answerData, { typing = false } = {}) {
    if (stopped) return 0;
    const seq = store.nextSeq(qid);
    store.putPending(qid, { answer_data: answerData, seq });
    reportPending();
    if (!online()) {
      setState(SaveState.local);
      return seq;
    }
    clearTimeout(timers.get(qid));
    if (typing) timers.set(qid, setTimeout(() => send(qid), typingPauseMs));
    else send(qid);
    return seq;
  }

  /** Send everything waiting now. Resolves when every request has finished (sent or kept for later). */
  function flush({ keepalive = false } = {}) {
    const qids = new Set([...store.allPending().map((p) => p.qid), ...timers.keys()]);
    return Promise.all([...qids].map((qid) => send(qid, { keepalive })));
  }

  /** Wait until nothing is running for this question, and stop its typing pause (its answer goes now or later). */
  async function settle(qid) {
    clearTimeout(timers.get(qid));
    timers.delete(qid);
    while (inFlight.has(qid)) await inFlight.get(qid).catch(() => {});
  }

  /**
   * Run `task()` (a submit, an easier-version switch) for a question with no save of it running at the same
   * time, so the server sees them in the order the pupil did them.
   */
  async function exclusive(qid, task) {
    await settle(qid);
    const running = Promise.resolve().then(task);
    const guard = running.catch(() => {});
    inFlight.set(qid, guard);
    try {
      return await running;
    } finally {
      if (inFlight.get(qid) === guard) inFlight.delete(qid);
      const waiting = store.pending(qid);
      if (waiting && !timers.has(qid)) send(qid);
      settleState();
    }
  }

  /** Forget what is waiting for a question (its answer is about to be cleared by the server). */
  function dropQuestion(qid) {
    clearTimeout(timers.get(qid));
    timers.delete(qid);
    store.dropPending(qid);
    settleState();
  }

  const onOnline = () => {
    failures = 0;
    clearTimeout(retryTimer);
    retryTimer = null;
    flush();
  };
  const onHidden = () => {
    if (document.visibilityState === "hidden") flush({ keepalive: true });
  };
  const onPageHide = () => flush({ keepalive: true });
  const onOffline = () => {
    if (store.allPending().length) setState(SaveState.local);
  };
  window.addEventListener("online", onOnline);
  window.addEventListener("offline", onOffline);
  document.addEventListener("visibilitychange", onHidden);
  window.addEventListener("pagehide", onPageHide);

  reportPending();

  return {
    store,
    record,
    flush,
    settle,
    exclusive,
    dropQuestion,
    /** Is an answer for this question (or any question) still waiting to reach the server? */
    hasPending: (qid) => (qid ? Boolean(store.pending(qid)) : store.allPending().length > 0),
    get state() {
      return state;
    },
    get detail() {
      return detail;
    },
    /** Mark the attempt as finished here: nothing more is sent (after "Submit my assessment"). */
    stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      clearTimeout(retryTimer);
    },
    dispose() {
      this.stop();
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
    },
  };
}

/**
 * Send this pupil's answers left on this computer by any attempt (for example they went back to the dashboard
 * while offline). Resolves with the number of attempts that still have answers waiting afterwards.
 */
export async function sendWorkLeftOnThisComputer(pupilId) {
  const waiting = attemptsWithPendingWork(pupilId);
  let left = 0;
  for (const attemptId of waiting) {
    const autosave = createAutosave({ pupilId, attemptId });
    await autosave.flush();
    if (autosave.hasPending() && autosave.state !== SaveState.finished) left += 1;
    autosave.dispose();
  }
  return left;
}
