import "server-only";
import { db, Prisma } from "@/lib/db";
import { hashPassword } from "./password";
import type { SignUpSchema } from "./schema";
import type { z } from "zod";

export type CreateUserResult = { ok: true; userId: string } | { ok: false; code: "email_taken" };

export async function createUserWithPassword(
  input: z.output<typeof SignUpSchema>,
  locale: string,
): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({ data: { email: input.email, passwordHash, locale }, select: { id: true } });
    return { ok: true, userId: user.id };
  } catch (error) {
    // The unique index decides, not a prior lookup: two sign-ups racing for one email get one account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, code: "email_taken" };
    }
    throw error;
  }
}
