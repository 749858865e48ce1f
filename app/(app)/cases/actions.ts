"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { createCase } from "@/lib/cases";
import { NewCaseSchema } from "@/lib/cases/schema";
import { type ActionResult, invalid, ok } from "@/lib/forms/action-result";

// The form's zodResolver uses the same NewCaseSchema; this re-validates on the server.
export async function openCase(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireUser();
  const parsed = NewCaseSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id } = await createCase(user.id, parsed.data);
  revalidatePath("/cases");
  return ok({ id });
}
