// "Export" for an assessment: a plain download link to the server's file (our own format, with its pictures),
// so the browser saves it as it saves any file. Used on the assessments list and the review page.

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
