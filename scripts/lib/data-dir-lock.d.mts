export function acquireDataDirLock(
  dataDir: string,
): Promise<{ ok: true; release: () => Promise<void>; tookOverFromPid?: number } | { ok: false; holderPid: number }>;
