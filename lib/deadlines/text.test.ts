import { describe, expect, test } from "vitest";
import { describeAsciiPunctuation, notEnglish } from "@/lib/i18n/fullwidth.mjs";
import { CASE_KINDS, type CaseEventInput, type CaseFacts } from "./case-input";
import { ADVICE_RULES } from "./catalog/advice";
import type { Bilingual } from "./catalog/rule-types";
import { SOURCES } from "./catalog/sources";
import { countDaysFrom } from "./count-days";
import { PAYMENT_PLATFORMS, officialContacts } from "./guidance/official-contacts";
import { SELF_CHECK_ITEMS } from "./guidance/self-check";
import { provisionalHolidaysNote } from "./derivation/provisional-note";
import { ev } from "./test-utils";
import { KINDS } from "@/lib/kinds";
import {
  RULE_CATALOG,
  computeKindDeadlines as computeDeadlines,
  previewKindDeadlines as previewDeadlines,
} from "@/lib/kinds/catalog";
import { stepContacts } from "@/lib/kinds/contacts";
import { BANK_IDS, bankContact } from "@/lib/kinds/banks";

/** Every user-facing text the engine produces, named for the failure message. */
function catalogTexts(): [string, Bilingual][] {
  const out: [string, Bilingual][] = [];
  for (const r of RULE_CATALOG) {
    out.push([`${r.id}.label`, r.label], [`${r.id}.escalation`, r.escalation.text], [`${r.id}.source`, r.source]);
    if (r.note) out.push([`${r.id}.note`, r.note]);
    for (const e of r.evidence) out.push([`${r.id}.evidence.${e.id}`, e.label]);
  }
  for (const a of ADVICE_RULES) {
    out.push([`${a.id}.text`, a.text], [`${a.id}.source`, a.source]);
    a.items?.forEach((item, i) => out.push([`${a.id}.items[${i}]`, item]));
  }
  for (const [key, s] of Object.entries(SOURCES)) out.push([`SOURCES.${key}`, s]);
  out.push(["provisionalHolidaysNote", provisionalHolidaysNote([2027, 2028])]);
  for (const item of SELF_CHECK_ITEMS) {
    out.push([`selfCheck.${item.id}`, item.label]);
    if (item.hint) out.push([`selfCheck.${item.id}.hint`, item.hint]);
  }
  for (const p of PAYMENT_PLATFORMS)
    officialContacts(p).forEach((c, i) => {
      out.push([`contacts.${p}[${i}]`, c.label]);
      if (c.route) out.push([`contacts.${p}[${i}].route`, c.route]);
    });
  // A named bank's contact (the case page, the letters).
  for (const id of BANK_IDS) {
    const c = bankContact(id);
    if (c) out.push([`bankContact.${id}`, c.label], [`bankContact.${id}.route`, c.route!]);
  }
  // The kinds' first steps (lib/kinds/<kind>.ts) and the tel: links they resolve to.
  for (const kind of CASE_KINDS)
    for (const step of KINDS[kind].steps) {
      out.push([`steps.${step.id}`, step.text]);
      if (step.why) out.push([`steps.${step.id}.why`, step.why]);
      for (const [p, own] of Object.entries(step.onPlatform ?? {})) {
        out.push([`steps.${step.id}.why.${p}`, own.why]);
        if (own.source) out.push([`steps.${step.id}.source.${p}`, own.source]);
      }
      if (step.source) out.push([`steps.${step.id}.source`, step.source]);
      for (const p of PAYMENT_PLATFORMS)
        for (const t of stepContacts(step.contacts, kind, p)) out.push([`steps.${step.id}.tel.${t.number}`, t.label]);
    }
  return out;
}

/** Derivations over every clock, holidays and make-up days, pauses, leap days and unpublished years. */
function derivations(): [string, Bilingual][] {
  const out: [string, Bilingual][] = [];
  const facts = (kind: CaseFacts["kind"]): CaseFacts => ({
    kind,
    delayedArrivalHours: 24,
    freezeExpiresOn: "2027-03-01",
  });
  const triggers = [
    "2025-09-30T18:00:00+08:00",
    "2026-02-13T09:00:00+08:00",
    "2027-12-28T09:00:00+08:00",
    "2028-02-29T09:00:00+08:00",
  ];
  for (const kind of CASE_KINDS)
    for (const at of triggers)
      for (const d of previewDeadlines(kind, new Date(at), new Date(at), facts(kind)))
        if (d.status !== "not_applicable") out.push([`${d.ruleId}@${at}`, d.derivation]);
  const paused: CaseEventInput[] = [
    ev("COMPLAINT_FILED", "2025-09-30T18:00:00+08:00"),
    ev("INFO_REQUESTED", "2025-10-09T09:00:00+08:00"),
    ev("INFO_PROVIDED", "2025-10-13T09:00:00+08:00"),
  ];
  for (const kind of ["MISDIRECTED_TRANSFER", "MERCHANT_DISPUTE"] as const)
    for (const d of computeDeadlines({ kind }, paused, new Date("2025-10-20T00:00:00+08:00")))
      if (d.status !== "not_applicable") out.push([`${d.ruleId} paused`, d.derivation]);
  for (const clock of ["WORKING_DAYS", "CALENDAR_DAYS"] as const)
    out.push([`count ${clock}`, countDaysFrom(new Date("2026-12-20T10:00:00+08:00"), clock, 20).derivation]);
  return out;
}

const texts = [...catalogTexts(), ...derivations()];

describe("user-facing text of the engine", () => {
  test("there is plenty to check (catalog, guidance and derivations)", () => {
    expect(texts.length).toBeGreaterThan(200);
  });
  test("zh-CN: no ASCII , : ; ? ! ( ) next to a Chinese character", () => {
    const bad = texts.flatMap(([name, t]) => describeAsciiPunctuation(t["zh-CN"]).map((d) => `${name}: ${d}`));
    expect(bad).toEqual([]);
  });
  test("no internal references (seed, §) shown to users", () => {
    const bad = texts.filter(([, t]) => /seed|§/i.test(t["zh-CN"]) || /seed|§/i.test(t.en)).map(([n]) => n);
    expect(bad).toEqual([]);
  });
  // Decided: no exception for quoted official names either. English users get the
  // English name of a menu or an office; the Chinese term lives in the zh-CN text.
  test("English shows English only: no CJK character, CJK or full-width punctuation, or curly quote", () => {
    const bad = texts.filter(([, t]) => notEnglish(t.en).length > 0).map(([n, t]) => `${n}: ${t.en}`);
    expect(bad).toEqual([]);
  });
});
