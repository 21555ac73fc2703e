/**
 * Age in completed years on the date that matters: the date of the acts for screening, the
 * assessment date for "under 18". A person reaches N on their Nth birthday; this is a count of
 * birthdays, not a period under Civil Code 2015 Art. 147–148.
 *
 * A birth on 29 February reaches N on 1 March in years without a 29 February. This is an
 * **unconfirmed convention** (no source read states it): it is applied everywhere, and an age
 * that depends on it says so in {@link Age.leapDayConvention}.
 *
 * @module
 */
import { compare, isLeapYear, toParts, type CivilDate } from "./civil-date.ts"

/** What is known of a birth: the full date, or only the year. */
export interface Birth {
  readonly birthDate?: CivilDate | undefined
  readonly birthYear?: number | undefined
}

/**
 * An age in completed years. With a full birth date `min === max`; with a birth year alone the
 * age is one of two values (`max = min + 1`, the birthday may or may not have passed).
 */
export interface Age {
  readonly min: number
  readonly max: number
  /** `birth_date` (exact) or `birth_year` (a range). */
  readonly basis: "birth_date" | "birth_year"
  /**
   * `true` when the answer depends on the 29 February convention (born 29 February, date on
   * 28 February of a year without a 29th: age counts as not yet reached).
   */
  readonly leapDayConvention: boolean
  /** The computation in plain words. */
  readonly explanation: string
}

const birthdayReached = (birth: CivilDate, on: CivilDate): boolean => {
  const b = toParts(birth)
  const o = toParts(on)
  // Comparing (month, day) makes a 29 February birthday fall on 1 March in a common year.
  return o.month > b.month || (o.month === b.month && o.day >= b.day)
}

/**
 * Age in completed years on `on`.
 *
 * @returns `undefined` when neither `birthDate` nor `birthYear` is known; a range with a birth
 *   year alone. A birth after `on` is not an age: the caller checks that first (see
 *   {@link bornAfter}); this function then returns `undefined` too.
 * @example
 * ageOn({ birthDate: civilDate("2007-09-15") }, civilDate("2025-09-14")) // { min: 17, max: 17, … }
 * ageOn({ birthDate: civilDate("2007-09-15") }, civilDate("2025-09-15")) // { min: 18, max: 18, … }
 * ageOn({ birthYear: 2007 }, civilDate("2025-09-15"))                     // { min: 17, max: 18, … }
 */
export const ageOn = (birth: Birth, on: CivilDate): Age | undefined => {
  if (bornAfter(birth, on)) return undefined
  const onYear = toParts(on).year
  if (birth.birthDate !== undefined) {
    const b = toParts(birth.birthDate)
    const years = onYear - b.year - (birthdayReached(birth.birthDate, on) ? 0 : 1)
    const o = toParts(on)
    const leapDayConvention = b.month === 2 && b.day === 29 && !isLeapYear(onYear) && o.month === 2 && o.day === 28
    const leapNote =
      b.month === 2 && b.day === 29
        ? "; born on 29 February, the birthday in a year without one is taken as 1 March [unconfirmed convention]"
        : ""
    return {
      min: years,
      max: years,
      basis: "birth_date",
      leapDayConvention,
      explanation: `born ${birth.birthDate}: ${years} completed years on ${on}${leapNote}`,
    }
  }
  if (birth.birthYear !== undefined) {
    const max = onYear - birth.birthYear
    const min = Math.max(0, max - 1)
    return {
      min,
      max,
      basis: "birth_year",
      leapDayConvention: false,
      explanation: `born in ${birth.birthYear}, day unknown: ${min === max ? `${min}` : `${min} or ${max}`} completed years on ${on}`,
    }
  }
  return undefined
}

/** Whether the known birth is certainly after `on` (a fact to correct, not an age). */
export const bornAfter = (birth: Birth, on: CivilDate): boolean =>
  birth.birthDate !== undefined ? compare(birth.birthDate, on) > 0 : birth.birthYear !== undefined && birth.birthYear > toParts(on).year

/**
 * Whether an age is under `years`: `true`, `false`, or `"uncertain"` when a birth-year range
 * straddles the limit (born 2007, on 2025-06-01: 17 or 18).
 *
 * @example
 * isUnder(ageOn({ birthYear: 2007 }, civilDate("2025-06-01"))!, 18) // "uncertain"
 */
export const isUnder = (age: Age, years: number): boolean | "uncertain" =>
  age.max < years ? true : age.min >= years ? false : "uncertain"
