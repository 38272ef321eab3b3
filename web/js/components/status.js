// Status messages: what happened, what is going on, what to do next. Every page makes them here, so they look
// and sound the same everywhere (components.css `.status`): calm colours, never red, an icon with words for a
// warning, and a polite live region so screen readers hear a new message without losing their place.
//
//   const status = statusArea({ testid: "unit-status" });   // in the page from the start
//   status.say("Unit saved.");                             // success
//   status.say(error.detail, "warning").focus();           // a refusal the person must act on
//   list.append(statusMessage("There are no units yet.")); // a fixed message, no live region needed

import { ApiError } from "../api.js";
import { el } from "./html.js";

/** The kinds of message: "success" (done), "warning" (needs the person), "plain" (a fact), "info" (a note). */
export const KINDS = ["success", "warning", "plain", "info"];

/**
 * A message block: <div class="status status--{kind}"><p>…</p></div>. `content` is text, a Node or an array
 * of them (e.g. words with a link), all in one paragraph. With `blocks: true` the content is several blocks
 * (paragraphs, a list, a table of details): each string becomes a paragraph, nodes go in as they are, together
 * in one <div> beside the warning icon. `role` ("status", "note", "alert") only for a message added to the
 * page on its own, outside a status area; `focusable` lets focus be moved to it; `testid` sets data-testid.
 */
export function statusMessage(content, { kind = "plain", role, testid, focusable = false, className, blocks = false } = {}) {
  if (!KINDS.includes(kind)) throw new Error(`statusMessage(): unknown kind "${kind}".`);
  const tabindex = focusable ? "-1" : null;
  const body = blocks
    ? el("div", { tabindex }, [content].flat().map((block) => (typeof block === "string" ? el("p", {}, block) : block)))
    : el("p", { tabindex }, content);
  return el(
    "div",
    { class: ["status", kind !== "info" && `status--${kind}`, className], role, dataset: testid ? { testid } : null },
    body,
  );
}

/**
 * A polite live region, empty until something is said. `area.say(content, kind)` replaces the message and
 * returns its paragraph (focusable, so a refusal can take focus); `area.clear()` empties it.
 */
export function statusArea({ testid, className } = {}) {
  const area = el("div", { class: ["status-area", className], "aria-live": "polite", dataset: testid ? { testid } : null });
  area.say = (content, kind = "success") => {
    const message = statusMessage(content, { kind, focusable: true });
    area.replaceChildren(message);
    return message.firstElementChild;
  };
  area.clear = () => area.replaceChildren();
  return area;
}

/** Say an API refusal in the server's own words; anything else is a bug in the page, and is thrown on. */
export function sayProblem(area, error) {
  if (!(error instanceof ApiError)) throw error;
  return area.say(error.detail, "warning");
}
