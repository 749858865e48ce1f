#!/usr/bin/env node
// The HTTP server the launcher runs (instead of `next start` / `next dev`): Next's
// own request handler, behind one step that Next cannot do for us — deciding the
// client's address from the TCP socket (see lib/auth/client-address.mjs), so per-IP
// limits hold against a client that forges X-Forwarded-For.
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "../lib/auth/client-address.mjs";
import { restoreExactLength } from "./lib/exact-length.mjs";
import { guardRequest, guardSecurityHeaders } from "../lib/security/request-guard.mjs";
import { isHttpsSite, sessionCookieNameFor } from "../lib/security/https-site.cjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
// lib/env.ts, bundled by scripts/lib/build-worker.mjs; the launcher builds it and has validated
// the whole environment with it before starting this process. Imported by path, as start.mjs
// does: the bundle is a build output, not a source the type checker should read.
/** @type {typeof import("../lib/env")} */
const { setting } = await import(pathToFileURL(path.join(root, ".worker", "env.mjs")).href);
const dev = process.argv.includes("--dev");
const port = setting("PORT");
const hostname = setting("HOST") ?? "127.0.0.1";
// lib/env.ts has checked the list already (the same parser); this builds the address set.
const trustedProxies = parseTrustedProxies(setting("TRUSTED_PROXIES"));
const trust = {
  proxies: trustedProxies.ok && trustedProxies.count > 0 ? trustedProxies.proxies : null,
  hops: setting("TRUSTED_PROXY_HOPS"),
};

const siteOrigin = setting("NEXTAUTH_URL") ?? null;
const https = isHttpsSite(siteOrigin);
const refusalHeaders = guardSecurityHeaders(https);

const app = next({ dev, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    req.headers["x-forwarded-for"],
    req.socket.remoteAddress,
    trust,
  );
  // What Next would answer with a 500 (a path that does not decode, an oversized or
  // foreign server action) is answered here, with the security headers.
  const refusal = guardRequest(req, { siteOrigin });
  if (refusal) {
    res.statusCode = refusal.status;
    for (const { key, value } of refusalHeaders) res.setHeader(key, value);
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    // An unread body would otherwise keep the connection busy: close it after answering.
    if (req.method !== "GET" && req.method !== "HEAD") res.setHeader("Connection", "close");
    res.end(req.method === "HEAD" ? undefined : refusal.body);
    req.resume();
    return;
  }
  restoreExactLength(res);
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`[recourse] web server listening on http://${hostname}:${port}`);
  if (!dev) void warmUp();
});

/**
 * The first signed-in page after a start took 2.9–4.7 s against ~0.1 s warm (issue 23): the
 * database client, its connection and the session query, the signed-in layout's and the pages'
 * code were all first used by a person's request. Ask for the most visited signed-in pages once,
 * as a visitor whose session does not exist: the layout reads the session's row (none), the
 * pages' modules load, and each answers the redirect to sign-in. Nothing is written.
 */
async function warmUp() {
  try {
    const { encode } = await import("next-auth/jwt");
    const cookie = `${sessionCookieNameFor(https)}=${await encode({
      token: { sid: "warm-up-no-such-session" },
      secret: setting("NEXTAUTH_SECRET"),
      maxAge: 60,
    })}`;
    const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
    for (const page of ["/dashboard", "/cases"]) {
      const response = await fetch(`http://${host.includes(":") ? `[${host}]` : host}:${port}${page}`, {
        headers: { cookie },
        redirect: "manual",
      });
      await response.arrayBuffer();
    }
  } catch (error) {
    console.error(`[recourse] warm-up skipped: ${error instanceof Error ? error.message : error}`);
  }
}

/** @param {number} exitCode */
function stop(exitCode) {
  server.close(() => process.exit(exitCode));
  server.closeIdleConnections();
  setTimeout(() => process.exit(exitCode), 5_000).unref();
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));

// If the launcher is killed outright (kill -9), the IPC channel it opened closes: stop too, so a
// new launcher finds the port free and no orphan keeps serving without its database. The channel
// must not keep this process alive by itself.
if (process.channel) {
  process.channel.unref();
  process.once("disconnect", () => {
    console.error("[recourse] the launcher is gone: stopping the web server.");
    stop(1);
  });
}
