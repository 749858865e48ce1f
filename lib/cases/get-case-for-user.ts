import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/** Ownership is part of the query: another user's case id is "not found". */
export async function getCaseForUser(ownerId: string, caseId: string) {
  const found = await db().case.findFirst({
    where: { id: caseId, ownerId },
    include: { events: { orderBy: [{ occurredAt: "asc" }, { recordedAt: "asc" }] } },
  });
  if (!found) throw new NotFoundError("case");
  return found;
}
