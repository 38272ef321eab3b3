// The teacher's home page: a greeting, the areas of the product (from the navigation) and their classes.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { el, html, replaceChildren } from "../components/html.js";
import { navFor } from "../components/page-shell.js";

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    // Admins see every class on the classes pages; here, only the ones they teach themselves.
    const classes = await api("/api/classes?mine=true");
    const areas = navFor(user).filter((item) => item.href !== location.pathname);
    replaceChildren(
      main,
      html`
        <div class="page__header">
          <h1>Welcome, ${user.name}</h1>
          <p class="page__lead">Choose what you want to work on.</p>
        </div>`,
      areas.length ? areaCards(areas) : null,
      classesSection(classes),
    );
  },
});

function areaCards(areas) {
  return html`
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">Areas</h2>
      <ul class="grid">
        ${areas.map(
          (area) => html`
            <li class="card card--link">
              <h3 class="card__title"><a href="${area.href}">${area.label}</a></h3>
              ${area.description ? html`<p class="card__meta">${area.description}</p>` : null}
            </li>`,
        )}
      </ul>
    </section>`;
}

function classesSection(classes) {
  const section = el("section", { "aria-labelledby": "classes-heading" }, el("h2", { id: "classes-heading" }, "Your classes"));
  if (!classes.length) {
    section.append(
      el("p", { class: "status status--plain", role: "status" }, "You are not linked to any classes yet. The school’s admin can add you to a class."),
    );
    return section;
  }
  section.append(
    el(
      "div",
      { class: "table-wrap" },
      el(
        "table",
        { class: "table", "data-testid": "classes-table" },
        el("caption", { class: "visually-hidden" }, "Your classes"),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col" }, "Class"),
            el("th", { scope: "col" }, "Year group"),
            el("th", { scope: "col" }, "Academic year"),
            el("th", { scope: "col", class: "number" }, "Pupils"),
          ),
        ),
        el(
          "tbody",
          {},
          classes.map((c) =>
            el(
              "tr",
              {},
              el("th", { scope: "row" }, c.name),
              el("td", {}, `Year ${c.year_group}`),
              el("td", {}, c.academic_year),
              el("td", { class: "number" }, c.pupil_count),
            ),
          ),
        ),
      ),
    ),
  );
  return section;
}
