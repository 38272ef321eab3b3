// The admin areas, and the row of links to them at the top of every admin page (the main navigation has one
// "Admin" entry; this row says where inside it you are).

import { el } from "../components/html.js";
import { navFor } from "../components/page-shell.js";

/** The admin pages built here. Other admin pages join the row through NAV in page-shell.js. */
export const ADMIN_AREAS = [
  { label: "Overview", href: "/admin/index.html", description: "How the system is running." },
  { label: "Teachers", href: "/admin/teachers.html", description: "Create teacher accounts, give admin rights, reset passwords, switch accounts off." },
  { label: "Classes", href: "/admin/classes.html", description: "Create, rename and delete classes; choose who teaches them." },
  { label: "Pupils", href: "/admin/pupils.html", description: "Find pupils, import or update them from a CSV, print login cards, reset passwords." },
  { label: "New school year", href: "/admin/new-year.html", description: "Move every class up a year (7A becomes 8A), archive Year 9 and other leavers, keep last year's results to read." },
  { label: "Audit log", href: "/admin/audit.html", description: "Who did what and when: sign-ins, account changes, publishing, exports." },
  { label: "Single sign-on", href: "/admin/sign-in.html", description: "Sign in with Google or Microsoft: the providers, and whether staff must use them." },
  { label: "AI settings", href: "/admin/ai-settings.html", description: "The AI service, its key (kept encrypted) and how written answers are marked." },
  { label: "Privacy and data", href: "/admin/privacy.html", description: "How long pupils' work is kept, the AI usage log, and a pupil's data: download or erase." },
];

/** Every admin area: the ones above, then any other /admin/ page in the main navigation. */
export function adminAreas(user) {
  const known = new Set(ADMIN_AREAS.map((a) => a.href));
  const others = navFor(user).filter((item) => item.href.startsWith("/admin/") && !known.has(item.href));
  return [...ADMIN_AREAS, ...others];
}

/** The row of admin links, with the current page marked (aria-current and a bar, not colour alone). */
export function adminNav(user) {
  return el(
    "nav",
    { class: "admin-nav no-print", "aria-label": "Admin areas" },
    el(
      "ul",
      {},
      adminAreas(user).map((area) =>
        el("li", {}, el("a", { href: area.href, "aria-current": area.href === location.pathname ? "page" : null }, area.label)),
      ),
    ),
  );
}
