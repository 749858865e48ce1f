import { z } from "zod";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { CASE_KINDS, PLATFORMS } from "@/lib/cases/schema";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const emptyToUndefined = (v: unknown) => {
  const value = first(v);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

/**
 * The dashboard's filter form (a GET form: the URL is shareable and works without script).
 * A value that is not one of the choices is dropped rather than refused: a stale bookmark
 * still opens the page.
 */
export const DashboardFilterSchema = z.object({
  kind: z.preprocess(emptyToUndefined, z.enum(CASE_KINDS).optional().catch(undefined)),
  platform: z.preprocess(emptyToUndefined, z.enum(PLATFORMS).optional().catch(undefined)),
  status: z.preprocess(emptyToUndefined, z.enum(CASE_STATUSES).optional().catch(undefined)),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional().catch(undefined)),
});

export function parseDashboardFilters(searchParams: Record<string, string | string[] | undefined>) {
  const parsed = DashboardFilterSchema.parse(searchParams);
  return { kind: parsed.kind, platform: parsed.platform, status: parsed.status, text: parsed.q };
}
