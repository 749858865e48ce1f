export const PGLITE_START_PARAMS: string[];
export function templatePath(root: string): string;
export function templateFor(dataDir: string | undefined, file: string | undefined): Blob | undefined;
export function collectGarbage(): void;
