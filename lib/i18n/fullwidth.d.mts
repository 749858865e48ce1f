export function isCjk(ch: string | undefined): boolean;
export function asciiPunctuationNextToCjk(text: string): number[];
export function describeAsciiPunctuation(text: string): string[];
export function notEnglish(text: string): number[];
export function describeNotEnglish(text: string): string[];
export function toFullWidth(text: string): string;
export function jsonStrings(value: unknown, path?: string): [path: string, text: string][];
export function fixJson<T>(value: T): T;
