// FeedForward after the lesson (/teacher/revision.html?assessment=&class=): open a revision window for written
// questions of finished attempts, close it early, see how many revised answers improved and compare drafts, and
// ask the AI for suggestions on answers that have none. The parts are in revision/.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { sayProblem, statusArea } from "../components/status.js";
import { windowForm } from "./revision/window-form.js";
import { revisedAnswers, windowList } from "./revision/revised-answers.js";

function section(id, title, ...children) {
  return el("section", { class: "results-section", "aria-labelledby": id }, el("h2", { id }, title), ...children);
}

async function draw(main, assessment, klass, area) {
  const query = new URLSearchParams({ assessment_id: assessment.id, ...(klass ? { class_id: klass } : {}) });
  const overview = await api(`/api/marking/revision-windows?${query}`);
  const again = async (run) => {
    try {
      area.say(await run(), "success");
      await draw(main, assessment, klass, area);
    } catch (error) {
      sayProblem(area, error);
    }
  };
  const open = (body) => again(async () => {
    const w = await api("/api/marking/revision-windows", { method: "POST", body });
    return `Revision window opened. ${w.summary}`;
  });
  const close = (w) => again(async () => (await api(`/api/marking/revision-windows/${w.id}/close`, { method: "POST" })).summary);
  const askAll = () => again(async () => (await api("/api/marking/ask-ai", { method: "POST", body: { assessment_id: assessment.id } })).message);
  replaceChildren(
    main,
    el("div", { class: "page__header" },
      el("h1", {}, `Improving written answers: ${assessment.title}`),
      el("p", { class: "page__lead" }, "Pupils can improve written answers of a finished attempt while a revision window is open. Each new draft is marked like any other: an AI suggestion if one is set up, then your review in Marking.")),
    area,
    section("open-heading", "Open a revision window", windowForm(assessment, { klass, onOpen: open })),
    section("windows-heading", "Revision windows", windowList(overview.windows, { onClose: close })),
    section("improved-heading", "Who improved", revisedAnswers(overview)),
    section("ai-heading", "Ask the AI",
      el("p", {}, "Answers sent before an AI service was set up, or whose AI marking failed, have no suggestion. Ask the AI to suggest marks for them."),
      el("button", { type: "button", class: "button button--secondary", onClick: askAll }, "Ask the AI for every answer without a suggestion"),
      el("p", {}, el("a", { href: `/teacher/marking.html?assessment=${encodeURIComponent(assessment.id)}` }, "Go to the marking queue"))),
  );
}

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const params = new URLSearchParams(location.search);
    const area = statusArea({ testid: "revision-status" });
    try {
      const assessment = await api(`/api/assessments/${encodeURIComponent(params.get("assessment") || "")}`);
      await draw(main, assessment, params.get("class"), area);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      replaceChildren(main, el("h1", {}, "Improving written answers"), area);
      sayProblem(area, error);
    }
  },
});
