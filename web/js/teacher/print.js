// Print an assessment (?assessment=<id>&version=pupil|key&large=1): the calm paper test for pupils, or its
// answer key, laid out for the browser's print dialog ("Save as PDF" on a Chromebook). On screen it looks like
// the paper, with a bar above it (not printed) to switch version, choose large print and press Print.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { statusMessage } from "../components/status.js";
import { paperArticle, picturesLoaded } from "./print/paper.js";

const VERSIONS = { pupil: "Pupil paper", key: "Answer key" };

function pageUrl({ id, version, large }) {
  const params = new URLSearchParams({ assessment: id, version });
  if (large) params.set("large", "1");
  return `/teacher/print.html?${params}`;
}

function toolbar(state, onLarge) {
  const large = el("input", { type: "checkbox", id: "print-large", checked: state.large, onChange: (e) => onLarge(e.target.checked) });
  return el(
    "div",
    { class: "print-bar no-print", role: "region", "aria-label": "Print settings" },
    el("nav", { class: "cluster", "aria-label": "Which version" }, Object.entries(VERSIONS).map(([version, label]) =>
      el("a", { class: "button button--secondary", href: pageUrl({ ...state, version }), "aria-current": version === state.version ? "page" : null }, label))),
    el("p", { class: "print-bar__large" }, large, el("label", { for: "print-large" }, "Large print (bigger text, more space)")),
    el("button", { type: "button", class: "button", onClick: () => window.print() }, "Print"),
    el("p", { class: "print-bar__help" }, "Print opens your browser's print window. To keep a copy, choose Save as PDF there."),
    el("p", {}, el("a", { href: `/teacher/review-questions.html?id=${encodeURIComponent(state.id)}` }, "Back to the assessment")),
  );
}

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const params = new URLSearchParams(location.search);
    const state = {
      id: params.get("assessment"),
      version: params.get("version") === "key" ? "key" : "pupil",
      large: params.get("large") === "1",
    };
    if (!state.id) {
      replaceChildren(main, el("h1", {}, "Print an assessment"),
        statusMessage(["No assessment was chosen. ", el("a", { href: "/teacher/assessments.html" }, "Choose one from your assessments"), "."]));
      return;
    }
    const paper = await api(`/api/assessments/${encodeURIComponent(state.id)}/paper?version=${state.version}`);
    document.title = `${VERSIONS[state.version]}: ${paper.title} – KS3 Assessment`;
    if (!paper.questions.length) {
      replaceChildren(main, el("h1", {}, paper.title),
        statusMessage("This assessment has no questions yet, so there is nothing to print."),
        el("p", {}, el("a", { href: `/teacher/review-questions.html?id=${encodeURIComponent(state.id)}` }, "Back to the assessment")));
      return;
    }
    const article = paperArticle(paper, { large: state.large });
    const onLarge = (large) => {
      state.large = large;
      article.classList.toggle("paper--large", large);
      history.replaceState(null, "", pageUrl(state)); // a reload or a shared link keeps the choice
    };
    replaceChildren(main, toolbar(state, onLarge), article);
    await picturesLoaded(article);
    main.dataset.paper = "ready";
  },
});
