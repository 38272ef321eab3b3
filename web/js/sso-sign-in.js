// The sign-in page's single sign-on part (web/index.html): a button for each provider the admin has switched on
// ("Sign in with Google", "Sign in with Microsoft"), and, after a single sign-on that did not sign the person in,
// the message saying why and what to do. The buttons are plain links: the server sends the browser on to the
// provider, and the provider sends it back here.

import { api } from "./api.js";
import { el, replaceChildren } from "./components/html.js";
import { statusMessage } from "./components/status.js";

const host = document.getElementById("sso-sign-in");
const message = document.getElementById("sso-message");
const params = new URLSearchParams(location.search);

/** The provider's start address, carrying the page to come back to after signing in (if there is one). */
function startUrl(button) {
  const next = params.get("next");
  return next ? `${button.start_url}?${new URLSearchParams({ next })}` : button.start_url;
}

async function showButtons() {
  const buttons = await api("/api/sso/providers", { redirectOn401: false });
  if (!buttons.length) return;
  replaceChildren(
    host,
    el("ul", { class: "plain-list stack sso-buttons" }, buttons.map((b) =>
      el("li", {}, el("a", { class: "button button--wide button--secondary", href: startUrl(b), dataset: { kind: b.kind } }, b.label)))),
    el("p", { class: "sso-or muted" }, "Or sign in with your username and password:"),
  );
  host.hidden = false;
}

async function showProblem() {
  const token = params.get("sso_problem");
  if (!token) return;
  const problem = await api(`/api/sso/problem?${new URLSearchParams({ token })}`, { redirectOn401: false });
  replaceChildren(message, statusMessage(problem.message, { kind: "warning", testid: "sso-problem" }));
  // The message is shown once: a reload or a bookmark of this address does not show it again.
  params.delete("sso_problem");
  history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
}

try {
  await Promise.all([showProblem(), showButtons()]);
} catch {
  // The server could not be reached: signing in with a password will say so when it is tried.
}
