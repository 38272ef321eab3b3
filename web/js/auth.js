// Who is signed in, where each role's home is, signing in and out.

import { api, ApiError, setCsrfToken, signInUrl } from "./api.js";
import { forgetAccount, useAccount } from "./components/access-arrangements.js";

export const HOMES = {
  pupil: "/pupil/dashboard.html",
  teacher: "/teacher/dashboard.html",
  admin: "/teacher/dashboard.html", // admins are teachers with admin rights
};
export const STAFF = ["teacher", "admin"];
// Where an admin who must set up two-step sign-in first (a production server) is sent, whatever they open.
export const TWO_STEP_SETUP_PAGE = "/account.html";

/** The home page for a user ({role}). */
export function homeFor(user) {
  return HOMES[user.role] || "/";
}

/** The signed-in user, or null when nobody is. Also refreshes the CSRF token and, for a pupil, applies their
 * access arrangements and display choices. Never redirects. The user carries `two_factor_setup_required`: an
 * admin on a production server who must set up two-step sign-in before anything else. */
export async function currentUser() {
  try {
    const me = await api("/api/auth/me", { redirectOn401: false });
    setCsrfToken(me.csrf_token);
    useAccount(me);
    return { ...me.user, two_factor_setup_required: me.two_factor_setup_required };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * The signed-in user, if their role is one of `roles` (e.g. ["teacher", "admin"]).
 * Otherwise the browser goes to the sign-in page (and comes back here afterwards) or to the user's own
 * home page, and the returned promise never settles so the page draws nothing meanwhile.
 */
export async function requireUser(roles) {
  const user = await currentUser();
  if (!user) return leave(signInUrl());
  if (user.two_factor_setup_required && location.pathname !== TWO_STEP_SETUP_PAGE) return leave(TWO_STEP_SETUP_PAGE);
  if (roles && !roles.includes(user.role)) return leave(homeFor(user));
  return user;
}

function leave(url) {
  location.replace(url);
  return new Promise(() => {});
}

/**
 * Sign in. Resolves with the server's answer: `{user, two_factor_setup_required}` when signed in, or
 * `{next_step: "two_factor_code"}` when the code from an authenticator app comes next (`signInWithCode`).
 * Throws ApiError (401 wrong details, 429 too many tries, ...).
 */
export async function signIn(username, password) {
  const answer = await api("/api/auth/login", { method: "POST", body: { username, password } });
  if (answer.csrf_token) setCsrfToken(answer.csrf_token);
  return answer;
}

/** The second step of signing in: the 6-digit code or a recovery code. Resolves like `signIn` when signed in;
 * throws ApiError (401 wrong code, or "SignInStepExpired" when the password must be typed again; 429). */
export async function signInWithCode(code) {
  const answer = await api("/api/auth/login/code", { method: "POST", body: { code }, redirectOn401: false });
  setCsrfToken(answer.csrf_token);
  return answer;
}

/** Where to go once signed in: the two-step set-up page when it must come first, else `destinationAfterSignIn`. */
export function pageAfterSignIn(answer) {
  return answer.two_factor_setup_required ? TWO_STEP_SETUP_PAGE : destinationAfterSignIn(answer.user);
}

/**
 * Sign out on the server, forget the token, and go to the sign-in page (which says "You are signed out.").
 * Throws ApiError when the server could not be told (for example offline): the person is then still
 * signed in, and the caller must say so rather than pretend.
 */
export async function signOut() {
  try {
    await api("/api/auth/logout", { method: "POST", redirectOn401: false });
  } catch (error) {
    // 401: the session had already ended, which is what signing out wants anyway.
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
  setCsrfToken(null);
  forgetAccount();
  location.assign("/?signed-out=1");
}

/**
 * Where to go after signing in: the page in `?next=` when it is a page on this site, else the user's home.
 * Only same-site paths are accepted, so a link cannot send someone elsewhere.
 */
export function destinationAfterSignIn(user, search = location.search) {
  const next = new URLSearchParams(search).get("next");
  const safe = next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\");
  const isSignInPage = next === "/" || next?.startsWith("/index.html") || next?.startsWith("/?");
  return safe && !isSignInPage ? next : homeFor(user);
}
