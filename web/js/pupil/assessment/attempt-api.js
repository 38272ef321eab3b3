// The attempt's requests other than autosave (autosave.js sends answers). None of them sends the pupil to the
// sign-in page on a 401: the answers are still on this computer, and the page says so instead.

import { api } from "../../api.js";

/** The requests for one attempt: { stored, position, run, hint, help, drafts, scaffold, submit, complete, takeBreak }. */
export function attemptApi(attemptId) {
  const path = (rest) => `/api/pupil/attempts/${encodeURIComponent(attemptId)}${rest}`;
  const question = (qid, rest) => path(`/questions/${encodeURIComponent(qid)}${rest}`);
  const call = (url, options = {}) => api(url, { ...options, redirectOn401: false });
  return {
    /** The answers the server has stored now, each with the page that saved it (and whether the time has ended). */
    stored: () => call(path("/answers")),
    /** Remember the question on screen, so resuming (on any computer) opens it. */
    position: (index) => call(path("/position"), { method: "PUT", body: { index } }),
    // The API calls what the program printed `output`; the report shows it as `stdout`.
    run: (qid, code) =>
      call(question(qid, "/run"), { method: "POST", body: { code } }).then((result) => ({ ...result, stdout: result.stdout ?? result.output })),
    hint: (qid) => call(question(qid, "/hint"), { method: "POST" }),
    /** "I need help" on this question: the teacher is told quietly (again while unseen changes nothing). */
    help: (qid) => call(path("/help"), { method: "POST", body: { question_id: qid } }),
    drafts: (qid) => call(question(qid, "/drafts")),
    scaffold: (qid) => call(question(qid, "/scaffold"), { method: "POST" }),
    submit: (qid, body) => call(path(`/answers/${encodeURIComponent(qid)}/submit`), { method: "POST", body }),
    complete: () => call(path("/complete"), { method: "POST" }),
    takeBreak: () => call(path("/break"), { method: "POST" }),
  };
}
