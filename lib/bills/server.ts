import "server-only";
// Server entry points of bills (route handlers, commands); the pure parser is in ./index.
export { previewBillResponse } from "./preview-request";
export { importBillResponse } from "./import-request";
export { importBill, billChecklistItem, BILL_CHECKLIST_ITEMS, type ImportBillResult } from "./import-bill";
