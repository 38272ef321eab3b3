// Numbers, dates and lists said in plain words for pupils: "About 25 minutes", "Friday 14 March",
// "question 4 and question 7". One place, so every pupil screen says them the same way.

const DAY_AND_DATE = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long" });
const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false });
const SHORT_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

/** "Friday 14 March" (and " at 15:30" when the time is not the start or end of the day). */
export function dayAndDate(value, { withTime = true } = {}) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  const time = TIME.format(date);
  const plain = DAY_AND_DATE.format(date).replace(",", "");
  return withTime && time !== "00:00" && time !== "23:59" ? `${plain} at ${time}` : plain;
}

/** "14 Mar" for chart labels. */
export function shortDate(value) {
  return SHORT_DATE.format(new Date(value));
}

/** "1 question", "10 questions". */
export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "About 25 minutes" (never less than "About 1 minute"). */
export function aboutMinutes(minutes) {
  const n = Math.max(1, Math.round(Number(minutes) || 0));
  return `About ${count(n, "minute")}`;
}

/** "question 4", "question 4 and question 7", "question 2, question 4 and question 7". */
export function questionList(numbers) {
  const words = numbers.map((n) => `question ${n}`);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * The optional time display, in words and whole minutes only (never a ticking countdown):
 * "About 20 minutes left", "Less than a minute left", or "The time is up" text.
 */
export function timeLeftText(endsAt, now = Date.now()) {
  const left = new Date(endsAt).getTime() - now;
  if (!(left > 0)) return "The time for this assessment is up. Your answers are saved. Press Finish assessment when you are ready.";
  const minutes = Math.round(left / 60_000);
  if (minutes < 1) return "Less than a minute left";
  return `About ${count(minutes, "minute")} left`;
}

/** "12 minutes" for a number of seconds (at least "1 minute"). */
export function durationWords(seconds) {
  const minutes = Math.max(1, Math.round((Number(seconds) || 0) / 60));
  if (minutes < 90) return count(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${count(hours, "hour")} and ${count(rest, "minute")}` : count(hours, "hour");
}

/** A score without needless decimals: 7 → "7", 7.5 → "7.5". */
export function scoreNumber(value) {
  return String(Math.round(Number(value) * 100) / 100);
}

/** True when an answer has nothing in it (every value empty), the same rule the server uses. */
export function isEmptyAnswer(data) {
  if (data === null || data === undefined) return true;
  if (typeof data === "string") return data.trim() === "";
  if (Array.isArray(data)) return data.every(isEmptyAnswer);
  if (typeof data === "object") return Object.values(data).every(isEmptyAnswer);
  return false; // numbers and true/false are answers
}
