import { readdir } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";
import { mintSession } from "./mint-session";

// Every route of the built app, signed out and signed in, with bad paths, methods, headers and
// bodies: whatever comes in, nothing answers 5xx (issue 27). Routes are read from app/, so a
// new page or route handler is fuzzed the day it is added.

type Answer = { status: number; headers: http.IncomingHttpHeaders };

function send(options: { path: string; method: string; headers?: Record<string, string>; body?: Buffer | string }) {
  const port = Number(process.env.E2E_PORT ?? 3200);
  return new Promise<Answer>((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: options.path,
        method: options.method,
        headers: { host: `localhost:${port}`, ...options.headers },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    // A server that closes on a refused body is fine; only a status decides.
    req.on("error", () => resolve({ status: 0, headers: {} }));
    req.end(options.body);
  });
}

/** app/(group)/cases/[id]/page.tsx → /cases/PARAM; route groups and prerendered internals dropped. */
async function routes(): Promise<string[]> {
  const files = await readdir(path.join(process.cwd(), "app"), { recursive: true });
  const paths = new Set<string>();
  for (const file of files) {
    if (!/(^|\/)(page\.tsx|route\.ts)$/.test(file)) continue;
    const segments = path
      .dirname(file)
      .split(path.sep)
      .filter((s) => s !== "." && !/^\(.*\)$/.test(s))
      .map((s) => (s.startsWith("[...") ? "a/b" : s.startsWith("[") ? "PARAM" : s));
    if (segments[0] === "prerendered") continue;
    paths.add(`/${segments.join("/")}`.replace(/\/$/, "") || "/");
  }
  return [...paths].sort();
}

const BAD_SEGMENTS = [
  "%ED",
  "%",
  "%00",
  "%2e%2e%2f%2e%2e%2fetc",
  "x".repeat(3000),
  "%E4%B8%AD%E6%96%87",
  "%F0%9F%98",
  "a;b=c",
];
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const BODIES: { type: string; body: Buffer | string }[] = [
  { type: "application/json", body: "{not json" },
  { type: "application/json", body: '{"__proto__":{"x":1},"item":[1,2]}' },
  {
    type: "multipart/form-data; boundary=zzz",
    body: '--zzz\r\ncontent-disposition: form-data; name="file"; filename="a\u0001.png"\r\n\r\nx\r\n--zzz--',
  },
  { type: "multipart/form-data", body: "no boundary" },
  { type: "application/x-www-form-urlencoded", body: "a=%ED&b=%&email=%00" },
  { type: "application/octet-stream", body: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xed, 0xa0, 0x80]) },
];
const HEADER_SETS: Record<string, string>[] = [
  { cookie: "next-auth.session-token=garbage; NEXT_LOCALE=xx-%ED" },
  { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
  { "next-action": "0000000000000000000000000000000000000000", origin: "http://evil.example" },
  { "next-action": "not-an-id", "content-type": "text/plain;charset=UTF-8" },
  { "next-router-state-tree": "%ED{[", rsc: "1" },
  { accept: "text/x-garbage", "accept-language": "%%%", range: "bytes=99999999-1" },
  { "x-forwarded-for": "not an ip, 999.1.1.1", "x-forwarded-host": "evil.example" },
];

test("no route answers 5xx to malformed input, signed out or in", async () => {
  test.setTimeout(600_000);
  const session = await mintSession(uniqueEmail("fuzz"));
  const signedIn = { cookie: `${session.cookie.name}=${session.cookie.value}` };
  const failures: string[] = [];
  let sent = 0;
  const check = async (label: string, options: Parameters<typeof send>[0]) => {
    const answer = await send(options);
    sent += 1;
    if (answer.status >= 500) failures.push(`${answer.status} ${label}`);
    return answer;
  };

  const paths = await routes();
  expect(paths).toEqual(expect.arrayContaining(["/", "/cases/PARAM", "/api/cases/PARAM/evidence", "/feed/PARAM"]));
  for (const route of paths) {
    for (const auth of [{}, signedIn]) {
      const who = "cookie" in auth ? "signed in" : "signed out";
      for (const method of METHODS) await check(`${method} ${route} (${who})`, { path: route, method, headers: auth });
      for (const query of ["?token=%ED&email=%00", "?callbackUrl=%ED&t=%&lang=%00", "?x=%E4%B8"]) {
        await check(`GET ${route}${query} (${who})`, { path: `${route}${query}`, method: "GET", headers: auth });
      }
      for (const bad of BAD_SEGMENTS) {
        const target = route.includes("PARAM") ? route.replace("PARAM", bad) : `${route}/${bad}`;
        await check(`GET ${target.slice(0, 80)} (${who})`, { path: target, method: "GET", headers: auth });
      }
      for (const headers of HEADER_SETS) {
        for (const method of ["GET", "POST"]) {
          await check(`${method} ${route} ${JSON.stringify(headers).slice(0, 80)} (${who})`, {
            path: route,
            method,
            headers: { ...auth, ...headers, ...(method === "POST" ? { "content-length": "2" } : {}) },
            body: method === "POST" ? "{}" : undefined,
          });
        }
      }
      for (const { type, body } of BODIES) {
        for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
          await check(`${method} ${route} ${type} (${who})`, {
            path: route,
            method,
            headers: { ...auth, "content-type": type, "content-length": String(Buffer.byteLength(body)) },
            body,
          });
        }
      }
    }
  }
  console.log(`fuzz: ${sent} requests, ${failures.length} answered 5xx`);
  expect(failures).toEqual([]);
});

test("the issue's probes: bad escapes → 400 with security headers, big or foreign actions → 413 / 403", async () => {
  for (const target of ["/%ED", "/cases/%ED", "/feed/%ED.ics", "/_next/static/%ED"]) {
    const answer = await send({ path: target, method: "GET" });
    expect(answer.status, target).toBe(400);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
  const actionHeaders = { "next-action": "0".repeat(40), "content-type": "text/plain;charset=UTF-8" };
  const big = await send({
    path: "/cases/new",
    method: "POST",
    headers: {
      ...actionHeaders,
      origin: `http://localhost:${process.env.E2E_PORT ?? 3200}`,
      "content-length": String(100 * 1024 * 1024),
    },
    body: Buffer.alloc(64 * 1024),
  });
  expect(big.status).toBe(413);
  const foreign = await send({
    path: "/cases/new",
    method: "POST",
    headers: { ...actionHeaders, origin: "http://evil.example", "content-length": "2" },
    body: "[]",
  });
  expect(foreign.status).toBe(403);
});

test("evidence upload with the cookie and Origin: http://evil.example → 403, nothing stored", async () => {
  const session = await mintSession(uniqueEmail("csrf"));
  const boundary = "zzz";
  const body = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.txt"\r\ncontent-type: text/plain\r\n\r\nplanted\r\n--${boundary}--\r\n`;
  const answer = await send({
    path: "/api/cases/anything/evidence",
    method: "POST",
    headers: {
      cookie: `${session.cookie.name}=${session.cookie.value}`,
      origin: "http://evil.example",
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "content-length": String(Buffer.byteLength(body)),
    },
    body,
  });
  expect(answer.status).toBe(403);
});
