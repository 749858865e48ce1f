// Next 16's App Router drops a route handler Response's Content-Length (send-response.js
// FORBIDDEN_HEADERS); the app names the exact size in EXACT_LENGTH_HEADER
// (lib/export/exact-length-header.mjs) and this puts it back just before the headers go out,
// so browsers show progress and a cut-off download is detectable.
import { EXACT_LENGTH_HEADER } from "../../lib/export/exact-length-header.mjs";

export { EXACT_LENGTH_HEADER };

/**
 * Wraps `res.writeHead` (which Node also calls for implicit headers) once per response.
 * @param {import("node:http").ServerResponse} res
 */
export function restoreExactLength(res) {
  const writeHead = res.writeHead;
  // writeHead has two overloads; the arguments pass through as they came.
  res.writeHead = function (/** @type {unknown[]} */ ...args) {
    const exact = res.getHeader(EXACT_LENGTH_HEADER);
    if (exact !== undefined) {
      res.removeHeader(EXACT_LENGTH_HEADER);
      if (/^\d+$/.test(String(exact)) && !res.hasHeader("content-encoding")) {
        res.removeHeader("transfer-encoding");
        res.setHeader("content-length", String(exact));
      }
    }
    return Reflect.apply(writeHead, this, args);
  };
}
