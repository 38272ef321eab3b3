// The live lesson view in words: why a pupil may need help ("Asked for help at 10:42 on question 3"), where they
// are, times. One place, so the rows and the announcements say them the same way.

const CLOCK = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false });
const CLOCK_SECONDS = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });

/** "10:42" */
export function clock(iso) {
  return iso ? CLOCK.format(new Date(iso)) : "";
}

/** "10:42:10" */
export function clockWithSeconds(date) {
  return CLOCK_SECONDS.format(date);
}

function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function onQuestion(number) {
  return number ? ` on question ${number}` : "";
}

/** One reason from the API (`needs_help_reasons`) as a plain sentence. */
export function reasonWords(reason) {
  switch (reason.kind) {
    case "asked_for_help":
      return `Asked for help at ${clock(reason.at)}${onQuestion(reason.question_number)}`;
    case "idle":
      return `No activity for ${plural(reason.minutes, "minute")}`;
    case "hints":
      return `${plural(reason.count, "hint")}${onQuestion(reason.question_number)}`;
    case "tries":
      return `${plural(reason.count, "try", "tries")}${onQuestion(reason.question_number)}`;
    case "not_started":
      return "Not started";
    default:
      return String(reason.kind);
  }
}

const STATUS = { not_started: "Not started", working: "Working", on_break: "Taking a break", finished: "Finished" };

export function statusWords(status) {
  return STATUS[status] ?? status;
}

/** "Question 3: Which of these is an input device?" or "—". */
export function questionWords(current) {
  return current ? `Question ${current.number}: ${current.text}` : "—";
}

/** "Under a minute", "12 minutes", "1 hour 5 minutes"; "—" when not started. */
export function timeUsedWords(seconds) {
  if (seconds === null || seconds === undefined) return "—";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return "Under a minute";
  if (minutes < 60) return plural(minutes, "minute");
  const rest = minutes % 60;
  return `${plural(Math.floor(minutes / 60), "hour")}${rest ? ` ${plural(rest, "minute")}` : ""}`;
}
