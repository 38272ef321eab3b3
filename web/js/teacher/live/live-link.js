// The way to the live lesson view from the teacher's other pages: shown for a class while the assessment is
// open for it (published, and now inside the class's window).

import { el } from "../../components/html.js";

export const LIVE_PAGE = "/teacher/live.html";

/** Whether pupils of the class may take the assessment now (`link`: its class's available_from/until). */
export function openNow(status, link, now = Date.now()) {
  if (status !== "published") return false;
  const from = link.available_from ? new Date(link.available_from).getTime() : -Infinity;
  const until = link.available_until ? new Date(link.available_until).getTime() : Infinity;
  return from <= now && now < until;
}

export function liveHref(assessmentId, classId) {
  return `${LIVE_PAGE}?${new URLSearchParams({ assessment: assessmentId, class: classId })}`;
}

/** "Watch live" for one class of an assessment, or null when it is not open for that class now. */
export function liveLink(assessment, link) {
  if (!openNow(assessment.status, link)) return null;
  return el(
    "a",
    { class: "live-link", href: liveHref(assessment.id, link.class_id), dataset: { testid: "live-link" } },
    "Watch live",
    el("span", { class: "visually-hidden" }, `: ${assessment.title}, ${link.class_name}`),
  );
}
