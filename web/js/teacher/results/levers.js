// What a teacher can do for one pupil from the class results: hand in their open attempt, reopen a finished one
// (the server's reason is shown when it cannot be), and give them more time or another attempt (an extension);
// and the list of the extensions given. Each change is reported up through `onChanged(message)`, and each
// refusal through `onRefused(detail)`, so the page says what happened in one place.

import { api, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { confirmDialog } from "../../components/modal.js";
import { openExtensionDialog } from "./extension-dialog.js";
import { dateTime, plural } from "./format.js";

const OPEN = new Set(["in_progress", "abandoned"]);

function button(label, pupil, onClick) {
  return el(
    "button",
    { type: "button", class: "button button--secondary button--small", onClick },
    label,
    el("span", { class: "visually-hidden" }, ` for ${pupil.name}`),
  );
}

/** Run a request; a refusal (4xx) goes to `onRefused` in the server's words, anything else is thrown on. */
async function attempt(ctx, request, message) {
  try {
    await request();
  } catch (error) {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) return ctx.onRefused(error.detail);
    throw error;
  }
  return ctx.onChanged(message);
}

async function handIn(ctx, pupil) {
  const sure = await confirmDialog({
    title: `Hand in ${pupil.name}’s assessment?`,
    message: "Their saved answers are marked now, as if they had pressed Finish. You can reopen it afterwards if you need to.",
    confirmLabel: "Hand it in",
  });
  if (!sure) return;
  await attempt(ctx, () => api(`/api/attempts/${encodeURIComponent(pupil.attempt_id)}/finish`, { method: "POST" }), `${pupil.name}’s assessment was handed in. Their saved answers were marked.`);
}

async function reopen(ctx, pupil) {
  const sure = await confirmDialog({
    title: `Reopen ${pupil.name}’s attempt?`,
    message: "It goes back to in progress with their answers and the time they had left, so they can carry on. It is marked again when it is finished.",
    confirmLabel: "Reopen it",
  });
  if (!sure) return;
  await attempt(ctx, () => api(`/api/attempts/${encodeURIComponent(pupil.attempt_id)}/reopen`, { method: "POST" }), `${pupil.name}’s attempt is open again. They can carry on from their dashboard.`);
}

async function moreTime(ctx, pupil) {
  const extension = ctx.extensions.find((e) => e.pupil_id === pupil.pupil_id && e.class_id === pupil.class_id);
  const done = await openExtensionDialog({ assessmentId: ctx.assessmentId, pupil, extension });
  if (done) ctx.onChanged(done === "removed" ? `${pupil.name}’s extension was removed.` : `${pupil.name}’s extension was saved.`);
}

/** The buttons in one pupil's row. `ctx`: { assessmentId, extensions, onChanged, onRefused }. */
export function leverButtons(ctx, pupil) {
  return el(
    "div",
    { class: "cluster pupil-levers" },
    pupil.attempt_id && OPEN.has(pupil.status) ? button("Hand in", pupil, () => handIn(ctx, pupil)) : null,
    pupil.attempt_id && pupil.status === "completed" ? button("Reopen", pupil, () => reopen(ctx, pupil)) : null,
    pupil.class_id ? button("More time or attempts", pupil, () => moreTime(ctx, pupil)) : null,
  );
}

function extensionWords(extension) {
  const parts = [];
  if (extension.available_until) parts.push(`until ${dateTime(extension.available_until)}`);
  if (extension.extra_attempts) parts.push(`${plural(extension.extra_attempts, "extra attempt")}`);
  return parts.join(" and ");
}

/** The extensions given for this assessment, each with a button to remove it. */
export function extensionsSection(ctx) {
  const remove = (extension) =>
    attempt(
      ctx,
      () => api(`/api/assessments/${encodeURIComponent(ctx.assessmentId)}/extensions/${encodeURIComponent(extension.id)}`, { method: "DELETE" }),
      `${extension.pupil_name}’s extension was removed.`,
    );
  return el(
    "section",
    { class: "results-section no-print", "aria-labelledby": "extensions-heading", "data-testid": "extensions" },
    el("h2", { id: "extensions-heading" }, "More time and extra attempts"),
    ctx.extensions.length
      ? el(
          "ul",
          { class: "extension-list" },
          ctx.extensions.map((extension) =>
            el(
              "li",
              { dataset: { pupil: extension.pupil_id } },
              `${extension.pupil_name} (${extension.class_name}): ${extensionWords(extension)}. `,
              el(
                "button",
                { type: "button", class: "button button--secondary button--small", onClick: () => remove(extension) },
                "Remove",
                el("span", { class: "visually-hidden" }, ` ${extension.pupil_name}’s extension`),
              ),
            ),
          ),
        )
      : el("p", { class: "muted" }, "Nobody has more time or extra attempts. Use “More time or attempts” beside a pupil to give them some."),
  );
}
