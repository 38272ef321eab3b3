// Autosave: every change a pupil makes is kept on this computer at once (offline-store.js) and sent to the
// server — after a short pause while typing, straight away for clicks, drags and choices.
//
// Ordering: each question's saves carry an increasing counter (`seq`) and this page's id (page-id.js). Within
// one page the server keeps only a newer save, so a slow save can never overwrite a newer one; between pages
// (another tab, another computer) the save it received last wins. Every reply says truthfully whether this save
// is the one stored: one that was not (another page's won at the same moment) is sent again, and the page is told
// (`onNotStored`) so it can look at what the server has. On top of that, only one request per question is in
// flight at a time and it always carries the newest answer, so the server usually sees each answer once.
// After the time ends the server keeps what arrives as a late draft for the teacher (never marked) and says so:
// the state stays `timeEnded`, with the server's words.
// Lost network: the answer stays on this computer, the pupil is told so in words, and we try again (sooner
// when the browser says it is back online, and once more as the page is hidden or closed).

import { api, ApiError } from "../api.js";
import { attemptsWithPendingWork, openStore } from "./offline-store.js";
import { pageId } from "./page-id.js";

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
  timeEnded: "time-ended", // the time is over: what is sent now is kept for the teacher, not marked (the detail)
});

const TIME_ENDED = "The time for this assessment has ended. What you write now is kept for your teacher to see, but it will not be marked.";

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
 *   const autosave = createAutosave({ pupilId, attemptId, onState: (state, detail) => ..., onNotStored: (qid) => ... });
 *   autosave.record(qid, answerData, { typing: true });
 * Returns { store, page, record, flush, settle, exclusive, dropQuestion, hasPending, timeEnded, finished, state,
 * detail, stop, dispose }.
 */
export function createAutosave(options = {}) {
  return new Autosave(options);
}

// The state machine behind createAutosave. Its state is these fields and nothing else: a debounce timer and
// at most one running request per question, the count of failures in a row (for the retry's back-off), the
// state shown to the pupil, and whether the attempt is finished here.
class Autosave {
  #attemptId;
  #onState;
  #onPending;
  #onNotStored;
  #typingPauseMs;
  #timers = new Map(); // qid -> debounce timer
  #inFlight = new Map(); // qid -> promise of the request (or submit) running for it
  #failures = 0;
  #retryTimer = null;
  #state;
  #detail = "";
  #stopped = false; // finished: nothing more will be accepted
  #waiting = null; // whether anything was still on its way when last reported
  #listeners;

  constructor({
    pupilId,
    attemptId,
    store = openStore(pupilId, attemptId),
    onState = () => {},
    onPending = () => {},
    onNotStored = () => {},
    page = pageId(),
    typingPauseMs = TYPING_PAUSE_MS,
  } = {}) {
    this.store = store;
    this.page = page;
    this.#attemptId = attemptId;
    this.#onState = onState;
    this.#onPending = onPending;
    this.#onNotStored = onNotStored;
    this.#typingPauseMs = typingPauseMs;
    this.#state = store.allPending().length ? SaveState.local : SaveState.saved;
    this.#listeners = this.#listen();
    this.#reportPending();
  }

  get state() {
    return this.#state;
  }

  get detail() {
    return this.#detail;
  }

  /** Is an answer for this question (or any question) still waiting to reach the server? */
  hasPending(qid) {
    return qid ? Boolean(this.store.pending(qid)) : this.store.allPending().length > 0;
  }

  /**
   * A new answer for a question. Kept on this computer at once; sent after a pause when `typing`, else now.
   * Returns the seq given to it.
   */
  record(qid, answerData, { typing = false } = {}) {
    if (this.#stopped) return 0;
    const seq = this.store.nextSeq(qid);
    this.store.putPending(qid, { answer_data: answerData, seq, page: this.page });
    this.#reportPending();
    if (!online()) {
      this.#setState(SaveState.local);
      return seq;
    }
    clearTimeout(this.#timers.get(qid));
    if (typing) this.#timers.set(qid, setTimeout(() => this.#send(qid), this.#typingPauseMs));
    else this.#send(qid);
    return seq;
  }

  /** Send everything waiting now. Resolves when every request has finished (sent or kept for later). */
  flush({ keepalive = false } = {}) {
    const qids = new Set([...this.store.allPending().map((p) => p.qid), ...this.#timers.keys()]);
    return Promise.all([...qids].map((qid) => this.#send(qid, { keepalive })));
  }

  /** Wait until nothing is running for this question, and stop its typing pause (its answer goes now or later). */
  async settle(qid) {
    this.#clearTimer(qid);
    while (this.#inFlight.has(qid)) await this.#inFlight.get(qid).catch(() => {});
  }

  /**
   * Run `task()` (a submit, an easier-version switch) for a question with no save of it running at the same
   * time, so the server sees them in the order the pupil did them.
   */
  async exclusive(qid, task) {
    await this.settle(qid);
    const running = Promise.resolve().then(task);
    const guard = running.catch(() => {});
    this.#inFlight.set(qid, guard);
    try {
      return await running;
    } finally {
      if (this.#inFlight.get(qid) === guard) this.#inFlight.delete(qid);
      const waiting = this.store.pending(qid);
      if (waiting && !this.#timers.has(qid)) this.#send(qid);
      this.#settleState();
    }
  }

  /** Forget what is waiting for a question (its answer is about to be cleared by the server). */
  dropQuestion(qid) {
    this.#clearTimer(qid);
    this.store.dropPending(qid);
    this.#settleState();
  }

  /** The time has ended (the server said so): what is sent from now on is kept for the teacher, not marked. */
  timeEnded(message) {
    if (this.#state !== SaveState.finished) this.#setState(SaveState.timeEnded, message || TIME_ENDED);
  }

  /** The attempt was finished elsewhere (another tab, or the teacher): nothing more is sent from here. */
  finished(detail) {
    this.#stopped = true;
    for (const item of this.store.allPending()) this.store.dropPending(item.qid);
    this.#setState(SaveState.finished, detail);
  }

  /** Mark the attempt as finished here: nothing more is sent (after "Submit my assessment"). */
  stop() {
    this.#stopped = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    clearTimeout(this.#retryTimer);
  }

  dispose() {
    this.stop();
    this.#listeners.remove();
  }

  #setState(next, nextDetail = "") {
    if (next === this.#state && nextDetail === this.#detail) return;
    this.#state = next;
    this.#detail = nextDetail;
    this.#onState(this.#state, this.#detail);
  }

  #clearTimer(qid) {
    clearTimeout(this.#timers.get(qid));
    this.#timers.delete(qid);
  }

  #scheduleRetry() {
    if (this.#retryTimer || this.#stopped) return;
    const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.min(this.#failures, 5));
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.flush();
    }, wait + Math.floor(Math.random() * 250));
  }

  // Whether anything is still on its way (shown as data-pending on the status, not said out loud: a
  // "Saving…" read out after every keystroke would be noise).
  #reportPending() {
    const now = this.store.allPending().length > 0;
    if (now !== this.#waiting) {
      this.#waiting = now;
      this.#onPending(now);
    }
  }

  #settleState() {
    this.#reportPending();
    const kept = [SaveState.signedOut, SaveState.problem, SaveState.timeEnded];
    if (this.#stopped || kept.includes(this.#state)) return;
    if (!this.store.allPending().length) this.#setState(SaveState.saved);
  }

  /** Send the newest answer of one question, unless a request for it is already running. */
  #send(qid, { keepalive = false } = {}) {
    this.#clearTimer(qid);
    if (this.#stopped) return Promise.resolve();
    if (this.#inFlight.has(qid)) return this.#inFlight.get(qid); // it sends again when done if something newer waits
    const pending = this.store.pending(qid);
    if (!pending) return Promise.resolve();
    if (!online()) {
      this.#setState(SaveState.local);
      return Promise.resolve();
    }
    const running = this.#put(qid, pending, keepalive).then((sent) => {
      this.#inFlight.delete(qid);
      // Something newer arrived while this was on its way: send it now (after a failure the retry does).
      const newer = this.store.pending(qid);
      if (sent && newer && newer.seq > pending.seq && !this.#timers.has(qid)) this.#send(qid);
      this.#settleState();
    });
    this.#inFlight.set(qid, running);
    return running;
  }

  /** The request itself. Resolves true when the server has the answer, false when it did not take it. */
  #put(qid, pending, keepalive) {
    // A save kept from another tab, or from before a reload, goes as the save of the page that recorded it.
    const page = pending.page || this.page;
    const elapsed = Math.round(this.store.elapsed(qid)) || null;
    return api(answerPath(this.#attemptId, qid), {
      method: "PUT",
      body: { answer_data: pending.answer_data, seq: pending.seq, page, elapsed_seconds: elapsed },
      redirectOn401: false,
      keepalive,
    }).then(
      (result) => this.#received(qid, pending, page, result || {}),
      (error) => {
        this.#handleFailure(qid, error);
        return false;
      },
    );
  }

  /**
   * The server's reply to a save. True when it has this save, or a newer one of the same page (then the pending
   * answer is confirmed); false when another page's save was stored instead at the same moment (it is sent again,
   * as the save received last, and the page is told so it can look at what is stored).
   */
  #received(qid, pending, page, result) {
    this.#failures = 0;
    if (result.time_ended) this.timeEnded(result.message);
    const newerOfThisPage = result.page === page && Number(result.seq) >= pending.seq;
    if (result.saved || newerOfThisPage) {
      this.store.confirm(qid, result.saved ? pending.seq : Number(result.seq));
      if (this.#state === SaveState.problem) this.#setState(SaveState.saved);
      if (!result.saved) this.#onNotStored(qid);
      return true;
    }
    this.#onNotStored(qid);
    this.#failures += 1;
    this.#scheduleRetry();
    return false;
  }

  #handleFailure(qid, error) {
    if (isTemporary(error)) {
      this.#failures += 1;
      this.#setState(SaveState.local);
      this.#scheduleRetry();
      return;
    }
    if (!(error instanceof ApiError)) {
      // A programming mistake: report it where developers (and the browser tests) see it, keep the answer.
      window.reportError(error);
      this.#setState(SaveState.local);
      return;
    }
    if (error.status === 401) {
      this.#setState(SaveState.signedOut);
      return;
    }
    if (error.status === 409) {
      this.finished(error.detail); // by the pupil in another tab, or the teacher closed it
      return;
    }
    // Refused for good (an answer the server cannot accept, a question removed): retrying cannot help.
    this.store.dropPending(qid);
    this.#setState(SaveState.problem, error.detail);
  }

  /** Back online: try at once. Hidden or closing: a last try that outlives the page. Offline: say so. */
  #listen() {
    const onOnline = () => {
      this.#failures = 0;
      clearTimeout(this.#retryTimer);
      this.#retryTimer = null;
      this.flush();
    };
    const onOffline = () => {
      if (this.store.allPending().length) this.#setState(SaveState.local);
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") this.flush({ keepalive: true });
    };
    const onPageHide = () => this.flush({ keepalive: true });
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    return {
      remove() {
        window.removeEventListener("online", onOnline);
        window.removeEventListener("offline", onOffline);
        document.removeEventListener("visibilitychange", onHidden);
        window.removeEventListener("pagehide", onPageHide);
      },
    };
  }
}

function online() {
  return typeof navigator === "undefined" || navigator.onLine !== false;
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
