// The sign-in page (web/index.html). Someone already signed in goes straight to their home page.

import { ApiError } from "./api.js";
import { currentUser, pageAfterSignIn, signIn } from "./auth.js";
import { replaceChildren } from "./components/html.js";
import { statusMessage } from "./components/status.js";
import { showCodeStep } from "./sign-in/code-step.js";

const form = document.getElementById("sign-in-form");
const username = document.getElementById("username");
const password = document.getElementById("password");
const showPassword = document.getElementById("show-password");
const button = document.getElementById("sign-in-button");
const message = document.getElementById("sign-in-message");
const intro = document.getElementById("sign-in-intro");
const params = new URLSearchParams(location.search);
let busy = false;

/** A message in the form's live region (#sign-in-message, in the page from the start). */
function say(text, kind = "info") {
  replaceChildren(message, statusMessage(text, { kind }));
}

function fieldError(input, text) {
  const error = document.getElementById(`${input.id}-error`);
  error.textContent = text || "";
  error.hidden = !text;
  if (text) {
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", error.id);
  } else {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
  }
}

async function submit(event) {
  event.preventDefault();
  if (busy) return; // one sign-in at a time; the button stays focusable (disabling it would drop focus)
  const name = username.value.trim();
  fieldError(username, name ? "" : "Type your username.");
  fieldError(password, password.value ? "" : "Type your password.");
  if (!name || !password.value) {
    replaceChildren(message);
    (name ? password : username).focus();
    return;
  }

  busy = true;
  button.setAttribute("aria-disabled", "true");
  button.textContent = "Signing in…";
  replaceChildren(message);
  try {
    const answer = await signIn(name, password.value);
    if (answer.next_step === "two_factor_code") {
      showCodeStep({ passwordForm: form, intro, say, onSignedIn: signedIn, onStartAgain: startAgain });
      return;
    }
    signedIn(answer);
  } catch (error) {
    const detail = error instanceof ApiError ? error.detail : "Something went wrong. Please try again.";
    say(detail, "warning");
    // Ready to retype the password: it is selected, so typing replaces it.
    password.setAttribute("aria-describedby", "sign-in-message");
    password.focus();
    password.select();
    if (!(error instanceof ApiError)) console.error(error);
    busy = false;
    button.removeAttribute("aria-disabled");
    button.textContent = "Sign in";
  }
}

function signedIn(answer) {
  say("Signed in. Opening your home page…", "success");
  location.replace(pageAfterSignIn(answer));
}

/** Back to the username and password (the code step was left, or it ran out of time). */
function startAgain() {
  busy = false;
  button.removeAttribute("aria-disabled");
  button.textContent = "Sign in";
  password.value = "";
  password.focus();
}

form.addEventListener("submit", submit);
showPassword.addEventListener("change", () => {
  password.type = showPassword.checked ? "text" : "password";
});
for (const input of [username, password]) {
  input.addEventListener("input", () => {
    if (input.getAttribute("aria-invalid")) fieldError(input, "");
  });
}

if (params.get("signed-out")) {
  say("You are signed out.", "success");
} else if (params.get("next")) {
  say("Please sign in to carry on.", "info");
}

// Already signed in (for example a second tab): go straight to the right home page.
try {
  const user = await currentUser();
  if (user) location.replace(pageAfterSignIn({ user, two_factor_setup_required: user.two_factor_setup_required }));
} catch {
  // The server could not be reached; signing in will say so when it is tried.
}
