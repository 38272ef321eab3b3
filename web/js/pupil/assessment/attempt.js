// Running an attempt: the bar (title, progress, time, save indicator) stays; the question screen under it
// changes. The attempt owns the answers, the question on screen and the time spent on it; autosave.js owns
// saving; other-screens.js notices answers changed on another screen; question-screen.js draws one question and
// calls back here.

import { el, replaceChildren } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";
import { createAutosave, SaveState } from "../autosave.js";
import { renderQuestionScreen } from "../question-screen.js";
import { renderSummary } from "../summary.js";
import { isEmptyAnswer } from "../words.js";
import { attemptApi } from "./attempt-api.js";
import { attemptBar } from "./attempt-bar.js";
import { confirmBreak, confirmEasierVersion, confirmSubmit } from "./dialogs.js";
import { CHANGED_ELSEWHERE, changedBeforeFinishing, describeProblem, NOT_CONNECTED } from "./messages.js";
import { otherScreens, sameAnswer } from "./other-screens.js";
import { DASHBOARD } from "./screens.js";

/**
 * What each question's answer is now: the server's, unless this computer has one still to send. That one is
 * sent (as the save of the page that recorded it; between pages the save received last wins), so it is what
 * the pupil sees; one the server already has is simply forgotten.
 */
function restoreAnswers(questions, store) {
  const answers = new Map();
  for (const question of questions) {
    const saved = question.saved?.answer_data ?? null;
    store.seqAtLeast(question.id, question.saved?.seq || 0);
    const pending = store.pending(question.id);
    if (pending && sameAnswer(pending.answer_data, saved)) store.dropPending(question.id);
    answers.set(question.id, pending ? pending.answer_data : saved);
  }
  return answers;
}

/**
 * Run an attempt in `main`. `view` is the JSON from POST /api/pupil/assessments/{id}/start; `user` is the
 * signed-in pupil (their unsent answers are kept under their own id).
 */
export function takeAssessment(main, view, user) {
  return new Attempt(main, view, user);
}

class Attempt {
  constructor(main, view, user) {
    this.main = main;
    this.view = view;
    this.questions = view.questions;
    this.requests = attemptApi(view.attempt_id);
    this.bar = attemptBar(view);
    this.autosave = createAutosave({
      pupilId: user.id,
      attemptId: view.attempt_id,
      onState: (state, detail) => this.bar.showSaveState(state, detail),
      onPending: (pending) => this.bar.setPending(pending),
      onNotStored: () => this.screens.look(),
    });
    this.store = this.autosave.store;
    this.answers = restoreAnswers(this.questions, this.store);
    this.notesToShow = new Set(); // questions changed on another screen whose note is not shown yet
    this.screens = otherScreens({
      requests: this.requests,
      autosave: this.autosave,
      questions: this.questions,
      answerOf: (qid) => this.answers.get(qid),
      adopt: (question, stored) => this.#adopt(question, stored),
      onChanged: (ids) => this.#changedElsewhere(ids),
    });
    this.index = 0;
    this.shownAt = performance.now();
    this.bar.showSaveState(this.autosave.hasPending() ? SaveState.local : SaveState.saved);
    this.autosave.flush(); // answers left on this computer last time go now
    this.#layout();
    const remembered = this.store.position();
    this.show(remembered ?? view.current_index, { focus: true });
    if (remembered !== null && remembered !== view.current_index) this.#savePosition(this.index);
  }

  #layout() {
    this.welcome = this.view.resumed
      ? statusMessage("Welcome back. Your answers are here, just as you left them.", { kind: "info", role: "note", className: "attempt__welcome" })
      : null;
    this.screenArea = el("div", { class: "attempt__screen" });
    replaceChildren(
      this.main,
      el("div", { class: "attempt", dataset: { attemptId: this.view.attempt_id } }, this.bar.element, this.welcome, this.screenArea),
    );
    document.title = `${this.view.title} – KS3 Assessment`;
  }

  #unanswered() {
    return this.questions.filter((q) => isEmptyAnswer(this.answers.get(q.id))).map((q) => q.number);
  }

  #refreshProgress() {
    this.bar.showProgress(this.questions.length - this.#unanswered().length);
  }

  // Time spent on each question (kept with the answers; the server keeps the largest it is told).
  #tickElapsed() {
    const now = performance.now();
    const question = this.questions[this.index];
    if (question && document.visibilityState === "visible") this.store.addElapsed(question.id, (now - this.shownAt) / 1000);
    this.shownAt = now;
  }

  // The server remembers the question on screen, so resuming (on any computer) opens it. When that cannot be
  // sent, this computer remembers it until it can.
  #savePosition(position) {
    this.requests.position(position).then(
      () => this.store.setPosition(null),
      () => this.store.setPosition(position),
    );
  }

  /** Draw the question at `position` (kept within the questions), with the note if another screen changed it. */
  show(position, { focus = true } = {}) {
    this.#tickElapsed();
    this.index = Math.max(0, Math.min(position, this.questions.length - 1));
    const question = this.questions[this.index];
    this.screen = renderQuestionScreen(this.screenArea, this.#screenOptions(question));
    this.#refreshProgress();
    if (focus) this.screen.heading.focus();
    if (this.notesToShow.delete(question.id)) {
      const note = this.screen.changedNote(CHANGED_ELSEWHERE);
      if (!focus) note.focus(); // it changed under the pupil's eyes: the note is read out first
    }
  }

  // Another screen changed this answer: take it as the server has it (the note comes when it is shown).
  #adopt(question, stored) {
    this.answers.set(question.id, stored.answer_data ?? null);
    question.saved = { ...(question.saved || {}), answer_data: stored.answer_data ?? null, seq: stored.seq, scaffold_used: stored.scaffold_used };
    this.store.seqAtLeast(question.id, stored.seq);
    this.notesToShow.add(question.id);
  }

  #changedElsewhere(ids) {
    this.#refreshProgress();
    if (ids.includes(this.questions[this.index].id)) this.show(this.index, { focus: false });
  }

  #screenOptions(question) {
    return {
      question,
      number: this.index + 1,
      count: this.questions.length,
      answer: this.answers.get(question.id),
      settings: this.view.settings,
      onAnswer: (answer, { typing }) => {
        this.#tickElapsed();
        this.answers.set(question.id, answer);
        this.autosave.record(question.id, answer, { typing });
        this.#refreshProgress();
      },
      onRun: (code) => this.requests.run(question.id, code),
      submit: (answer) => this.#submit(question, answer),
      askHint: () => this.requests.hint(question.id),
      askHelp: () => this.requests.help(question.id),
      loadDrafts: () => this.requests.drafts(question.id),
      askEasier: () => this.#askEasier(question),
      describeProblem,
      goPrevious: () => this.#move(this.index - 1),
      goNext: () => this.#move(this.index + 1),
      finish: () => this.#finish(),
      takeBreak: () => this.#takeBreak(),
    };
  }

  #move(position) {
    this.welcome?.remove();
    // The answer on this screen goes now rather than after the typing pause; then a look at what is stored, in
    // case another screen changed an answer (the next question is redrawn if it was that one).
    this.autosave.flush().then(() => this.screens.look());
    this.show(position);
    this.#savePosition(this.index);
  }

  #submit(question, answer) {
    return this.autosave.exclusive(question.id, async () => {
      this.#tickElapsed();
      this.answers.set(question.id, answer);
      this.#refreshProgress();
      const seq = this.store.nextSeq(question.id);
      this.store.putPending(question.id, { answer_data: answer, seq, page: this.autosave.page });
      const result = await this.requests.submit(question.id, {
        answer_data: answer,
        seq,
        page: this.autosave.page,
        elapsed_seconds: Math.round(this.store.elapsed(question.id)) || null,
      });
      this.store.confirm(question.id, seq);
      return result;
    });
  }

  async #askEasier(question) {
    if (!isEmptyAnswer(this.answers.get(question.id)) && !(await confirmEasierVersion())) return null;
    return this.autosave.exclusive(question.id, async () => {
      const easier = await this.requests.scaffold(question.id);
      this.autosave.dropQuestion(question.id); // the server cleared the answer: the easier version has its own kind
      question.scaffold = { type: easier.type, question_text: easier.question_text, view: easier.view };
      question.saved = { ...(question.saved || {}), answer_data: null, scaffold_used: true };
      this.answers.set(question.id, null);
      this.show(this.index);
      return easier;
    });
  }

  async #finish() {
    this.#tickElapsed();
    await this.autosave.flush();
    const changed = await this.screens.look(); // the pupil sees answers changed on another screen before finishing
    if (changed.length) {
      const numbers = this.questions.filter((q) => changed.includes(q.id)).map((q) => q.number);
      this.screen.notice(changedBeforeFinishing(numbers));
      return;
    }
    if (!(await confirmSubmit(this.#unanswered(), this.questions.length))) return;
    this.#tickElapsed();
    await this.autosave.flush();
    if (this.autosave.hasPending()) {
      this.screen.notice(`${NOT_CONNECTED} Your assessment cannot be submitted until then. Press Finish assessment again when it is connected.`);
      return;
    }
    let summary;
    try {
      summary = await this.requests.complete();
    } catch (error) {
      this.screen.notice(describeProblem(error));
      return;
    }
    this.autosave.dispose();
    this.screens.dispose();
    this.store.forget();
    renderSummary(this.main, summary);
  }

  async #takeBreak() {
    if (!(await confirmBreak({ waiting: this.autosave.hasPending(), number: this.index + 1 }))) return;
    this.#tickElapsed();
    await this.autosave.flush();
    try {
      await this.requests.takeBreak();
    } catch {
      // Not connected: the attempt simply stays open; it resumes the same way.
    }
    location.assign(DASHBOARD);
  }
}
