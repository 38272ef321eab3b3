// The pupil's work kept on this computer (localStorage) until the server has it. One record per attempt,
// under the pupil's own id (school computers are shared: one pupil's unsent work is never sent as another's):
//
//   ks3.attempt.<pupil id>.<attempt id> = { questions: { <question id>: { seq, pending, elapsed } }, position, updatedAt }
//
// `seq` is the question's save counter (it only ever goes up, so the server can tell a newer save from an older
// one that arrives late); `pending` is the newest answer not yet confirmed by the server ({answer_data, seq,
// page}), with the page (browser tab, page-id.js) that recorded it: it is sent as that page's save even when
// another tab, or this tab after a reload, sends it.
// The record is written before anything is sent, so a reload, a closed tab or a lost network never loses work.
// When storage is switched off or full, the same record lives in memory for as long as the page is open.

const PREFIX = "ks3.attempt.";

const memory = new Map(); // used when localStorage cannot be

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function load(key) {
  const store = storage();
  if (store) {
    try {
      const text = store.getItem(key);
      if (text) return JSON.parse(text);
    } catch {
      // Unreadable (switched off, or a damaged value): fall back to what this page has in memory.
    }
  }
  return memory.get(key) || null;
}

function save(key, record) {
  record.updatedAt = Date.now();
  memory.set(key, record);
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false; // full or switched off: memory still has it for this page
  }
}

/** This pupil's attempt ids that still have answers waiting to be sent from this computer. */
export function attemptsWithPendingWork(pupilId) {
  const store = storage();
  const mine = `${PREFIX}${pupilId}.`;
  const ids = new Set();
  const consider = (key, record) => {
    if (!key.startsWith(mine) || !record) return;
    if (Object.values(record.questions || {}).some((q) => q.pending)) ids.add(key.slice(mine.length));
  };
  if (store) {
    try {
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i);
        if (key?.startsWith(mine)) consider(key, load(key));
      }
    } catch {
      // storage unreadable: only memory below
    }
  }
  for (const [key, record] of memory) consider(key, record);
  return [...ids];
}

/** A question's part of the record, made when first needed. */
function questionIn(record, qid) {
  record.questions[qid] ||= { seq: 0, pending: null, elapsed: 0 };
  return record.questions[qid];
}

/**
 * The store for one pupil's attempt.
 *   const store = openStore(pupilId, attemptId);
 *   const seq = store.nextSeq(qid);                 // the counter for a new save of this question
 *   store.putPending(qid, { answer_data, seq, page }); // kept until the server confirms it
 *   store.confirm(qid, seq);                        // the server has this save (or a newer one)
 */
export function openStore(pupilId, attemptId) {
  return new AttemptStore(pupilId, attemptId);
}

// Every method reads the record afresh (another tab, or an earlier page, may have changed it) and writes it
// back at once, so nothing is held in memory between calls but the key.
class AttemptStore {
  #key;

  constructor(pupilId, attemptId) {
    this.attemptId = attemptId;
    this.#key = `${PREFIX}${pupilId}.${attemptId}`;
  }

  #read() {
    const record = load(this.#key) || {};
    record.questions ||= {};
    return record;
  }

  #update(change) {
    const record = this.#read();
    const result = change(record);
    save(this.#key, record);
    return result;
  }

  /** The highest save counter used for this question on this computer. */
  seq(qid) {
    return this.#read().questions[qid]?.seq || 0;
  }

  /** Raise the counter to at least `seq` (the server's saved seq, so a new save is always newer). */
  seqAtLeast(qid, seq) {
    this.#update((record) => {
      const q = questionIn(record, qid);
      q.seq = Math.max(q.seq, Number(seq) || 0);
    });
  }

  /** A new, higher counter for this question (remembered at once). */
  nextSeq(qid) {
    return this.#update((record) => {
      const q = questionIn(record, qid);
      q.seq += 1;
      return q.seq;
    });
  }

  /** Keep this answer until the server confirms it. A pending answer with a higher seq is never replaced. */
  putPending(qid, pending) {
    return this.#update((record) => {
      const q = questionIn(record, qid);
      if (q.pending && q.pending.seq > pending.seq) return false;
      q.pending = { answer_data: pending.answer_data ?? null, seq: pending.seq, page: pending.page ?? null, at: Date.now() };
      q.seq = Math.max(q.seq, pending.seq);
      return true;
    });
  }

  /** The answer waiting to be sent for this question, or null. */
  pending(qid) {
    return this.#read().questions[qid]?.pending || null;
  }

  /** Every question with an answer waiting: [{ qid, answer_data, seq, page }]. */
  allPending() {
    return Object.entries(this.#read().questions)
      .filter(([, q]) => q.pending)
      .map(([qid, q]) => ({ qid, ...q.pending }));
  }

  /** The server has save `seq` (or a newer one): forget the pending answer unless a newer one is waiting. */
  confirm(qid, seq) {
    this.#update((record) => {
      const q = questionIn(record, qid);
      if (q.pending && q.pending.seq <= seq) q.pending = null;
      q.seq = Math.max(q.seq, seq);
    });
  }

  /** Drop what is waiting for this question (the question changed to its easier version, or cannot be saved). */
  dropPending(qid) {
    this.#update((record) => {
      questionIn(record, qid).pending = null;
    });
  }

  /** Seconds spent on this question so far (kept across reloads). */
  elapsed(qid) {
    return this.#read().questions[qid]?.elapsed || 0;
  }

  addElapsed(qid, seconds) {
    if (!(seconds > 0)) return;
    this.#update((record) => {
      const q = questionIn(record, qid);
      q.elapsed = Math.min(86_400, (q.elapsed || 0) + seconds);
    });
  }

  /** The question index the pupil was last on, on this computer (null when not known). */
  position() {
    const value = this.#read().position;
    return Number.isInteger(value) ? value : null;
  }

  setPosition(index) {
    this.#update((record) => {
      record.position = index;
    });
  }

  /** Forget the whole attempt (after it is finished and nothing is waiting). */
  forget() {
    memory.delete(this.#key);
    try {
      storage()?.removeItem(this.#key);
    } catch {
      // nothing to do
    }
  }
}
