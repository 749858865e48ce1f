import { z } from "zod";

/** Re-tag a file: a checklist item id, or null to untag. Shared by the tag control and the route. */
export const TagEvidenceInput = z.object({
  item: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/)
    .nullable(),
});
export type TagEvidenceInput = z.infer<typeof TagEvidenceInput>;
