import type { StoredFacts } from "@/lib/cases/stored-facts";
import { formatIsoDay } from "@/lib/i18n/format-date";
import { formatDateTime } from "./format";
import type { PrintLocale } from "./print-doc";
import type { Translate } from "./translate";

/** The kind-specific facts as label/value rows, in the case owner's zone; absent facts are left out. */
export function factRows(facts: StoredFacts, t: Translate, timeZone: string, locale: PrintLocale): [string, string][] {
  // The workspace's field labels are keyed by path ("facts.discoveredAt"): read the map raw.
  const labels = t.raw("workspace.fields") as Record<string, string>;
  const label = (field: string) => labels[`facts.${field}`] ?? field;
  const at = (iso: string | null) => (iso ? formatDateTime(new Date(iso), timeZone, locale) : null);
  const rows: [string, string | null][] = [];
  switch (facts.kind) {
    case "MISDIRECTED_TRANSFER":
      rows.push([
        label("delayedArrivalHours"),
        t(`wizard.delayed.${facts.delayedArrivalHours === null ? "NONE" : String(facts.delayedArrivalHours)}`),
      ]);
      break;
    case "FRAUD":
      rows.push([label("discoveredAt"), at(facts.discoveredAt)]);
      rows.push([label("policeReportedAt"), at(facts.policeReportedAt)]);
      rows.push([label("policeReceiptNo"), facts.policeReceiptNo]);
      break;
    case "MERCHANT_DISPUTE":
      rows.push([label("orderNumber"), facts.orderNumber]);
      rows.push([label("purchase"), t(`wizard.purchase${facts.purchase}`)]);
      rows.push([label("goodsReceivedAt"), at(facts.goodsReceivedAt)]);
      break;
    case "INSURANCE_CLAIM":
      rows.push([label("discoveredAt"), at(facts.discoveredAt)]);
      rows.push([label("policyNumber"), facts.policyNumber]);
      rows.push([label("claimNumber"), facts.claimNumber]);
      rows.push([label("theftReportedAt"), at(facts.theftReportedAt)]);
      break;
    case "JUDICIAL_FREEZE":
      rows.push([label("direction"), t(`wizard.direction${facts.direction}`)]);
      rows.push([label("court"), facts.court]);
      rows.push([label("noticeNumber"), facts.noticeNumber]);
      rows.push([label("noticeReceivedAt"), at(facts.noticeReceivedAt)]);
      rows.push([label("freezeExpiresOn"), facts.freezeExpiresOn ? formatIsoDay(facts.freezeExpiresOn, locale) : null]);
      break;
    case "ACCOUNT_RESTRICTED":
      rows.push([label("restriction"), t(`wizard.restriction${facts.restriction}`)]);
      rows.push([label("noticedAt"), at(facts.noticedAt)]);
      rows.push([label("statedReason"), facts.statedReason]);
      break;
  }
  return rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== "");
}
