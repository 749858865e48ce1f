"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { saveFirstAidCase } from "@/lib/first-aid/save";

/**
 * "保存为案件" for a signed-in visitor: the answers on the page become an open case (or, with
 * the hourly case quota used up, the page again with the refusal).
 *
 * Not through runAction (ADR 0032, amendment): this is a plain `<form action>` that works
 * without JavaScript and reads no result. Every outcome is a redirect, the quota's refusal
 * included (its code rides in the query, see saveFirstAidCase); an `{ ok: false }` would reach
 * no one, and an unexpected error already goes to error.tsx, as runAction would send it.
 */
export async function saveFirstAid(formData: FormData): Promise<void> {
  const user = await requireUser();
  redirect((await saveFirstAidCase(user.id, formData.get("answers"), new Date())).path);
}
