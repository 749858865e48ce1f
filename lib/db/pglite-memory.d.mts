export const PGLITE_START_PARAMS: string[];
export function templatePath(): string;
export function templateFor(dataDir: string | undefined): Blob | undefined;
export function collectGarbage(): void;
