"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import {
  beginTwoFactorEnrolment,
  changePassword,
  confirmTwoFactorEnrolment,
  deleteAccount,
  disableTwoFactor,
  fieldRefusal,
  requireUser,
  revokeAllSessions,
} from "@/lib/auth";
import { ChangePasswordSchema, DeleteAccountSchema, TwoFactorCodeSchema } from "@/lib/auth/schema";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { runAction } from "@/lib/errors/action-failure";
import { type ActionResult, invalid } from "@/lib/forms/action-result";

export async function startTwoFactor(): Promise<ActionResult<{ qrSvg: string; secret: string }>> {
  const user = await requireUser();
  return runAction(async () => {
    const { qrSvg, secret } = await beginTwoFactorEnrolment(user.id, user.email);
    return { qrSvg, secret };
  });
}

export async function confirmTwoFactor(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const user = await requireUser();
  const parsed = TwoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runAction(async () => {
    const result = await confirmTwoFactorEnrolment(user.id, parsed.data.code);
    if (!result.ok) throw fieldRefusal(result.code, "code");
    return { recoveryCodes: result.recoveryCodes };
  });
}

export async function turnOffTwoFactor(input: unknown): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = TwoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runAction(async () => {
    const result = await disableTwoFactor(user.id, parsed.data.code);
    if (!result.ok) throw fieldRefusal(result.code, "code");
    return null;
  });
}

export async function updatePassword(input: unknown): Promise<ActionResult<null>> {
  const user = await requireUser();
  const parsed = ChangePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runAction(async () => {
    const result = await changePassword(user.id, user.sessionId, parsed.data);
    if (!result.ok) throw fieldRefusal(result.code, result.field);
    return null;
  });
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
  const removed = await runAction(async () => {
    const result = await deleteAccount(user.id, parsed.data.confirmation);
    if (!result.ok) throw fieldRefusal(result.code, result.field);
    await forgetCookie();
    return null;
  });
  if (!removed.ok) return removed;
  redirect("/");
}
