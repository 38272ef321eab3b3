// Question text as pupils read it: plain paragraphs, `inline code` and ```fenced code blocks```.
// Text from teachers and the AI is never parsed as HTML: every piece becomes a text node (SPEC §2).

import { el } from "../components/html.js";

const FENCE = /```[^\n`]*\n?([\s\S]*?)```/g;

/** Inline `code` spans inside one paragraph: an array of strings and <code> elements. */
function inline(text) {
  const parts = [];
  const pattern = /`([^`\n]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(el("code", {}, match[1]));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A paragraph; single line breaks inside it are kept (a list of steps typed one per line). */
function paragraph(text) {
  const lines = text.split("\n");
  return el(
    "p",
    {},
    lines.map((line, i) => [inline(line), i < lines.length - 1 ? el("br") : null]),
  );
}

function paragraphs(text) {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ""))
    .filter((block) => block.trim())
    .map(paragraph);
}

/**
 * The question text as a <div class="question-text">.
 *   questionText("Convert `1010` to denary.\n\n```python\nprint(1)\n```")
 */
export function questionText(text, attrs = {}) {
  const source = String(text ?? "");
  const nodes = [];
  let last = 0;
  for (const match of source.matchAll(FENCE)) {
    nodes.push(...paragraphs(source.slice(last, match.index)));
    nodes.push(el("pre", { class: "question-text__code", tabindex: "0" }, el("code", {}, match[1].replace(/\n$/, ""))));
    last = match.index + match[0].length;
  }
  nodes.push(...paragraphs(source.slice(last)));
  return el("div", { class: "question-text", ...attrs }, nodes);
}
