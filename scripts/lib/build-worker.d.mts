export const WORKER_BUNDLE: string;
export function buildWorker(): Promise<string>;
