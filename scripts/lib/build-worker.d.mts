export const WORKER_DIR: string;
export const WORKER_BUNDLE: string;
export const HEAVY_BUNDLE: string;
export const HEAVY_PDF_BUNDLE: string;
export const ENV_BUNDLE: string;
export function buildWorker(): Promise<string>;
