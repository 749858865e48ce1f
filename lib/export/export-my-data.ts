import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { blobStore, type BlobStore } from "@/lib/storage";
import { bundleFileName } from "./case-record";
import { fileDate } from "./format";
import { streamZip, type StreamedZip, type ZipEntry } from "./stream-zip";

export const MY_DATA_FORMAT = "recourse-my-data/1";

/** JSON with bigint money as decimal strings (fen), never as lossy numbers. */
const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2) + "\n";

/**
 * Everything Recourse holds about one user (PIPL art. 45): data.json with the account,
 * sessions, every case with its payments, events, hash chain, evidence records and letter
 * versions, and the evidence files themselves under evidence/<case id>/. Streamed like the
 * case bundle; secrets (password hash, two-factor secret, session tokens) are described, not copied.
 */
export async function exportMyData(
  userId: string,
  now: Date,
  store: BlobStore = blobStore(),
): Promise<StreamedZip & { fileName: string }> {
  const user = await db().user.findUnique({
    where: { id: userId },
    include: {
      sessions: { select: { createdAt: true, expires: true }, orderBy: { createdAt: "asc" } },
      accounts: { select: { provider: true, type: true } },
      cases: {
        orderBy: { createdAt: "asc" },
        include: {
          payments: { orderBy: { position: "asc" } },
          events: { orderBy: [{ occurredAt: "asc" }, { recordedAt: "asc" }] },
          audit: { orderBy: { seq: "asc" } },
          evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
          letters: { orderBy: [{ recipient: "asc" }, { locale: "asc" }, { version: "asc" }] },
        },
      },
    },
  });
  if (!user) throw new NotFoundError("user");

  const files: ZipEntry[] = [];
  const cases = user.cases.map(({ evidence, ownerId: _owner, ...rest }) => ({
    ...rest,
    evidence: evidence.map(({ storageKey, caseId: _case, ...e }, i) => {
      const path = `evidence/${rest.id}/${bundleFileName(i, e.name, e.ext)}`;
      files.push({ path, size: e.size, sha256: e.sha256, mtime: e.createdAt, open: () => store.get(storageKey) });
      return { ...e, path };
    }),
  }));
  const data = {
    format: MY_DATA_FORMAT,
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      email: user.email,
      emailVerified: user.emailVerified,
      name: user.name,
      locale: user.locale,
      timeZone: user.timeZone,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      passwordSet: user.passwordHash !== null,
      twoFactorSince: user.totpEnabledAt,
      linkedSignIns: user.accounts,
    },
    sessions: user.sessions,
    cases,
  };
  const zip = streamZip([{ path: "data.json", buffer: Buffer.from(json(data), "utf8"), mtime: now }, ...files]);
  return { ...zip, fileName: `recourse-my-data-${fileDate(now, user.timeZone).replaceAll("-", "")}.zip` };
}
