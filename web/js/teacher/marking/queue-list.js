// "Answers in this list": every answer the filters found, as buttons (pupil, class, question, draft and where the
// answer is), the one in focus marked as current; and "Check for new suggestions", which reads the queue again.

import { el, replaceChildren } from "../../components/html.js";
import { answerState } from "./words.js";

function itemButton(item, { current, onShow }) {
  const words = answerState(item);
  const draft = item.draft > 1 ? ` · Draft ${item.draft}` : "";
  return el(
    "button",
    {
      type: "button",
      class: "marking-list__item",
      "aria-current": current ? "true" : null,
      dataset: { answerId: item.answer_id },
      onClick: onShow,
    },
    el("span", { class: "marking-list__name" }, item.pupil_name),
    el("span", { class: "marking-list__meta" }, `${item.class_name || "No class"} · Question ${item.question_number}${draft}`),
    el("span", { class: ["badge", words.badge && `badge--${words.badge}`] }, words.words),
  );
}

/**
 * The list beside the answer in focus.
 *   onShow(index)   an answer was chosen
 *   onRefresh()     Check for new suggestions was pressed
 * Returns { element, draw(items, index) }.
 */
export function queueList({ onShow, onRefresh }) {
  const element = el("nav", { class: "marking-list", "aria-labelledby": "list-heading" });
  const refresh = el("button", { type: "button", class: "button button--secondary button--small", onClick: () => onRefresh() }, "Check for new suggestions");
  const draw = (items, index) =>
    replaceChildren(
      element,
      el("h2", { id: "list-heading" }, `Answers in this list (${items.length})`),
      items.length
        ? el(
            "ol",
            { class: "marking-list__items" },
            items.map((item, i) => el("li", {}, itemButton(item, { current: i === index, onShow: () => onShow(i) }))),
          )
        : el("p", { class: "muted" }, "None."),
      refresh,
    );
  return { element, draw };
}
