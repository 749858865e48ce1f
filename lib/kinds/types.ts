import type { z } from "zod";
import type {
  Bilingual,
  CaseEventInput,
  CaseEventType,
  CaseFacts,
  CaseKind,
  DeadlineRule,
  PaymentPlatform,
} from "@/lib/deadlines";
import type { Recipient } from "@/lib/letters/recipients";
import type { Locale, Translator } from "@/lib/i18n/translator";

export type { PaymentPlatform };

/** A payment as a kind module reads it (TRANSFER_MADE events, the earliest transfer). */
export interface KindPayment {
  readonly occurredAt: Date;
  /** When the app learned of it (the row's createdAt): a back-dated import is known late. */
  readonly createdAt?: Date;
}

export interface TelLink {
  /** Digits only, ready for a `tel:` link. */
  readonly number: string;
  readonly label: Bilingual;
}

/**
 * A first step: what the person should do, which events show it done, and, when no law or
 * platform gives it a deadline, why the app recommends doing it today. `ruleId` ties it to the
 * deadline that governs it (then the deadline is shown, with this text and its contacts).
 */
export interface GuidanceStep {
  readonly id: string;
  readonly text: Bilingual;
  /** Why now: shown with a recommendation (a step without a deadline of its own). */
  readonly why?: Bilingual;
  /** The source `why` quotes (a platform's published time), when it quotes one. */
  readonly source?: Bilingual;
  /**
   * Where the platforms' sources differ: that platform's `why` and the source it quotes (and its
   * own `text` where the step's names that platform's time). A platform without an entry gets
   * the step's own `text` and `why`, which then quote no platform's time.
   */
  readonly onPlatform?: Partial<
    Readonly<
      Record<PaymentPlatform, { readonly text?: Bilingual; readonly why: Bilingual; readonly source?: Bilingual }>
    >
  >;
  readonly metBy: readonly CaseEventType[];
  readonly ruleId?: string;
  /** "platform": the platform's official line (none for OKPay: in-app only); "police": 110 and 96110. */
  readonly contacts?: readonly ("platform" | "police" | "antiFraud")[];
  /** Only in these situations (lib/kinds/situations.ts); absent = always. */
  readonly situations?: readonly string[];
  /** Still the thing to do after its deadline lapsed before the case (a late police report still counts). */
  readonly late?: boolean;
  /** Shown only once one of these events happened (a second step). */
  readonly after?: readonly CaseEventType[];
}

/** A row of the case summary (PDF / bundle): label key under workspace.fields, and a value or null. */
export type SummaryRow = readonly [label: string, value: string | null];

export interface KindModule<K extends CaseKind, FormOut, Stored extends { readonly kind: K }> {
  readonly kind: K;
  /** The wizard's facts for this kind: text as typed in, validated values out. */
  readonly facts: z.ZodType<FormOut>;
  /** What Case.facts holds, parsed on every read (older shapes are read into the current one). */
  readonly stored: z.ZodType<Stored, unknown>;
  /** What the wizard starts from (radios need a value the schema accepts). */
  readonly defaultFacts: Readonly<Record<string, string>>;
  /** Whether a case of this kind needs a payment: a restricted account has lost nothing. */
  readonly needsPayment: boolean;
  toStored(facts: FormOut, zone: string): Stored;
  toForm(stored: Stored, zone: string): Record<string, string>;
  /** The events the facts imply (discovery, a report already made), besides the payments. */
  factEvents(stored: Stored, payments: readonly KindPayment[]): CaseEventInput[];
  /** The facts the engine reads beyond kind and platform. */
  engineFacts(stored: Stored): Partial<Omit<CaseFacts, "kind" | "platform">>;
  /** Tags the rules' and steps' scope is matched against. */
  situations(stored: Stored): readonly string[];
  /** The rules of this kind (the all-kinds ones are added by the engine, each filtered by its scope). */
  readonly rules: readonly DeadlineRule[];
  /** First steps, in the order they should be done. */
  readonly steps: readonly GuidanceStep[];
  /** Events a person records on this kind, in the order they usually happen. */
  readonly events: readonly CaseEventType[];
  summaryRows(stored: Stored, t: Translator, zone: string, locale: Locale): SummaryRow[];
  readonly letter: {
    readonly recipients: readonly Recipient[];
    fields(stored: Stored, at: (iso: string | null) => string | null, t: Translator): Record<string, string | null>;
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKindModule = KindModule<CaseKind, any, any>;
