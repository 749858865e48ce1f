export function lunarDatesOf(year: number): string;
export const FIRST_YEAR: number;
export const LAST_YEAR: number;
