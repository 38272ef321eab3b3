// Login cards for pupils whose accounts were just created or whose passwords were just reset: on screen, and as
// a print layout of cards (the school's name, the pupil's name and class, the username and password, and the
// address to sign in at), cut out and handed to each pupil.
//
// A password is only known at the moment it is made: the server keeps a hash, never the password itself. So the
// cards say that, and the page keeps them until the teacher hides them.

import { api } from "../api.js";
import { el } from "./html.js";
import { confirmDialog } from "./modal.js";
import { statusMessage } from "./status.js";

const PRODUCT = "KS3 Assessment";
const PRINTING_CLASS = "print-login-cards";
let schoolName = null;
let counter = 0;

/** The school's name for the cards (SCHOOL_NAME on the server; empty when not set). */
async function school() {
  if (schoolName === null) {
    try {
      schoolName = (await api("/api/auth/me")).school_name || "";
    } catch {
      schoolName = ""; // the cards still work without it
    }
  }
  return schoolName;
}

function card(person, name) {
  return el(
    "li",
    { class: "login-card", "data-testid": "login-card" },
    el("p", { class: "login-card__school" }, name ? `${name} — ${PRODUCT}` : PRODUCT),
    el("p", { class: "login-card__name" }, person.name),
    person.class_name ? el("p", { class: "login-card__class" }, `Class ${person.class_name}`) : null,
    el(
      "dl",
      { class: "login-card__details" },
      el("dt", {}, "Username"),
      el("dd", { class: "login-card__secret" }, person.username),
      el("dt", {}, "Password"),
      el("dd", { class: "login-card__secret" }, person.password),
    ),
    el("p", { class: "login-card__where" }, `Sign in at ${location.origin}`),
  );
}

/** The copy of the cards that is printed (outside <main>, so printing shows only the cards). */
function printCopy(people, name) {
  document.querySelector(".login-cards-print")?.remove();
  const copy = el("div", { class: "login-cards-print" }, el("ul", { class: "login-cards__grid" }, people.map((p) => card(p, name))));
  document.body.append(copy);
  document.body.classList.add(PRINTING_CLASS);
  return copy;
}

function forgetPrintCopy() {
  document.querySelector(".login-cards-print")?.remove();
  document.body.classList.remove(PRINTING_CLASS);
}

/** "Reset <name>’s password?" before a pupil's password is reset (the new one is shown once, on a card). */
export function confirmPupilPasswordReset(name) {
  return confirmDialog({
    title: `Reset ${name}’s password?`,
    message: "Their old password stops working at once and they are signed out. A new simple password is made and shown once, on a login card.",
    confirmLabel: "Reset the password",
    cancelLabel: "Keep the old password",
  });
}

/**
 * Add newly made passwords to `cards` (the cards shown during this visit, changed in place) and show them all
 * in `host`. A reset replaces the pupil's earlier card (only the newest password works), keeping what it knew.
 */
export async function showNewCards(host, cards, credentials) {
  const earlier = new Map(cards.map((c) => [c.id, c]));
  const renewed = credentials.map((c) => ({ ...c, class_name: c.class_name ?? earlier.get(c.id)?.class_name ?? null }));
  const ids = new Set(renewed.map((c) => c.id));
  cards.splice(0, cards.length, ...cards.filter((c) => !ids.has(c.id)), ...renewed);
  await showLoginCards(host, cards, { heading: cards.length === 1 ? "Login card" : "Login cards", onHide: () => (cards.length = 0) });
}

/**
 * Show login cards inside `host` (its content is replaced), e.g. after an import or a password reset.
 *
 *   await showLoginCards(host, credentials, { heading: "Login cards for the new pupils" });
 *
 * `credentials`: [{name, username, password, class_name?}] as the API returns them. While the cards are shown,
 * printing the page prints only the cards. `onHide()` is called when the teacher hides them. Resolves with
 * the section.
 */
export async function showLoginCards(host, credentials, { heading = "Login cards", headingLevel = 2, onHide } = {}) {
  const name = await school();
  const headingId = `login-cards-heading-${++counter}`;
  const hide = el("button", { type: "button", class: "button button--secondary" }, credentials.length === 1 ? "Hide the login card" : "Hide the login cards");
  const section = el(
    "section",
    { class: "login-cards", "aria-labelledby": headingId, "data-testid": "login-cards" },
    el(`h${headingLevel}`, { id: headingId, tabindex: "-1" }, heading),
    statusMessage(
      `${credentials.length === 1 ? "This password is" : "These passwords are"} shown only now. The system does not keep passwords, ` +
        "so they cannot be shown again. Print the cards (or note the passwords) before you leave this page. " +
        "If a card is lost, reset that pupil’s password to make a new one.",
      { kind: "warning", role: "status" },
    ),
    el(
      "div",
      { class: "cluster" },
      el("button", { type: "button", class: "button", onClick: () => window.print() }, credentials.length === 1 ? "Print the login card" : `Print ${credentials.length} login cards`),
      hide,
    ),
    el("ul", { class: "login-cards__grid" }, credentials.map((p) => card(p, name))),
  );
  hide.addEventListener("click", async () => {
    const sure = await confirmDialog({
      title: "Hide the login cards?",
      message: "The passwords cannot be shown again. Hide them only when the cards are printed or the passwords noted.",
      confirmLabel: "Hide the login cards",
      cancelLabel: "Keep the cards on screen",
    });
    if (!sure) return;
    section.remove();
    forgetPrintCopy();
    onHide?.();
    document.getElementById("main")?.focus();
  });
  host.replaceChildren(section);
  printCopy(credentials, name);
  section.querySelector(`#${headingId}`).focus();
  return section;
}
