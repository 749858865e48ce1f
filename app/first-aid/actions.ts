"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { saveFirstAidCase } from "@/lib/first-aid/save";

/**
 * "保存为案件" for a signed-in visitor: the answers on the page become an open case (or, with
 * the hourly case quota used up, the page again with the refusal).
 */
export async function saveFirstAid(formData: FormData): Promise<void> {
  const user = await requireUser();
  redirect((await saveFirstAidCase(user.id, formData.get("answers"), new Date())).path);
}
