import "server-only";
import { db } from "@/lib/db";

export async function listCasesForUser(ownerId: string) {
  return db().case.findMany({
    where: { ownerId },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, platform: true, title: true, amountFen: true, status: true, createdAt: true },
  });
}
