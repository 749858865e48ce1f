import { describe, expect, test } from "vitest";
import {
  authOptions,
  changePassword,
  deleteAccount,
  loadSession,
  revokeAllSessions,
  revokeSession,
  startSession,
} from "@/lib/auth";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createTestUser } from "./factories/user";

const HOUR = 3600_000;
const MAX_AGE = 168 * HOUR; // SESSION_MAX_AGE_HOURS default

async function userWithPassword(password: string) {
  const user = await createTestUser();
  await db().user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), emailVerified: new Date() },
  });
  return user;
}

describe("sessions", () => {
  test("the cookie's JWT and the server-side row both live SESSION_MAX_AGE_HOURS, not 30 days", async () => {
    const options = authOptions();
    expect(options.session?.maxAge).toBe(168 * 3600);
    expect(options.jwt?.maxAge).toBe(168 * 3600);
    const user = await createTestUser();
    const t0 = new Date("2026-05-01T00:00:00Z");
    const sid = await startSession(user.id, t0);
    const row = await db().session.findUniqueOrThrow({ where: { sessionToken: sid } });
    expect(row.expires.getTime() - t0.getTime()).toBe(MAX_AGE);
  });

  test("the session carries the user's time zone, read with it (and a change shows on the next request)", async () => {
    const user = await createTestUser();
    const sid = await startSession(user.id);
    expect(await loadSession(sid)).toMatchObject({ userId: user.id, timeZone: "Asia/Shanghai" });
    await db().user.update({ where: { id: user.id }, data: { timeZone: "Europe/Berlin" } });
    expect(await loadSession(sid)).toMatchObject({ userId: user.id, timeZone: "Europe/Berlin" });
  });

  test("expiry slides with use and ends SESSION_MAX_AGE_HOURS after the last use", async () => {
    const user = await createTestUser();
    const t0 = new Date("2026-05-01T00:00:00Z");
    const sid = await startSession(user.id, t0);
    // Used 6 days later: still valid, and now good until 7 days after that use.
    const t1 = new Date(t0.getTime() + 144 * HOUR);
    expect(await loadSession(sid, t1)).toMatchObject({ userId: user.id, twoFactorPending: false });
    // 8 days after sign-in (2 after the last use): still valid thanks to the slide.
    expect(await loadSession(sid, new Date(t0.getTime() + 192 * HOUR))).not.toBeNull();
    // Then left alone past the window: gone, and the row with it.
    expect(await loadSession(sid, new Date(t0.getTime() + 192 * HOUR + MAX_AGE + 1))).toBeNull();
    expect(await db().session.count({ where: { sessionToken: sid } })).toBe(0);
  });

  test("sign-out revokes the session on the server (next-auth's signOut event)", async () => {
    const user = await createTestUser();
    const sid = await startSession(user.id);
    const other = await startSession(user.id);
    await authOptions().events?.signOut?.({ token: { sid }, session: undefined as never });
    expect(await loadSession(sid)).toBeNull();
    expect(await loadSession(other)).not.toBeNull();
  });

  test("sign out everywhere ends every session of the user, and only theirs", async () => {
    const user = await createTestUser();
    const bystander = await createTestUser();
    const sids = [await startSession(user.id), await startSession(user.id)];
    const theirs = await startSession(bystander.id);
    expect(await revokeAllSessions(user.id)).toBe(2);
    for (const sid of sids) expect(await loadSession(sid)).toBeNull();
    expect(await loadSession(theirs)).not.toBeNull();
  });

  test("a password change ends every other session; the browser that changed it stays", async () => {
    const user = await userWithPassword("old password is long");
    const here = await startSession(user.id);
    const thief = await startSession(user.id);
    const wrong = await changePassword(user.id, here, {
      currentPassword: "not it",
      newPassword: "plum kettle orbit saffron",
    });
    expect(wrong).toEqual({ ok: false, code: "auth.wrongPassword", field: "currentPassword" });
    expect(await loadSession(thief)).not.toBeNull();
    const weak = await changePassword(user.id, here, {
      currentPassword: "old password is long",
      newPassword: "password123",
    });
    expect(weak).toEqual({ ok: false, code: "auth.passwordCommon", field: "newPassword" });
    expect(
      await changePassword(user.id, here, {
        currentPassword: "old password is long",
        newPassword: "plum kettle orbit saffron",
      }),
    ).toEqual({ ok: true });
    expect(await loadSession(thief)).toBeNull();
    expect(await loadSession(here)).not.toBeNull();
  });

  test("deleting the account needs the password, then ends every session: a deleted user is signed out", async () => {
    const user = await userWithPassword("delete me carefully");
    const sid = await startSession(user.id);
    expect(await deleteAccount(user.id, "wrong")).toEqual({
      ok: false,
      code: "auth.wrongPassword",
      field: "confirmation",
    });
    expect(await deleteAccount(user.id, "delete me carefully")).toEqual({ ok: true });
    expect(await db().user.count({ where: { id: user.id } })).toBe(0);
    expect(await loadSession(sid)).toBeNull();
    // The session callback (what /api/auth/session answers) has no user for it either: no 500, no user.
    const session = await authOptions().callbacks?.session?.({
      session: { expires: "2030-01-01T00:00:00Z" },
      token: { sid },
    } as never);
    expect(session).toEqual({ expires: "2030-01-01T00:00:00Z" });
  });

  test("revoking an unknown or malformed sid is harmless", async () => {
    await revokeSession(undefined);
    await revokeSession("nope");
    expect(await loadSession({ not: "a string" })).toBeNull();
    expect(await loadSession("x".repeat(500))).toBeNull();
  });
});
