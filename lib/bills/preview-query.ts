import { z } from "zod";
import { EMPTY_FILTER, type BillRowFilter } from "./filter-rows";

/** Rows per page of a preview: small enough that any page of any bill stays far under 1 MB. */
export const BILL_PAGE_SIZE = 50;

const Day = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const Fen = z
  .string()
  .regex(/^\d{1,15}$/)
  .nullable();

/**
 * Which page of a bill, and the filter (lib/bills/filter-rows). Sent by the browser in the
 * X-Bill-Query header as URI-encoded JSON (the body is the file); re-validated by the server.
 */
export const BillPageQuerySchema = z.object({
  page: z.number().int().min(1).max(100_000),
  query: z.string().max(200),
  from: Day,
  to: Day,
  counterparty: z.string().max(500),
  minFen: Fen,
  maxFen: Fen,
  outgoingOnly: z.boolean(),
});
export type BillPageQuery = z.infer<typeof BillPageQuerySchema>;

export const FIRST_PAGE: BillPageQuery = { ...EMPTY_FILTER, page: 1, minFen: null, maxFen: null };

export function toRowFilter(query: BillPageQuery): BillRowFilter {
  return {
    query: query.query,
    from: query.from,
    to: query.to,
    counterparty: query.counterparty,
    minFen: query.minFen === null ? null : BigInt(query.minFen),
    maxFen: query.maxFen === null ? null : BigInt(query.maxFen),
    outgoingOnly: query.outgoingOnly,
  };
}

export function encodeBillPageQuery(query: BillPageQuery): string {
  return encodeURIComponent(JSON.stringify(query));
}

/** The header's query, or null for anything malformed (a 422). A missing header is page 1, unfiltered. */
export function decodeBillPageQuery(header: string | null): BillPageQuery | null {
  if (header === null) return FIRST_PAGE;
  try {
    const parsed = BillPageQuerySchema.safeParse(JSON.parse(decodeURIComponent(header)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
