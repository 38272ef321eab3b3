// The frame every step of the create-assessment wizard is drawn in (the page title, the unit, the list of steps
// and the step's own heading), and the small pieces the steps share.

import { ApiError } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";

export const STEPS = ["Unit", "Lesson materials", "Settings", "Make the draft"];
export const REVIEW_PAGE = "/teacher/review-questions.html";

/** Put the step in the address (?unit=…&step=…, ?job=…), so a reload or a return visit lands on it. */
export function setAddress(params) {
  const query = new URLSearchParams(params).toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function stepList(current) {
  return el(
    "ol",
    { class: "cluster", "aria-label": "Steps", style: { listStyle: "none", paddingLeft: "0" } },
    STEPS.map((name, index) =>
      el(
        "li",
        { "aria-current": index === current ? "step" : null, class: index === current ? "badge badge--info" : "badge" },
        `Step ${index + 1} of ${STEPS.length}: ${name}`,
      ),
    ),
  );
}

/**
 * Draw one step into `main`: the page title, the unit chosen so far (or none), the list of steps, and the
 * step's own heading, lead and content. The heading takes focus unless `focus` is false (a first load).
 */
export function drawStep(main, { index, unit, lead, content, focus = true }) {
  const heading = el("h2", { id: "step-heading", tabindex: "-1" }, `Step ${index + 1} of ${STEPS.length}: ${STEPS[index]}`);
  replaceChildren(
    main,
    el(
      "div",
      { class: "page__header" },
      el("h1", {}, "Create an assessment"),
      unit ? el("p", { class: "page__lead" }, `Unit: ${unit.title} (Year ${unit.year_group})`) : null,
      stepList(index),
    ),
    el("section", { "aria-labelledby": "step-heading", class: "stack" }, heading, lead ? el("p", {}, lead) : null, content),
  );
  if (focus) heading.focus();
}

/** What to tell the teacher when something they asked for did not work: the server's words, or a calm default. */
export function describe(error) {
  if (error instanceof ApiError) return error.detail;
  console.error(error);
  return "Something went wrong. Your work on this page is still here. Please try again.";
}

export function button(label, onClick, { kind = "", type = "button", testid } = {}) {
  return el("button", { type, class: ["button", kind && `button--${kind}`], onClick, "data-testid": testid }, label);
}
