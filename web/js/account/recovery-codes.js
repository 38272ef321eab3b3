// Recovery codes, shown once after two-step sign-in is turned on or the codes are renewed: a numbered list that
// can be printed on its own (the rest of the page is left off the paper) or saved as a plain text file.

import { el } from "../components/html.js";
import { statusMessage } from "../components/status.js";

const PRINTING = "print-recovery-codes";

/**
 * The codes panel. `username` names the account in the file and on paper; `doneLabel` and `onDone` are the
 * button that closes it (the page then shows the state again, or goes home after a first set-up).
 */
export function recoveryCodesPanel(codes, { username, doneLabel, onDone }) {
  const heading = el("h3", { id: "recovery-codes-heading", tabindex: "-1" }, "Your recovery codes");
  const text = codesAsText(codes, username);
  const save = el(
    "a",
    { class: "button button--secondary", href: URL.createObjectURL(new Blob([text], { type: "text/plain" })), download: `ks3-recovery-codes-${username}.txt` },
    "Save the codes as a text file",
  );
  const print = el("button", { type: "button", class: "button button--secondary" }, "Print the codes");
  print.addEventListener("click", () => window.print());
  const done = el("button", { type: "button", class: "button" }, doneLabel);
  done.addEventListener("click", () => {
    document.body.classList.remove(PRINTING);
    URL.revokeObjectURL(save.href);
    onDone();
  });
  document.body.classList.add(PRINTING);
  const panel = el(
    "div",
    { class: "recovery-codes stack", "aria-labelledby": "recovery-codes-heading", role: "region", "data-testid": "recovery-codes" },
    heading,
    statusMessage(
      [
        "These codes are shown only now. Each code works once, to sign in when you cannot use your phone.",
        "Print them or save them as a file, and keep them somewhere safe, away from your phone.",
      ],
      { kind: "warning", blocks: true },
    ),
    el("p", { class: "recovery-codes__print-title" }, `KS3 Assessment – recovery codes for ${username}`),
    el("ol", { class: "recovery-codes__list" }, codes.map((code) => el("li", {}, el("code", {}, code)))),
    el("div", { class: "cluster" }, print, save),
    done,
  );
  return { element: panel, focus: () => heading.focus() };
}

/** The codes as a text file: what they are, when they were made, one per line. */
export function codesAsText(codes, username, made = new Date()) {
  const when = made.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  return [
    `KS3 Assessment – recovery codes for ${username}`,
    `Made on ${when}. Each code works once: use one to sign in when you cannot use your authenticator app.`,
    "Making new codes stops these from working.",
    "",
    ...codes.map((code, index) => `${String(index + 1).padStart(2, " ")}. ${code}`),
    "",
  ].join("\n");
}
