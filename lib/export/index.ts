import "server-only";
// Case bundles, the user's own data, and the PDF path the letters share.
export { exportCaseBundle, BUNDLE_FORMAT, type BundleInput } from "./export-case-bundle";
export { loadCaseRecord } from "./load-case-record";
export { buildCaseSummary, sha256Sums, deadlineOutcome } from "./build-case-summary";
export { renderPdf } from "./render-pdf";
export { renderHtml, escapeHtml } from "./render-html";
export { streamZip, type ZipEntry, type StreamedZip } from "./stream-zip";
export { printDocFromText, type PrintDoc, type PrintBlock } from "./print-doc";
export type { CaseRecord, RecordEvidence, RecordPayment, RecordEvent } from "./case-record";
export { formatDateTime, formatDate, zoneName } from "./format";
export { factRows } from "./case-facts";
export { exportMyData, MY_DATA_FORMAT } from "./export-my-data";
