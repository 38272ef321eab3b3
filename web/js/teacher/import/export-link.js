// "Export" for an assessment: a plain download link to the server's file (our own format, with its pictures),
// so the browser saves it as it saves any file. Used on the assessments list and the review page, where more
// links download the questions as GIFT, and as a QTI 3.0 package, for other systems.

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

// GIFT holds only some question types (the file lists the ones left out), so it is a second, plainly named link.
export function giftLink(a) {
  return el(
    "a",
    {
      class: ["button", "button--secondary"],
      href: `/api/assessments/${a.id}/export?format=gift`,
      download: "",
      dataset: { testid: "export-gift" },
    },
    "Download as GIFT",
    el("span", { class: "visually-hidden" }, " for Moodle, Canvas and other systems"),
  );
}

// A QTI 3.0 content package (a zip) also holds only some question types (its manifest lists the ones left out).
export function qtiLink(a) {
  return el(
    "a",
    {
      class: ["button", "button--secondary"],
      href: `/api/assessments/${a.id}/export?format=qti3`,
      download: "",
      dataset: { testid: "export-qti" },
    },
    "Download as QTI 3.0",
    el("span", { class: "visually-hidden" }, " package for other assessment systems"),
  );
}
