// Apart from query.ts so the calculator's form can import it in the browser without zod and
// the deadline engine.

/** The Beijing wall time of an instant as an <input type="datetime-local"> value. */
export function beijingLocalInputValue(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}
