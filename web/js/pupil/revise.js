// Improving a written answer after the lesson: the question, the feedback the teacher released, and the answer to
// improve. What the pupil types is saved as they type (kept on this computer when the network is down, and sent
// when it is back), and "Send to my teacher" sends it as a new draft, until the revision window closes.

import { startPage } from "../app.js";
import { api, ApiError } from "../api.js";
import { el, replaceChildren } from "../components/html.js";
import { statusArea, statusMessage } from "../components/status.js";
import { pageId } from "./page-id.js";
import { TYPING_PAUSE_MS } from "./autosave.js";

const DASHBOARD = "/pupil/dashboard.html";

/** The working copy kept on this computer until the server has it. */
function localCopy(key) {
  return {
    read() {
      try { return JSON.parse(window.localStorage.getItem(key) || "null"); } catch { return null; }
    },
    write(text) {
      try { window.localStorage.setItem(key, JSON.stringify({ text })); } catch { /* private mode: memory only */ }
    },
    clear() {
      try { window.localStorage.removeItem(key); } catch { /* nothing kept */ }
    },
  };
}

/** Saves the text after each pause in typing; an older save never overwrites a newer one (seq). */
function revisionSaver(url, local, area) {
  let seq = Date.now() % 2 ** 30;
  let timer = null;
  const page = pageId();
  async function save(text) {
    seq += 1;
    local.write(text);
    try {
      await api(url, { method: "PUT", body: { answer_data: { text }, seq, page } });
      local.clear();
      area.say("Saved.", "success");
    } catch (error) {
      if (error instanceof ApiError && error.status !== 0) {
        area.say(error.detail, "warning");
        return;
      }
      area.say("Saved on this computer — will send when connected.", "warning");
    }
  }
  window.addEventListener("online", () => {
    const kept = local.read();
    if (kept) save(kept.text);
  });
  return {
    changed(text) {
      clearTimeout(timer);
      timer = setTimeout(() => save(text), TYPING_PAUSE_MS);
    },
    nextSeq() {
      clearTimeout(timer);
      seq += 1;
      return { seq, page };
    },
  };
}

function feedbackPanel(item) {
  if (!item.feedback) return el("p", { class: "muted" }, "Your teacher has not given feedback on this answer yet.");
  return el(
    "section",
    { class: "card card--soft", "aria-labelledby": "feedback-heading", dataset: { testid: "revise-feedback" } },
    el("h2", { id: "feedback-heading" }, "Your teacher's feedback"),
    item.score !== null ? el("p", {}, `Your mark: ${item.score} out of ${item.max_score}.`) : null,
    el("p", {}, item.feedback),
  );
}

function reviseForm(item, user) {
  const url = `/api/pupil/attempts/${encodeURIComponent(item.attempt_id)}/revisions/${encodeURIComponent(item.question_id)}`;
  const local = localCopy(`ks3-revision:${user.id}:${item.attempt_id}:${item.question_id}`);
  const area = statusArea({ testid: "revise-status" });
  const kept = local.read();
  const box = el("textarea", { id: "revised-answer", rows: "10", class: "input input--long", dataset: { testid: "revise-text" } });
  box.value = kept ? kept.text : item.working_text;
  const saver = revisionSaver(url, local, area);
  box.addEventListener("input", () => saver.changed(box.value));
  if (kept) saver.changed(box.value);
  const send = el("button", { type: "submit", class: "button" }, "Send to my teacher");
  const form = el(
    "form",
    { class: "stack", dataset: { testid: "revise-form" } },
    el("label", { for: "revised-answer" }, el("strong", {}, "Your improved answer")),
    box,
    el("div", { class: "card__actions" }, send),
    area,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    send.disabled = true;
    try {
      const sent = await api(`${url}/send`, { method: "POST", body: { answer_data: { text: box.value }, ...saver.nextSeq() } });
      local.clear();
      area.say(`Sent to your teacher. This is draft ${sent.drafts_sent + 1}. Your teacher will look at it and give you feedback.`, "success");
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      area.say(error.detail, "warning");
    } finally {
      send.disabled = false;
    }
  });
  return form;
}

startPage({
  roles: ["pupil"],
  async render(main, { user }) {
    const params = new URLSearchParams(location.search);
    const { items } = await api("/api/pupil/revisions");
    const item = items.find((i) => i.attempt_id === params.get("attempt") && i.question_id === params.get("question"));
    if (!item) {
      replaceChildren(
        main,
        el("h1", {}, "Improve your answer"),
        statusMessage("The time to improve this answer has ended, or has not started yet. Your answer is kept as it was.", { role: "status" }),
        el("a", { class: "button button--secondary", href: DASHBOARD }, "Back to my assessments"),
      );
      return;
    }
    document.title = `Improve your answer to question ${item.question_number} – KS3 Assessment`;
    replaceChildren(
      main,
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, `Improve your answer: ${item.assessment_title}`),
        el("p", { class: "page__lead", dataset: { testid: "revise-message" } }, item.message),
      ),
      el("section", { class: "card", "aria-labelledby": "question-heading" },
        el("h2", { id: "question-heading" }, `Question ${item.question_number}`),
        el("p", {}, item.question_text)),
      feedbackPanel(item),
      item.waiting_for_teacher
        ? statusMessage("Your teacher has not looked at your last draft yet. You can keep working; you can send it when you have your feedback.", { kind: "info", role: "note" })
        : null,
      reviseForm(item, user),
      el("a", { class: "button button--secondary", href: DASHBOARD }, "Back to my assessments"),
    );
  },
});
