// Who is signed in, where each role's home is, signing in and out.

import { api, ApiError, setCsrfToken, signInUrl } from "./api.js";
import { forgetAccount, useAccount } from "./components/access-arrangements.js";

export const HOMES = {
  pupil: "/pupil/dashboard.html",
  teacher: "/teacher/dashboard.html",
  admin: "/teacher/dashboard.html", // admins are teachers with admin rights
};
export const STAFF = ["teacher", "admin"];

/** The home page for a user ({role}). */
export function homeFor(user) {
  return HOMES[user.role] || "/";
}

/** The signed-in user, or null when nobody is. Also refreshes the CSRF token and, for a pupil, applies their
 * access arrangements and display choices. Never redirects. */
export async function currentUser() {
  try {
    const me = await api("/api/auth/me", { redirectOn401: false });
    setCsrfToken(me.csrf_token);
    useAccount(me);
    return me.user;
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
  if (roles && !roles.includes(user.role)) return leave(homeFor(user));
  return user;
}

function leave(url) {
  location.replace(url);
  return new Promise(() => {});
}

/** Sign in. Resolves with the user; throws ApiError (401 wrong details, 429 too many tries, ...). */
export async function signIn(username, password) {
  const answer = await api("/api/auth/login", { method: "POST", body: { username, password } });
  setCsrfToken(answer.csrf_token);
  return answer.user;
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
