import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_TIME_ZONE } from "./zoned-time";

/** The zone the user enters and reads times in (Beijing unless they chose another). */
export async function getUserTimeZone(userId: string): Promise<string> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return user?.timeZone ?? DEFAULT_TIME_ZONE;
}
