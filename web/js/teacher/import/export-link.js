// "Export" for an assessment: a plain download link to the server's file (our own format, with its pictures),
// so the browser saves it as it saves any file. Used on the assessments list and the review page, where more links
// download the questions for other systems: GIFT (Moodle, Canvas and others), Moodle XML and a QTI 3.0 package.

import { el } from "../../components/html.js";

export function exportLink(a, size = null) {
  return el(
    "a",
    {
      class: ["button", "button--secondary", size],
      href: `/api/assessments/${a.id}/export?format=ks3-json`,
      download: "",
      dataset: { testid: "export-assessment" },
    },
    "Export",
    el("span", { class: "visually-hidden" }, ` ${a.title} as a file`),
  );
}

// GIFT and Moodle XML hold only some question types (each file notes the ones left out), so each is its own,
// plainly named link.
function otherSystemLink(a, { format, label, forWhom, testid }) {
  return el(
    "a",
    {
      class: ["button", "button--secondary"],
      href: `/api/assessments/${a.id}/export?format=${format}`,
      download: "",
      dataset: { testid },
    },
    label,
    el("span", { class: "visually-hidden" }, forWhom),
  );
}

export function giftLink(a) {
  return otherSystemLink(a, { format: "gift", label: "Download as GIFT", forWhom: " for Moodle, Canvas and other systems", testid: "export-gift" });
}

export function moodleLink(a) {
  return otherSystemLink(a, { format: "moodle-xml", label: "Download as Moodle XML", forWhom: " for Moodle's question bank", testid: "export-moodle" });
}

// A QTI 3.0 content package (a zip) also holds only some question types (its manifest lists the ones left out).
export function qtiLink(a) {
  return otherSystemLink(a, { format: "qti3", label: "Download as QTI 3.0", forWhom: " package for other assessment systems", testid: "export-qti" });
}
