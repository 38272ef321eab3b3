// A pupil's access arrangements and display choices, from their account, on every pupil page (app.js calls
// useAccount as soon as it knows who is signed in). How they look is applied by larger-text.js (KS3Display),
// which already applied the last known ones before the first paint; this module brings the account's, saves
// the pupil's own choices to their account, and runs the break reminder on the assessment screens.

import { api } from "../api.js";
import { toast } from "./toast.js";

const UNSAVED_KEY = "ks3.largerText.unsaved"; // a choice made while the server could not be reached
const MINUTE_MS = 60 * 1000;

let arrangements = null;
let preferences = { larger_text: false, read_aloud_rate: 1 };
let listening = false;

/** The signed-in pupil's arrangements ({read_aloud, extra_time_percent, ...}), or null (staff, not known). */
export function currentArrangements() {
  return arrangements;
}

/** The pupil's own display choices ({larger_text, read_aloud_rate}). */
export function currentPreferences() {
  return preferences;
}

function readUnsaved() {
  try {
    return localStorage.getItem(UNSAVED_KEY);
  } catch {
    return null;
  }
}

function writeUnsaved(value) {
  try {
    if (value === null) localStorage.removeItem(UNSAVED_KEY);
    else localStorage.setItem(UNSAVED_KEY, value);
  } catch {
    // Nothing more to do: the choice still applies on this page.
  }
}

/** Save some of the pupil's own choices to their account (a teacher previewing keeps them for this page only).
 * Resolves false when the server could not be told. */
export async function savePreferences(change) {
  preferences = { ...preferences, ...change };
  if (!arrangements) return false;
  try {
    preferences = await api("/api/pupil/preferences", { method: "PUT", body: change });
    return true;
  } catch {
    return false;
  }
}

async function saveLargerText(on) {
  writeUnsaved(on ? "on" : "off");
  if (await savePreferences({ larger_text: on })) writeUnsaved(null);
}

/**
 * Use the signed-in person's settings from /api/auth/me ({access_arrangements, display_preferences}: set for
 * pupils only). A "Larger text" choice made offline on this computer wins over the account's, and is sent now.
 */
export function useAccount(me) {
  if (!me.access_arrangements) return;
  arrangements = me.access_arrangements;
  preferences = me.display_preferences;
  const unsaved = readUnsaved();
  const largerText = unsaved === null ? preferences.larger_text : unsaved === "on";
  window.KS3Display?.apply(arrangements, largerText);
  if (unsaved !== null) saveLargerText(largerText);
  if (!listening) document.addEventListener("larger-text-change", (event) => saveLargerText(event.detail.on));
  listening = true;
}

/** Signing out: this computer forgets the pupil's arrangements. */
export function forgetAccount() {
  arrangements = null;
  window.KS3Display?.forget();
}

const REMINDER_MARK = "You can take a break if you want.";
export const BREAK_REMINDER = (minutes) =>
  `You have been working for ${minutes} minutes. ${REMINDER_MARK} Your answers are saved.`;

/**
 * On an assessment screen: a calm reminder every N minutes (the pupil's break_reminder_minutes), in the corner,
 * until the pupil hides it. No sound. Never two at once. Returns a function that stops it.
 */
export function startBreakReminder() {
  const minutes = arrangements?.break_reminder_minutes;
  if (!minutes) return () => {};
  let worked = 0;
  const showing = () => [...document.querySelectorAll(".toast__message")].some((p) => p.textContent.includes(REMINDER_MARK));
  const timer = setInterval(() => {
    worked += minutes;
    if (!showing()) toast(BREAK_REMINDER(worked), { kind: "info", timeout: 0 });
  }, minutes * MINUTE_MS);
  return () => clearInterval(timer);
}
