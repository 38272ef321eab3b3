// Access arrangements in plain words, the same on the class page, the pupil's page, the admin's pupil list and
// the printed list: "Extra time: 25%", "Dyslexia-friendly font", "Break reminder every 20 minutes".

export const USUAL = {
  extra_time_percent: 0,
  read_aloud: false,
  text_size: "normal",
  dyslexia_font: false,
  line_spacing: "normal",
  background_tint: "none",
  reduced_motion: false,
  break_reminder_minutes: null,
};

const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Each arrangement the pupil has, in words; an empty list when they have none. */
export function arrangementWords(a) {
  const words = [];
  if (a.extra_time_percent) words.push(`Extra time: ${a.extra_time_percent}%`);
  if (a.read_aloud) words.push("Read aloud");
  if (a.text_size !== "normal") words.push(`${capital(a.text_size)} text`);
  if (a.dyslexia_font) words.push("Dyslexia-friendly font");
  if (a.line_spacing !== "normal") words.push(`${capital(a.line_spacing)} line spacing`);
  if (a.background_tint !== "none") words.push(`${capital(a.background_tint)} background`);
  if (a.reduced_motion) words.push("Reduced motion");
  if (a.break_reminder_minutes) words.push(`Break reminder every ${a.break_reminder_minutes} minutes`);
  return words;
}

/** One line for a table cell or a printed list. */
export function arrangementSummary(a) {
  const words = arrangementWords(a);
  return words.length ? words.join(", ") : "None";
}
