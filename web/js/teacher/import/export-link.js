// "Export" for an assessment: a plain download link to the server's file (our own format, with its pictures),
// so the browser saves it as it saves any file. Used on the assessments list and the review page, where a second
// link downloads the questions as GIFT for Moodle, Canvas and other systems.

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
