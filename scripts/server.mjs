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
const refusalHeaders = guardSecurityHeaders((siteOrigin ?? "").startsWith("https://"));

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
server.listen(port, hostname, () => console.log(`[recourse] web server listening on http://${hostname}:${port}`));

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
