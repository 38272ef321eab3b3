// A pupil's written answer with the AI's evidence for each criterion highlighted: every quote is found in the
// answer whatever its case, spacing or curly quotes (as the server checks it), and drawn as <mark> elements made
// from text nodes, never HTML. Each highlight ends with the criterion's number in words for screen readers, so
// colour is never the only signal.

import { el } from "../../components/html.js";

const CURLY = { "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"' };
// Trimmed from both ends of a quote (and of each part around an ellipsis), as the server does.
const EDGES = /^[\s.…"']+|[\s.…"']+$/g;

/**
 * The text made plain for matching, and where each of its characters came from in the original:
 * runs of white space become one space, case is folded, curly quotes become straight ones.
 */
export function plain(text) {
  let out = "";
  const origin = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (!lastWasSpace && out.length) {
        out += " ";
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    const folded = (CURLY[ch] || ch).toLowerCase();
    // Some characters fold to more than one (e.g. "İ"): each piece points back to the same original character.
    for (const piece of folded) {
      out += piece;
      origin.push(i);
    }
  }
  return { text: out, origin };
}

/** The parts of a quote to look for: a quote may skip words with "..." or "…" between its parts. */
export function quoteParts(quote) {
  return String(quote || "")
    .split(/\.\.\.|…/)
    .map((part) => plain(part.replace(EDGES, "")).text.replace(EDGES, ""))
    .filter(Boolean);
}

/**
 * Where a quote is in the answer: a list of [start, end) ranges in the original text, one per part of the quote,
 * or [] when any part cannot be found. Later parts are looked for after earlier ones.
 */
export function findQuote(answer, quote) {
  const haystack = plain(answer);
  const ranges = [];
  let from = 0;
  for (const part of quoteParts(quote)) {
    let at = haystack.text.indexOf(part, from);
    if (at < 0) at = haystack.text.indexOf(part); // parts quoted out of order still count, as on the server
    if (at < 0) return [];
    const start = haystack.origin[at];
    const end = haystack.origin[at + part.length - 1] + 1;
    ranges.push([start, end]);
    from = at + part.length;
  }
  return ranges;
}

/**
 * The answer as a paragraph-preserving block with the evidence highlighted.
 *   evidence: [{ number, quote }]   (number = the criterion's number in the mark scheme)
 * Returns { element, found: Set of criterion numbers whose quote was found }.
 */
export function highlightedAnswer(answer, evidence) {
  const text = String(answer || "");
  const spans = []; // {start, end, number}
  const found = new Set();
  for (const { number, quote } of evidence) {
    if (!quote) continue;
    const ranges = findQuote(text, quote);
    if (ranges.length) found.add(number);
    for (const [start, end] of ranges) spans.push({ start, end, number });
  }
  // Cut the text at every highlight's edge; each piece knows which criteria cover it.
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const block = el("div", { class: "marking-text", dataset: { testid: "answer-text" } });
  for (let i = 0; i < points.length - 1; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = [...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.number))].sort((a, b) => a - b);
    const piece = text.slice(start, end);
    if (!covering.length) {
      appendWithBreaks(block, piece);
      continue;
    }
    const mark = el("mark", { class: "evidence", dataset: { criteria: covering.join(" ") } });
    appendWithBreaks(mark, piece);
    block.append(mark);
    const ending = [...new Set(spans.filter((s) => s.end === end && s.start <= start).map((s) => s.number))].sort((a, b) => a - b);
    if (ending.length) block.append(tag(ending));
  }
  return { element: block, found };
}

function tag(numbers) {
  const words = numbers.length === 1 ? `criterion ${numbers[0]}` : `criteria ${numbers.join(" and ")}`;
  return el(
    "span",
    { class: "evidence__tag" },
    el("span", { class: "visually-hidden" }, ` (evidence for ${words})`),
    el("span", { "aria-hidden": "true" }, numbers.join("+")),
  );
}

/** Text with its line breaks kept as <br> (the answer is shown as the pupil typed it). */
function appendWithBreaks(parent, text) {
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (index) parent.append(el("br"));
    if (line) parent.append(document.createTextNode(line));
  });
}
