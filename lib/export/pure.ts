// The pure half of lib/export (no server-only, no I/O): what other concerns' pure code
// (lib/letters) may import to speak about a case the way the bundle does.
export type { CaseRecord, RecordEvidence, RecordPayment, RecordEvent } from "./case-record";
export { bundleFileName } from "./case-record";
export { formatDate, formatDateTime, zoneName } from "./format";
export { printDocFromText, type PrintDoc, type PrintBlock } from "./print-doc";
export { factRows } from "./case-facts";
