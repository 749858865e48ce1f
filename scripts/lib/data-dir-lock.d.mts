export function acquireDataDirLock(
  dataDir: string,
): Promise<{ ok: true; release: () => Promise<void>; tookOverFromPid?: number } | { ok: false; holderPid: number }>;
export function processIdentity(pid?: number): { pid: number; startTime: string | null };
export function isAlive(holder: { pid: number; startTime?: string | null }): boolean;
