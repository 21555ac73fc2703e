/**
 * Deadlines to act (to file, forward, decide) under Civil Code 2015 Art. 147–148.
 * (Signature fixed; implementation in progress.)
 *
 * @module
 */
import type { CivilDate } from "./civil-date.ts"

/** A period: calendar days, working days or months. */
export type Period =
  | { readonly days: number }
  | { readonly workingDays: number }
  | { readonly months: number }

/**
 * The last day to act for a period that starts with an event on `eventOn` (counting starts the
 * next day, Civil Code 2015 Art. 147(1)); a period whose last day is a weekend or public holiday
 * ends at the end of the next working day (Art. 148(5)).
 */
export declare const periodEnd: (eventOn: CivilDate, period: Period) => CivilDate
