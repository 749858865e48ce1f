// Server logs outlive accounts: an address written there would survive the account's deletion.
// Every log line that may carry one goes through this (issue 27).

/** An address as written, or percent-encoded inside a URL (`li.wei%40example.com`). */
const ADDRESS = /([A-Za-z0-9._%+-]+)(@|%40)([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** `li.wei@example.com` → `l***@example.com`: enough to tell two test accounts apart, not to name anyone. */
export function maskEmails(text: string): string {
  return text.replace(
    ADDRESS,
    (_match, local: string, at: string, domain: string) => `${local.slice(0, 1)}***${at}${domain}`,
  );
}
