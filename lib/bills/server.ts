import "server-only";
// Server entry points of bills (route handlers, commands); the pure parser is in ./index.
export { previewBillResponse, requestLocale, billFailureBody } from "./preview-request";
