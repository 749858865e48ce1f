export const PGLITE_START_PARAMS: string[];
export function templatePath(root: string): string;
export function seedFromTemplate(dataDir: string | undefined, template: string | undefined): Promise<boolean>;
export function collectGarbage(): void;
