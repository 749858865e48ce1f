"use server";

import { headers } from "next/headers";
import { requireUser } from "@/lib/auth";
import { issueCalendarFeed, revokeCalendarFeed } from "@/lib/calendar-feed";
import { env } from "@/lib/env";
import { type ActionResult, ok } from "@/lib/forms/action-result";

// No input to validate: both act on the signed-in user's own feed only.

export async function issueFeedAction(): Promise<ActionResult<{ url: string }>> {
  const user = await requireUser();
  const token = await issueCalendarFeed(user.id, new Date());
  const host = (await headers()).get("host") ?? "localhost";
  const base = env().NEXTAUTH_URL ?? `http://${host}`;
  return ok({ url: new URL(`/feed/${token}.ics`, base).toString() });
}

export async function revokeFeedAction(): Promise<ActionResult<undefined>> {
  const user = await requireUser();
  await revokeCalendarFeed(user.id);
  return ok(undefined);
}
