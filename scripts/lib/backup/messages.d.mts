export class BackupError extends Error {
  constructor(code: string, params?: Record<string, unknown>);
  code: string;
  params: Record<string, unknown>;
}
export function cliLocale(env?: Record<string, string | undefined>): "en" | "zh-CN";
export function describe(error: BackupError, locale?: "en" | "zh-CN"): string;
export const MESSAGE_CODES: string[];
export const MESSAGES: Record<
  string,
  { en: (p: Record<string, unknown>) => string; "zh-CN": (p: Record<string, unknown>) => string }
>;
