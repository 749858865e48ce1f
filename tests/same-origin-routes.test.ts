import { readdir } from "node:fs/promises";
import path from "node:path";
import type * as Auth from "@/lib/auth";
import { describe, expect, test, vi } from "vitest";
import { createTestUser } from "./factories/user";

// Every route handler under app/ that exports a state-changing method is found on disk and
// called with a signed-in session and a foreign Origin (or Sec-Fetch-Site): each must answer
// 403 before doing anything. A new route is covered the day it is added.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof Auth>()),
  getSessionUser: async () => session.user,
}));

/** Routes whose credential is not the cookie: each with the reason. */
const EXEMPT: Record<string, string> = {
  "app/api/reminders/unsubscribe/route.ts": "RFC 8058 one-click: the signed token in the URL is the credential",
};
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

async function routeFiles(dir = "app"): Promise<string[]> {
  const entries = await readdir(path.join(process.cwd(), dir), { recursive: true });
  return entries
    .filter((entry) => path.basename(entry) === "route.ts")
    .map((entry) => path.join(dir, entry))
    .sort();
}

type Handler = (request: Request, context: unknown) => Promise<Response>;

const foreignRequests = (url: string, method: string) => [
  new Request(url, {
    method,
    headers: { origin: "http://evil.example", "content-type": "application/json", cookie: "NEXT_LOCALE=en" },
    body: "{}",
  }),
  // Same site, another port: the browser calls that "same-site", and the cookie goes along.
  new Request(url, {
    method,
    headers: { origin: "http://localhost:4000", "sec-fetch-site": "same-site", cookie: "NEXT_LOCALE=zh-CN" },
    body: "{}",
  }),
  // No Origin, but the browser says the request is cross-site.
  new Request(url, { method, headers: { "sec-fetch-site": "cross-site" }, body: "{}" }),
  new Request(url, { method, headers: { origin: "null" }, body: "{}" }),
];

describe("every POST, PUT, PATCH and DELETE route refuses a foreign origin", async () => {
  const files = await routeFiles();
  const cases: { file: string; method: string; handler: Handler }[] = [];
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
    for (const method of WRITE_METHODS) {
      if (typeof mod[method] === "function") cases.push({ file, method, handler: mod[method] as Handler });
    }
  }

  test("the routes are found (the evidence upload among them)", () => {
    expect(cases.map((c) => `${c.method} ${c.file}`)).toContain("POST app/api/cases/[caseId]/evidence/route.ts");
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  test.each(cases.filter((c) => !EXEMPT[c.file]).map((c) => [c.method, c.file, c] as const))(
    "%s %s → 403",
    async (method, file, { handler }) => {
      const user = await createTestUser();
      session.user = { id: user.id, email: user.email };
      const params = Promise.resolve({ caseId: "c1", evidenceId: "e1", nextauth: ["callback", "credentials"] });
      for (const request of foreignRequests(`http://localhost:3000/api/x`, method)) {
        const response = await handler(request, { params });
        expect(response.status, `${method} ${file} origin=${request.headers.get("origin")}`).toBe(403);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("cross_site");
        expect(body.error.message).toMatch(/Recourse/);
      }
    },
  );

  test("the refusal is translated, and a same-origin write is not refused", async () => {
    const upload = cases.find((c) => c.file.endsWith("[caseId]/evidence/route.ts"))!;
    const zh = await upload.handler(foreignRequests("http://localhost:3000/api/x", "POST")[1]!, {
      params: Promise.resolve({ caseId: "c1" }),
    });
    expect(((await zh.json()) as { error: { message: string } }).error.message).toContain("请直接打开");
    session.user = null;
    const same = await upload.handler(
      new Request("http://localhost:3000/api/cases/c1/evidence", {
        method: "POST",
        headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
        body: "x",
      }),
      { params: Promise.resolve({ caseId: "c1" }) },
    );
    expect(same.status).toBe(401);
  });
});
