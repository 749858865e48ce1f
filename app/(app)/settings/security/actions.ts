"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import {
  beginTwoFactorEnrolment,
  changePassword,
  confirmTwoFactorEnrolment,
  deleteAccount,
  disableTwoFactor,
  requireUser,
  revokeAllSessions,
} from "@/lib/auth";
import { ChangePasswordSchema, DeleteAccountSchema, TwoFactorCodeSchema } from "@/lib/auth/schema";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { type ActionResult, failure, invalid, ok } from "@/lib/forms/action-result";

export async function startTwoFactor(): Promise<ActionResult<{ qrSvg: string; secret: string }>> {
  const user = await requireUser();
  const { qrSvg, secret } = await beginTwoFactorEnrolment(user.id, user.email);
  return ok({ qrSvg, secret });
}

export async function confirmTwoFactor(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const user = await requireUser();
  const parsed = TwoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await confirmTwoFactorEnrolment(user.id, parsed.data.code);
  return result.ok ? ok({ recoveryCodes: result.recoveryCodes }) : failure(result.code, { code: result.code });
}

export async function turnOffTwoFactor(input: unknown): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = TwoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await disableTwoFactor(user.id, parsed.data.code);
  return result.ok ? ok(null) : failure(result.code, { code: result.code });
}

export async function updatePassword(input: unknown): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = ChangePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await changePassword(user.id, user.sessionId, parsed.data);
  if (!result.ok) return failure(result.code, result.field ? { [result.field]: result.code } : undefined);
  return ok(null);
}

async function forgetCookie(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}

export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await revokeAllSessions(user.id);
  await forgetCookie();
  redirect("/sign-in");
}

export async function removeAccount(input: unknown): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = DeleteAccountSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await deleteAccount(user.id, parsed.data.confirmation);
  if (!result.ok) return failure(result.code, result.field ? { [result.field]: result.code } : undefined);
  await forgetCookie();
  redirect("/");
}
