"use server";

import { headers } from "next/headers";
import { requireUser } from "@/lib/auth";
import { issueCalendarFeed, revokeCalendarFeed } from "@/lib/calendar-feed";
import { env } from "@/lib/env";
import { runAction } from "@/lib/errors/action-failure";
import type { ActionResult } from "@/lib/forms/action-result";

// No input to validate: both act on the signed-in user's own feed only. Through runAction
// (ADR 0032) like every action, though neither command has an expected failure today.

export async function issueFeedAction(): Promise<ActionResult<{ url: string }>> {
  const user = await requireUser();
  return runAction(async () => {
    const token = await issueCalendarFeed(user.id, new Date());
    const host = (await headers()).get("host") ?? "localhost";
    const base = env().NEXTAUTH_URL ?? `http://${host}`;
    return { url: new URL(`/feed/${token}.ics`, base).toString() };
  });
}

export async function revokeFeedAction(): Promise<ActionResult<undefined>> {
  const user = await requireUser();
  return runAction(async () => {
    await revokeCalendarFeed(user.id);
    return undefined;
  });
}
