import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { appendAudit } from "@/lib/audit";
import type { CaseKind } from "@/lib/cases/schema";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { RECIPIENTS_BY_KIND } from "./recipients";
import type { SaveLetterSchema } from "./schema";

/**
 * Adds a version of a letter (never overwrites one) and its entry in the case's hash
 * chain, in one transaction. The chain keeps the text's SHA-256 and length, so it can
 * prove which text was saved without copying letters into the log.
 */
export async function saveLetterVersion(
  ownerId: string,
  input: z.output<typeof SaveLetterSchema>,
  now: Date,
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const found = await tx.case.findFirst({ where: { id: input.caseId, ownerId }, select: { kind: true } });
    if (!found || !RECIPIENTS_BY_KIND[found.kind as CaseKind].includes(input.recipient)) {
      throw new NotFoundError("letter");
    }
    // Lock the case row before reading the last version: two saves in parallel queue, so
    // versions never collide (appendAudit takes the same lock again).
    const entryAt = { caseId: input.caseId, recipient: input.recipient, locale: input.locale };
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${input.caseId} FOR UPDATE`;
    const last = await tx.letterDraft.findFirst({
      where: entryAt,
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (last?.version ?? 0) + 1;
    await tx.letterDraft.create({ data: { ...entryAt, version, body: input.body, createdAt: now } });
    await appendAudit(tx, {
      caseId: input.caseId,
      actor: `user:${ownerId}`,
      action: "letter.saved",
      at: now,
      after: {
        recipient: input.recipient,
        locale: input.locale,
        version,
        chars: input.body.length,
        sha256: createHash("sha256").update(input.body, "utf8").digest("hex"),
      },
    });
    return { version };
  });
}
