// The questions the attempt asks before doing something that cannot be undone or that leaves the page. Each
// resolves true when the pupil chose to go ahead.

import { el } from "../../components/html.js";
import { openModal } from "../../components/modal.js";
import { count, questionList } from "../words.js";

/** Before swapping an answered question for its easier version (the answer is cleared). */
export async function confirmEasierVersion() {
  const choice = await openModal({
    title: "Show an easier version?",
    body: el(
      "div",
      {},
      el("p", {}, "The easier version is a different question about the same thing."),
      el("p", {}, "Your answer to this version will be cleared, and you cannot come back to this version."),
    ),
    actions: [
      { label: "Keep this version", value: "keep", kind: "secondary" },
      { label: "Show me the easier version", value: "easier" },
    ],
  });
  return choice === "easier";
}

/** "Ready to submit your assessment?", naming the questions not answered yet (by number). */
export async function confirmSubmit(unanswered, total) {
  const body = el(
    "div",
    { class: "finish-confirm" },
    unanswered.length
      ? el("p", { class: "finish-confirm__unanswered" }, `You have not answered ${questionList(unanswered)} yet. You can go back and answer ${unanswered.length === 1 ? "it" : "them"} first.`)
      : el("p", { class: "finish-confirm__unanswered" }, `You have answered all ${count(total, "question")}.`),
    el("p", {}, "When you submit, your answers are marked. You cannot change them after that."),
    el("p", {}, "Next you will see how you did, and what your teacher will do."),
  );
  const choice = await openModal({
    title: "Ready to submit your assessment?",
    body,
    actions: [
      { label: "Go back and check", value: "back", kind: "secondary" },
      { label: "Submit my assessment", value: "submit" },
    ],
    initialFocus: "back",
  });
  return choice === "submit";
}

/** "Take a break?": what is saved where, and the question the pupil will come back to. */
export async function confirmBreak({ waiting, number }) {
  const choice = await openModal({
    title: "Take a break?",
    body: el(
      "div",
      {},
      el("p", {}, waiting ? "Everything you have done is saved on this computer." : "Everything you have done is saved."),
      el("p", {}, "It is safe to leave now."),
      waiting
        ? el("p", {}, "Some answers will be sent to the school server when this computer is connected. Come back on this computer.")
        : null,
      el("p", {}, `When you come back, press Resume on the My assessments page. You will start at question ${number}.`),
    ),
    actions: [
      { label: "Carry on with the assessment", value: "stay", kind: "secondary" },
      { label: "Leave for now", value: "leave" },
    ],
    initialFocus: "stay",
  });
  return choice === "leave";
}
