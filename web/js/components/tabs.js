// Tabs (WAI-ARIA tabs pattern): click or arrow keys to change tab, Home/End for the first/last.
// Only the selected tab is in the Tab order, so Tab goes from the tab list straight into its panel.

import { el } from "./html.js";

let counter = 0;

/**
 * Build a tab set.
 *
 *   const view = tabs({
 *     label: "Class results",                                   // what the tab list is for
 *     tabs: [
 *       { id: "summary", label: "Summary", panel: summaryElement },
 *       { id: "questions", label: "Questions", panel: () => buildQuestions() },  // built when first shown
 *     ],
 *     selected: "summary",
 *     onChange: (id) => history.replaceState(null, "", `#${id}`),
 *   });
 *   main.append(view);
 *
 * Returns the wrapper element; `selectTab(wrapper, id)` selects a tab from code.
 */
export function tabs({ label, tabs: items, selected, onChange } = {}) {
  if (!label || !items?.length) throw new Error("tabs(): a label and at least one tab are needed.");
  const base = `tabs-${++counter}`;
  const list = el("div", { class: "tabs__list", role: "tablist", "aria-label": label });
  const wrapper = el("div", { class: "tabs" }, list);

  items.forEach((item) => {
    const tabId = `${base}-tab-${item.id}`;
    const panelId = `${base}-panel-${item.id}`;
    const tab = el(
      "button",
      {
        type: "button",
        class: "tabs__tab",
        role: "tab",
        id: tabId,
        "aria-controls": panelId,
        "aria-selected": "false",
        tabindex: "-1",
        dataset: { tab: item.id },
        onClick: () => select(wrapper, item.id, true),
      },
      item.label,
    );
    list.append(tab);
    const panel = el("div", {
      class: "tabs__panel",
      role: "tabpanel",
      id: panelId,
      "aria-labelledby": tabId,
      tabindex: "0",
      hidden: true,
      dataset: { tab: item.id },
    });
    panel.buildContent = item.panel;
    wrapper.append(panel);
  });

  list.addEventListener("keydown", (event) => {
    const all = [...list.querySelectorAll('[role="tab"]')];
    const index = all.indexOf(document.activeElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = all[(next + all.length) % all.length];
    select(wrapper, target.dataset.tab, true);
    target.focus();
  });

  wrapper.onTabChange = onChange;
  select(wrapper, selected && items.some((i) => i.id === selected) ? selected : items[0].id, false);
  return wrapper;
}

/** Select a tab of a tab set made by `tabs` (without calling onChange). */
export function selectTab(wrapper, id) {
  select(wrapper, id, false);
}

function select(wrapper, id, byPerson) {
  for (const tab of wrapper.querySelectorAll(':scope > .tabs__list > [role="tab"]')) {
    const on = tab.dataset.tab === id;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  for (const panel of wrapper.querySelectorAll(':scope > [role="tabpanel"]')) {
    const on = panel.dataset.tab === id;
    if (on && panel.buildContent !== undefined) {
      const content = typeof panel.buildContent === "function" ? panel.buildContent() : panel.buildContent;
      panel.buildContent = undefined;
      if (content) panel.append(content);
    }
    panel.hidden = !on;
  }
  if (byPerson && wrapper.onTabChange) wrapper.onTabChange(id);
}
