// The header every signed-in page shares: product name, the person's name, the navigation for their role,
// "Larger text" and "Sign out". Same place, same words, on every screen.

import { el, replaceChildren } from "./html.js";
import { homeFor, signOut } from "../auth.js";
import { toast } from "./toast.js";

/**
 * The navigation, one line per page that exists. Add your page here when you build it (and only then:
 * a link must never lead nowhere). `roles`: who sees it. `matches`: other paths that belong to the same
 * area, so the link is marked as the current one there too. `description`: shown on the home page cards.
 */
export const NAV = [
  { label: "My assessments", href: "/pupil/dashboard.html", roles: ["pupil"], matches: ["/pupil/"] },
  { label: "Home", href: "/teacher/dashboard.html", roles: ["teacher", "admin"] },
  {
    label: "Assessments",
    href: "/teacher/assessments.html",
    roles: ["teacher", "admin"],
    matches: ["/teacher/review-questions.html", "/teacher/preview.html", "/teacher/class-results.html"],
    description: "Make, review, preview and publish assessments.",
  },
  {
    label: "Question bank",
    href: "/teacher/bank.html",
    roles: ["teacher", "admin"],
    description: "Find questions you have used before, see how pupils did on them, and add them to a draft.",
  },
  {
    label: "Units",
    href: "/teacher/units.html",
    roles: ["teacher", "admin"],
    description: "Units of work, their learning objectives and lesson documents.",
  },
  {
    label: "Create an assessment",
    href: "/teacher/create-assessment.html",
    roles: ["teacher", "admin"],
    description: "Make a draft from your lesson plans and slides, then review it.",
  },
  {
    label: "Classes",
    href: "/teacher/classes.html",
    roles: ["teacher", "admin"],
    matches: ["/teacher/pupil-detail.html"],
    description: "Your classes and pupils: add pupils, print login cards, reset passwords.",
  },
  {
    label: "Marking",
    href: "/teacher/marking.html",
    roles: ["teacher", "admin"],
    matches: ["/teacher/revision.html"],
    description: "Check AI-suggested marks for written answers, mark by hand, and release marks to pupils.",
  },
  {
    label: "My account",
    href: "/account.html",
    roles: ["teacher", "admin"],
    description: "Change your password, set up two-step sign-in, and see where you are signed in.",
  },
  {
    label: "Admin",
    href: "/admin/index.html",
    roles: ["admin"],
    matches: ["/admin/"],
    description: "Accounts, classes and how the system is running.",
  },
];

/** The navigation entries this user may see. */
export function navFor(user) {
  return NAV.filter((item) => item.roles.includes(user.role));
}

function isCurrent(item, path) {
  return item.href === path || (item.matches || []).some((prefix) => path.startsWith(prefix));
}

/**
 * Draw the header into <header id="site-header"> (created if the page has none).
 * `current` is the path to mark as the current page (default: this page).
 */
export function renderShell(user, { current = location.pathname } = {}) {
  let header = document.getElementById("site-header");
  if (!header) {
    header = el("header", { id: "site-header" });
    document.body.prepend(header);
  }
  header.className = "site-header";

  const signOutButton = el("button", { type: "button", class: "button button--secondary button--small" }, "Sign out");
  signOutButton.addEventListener("click", async () => {
    signOutButton.disabled = true;
    signOutButton.textContent = "Signing out…";
    try {
      await signOut();
    } catch {
      signOutButton.disabled = false;
      signOutButton.textContent = "Sign out";
      toast("Could not reach the school server, so you are still signed in. Check the connection, then press Sign out again.", {
        kind: "warning",
      });
    }
  });

  const items = navFor(user);
  replaceChildren(
    header,
    el(
      "div",
      { class: "site-header__inner" },
      el(
        "a",
        { class: "site-header__brand", href: homeFor(user) },
        el("img", { src: "/img/logo.svg", alt: "", width: 32, height: 32 }),
        "KS3 Assessment",
      ),
      el(
        "div",
        { class: "site-header__user" },
        el("span", { class: "site-header__name" }, "Signed in as ", el("strong", { "data-testid": "user-name" }, user.name)),
        el("larger-text-toggle"),
        signOutButton,
      ),
      items.length
        ? el(
            "nav",
            { class: "site-nav", "aria-label": "Main" },
            el(
              "ul",
              {},
              items.map((item) =>
                el("li", {}, el("a", { href: item.href, "aria-current": isCurrent(item, current) ? "page" : null }, item.label)),
              ),
            ),
          )
        : null,
    ),
  );
  return header;
}
