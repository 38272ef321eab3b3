// Taking an assessment (/pupil/assessment.html?id=<assessment id>):
//   start screen (what to expect, "I'm ready — start") → one question per screen → "Ready to submit your
//   assessment?" → the summary. An assessment already started opens where the pupil left it, with every answer
//   restored — from the server, or from this computer when it has something newer that has not reached the
//   server yet.
//
// The parts live in assessment/: screens.js (start, finished, messages), attempt.js (running an attempt, with
// attempt-bar.js, dialogs.js and attempt-api.js), messages.js (what is said about saving and problems).

import { startPage } from "../app.js";
import { api } from "../api.js";
import { startBreakReminder } from "../components/access-arrangements.js";
import { takeAssessment } from "./assessment/attempt.js";
import { finishedScreen, messageScreen, startScreen } from "./assessment/screens.js";

async function beginAttempt(main, assessmentId, user) {
  const view = await api(`/api/pupil/assessments/${encodeURIComponent(assessmentId)}/start`, { method: "POST" });
  takeAssessment(main, view, user);
  startBreakReminder();
}

startPage({
  roles: ["pupil"],
  async render(main, { user }) {
    const assessmentId = new URLSearchParams(location.search).get("id");
    if (!assessmentId) {
      messageScreen(main, { title: "Choose an assessment", message: "Go back to My assessments and choose one to start." });
      return;
    }
    const board = await api("/api/pupil/assessments");
    const mine = (list) => list.find((card) => card.assessment_id === assessmentId);
    const started = mine(board.in_progress);
    if (started) {
      await beginAttempt(main, assessmentId, user);
      return;
    }
    const available = mine(board.available);
    if (available) {
      startScreen(main, available, () => beginAttempt(main, assessmentId, user));
      return;
    }
    const finished = mine(board.completed);
    if (finished) {
      finishedScreen(main, finished);
      return;
    }
    messageScreen(main, {
      title: "This assessment is not open",
      message: "This assessment is not open for you just now. Ask your teacher if you think it should be.",
    });
  },
});
