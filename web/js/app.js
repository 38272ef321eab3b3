// The start of every signed-in page: check who is signed in (or send them to sign in / to their own home),
// draw the shared header, then let the page draw its content into <main id="main">. If loading fails, the
// page says so in words and offers "Try again", rather than showing a blank screen.

import { ApiError } from "./api.js";
import { requireUser } from "./auth.js";
import { el, replaceChildren } from "./components/html.js";
import { renderShell } from "./components/page-shell.js";
import { statusMessage } from "./components/status.js";
import { toast } from "./components/toast.js";

const UNEXPECTED = "Something went wrong while showing this page. Your work is safe. Press Try again.";

/**
 * Start a page.
 *
 *   startPage({ roles: ["teacher", "admin"], render: async (main, { user }) => { ... } });
 *
 * `roles`: who may see the page (others go to their own home). `render(main, {user})` draws the content
 * and may be async. Resolves with the user once the page is drawn.
 */
export async function startPage({ roles, render }) {
  const main = document.getElementById("main");
  main.setAttribute("aria-busy", "true");
  try {
    const user = await requireUser(roles);
    renderShell(user);
    await render(main, { user });
    return user;
  } catch (error) {
    showPageError(main, error);
    return null;
  } finally {
    main.removeAttribute("aria-busy");
  }
}

/**
 * Replace the page content with a calm message about what went wrong and a "Try again" button.
 * Errors that are not from the API are programming mistakes: they also go to the console, where the
 * browser tests see them.
 */
export function showPageError(main, error) {
  const detail = error instanceof ApiError ? error.detail : UNEXPECTED;
  if (!(error instanceof ApiError)) console.error(error);
  replaceChildren(
    main,
    el("h1", {}, "This page did not load"),
    statusMessage(detail, { kind: "warning", role: "status" }),
    el("button", { type: "button", class: "button", onClick: () => location.reload() }, "Try again"),
  );
}

// A promise someone forgot to handle: tell the person calmly (the browser still logs it for developers).
window.addEventListener("unhandledrejection", (event) => {
  const detail = event.reason instanceof ApiError ? event.reason.detail : "Something did not work. Reload the page and try again.";
  toast(detail, { kind: "warning" });
});
