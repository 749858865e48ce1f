import type { BlockList } from "node:net";

export const CLIENT_ADDRESS_HEADER: string;
export function parseTrustedProxies(
  text: string | undefined,
): { ok: true; proxies: BlockList; count: number } | { ok: false; error: string };
export function resolveClientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trust: { proxies: BlockList | null; hops: number },
): string;
