// The one way pages talk to the server: JSON over same-origin fetch, with the CSRF header on every
// state-changing request. Errors arrive as ApiError with the server's `detail`, which is written for the
// person reading it (teacher or pupil) and can be shown as it is.

const CSRF_HEADER = "X-CSRF-Token";
const CSRF_STORAGE_KEY = "ks3.csrfToken";
const LOGIN_PATH = "/api/auth/login";
const ME_PATH = "/api/auth/me";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const NETWORK_ERROR_DETAIL =
  "Could not reach the school server. Check your internet connection, then try again.";
const SERVER_ERROR_DETAIL = "Something went wrong on our side. Please try again in a moment.";

/** An error answer from the API: `status` (0 when the server could not be reached), `error` (a kind such as
 * "NotFound" or "NetworkError"), `detail` (a sentence for the person), and the whole `body`. */
export class ApiError extends Error {
  constructor(status, error, detail, body = null) {
    super(detail);
    this.name = "ApiError";
    this.status = status;
    this.error = error;
    this.detail = detail;
    this.body = body;
  }

  /** True when the request never reached the server (offline, server down): safe to retry later. */
  get isNetworkError() {
    return this.status === 0;
  }
}

// Kept in memory, and in sessionStorage so a reload of this tab still has it before /me answers.
let csrfToken = readStoredToken();

function readStoredToken() {
  try {
    return sessionStorage.getItem(CSRF_STORAGE_KEY);
  } catch {
    return null; // storage can be switched off; memory still works
  }
}

/** Remember the CSRF token from a sign-in or /api/auth/me answer (null forgets it). */
export function setCsrfToken(token) {
  csrfToken = token || null;
  try {
    if (csrfToken) sessionStorage.setItem(CSRF_STORAGE_KEY, csrfToken);
    else sessionStorage.removeItem(CSRF_STORAGE_KEY);
  } catch {
    // Storage unavailable: the in-memory copy is enough for this page.
  }
}

/** Where the sign-in page sends people back to after signing in again. */
export function signInUrl(returnTo = location.pathname + location.search) {
  const onSignInPage = returnTo === "/" || returnTo.startsWith("/?") || returnTo.startsWith("/index.html");
  return onSignInPage ? "/" : `/?next=${encodeURIComponent(returnTo)}`;
}

function goToSignIn() {
  location.assign(signInUrl());
  // The page is leaving: a promise that never settles stops callers from showing an error meanwhile.
  return new Promise(() => {});
}

/**
 * Call the API. `path` is the full path ("/api/auth/me"), `body` is sent as JSON.
 * Returns the parsed JSON (or null for an empty answer). Throws ApiError.
 * A 401 sends the person to the sign-in page (and back here afterwards), except for the sign-in call
 * itself and when `redirectOn401: false` is passed.
 */
export async function api(path, { method = "GET", body, signal, headers = {}, redirectOn401 = true, keepalive = false } = {}) {
  return send(path, { method, body, signal, headers, redirectOn401, retryCsrf: true, keepalive });
}

async function send(path, { method, body, signal, headers, redirectOn401, retryCsrf, keepalive = false }) {
  checkPath(path);
  method = method.toUpperCase();
  const init = {
    method,
    signal,
    keepalive, // lets a save started as the page closes still reach the server
    credentials: "same-origin",
    headers: { Accept: "application/json", ...headers },
  };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  if (!SAFE_METHODS.has(method) && csrfToken) init.headers[CSRF_HEADER] = csrfToken;

  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "NetworkError", NETWORK_ERROR_DETAIL);
  }

  // A missing or old CSRF token (for example a new tab): fetch the current one once and try again.
  if (response.status === 403 && retryCsrf && !SAFE_METHODS.has(method)) {
    const answer = await readBody(response);
    if (answer?.error === "CSRFFailed" && (await refreshCsrfToken())) {
      return send(path, { method, body, signal, headers, redirectOn401, retryCsrf: false, keepalive });
    }
    throw toApiError(response, answer);
  }
  return handle(response, path, redirectOn401);
}

async function handle(response, path, redirectOn401) {
  const answer = await readBody(response);
  if (response.ok) return answer;
  if (response.status === 401 && redirectOn401 && path !== LOGIN_PATH) {
    setCsrfToken(null);
    return goToSignIn();
  }
  throw toApiError(response, answer);
}

async function readBody(response) {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { error: "ServerError", detail: response.ok ? null : SERVER_ERROR_DETAIL };
  }
}

function toApiError(response, answer) {
  const detail =
    (answer && typeof answer.detail === "string" && answer.detail) ||
    (response.status >= 500 ? SERVER_ERROR_DETAIL : "That did not work. Please try again.");
  return new ApiError(response.status, answer?.error || `Http${response.status}`, detail, answer);
}

function checkPath(path) {
  if (typeof path !== "string" || !path.startsWith("/api/")) {
    throw new Error(`api(): the path must start with /api/ (got ${JSON.stringify(path)}).`);
  }
}

/** Ask the server for the session's CSRF token again. Returns true when one was found. */
export async function refreshCsrfToken() {
  try {
    const me = await send(ME_PATH, { method: "GET", headers: {}, redirectOn401: false, retryCsrf: false });
    setCsrfToken(me.csrf_token);
    return true;
  } catch {
    return false;
  }
}

/**
 * Upload a file (multipart/form-data). Resolves with the parsed JSON; throws ApiError like `api`.
 * `onProgress(fraction)` is called as bytes go up (0..1), so a long upload can show a progress bar.
 * Uses XMLHttpRequest because fetch cannot report upload progress.
 */
export function apiUpload(path, formData, { method = "POST", signal, onProgress, redirectOn401 = true } = {}) {
  checkPath(path);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, path);
    request.withCredentials = true;
    request.setRequestHeader("Accept", "application/json");
    if (csrfToken) request.setRequestHeader(CSRF_HEADER, csrfToken);
    if (onProgress) {
      request.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      });
    }
    request.addEventListener("error", () => reject(new ApiError(0, "NetworkError", NETWORK_ERROR_DETAIL)));
    request.addEventListener("abort", () => reject(new DOMException("The upload was cancelled.", "AbortError")));
    request.addEventListener("load", () => {
      const response = new Response(request.status === 204 ? null : request.responseText, {
        status: request.status,
        headers: { "Content-Type": request.getResponseHeader("Content-Type") || "application/json" },
      });
      handle(response, path, redirectOn401).then(resolve, reject);
    });
    if (signal) {
      if (signal.aborted) return request.abort();
      signal.addEventListener("abort", () => request.abort(), { once: true });
    }
    request.send(formData);
  });
}
