// Two real OpenID providers for the single sign-on browser tests, on random ports of 127.0.0.1, built with the
// certified `oidc-provider` package (pinned in ../package.json):
//
//   "google"     issuer http://127.0.0.1:<port>             — ID tokens carry email, email_verified and hd
//   "microsoft"  issuer http://127.0.0.1:<port>/<tid>/v2.0  — ID tokens carry preferred_username (the UPN) and tid
//
// Usage: node provider.mjs <redirect_uri>. When both listen it prints one JSON line to stdout:
//   {"google": {"issuer", "client_id", "client_secret", "tenant_id"}, "microsoft": {...}}
// and runs until killed. The login page is oidc-provider's own development page: type any address as the
// login (and any password); the account's claims are made from that address, so a test picks its person by what
// it types (an address in another domain is "a person from another domain"). Consent is taken as given.
//
// Mischief, for the failure cases a real provider would never produce on its own:
//   POST <issuer>/_test/mischief {"kind": "wrong-audience" | "expired" | "wrong-nonce"}
// makes the NEXT token response's ID token different — another audience, an expiry an hour ago, or a nonce that
// is not the one the app sent — re-signed with the provider's own signing key (the one its JWKS publishes), so
// the signature is good and only the app's claim checks can catch it. It applies once, then the provider is
// honest again. Nothing else is changed: codes, PKCE and single use are all oidc-provider's own.

import crypto from "node:crypto";
import http from "node:http";

import Provider from "oidc-provider";

const redirectUri = process.argv[2];
if (!redirectUri) {
  console.error("usage: node provider.mjs <redirect_uri>");
  process.exit(2);
}

const MICROSOFT_TENANT = "6e1c2a4f-3b7d-4f0e-9a51-8c2d7e4b1f30";
const OTHER_TENANT = "9d0b6c3e-1a2f-4e5d-8b7c-0f1e2d3c4b5a";
// Addresses in these domains belong to the Microsoft-like provider's school tenant; any other is another tenant.
const SCHOOL_TENANT_DOMAINS = new Set(["ks3-e2e.sch.uk"]);

function signingKey() {
  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: crypto.randomUUID(), use: "sig", alg: "RS256" };
}

function claimsFor(kind, login) {
  const address = String(login).trim().toLowerCase();
  const domain = address.split("@")[1] || "";
  if (kind === "google") {
    return { sub: `g-${address}`, email: address, email_verified: true, hd: domain, name: address };
  }
  const tid = SCHOOL_TENANT_DOMAINS.has(domain) ? MICROSOFT_TENANT : OTHER_TENANT;
  return { sub: `m-${address}`, preferred_username: address, tid, name: address };
}

function base64url(data) {
  return Buffer.from(data).toString("base64url");
}

/** The ID token with `changes` made to its claims, signed again with the provider's own key. */
function resign(idToken, jwk, changes) {
  const [header, payload] = idToken.split(".").slice(0, 2).map((part) => JSON.parse(Buffer.from(part, "base64url")));
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify({ ...payload, ...changes(payload) }))}`;
  const signature = crypto.sign("sha256", Buffer.from(input), crypto.createPrivateKey({ key: jwk, format: "jwk" }));
  return `${input}.${base64url(signature)}`;
}

const MISCHIEF = {
  "wrong-audience": () => ({ aud: "another-application" }),
  expired: (claims) => ({ iat: claims.iat - 7200, exp: claims.iat - 3600 }),
  "wrong-nonce": () => ({ nonce: "not-the-nonce-the-app-sent" }),
};

function makeProvider(kind, issuer) {
  const jwk = signingKey();
  const client = { client_id: `ks3-${kind}-client`, client_secret: crypto.randomBytes(24).toString("hex") };
  const provider = new Provider(issuer, {
    clients: [{ ...client, redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic" }],
    jwks: { keys: [jwk] },
    claims: { openid: ["sub", "hd", "tid"], email: ["email", "email_verified"], profile: ["name", "preferred_username"] },
    conformIdTokenClaims: false, // like Google and Microsoft: the email is in the ID token itself
    pkce: { methods: ["S256"], required: () => true },
    features: { devInteractions: { enabled: true } },
    findAccount: (ctx, id) => ({ accountId: id, claims: () => claimsFor(kind, id) }),
    // Consent is taken as given (as a school's own app is, in Google Workspace and Entra ID).
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "hd", "tid", "name", "preferred_username"]);
      await grant.save();
      return grant;
    },
    cookies: { keys: [crypto.randomBytes(32).toString("hex")] },
  });
  const state = { mischief: null };
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === "/token" && ctx.status === 200 && state.mischief && ctx.body?.id_token) {
      ctx.body = { ...ctx.body, id_token: resign(ctx.body.id_token, jwk, MISCHIEF[state.mischief]) };
      state.mischief = null;
    }
  });
  return { provider, client, state, prefix: new URL(issuer).pathname.replace(/\/$/, "") };
}

function readJson(req) {
  return new Promise((resolve) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      try {
        resolve(JSON.parse(body || "{}"));
      } catch {
        resolve({});
      }
    });
  });
}

/** An HTTP server for one issuer: the mischief switch, and the provider under the issuer's path. */
function serve(made) {
  const callback = made.provider.callback();
  return http.createServer(async (req, res) => {
    if (!req.url.startsWith(made.prefix + "/") && req.url !== made.prefix) {
      res.writeHead(404).end();
      return;
    }
    const rest = req.url.slice(made.prefix.length) || "/";
    if (rest === "/_test/mischief" && req.method === "POST") {
      const { kind } = await readJson(req);
      if (!MISCHIEF[kind]) {
        res.writeHead(400, { "Content-Type": "application/json" }).end(JSON.stringify({ error: `unknown kind ${kind}` }));
        return;
      }
      made.state.mischief = kind;
      res.writeHead(204).end();
      return;
    }
    if (made.prefix) {
      req.originalUrl = req.url; // oidc-provider finds its mount path from this
      req.url = rest;
    }
    callback(req, res);
  });
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)));
}

// Ports first (the issuer names its port), then the providers.
const servers = { google: http.createServer(), microsoft: http.createServer() };
const ports = { google: await listen(servers.google), microsoft: await listen(servers.microsoft) };
const issuers = {
  google: `http://127.0.0.1:${ports.google}`,
  microsoft: `http://127.0.0.1:${ports.microsoft}/${MICROSOFT_TENANT}/v2.0`,
};
const described = {};
for (const kind of ["google", "microsoft"]) {
  const made = makeProvider(kind, issuers[kind]);
  servers[kind].on("request", serve(made).listeners("request")[0]);
  described[kind] = { issuer: issuers[kind], ...made.client, tenant_id: kind === "microsoft" ? MICROSOFT_TENANT : null };
}
process.stdout.write(JSON.stringify(described) + "\n");
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => process.exit(0));
