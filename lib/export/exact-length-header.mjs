// Next 16's App Router drops a route handler Response's Content-Length and sends the body
// chunked. A download that knows its exact size (the stored case-bundle zip) says so in this
// header as well; the launcher's web server (scripts/lib/exact-length.mjs) turns it back into
// Content-Length. Plain .mjs so that the launcher, which runs without a compiler, can import it.
export const EXACT_LENGTH_HEADER = "x-recourse-content-length";
