// The question bank: every question of the teacher's assessments (an admin's: everyone's), searched by words and
// filters (bank/search-form.js), a page at a time, each with how it went in past use in words
// (bank/result-card.js). The questions ticked stay chosen across searches and pages, and are copied into one of
// the teacher's drafts (bank/add-panel.js).

import { api } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { sayProblem, statusArea } from "../components/status.js";
import { addPanel, ownDrafts } from "./bank/add-panel.js";
import { resultCard } from "./bank/result-card.js";
import { searchForm, searchQuery } from "./bank/search-form.js";
import { count } from "./review/labels.js";

const PAGE_SIZE = 20;

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    const [taxonomy, units, drafts] = await Promise.all([api("/api/taxonomy"), api("/api/units"), ownDrafts(user)]);
    // The results' parts, and `ticket`: the number of the newest search, so an older answer arriving late is dropped.
    const results = {
      chosen: new Map(),
      page: 1,
      ticket: 0,
      status: statusArea({ testid: "bank-status" }),
      summary: el("p", { class: "bank-results__summary", role: "status", dataset: { testid: "bank-summary" } }),
      list: el("ul", { class: "bank-results", dataset: { testid: "bank-results" } }),
      pager: el("nav", { class: "cluster bank-pager", "aria-label": "Pages of results" }),
    };
    results.form = searchForm({ taxonomy, units, onSearch: () => load(results, 1) });
    results.panel = addPanel({
      drafts,
      chosen: results.chosen,
      clearChosen: () => {
        results.chosen.clear();
        for (const box of results.list.querySelectorAll("input[type=checkbox]")) box.checked = false;
      },
    });
    replaceChildren(
      main,
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, "Question bank"),
        el("p", {}, "Every question from your assessments, with how pupils did on it. Search, tick the questions you want, then add copies of them to one of your drafts. No pupil is named here."),
      ),
      results.form.element,
      el("div", { class: "bank-layout" }, el("section", { class: "bank-layout__results", "aria-labelledby": "bank-results-heading" }, el("h2", { id: "bank-results-heading" }, "Questions found"), results.status, results.summary, results.list, results.pager), results.panel.element),
    );
    await load(results, 1);
  },
});

/** Search with the form's values and show page `page` of the results. */
async function load(results, page) {
  const ticket = ++results.ticket;
  results.list.setAttribute("aria-busy", "true");
  try {
    const found = await api(`/api/bank/questions?${searchQuery(results.form.values(), page, PAGE_SIZE)}`);
    if (ticket !== results.ticket) return; // a newer search has been made meanwhile
    results.page = page;
    results.status.clear();
    show(results, found);
  } catch (error) {
    sayProblem(results.status, error);
  } finally {
    if (ticket === results.ticket) results.list.removeAttribute("aria-busy");
  }
}

function show(results, found) {
  const first = (found.page - 1) * found.page_size + 1;
  const last = first + found.questions.length - 1;
  results.summary.textContent = found.total
    ? `Showing ${first} to ${last} of ${count(found.total, "question")}.`
    : "No questions match. Use fewer words or clear some filters.";
  const onChoose = (q, isChosen) => {
    if (isChosen) results.chosen.set(q.id, q);
    else results.chosen.delete(q.id);
    results.panel.update();
  };
  replaceChildren(results.list, found.questions.map((q) => resultCard(q, { chosen: results.chosen.has(q.id), onChoose })));
  const pages = Math.max(1, Math.ceil(found.total / found.page_size));
  const button = (label, page) => el("button", { type: "button", class: "button button--secondary button--small", onClick: () => load(results, page) }, label);
  replaceChildren(
    results.pager,
    found.page > 1 ? button("Previous page", found.page - 1) : null,
    pages > 1 ? el("span", {}, `Page ${found.page} of ${pages}`) : null,
    found.page < pages ? button("Next page", found.page + 1) : null,
  );
}
