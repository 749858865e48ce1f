export function prepareDataDir(dataDir: string): Promise<{ ok: true } | { ok: false; message: string }>;
export function explainDataDirError(dataDir: string, error: { code?: string; message?: string }): string;
