/**
 * Deadline engine bench (`npm run bench`). One run prints:
 *  - µs per addWorkingDays(…, 15): the engine vs the day-by-day stepping
 *    baseline over the same HOLIDAYS_CN data, and their ratio (target ≥ 20×);
 *  - the time to run computeDeadlines on 100,000 synthetic cases (target < 2 s).
 * Inputs come from a seeded PRNG (instants across 2020–2026), so every run and
 * both contenders see the same ones.
 */
import { performance } from "node:perf_hooks";
import {
  addWorkingDays,
  CASE_KINDS,
  chinaWorkingDays,
  endOfBeijingDay,
  beijingEpochDay,
  type CaseEventInput,
  type CaseEventType,
  type CaseFacts,
} from "../lib/deadlines";
import { computeKindDeadlines } from "../lib/kinds/catalog";
import { steppingAddWorkingDays } from "../lib/deadlines/calendar/stepping-baseline";

const N = 15;
const CALLS = 100_000;
const CASES = 100_000;

/** mulberry32: small, seeded, good enough for spreading inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const START = Date.parse("2020-01-01T00:00:00+08:00");
const END = Date.parse("2026-12-31T23:59:59+08:00");
const random = prng(20251001);
const instantAt = () => new Date(START + Math.floor(random() * (END - START)));

/** What a careful engineer might write without the prefix table: step over the precomputed flags. */
function flagStepping(from: Date, n: number): Date {
  const calendar = chinaWorkingDays();
  let day = beijingEpochDay(from);
  for (let left = n; left > 0;) if (calendar.isWorkingDay(++day)) left--;
  return endOfBeijingDay(day);
}

function timePerCall(
  fn: (d: Date, n: number) => Date,
  inputs: readonly Date[],
  reps: number,
): { us: number; sum: number } {
  let sum = 0;
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const d of inputs) sum += fn(d, N).getTime() % 1000;
  return { us: ((performance.now() - t0) * 1000) / (inputs.length * reps), sum };
}

function syntheticCase(i: number): { facts: CaseFacts; events: CaseEventInput[] } {
  const kind = CASE_KINDS[i % CASE_KINDS.length] ?? "FRAUD";
  const t0 = instantAt().getTime();
  const ev = (type: CaseEventType, hours: number, ruleId?: string): CaseEventInput => ({
    type,
    occurredAt: new Date(t0 + hours * 3_600_000),
    ...(ruleId ? { payload: { ruleId } } : {}),
  });
  const byKind: Record<(typeof CASE_KINDS)[number], CaseEventInput[]> = {
    MISDIRECTED_TRANSFER: [
      ev("TRANSFER_MADE", 0),
      ev("COMPLAINT_FILED", 1),
      ev("INFO_REQUESTED", 5),
      ev("INFO_PROVIDED", 9),
    ],
    FRAUD: [
      ev("TRANSFER_MADE", 0),
      ev("FRAUD_DISCOVERED", 3),
      ev("POLICE_REPORTED", 20),
      ev("PLATFORM_REPORT_FILED", 22),
    ],
    MERCHANT_DISPUTE: [
      ev("GOODS_RECEIVED", 0),
      ev("COMPLAINT_FILED", 30),
      ev("DISPUTE_FILED", 200),
      ev("LOSS_KNOWN", 30),
    ],
    INSURANCE_CLAIM: [
      ev("THEFT_DISCOVERED", 0),
      ev("THEFT_REPORTED", 10),
      ev("CLAIM_FILED", 30),
      ev("CLAIM_APPROVED", 150),
    ],
    JUDICIAL_FREEZE: [
      ev("PRESERVATION_ACCEPTED", 0),
      ev("PRESERVATION_EXECUTED", 60),
      ev("FREEZE_NOTICE_RECEIVED", 70),
    ],
    ACCOUNT_RESTRICTED: [ev("RESTRICTION_NOTICED", 0), ev("APPEAL_FILED", 2), ev("UNFREEZE_MATERIALS_SUBMITTED", 50)],
  };
  const facts: CaseFacts = { kind, delayedArrivalHours: 24, freezeExpiresOn: "2027-06-30", amountFen: 600_000 };
  return { facts, events: byKind[kind].reverse() }; // unsorted on purpose: the engine sorts
}

const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

function main(): void {
  const inputs = Array.from({ length: CALLS }, instantAt);
  for (const d of inputs) {
    if (addWorkingDays(d, N).getTime() !== steppingAddWorkingDays(d, N).getTime())
      throw new Error(`mismatch at ${d.toISOString()}`);
  }
  // Warm-up (JIT) on a slice, then measure on all inputs.
  timePerCall(addWorkingDays, inputs.slice(0, 20_000), 3);
  timePerCall(steppingAddWorkingDays, inputs.slice(0, 5_000), 1);
  timePerCall(flagStepping, inputs.slice(0, 20_000), 1);
  const engine = timePerCall(addWorkingDays, inputs, 5);
  const baseline = timePerCall(steppingAddWorkingDays, inputs, 1);
  const flags = timePerCall(flagStepping, inputs, 3);
  const ratio = baseline.us / engine.us;

  const cases = Array.from({ length: CASES }, (_, i) => syntheticCase(i));
  const now = new Date("2026-06-01T12:00:00+08:00");
  for (const c of cases.slice(0, 5_000)) computeKindDeadlines(c.facts, c.events, now);
  const t0 = performance.now();
  let count = 0;
  for (const c of cases) count += computeKindDeadlines(c.facts, c.events, now).length;
  const seconds = (performance.now() - t0) / 1000;

  const fmt = (x: number) => x.toFixed(3);
  console.log(`inputs: ${CALLS} seeded instants 2020–2026, n = ${N}; engine and baseline agree on all of them`);
  console.log(`addWorkingDays engine:            ${fmt(engine.us)} µs/call`);
  console.log(`day-by-day stepping baseline:     ${fmt(baseline.us)} µs/call (string-keyed lookups, the test oracle)`);
  console.log(`speed-up:                         ${ratio.toFixed(1)}× (target ≥ 20×) ${verdict(ratio >= 20)}`);
  console.log(
    `info: stepping over precomputed flags ${fmt(flags.us)} µs/call (${(flags.us / engine.us).toFixed(1)}× slower than engine; no target)`,
  );
  console.log(
    `computeDeadlines, ${CASES} cases (${count} deadlines): ${seconds.toFixed(3)} s (target < 2 s) ${verdict(seconds < 2)}`,
  );
  if (engine.sum + baseline.sum + flags.sum === -1) console.log("unreachable");
}

main();
