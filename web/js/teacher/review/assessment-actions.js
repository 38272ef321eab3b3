// What a teacher can do with the whole assessment on the review page: Publish (or change its classes and dates),
// Preview as pupil, move between draft and review, Duplicate, Share with the department (or stop), Export (a file
// download), Archive and Delete. Each
// button waits for its request; a refusal is said in the page's status area in the server's words.

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { confirmDialog } from "../../components/modal.js";
import { sayProblem } from "../../components/status.js";
import { exportLink, giftLink, moodleLink, qtiLink } from "../import/export-link.js";
import { statusLabel } from "./labels.js";
import { openPublishDialog } from "./publish-dialog.js";
import { shareButton } from "./sharing.js";

export const LIST_PAGE = "/teacher/assessments.html";

/** Run a request from a button (once at a time); any refusal is said in `status` in the server's words. */
async function act(button, status, work) {
  if (button.getAttribute("aria-disabled") === "true") return;
  button.setAttribute("aria-disabled", "true");
  try {
    await work();
  } catch (error) {
    sayProblem(status, error).focus();
  } finally {
    button.removeAttribute("aria-disabled");
  }
}

function actionButton(label, { kind = "secondary", onPress }) {
  const button = el("button", { type: "button", class: ["button", kind && `button--${kind}`] }, label);
  button.addEventListener("click", () => onPress(button));
  return button;
}

function publishButton(a, { status, onUpdated }) {
  return actionButton(a.status === "published" ? "Change classes and dates" : "Publish", {
    kind: null,
    onPress: (button) =>
      act(button, status, async () => {
        const classes = await api("/api/classes");
        const saved = await openPublishDialog({ assessment: a, classes });
        if (saved) onUpdated(saved, `Published to ${saved.classes.map((c) => c.class_name).join(", ")}.`);
      }),
  });
}

function statusButton(a, { status, onUpdated }) {
  const next = a.status === "draft" ? "review" : "draft";
  return actionButton(next === "review" ? "Move to review" : "Move back to draft", {
    onPress: (button) =>
      act(button, status, async () => {
        const saved = await api(`/api/assessments/${a.id}/status`, { method: "POST", body: { status: next } });
        onUpdated(saved, `This assessment is now: ${statusLabel(saved.status)}.`);
      }),
  });
}

function duplicateButton(a, { status }) {
  return actionButton(a.can_edit ? "Duplicate" : "Duplicate into my assessments", {
    onPress: (button) =>
      act(button, status, async () => {
        const copy = await api(`/api/assessments/${a.id}/duplicate`, { method: "POST" });
        location.assign(`/teacher/review-questions.html?id=${copy.id}`);
      }),
  });
}

/** A button that asks `question` first (a confirmDialog), then runs `work` as `act` does. */
function askingButton(label, { kind, status, question, work }) {
  return actionButton(label, {
    kind,
    onPress: async (button) => {
      if (await confirmDialog(question)) await act(button, status, work);
    },
  });
}

function archiveButton(a, { status, onUpdated }) {
  return askingButton("Archive", {
    status,
    question: {
      title: "Archive this assessment?",
      message: "Pupils will not be able to start it any more. Their results stay, and you can still read them.",
      confirmLabel: "Archive it",
      cancelLabel: "Keep it open",
    },
    work: async () => {
      const saved = await api(`/api/assessments/${a.id}/archive`, { method: "POST" });
      onUpdated(saved, "This assessment is archived. Pupils can no longer start it.");
    },
  });
}

function deleteButton(a, { status }) {
  return askingButton("Delete assessment", {
    kind: "danger",
    status,
    question: {
      title: "Delete this assessment?",
      message: "It disappears from your lists and from pupils' screens. Results pupils already have are kept for the record.",
      confirmLabel: "Delete the assessment",
      cancelLabel: "Keep it",
      danger: true,
    },
    work: async () => {
      await api(`/api/assessments/${a.id}`, { method: "DELETE" });
      location.assign(`${LIST_PAGE}?deleted=${encodeURIComponent(a.title)}`);
    },
  });
}

/**
 * The action buttons for assessment `a`, as far as the teacher may use them.
 *   status              the page's status area, for refusals and what happened
 *   onUpdated(saved, message)   the assessment changed (published, moved, archived): the API's new copy
 */
export function assessmentActions(a, { status, onUpdated }) {
  const open = a.can_edit && a.status !== "archived";
  const buttons = [
    open ? publishButton(a, { status, onUpdated }) : null,
    el("a", { class: "button button--secondary", href: `/teacher/preview.html?id=${a.id}` }, "Preview as pupil"),
    el("a", { class: "button button--secondary", href: `/teacher/print.html?assessment=${a.id}&version=pupil` }, "Print"),
    a.can_edit && (a.status === "draft" || a.status === "review") ? statusButton(a, { status, onUpdated }) : null,
    duplicateButton(a, { status }),
    shareButton(a, { act: (button, work) => act(button, status, work), onUpdated }),
    exportLink(a),
    giftLink(a),
    moodleLink(a),
    qtiLink(a),
    open ? archiveButton(a, { status, onUpdated }) : null,
    a.can_edit ? deleteButton(a, { status }) : null,
  ];
  return el("div", { class: "cluster review-actions", role: "group", "aria-label": "Assessment actions" }, buttons);
}
