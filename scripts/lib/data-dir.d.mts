export function prepareDataDir(dataDir: string): Promise<{ ok: true } | { ok: false; message: string }>;
