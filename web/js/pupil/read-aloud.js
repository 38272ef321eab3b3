// Read aloud, on every question screen: reads the question, its code, the hint and the answer options with the
// browser's own speech (speechSynthesis: Chromebooks have voices built in; nothing is sent anywhere), outlining
// the part being read. "Slower" and "Faster" change the speed, saved to the pupil's account. One option at a
// time: move to it with the keyboard and press R. Shown to every pupil; for a pupil whose arrangements include
// read aloud, it is the main (filled) button.

import { currentArrangements, currentPreferences, savePreferences } from "../components/access-arrangements.js";
import { el } from "../components/html.js";

const RATES = [0.5, 0.75, 1, 1.25, 1.5];
const SPEAKING = "read-aloud__speaking";
// The parts read, in the order they are on the screen.
// Code is read a line at a time (.qt-code__text: without its line numbers).
const PARTS = "#question-text > *, .hint-panel__text, .qt-code__text, .qt-option__text, .qt-item__text, .qt-label__text";
const OPTION = ".qt-option, .qt-item, .qt-label";
const OPTION_TEXT = ".qt-option__text, .qt-item__text, .qt-label__text";

let reading = null; // { parts, stop() } while something is being read
let keyListening = false;

const speech = () => window.speechSynthesis;

function rateWords(rate) {
  return rate === 1 ? "Speed: normal" : `Speed: ${rate < 1 ? "slower" : "faster"} (${rate}×)`;
}

function nearestRate(rate) {
  return RATES.reduce((best, r) => (Math.abs(r - rate) < Math.abs(best - rate) ? r : best), 1);
}

/** Stop reading, and take the outline off the part that was being read. */
export function stopReading() {
  if (!reading) return;
  const { done } = reading;
  reading = null;
  speech().cancel();
  document.querySelectorAll(`.${SPEAKING}`).forEach((part) => part.classList.remove(SPEAKING));
  done();
}

/** Read these elements one after another, each outlined while it is read; `done` when finished or stopped. */
function read(parts, done = () => {}) {
  stopReading();
  const texts = parts.map((part) => [part, part.textContent.replace(/\s+/g, " ").trim()]).filter(([, text]) => text);
  if (!texts.length) return done();
  const session = { done };
  reading = session;
  texts.forEach(([part, text], index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || "en-GB";
    utterance.rate = currentPreferences().read_aloud_rate || 1;
    utterance.addEventListener("start", () => {
      if (reading !== session) return;
      if (!part.isConnected) return stopReading(); // the pupil moved to another question
      part.classList.add(SPEAKING);
      part.scrollIntoView({ block: "nearest" });
    });
    const finished = () => {
      part.classList.remove(SPEAKING);
      if (reading === session && index === texts.length - 1) {
        reading = null;
        done();
      }
    };
    utterance.addEventListener("end", finished);
    utterance.addEventListener("error", finished);
    speech().speak(utterance);
  });
}

/** R on an answer option (reached with Tab or the arrow keys) reads that option alone. */
function readOptionOnKey(event) {
  if (event.key.toLowerCase() !== "r" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.matches?.("textarea, [contenteditable], input:not([type=radio]):not([type=checkbox])")) return;
  const option = target.closest?.(OPTION);
  const text = option?.querySelector(OPTION_TEXT) || option;
  if (!text || !option.closest(".question")) return;
  event.preventDefault();
  read([text]);
}

function speedControls() {
  let rate = nearestRate(currentPreferences().read_aloud_rate || 1);
  const words = el("span", { class: "read-aloud__speed", "aria-live": "polite" }, rateWords(rate));
  const change = (step) => {
    const next = RATES[Math.min(RATES.length - 1, Math.max(0, RATES.indexOf(rate) + step))];
    if (next === rate) return;
    rate = next;
    words.textContent = rateWords(rate);
    savePreferences({ read_aloud_rate: rate }); // this page uses it at once; the account keeps it when it can
  };
  const button = (label, step) =>
    el("button", { type: "button", class: "button button--secondary button--small", onClick: () => change(step) }, label);
  return [button("Slower", -1), button("Faster", 1), words];
}

/**
 * The read aloud controls for a question screen, to go under its heading (inside the screen's .question
 * section, whose parts it reads). Nothing is shown when this browser cannot speak.
 */
export function readAloudControls() {
  if (!("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) return null;
  if (!keyListening) {
    document.addEventListener("keydown", readOptionOnKey);
    window.addEventListener("pagehide", stopReading);
    keyListening = true;
  }
  const main = Boolean(currentArrangements()?.read_aloud);
  const toggle = el("button", { type: "button", class: ["button", "button--small", !main && "button--secondary"] }, "Read aloud");
  const bar = el(
    "div",
    { class: "read-aloud", role: "group", "aria-label": "Read aloud", dataset: { testid: "read-aloud" } },
    toggle,
    ...speedControls(),
    el("p", { class: "read-aloud__help muted" }, "To hear one answer option, move to it and press R."),
  );
  const idle = () => (toggle.textContent = "Read aloud");
  toggle.addEventListener("click", () => {
    if (reading) return stopReading();
    toggle.textContent = "Stop reading";
    read([...bar.closest(".question").querySelectorAll(PARTS)], idle);
  });
  return bar;
}
