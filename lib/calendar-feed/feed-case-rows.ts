import { z } from "zod";
import type { FeedCaseRow } from "./feed-from-cases";

/**
 * The feed's cases as loadFeedCases reads them (load-calendar-feed.ts): one JSON text that
 * PostgreSQL writes, an array per case. Text, not rows, because it crosses to a pool thread as
 * one string (a copy of bytes) where 2,000 cases of objects and Dates were a structured clone
 * on the main thread, and because Prisma then maps one value instead of every column of every
 * row of three queries (issue 23: the cold feed). Parsed here, on the side that builds the feed.
 */

/** A timestamp(3) as PostgreSQL's JSON writes it: ISO 8601 without a zone, in UTC (Prisma's DateTime). */
const utc = z.iso.datetime({ local: true }).transform((text) => new Date(`${text}Z`));

/** Integer fen, written as text by the query: exact past 2^53. */
const fen = z
  .string()
  .regex(/^-?\d+$/)
  .transform((text) => BigInt(text));

/** [occurredAt, createdAt], in the payments' position order. */
const payment = z.tuple([utc, utc]);

/** [id, type, occurredAt, recordedAt, actor, payload]. */
const event = z.tuple([z.string(), z.string(), utc, utc, z.string(), z.unknown()]);

/**
 * [id, kind, platform, title, status, amountFen, facts, updatedAt, payments, events]. Facts stay
 * as stored: the kind's own schema parses them where the deadlines are computed.
 */
const FeedCaseJson = z
  .tuple([
    z.string(),
    z.string(),
    z.string(),
    z.string(),
    z.string(),
    fen,
    z.unknown(),
    utc,
    z.array(payment),
    z.array(event),
  ])
  .transform(([id, kind, platform, title, status, amountFen, facts, updatedAt, payments, events]): FeedCaseRow => ({
    id,
    kind,
    platform,
    title,
    status,
    amountFen,
    facts,
    updatedAt,
    payments: payments.map(([occurredAt, createdAt]) => ({ occurredAt, createdAt })),
    events: events.map(([id, type, occurredAt, recordedAt, actor, payload]) => ({
      id,
      type,
      occurredAt,
      recordedAt,
      actor,
      payload,
    })),
  }));

const FeedCasesJson = z.array(FeedCaseJson);

/** The cases of loadFeedCases's JSON text; anything else (a changed query) throws. */
export function parseFeedCases(json: string): FeedCaseRow[] {
  return FeedCasesJson.parse(JSON.parse(json));
}
