// Where the pupil answers: the question type's renderer draws into it. Typing is told apart from clicks so
// autosave can wait for a pause in typing but send a click at once.

import { el } from "../../components/html.js";

const TEXT_ENTRY = 'textarea, input:not([type]), input[type="text"], input[type="search"], [contenteditable="true"]';

/**
 * The answer area for `renderer` and `view`.
 *   onAnswer(answer, { typing })   every change the pupil makes
 *   onRun(code)                    "Run my code" (code questions)
 * Returns { root, locked, draw(answer), read(), focusFirst(fallback) }; set `locked` before drawing again.
 */
export function answerArea(renderer, view, { locked, onAnswer, onRun }) {
  const root = el("div", { class: "question__answer", dataset: { testid: "answer-area" } });
  const area = {
    root,
    locked,
    draw(answer) {
      renderer.renderPupil(root, view, {
        answer,
        disabled: area.locked,
        onChange: (value) => {
          const active = document.activeElement;
          const typing = Boolean(active && root.contains(active) && active.matches(TEXT_ENTRY));
          onAnswer(value, { typing });
        },
        onRun,
      });
    },
    read: () => renderer.readAnswer(root),
    focusFirst(fallback) {
      const target = root.querySelector("input:not([disabled]), textarea, select, button:not([disabled])");
      (target || fallback).focus();
    },
  };
  return area;
}
