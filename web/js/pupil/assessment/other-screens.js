// Answers changed on another screen. The same pupil may have the attempt open in two tabs or on two computers;
// between pages the server keeps the save it received last, so this page's answer may have been replaced. The
// page looks at what the server has stored when it comes back into view (focus, or the tab shown again), when
// the pupil moves to another question, and before finishing — never on a timer. An answer that differs from this
// page's, with nothing newer typed here, is taken as it is stored; the attempt shows it with a calm note.

import { ApiError } from "../../api.js";
import { isEmptyAnswer } from "../words.js";

const EVENTS_APART_MS = 1000; // focus and visibilitychange usually come together: one look is enough

/** Answers compared as JSON with sorted keys (the server may give the keys in another order); empty is empty. */
export function sameAnswer(a, b) {
  if (isEmptyAnswer(a) && isEmptyAnswer(b)) return true;
  return canonical(a ?? null) === canonical(b ?? null);
}

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Watch for answers changed on another screen.
 *   const screens = otherScreens({ requests, autosave, questions, answerOf, adopt, onChanged });
 *   const ids = await screens.look();   // now (moving, finishing): the ids of the questions changed elsewhere
 * `answerOf(qid)` is this page's answer; `adopt(question, stored)` takes the stored one; `onChanged(ids)` follows.
 * Returns { look(), dispose() }.
 */
export function otherScreens(options) {
  return new OtherScreens(options);
}

class OtherScreens {
  #options;
  #looking = null;
  #lastEvent = 0;
  #remove;

  constructor(options) {
    this.#options = options;
    const onEvent = () => {
      if (document.visibilityState !== "visible" || Date.now() - this.#lastEvent < EVENTS_APART_MS) return;
      this.#lastEvent = Date.now();
      this.look();
    };
    document.addEventListener("visibilitychange", onEvent);
    window.addEventListener("focus", onEvent);
    this.#remove = () => {
      document.removeEventListener("visibilitychange", onEvent);
      window.removeEventListener("focus", onEvent);
    };
  }

  /** Look now (after any look already under way, so what is seen is never older than this call). */
  async look() {
    while (this.#looking) await this.#looking;
    this.#looking = this.#compare().finally(() => {
      this.#looking = null;
    });
    return this.#looking;
  }

  dispose() {
    this.#remove();
  }

  async #compare() {
    const { requests, autosave, questions, onChanged } = this.#options;
    // What this page had when it asked: a question with a save on its way then, or typed in since, is newer here
    // than the reply.
    const counters = new Map(questions.map((q) => [q.id, autosave.hasPending(q.id) ? -1 : autosave.store.seq(q.id)]));
    let stored;
    try {
      stored = await requests.stored();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) autosave.finished(error.detail);
      return []; // not connected: the next look will see
    }
    if (stored.time_ended) autosave.timeEnded(stored.message);
    const changed = [];
    for (const item of stored.answers) {
      const question = questions.find((q) => q.id === item.question_id);
      if (question && (await this.#takeIfChanged(question, item, counters))) changed.push(question.id);
    }
    if (changed.length) onChanged(changed);
    return changed;
  }

  async #takeIfChanged(question, item, counters) {
    const { requests, autosave, answerOf, adopt } = this.#options;
    const busyHere = () => autosave.hasPending(question.id) || autosave.store.seq(question.id) !== counters.get(question.id);
    if (busyHere() || sameAnswer(item.answer_data, answerOf(question.id))) return false;
    if (item.scaffold_used && !question.scaffold) {
      // The easier version was chosen on the other screen: fetch it so its answer can be shown here.
      try {
        const easier = await requests.scaffold(question.id);
        question.scaffold = { type: easier.type, question_text: easier.question_text, view: easier.view };
      } catch {
        return false;
      }
    }
    if (busyHere()) return false;
    adopt(question, item);
    return true;
  }
}
