import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { createTestUser } from "./factories/user";
import { multipartBody } from "./setup/multipart";
import { startS3Server } from "./setup/s3-server";

// The same routes with S3_BUCKET set: blobs go to a real S3-protocol server (s3rver) on 127.0.0.1.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));

const upload = await import("@/app/api/cases/[caseId]/evidence/route");
const one = await import("@/app/api/cases/[caseId]/evidence/[evidenceId]/route");

let s3: Awaited<ReturnType<typeof startS3Server>>;
beforeAll(async () => {
  s3 = await startS3Server("recourse-evidence");
  Object.assign(process.env, {
    S3_BUCKET: s3.config.bucket,
    S3_ENDPOINT: s3.config.endpoint,
    S3_REGION: s3.config.region,
    S3_ACCESS_KEY_ID: s3.config.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.config.secretAccessKey,
    S3_FORCE_PATH_STYLE: "true",
  });
  resetEnvForTests();
});
afterAll(async () => {
  for (const key of [
    "S3_BUCKET",
    "S3_ENDPOINT",
    "S3_REGION",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_FORCE_PATH_STYLE",
  ]) {
    delete process.env[key];
  }
  resetEnvForTests();
  await s3.stop();
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
/** s3rver keeps each object as files under <directory>/<bucket>/<key>…; count what is stored for a case. */
async function objectsFor(caseId: string): Promise<number> {
  const files = await readdir(path.join(s3.directory, s3.config.bucket), { recursive: true }).catch(() => []);
  return files.filter((f) => f.includes(caseId) && f.endsWith("._S3rver_object")).length;
}

describe("evidence on the S3 driver", () => {
  test("upload, download the same bytes, remove deletes the object; a refused upload stores nothing", async () => {
    const owner = await createTestUser();
    session.user = owner;
    const { id: caseId } = await db().case.create({
      data: { ownerId: owner.id, kind: "FRAUD", platform: "ALIPAY", title: "s3", amountFen: 1n },
    });
    const pdf = await readFile(path.join(process.cwd(), "lib/evidence/__fixtures__/receipt.pdf"));
    const send = async (bytes: Uint8Array, filename: string) => {
      const { body, contentType } = multipartBody([{ field: "file", filename, bytes }]);
      const request = new Request(`http://localhost/api/cases/${caseId}/evidence`, {
        method: "POST",
        headers: { "content-type": contentType },
        body: new Uint8Array(body),
      });
      return upload.POST(request, { params: Promise.resolve({ caseId }) });
    };

    const created = await send(pdf, "报警回执.pdf");
    expect(created.status).toBe(201);
    const [file] = ((await created.json()) as { evidence: { id: string; sha256: string }[] }).evidence;
    expect(file!.sha256).toBe(sha256(pdf));
    expect(await objectsFor(caseId)).toBe(1);

    const ctx = { params: Promise.resolve({ caseId, evidenceId: file!.id }) };
    const url = `http://localhost/api/cases/${caseId}/evidence/${file!.id}`;
    const download = await one.GET(new Request(url), ctx);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(pdf));

    const refused = await send(await readFile("/bin/true"), "photo.jpg");
    expect(refused.status).toBe(415);
    expect(await objectsFor(caseId)).toBe(1);

    expect((await one.DELETE(new Request(url, { method: "DELETE" }), ctx)).status).toBe(204);
    expect(await objectsFor(caseId)).toBe(0);
    expect((await one.GET(new Request(url), ctx)).status).toBe(404);
  });
});
