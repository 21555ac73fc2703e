/**
 * Civil dates (`YYYY-MM-DD`) as the law counts them: calendar days in Asia/Ho_Chi_Minh, with no
 * time of day and no time zone. Arithmetic is done on day numbers, never on `Date` instants, so a
 * result does not depend on the machine's zone or on daylight saving anywhere.
 *
 * @module
 */
import { Schema } from "effect"

const civilDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days in `month` (1–12) of `year`, Gregorian. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

/** Whether `year` has 29 February (Gregorian rule). */
export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

const isRealCalendarDate = (text: string): boolean => {
  const match = civilDatePattern.exec(text)
  if (match === null) return false
  const month = Number(match[2])
  const day = Number(match[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month)
}

/**
 * A civil date `YYYY-MM-DD` that exists in the Gregorian calendar (`2023-02-29` is rejected).
 *
 * @example
 * Schema.decodeUnknownSync(CivilDate)("2025-07-01") // "2025-07-01" as CivilDate
 */
export const CivilDate = Schema.String.check(
  Schema.makeFilter((text: string) =>
    isRealCalendarDate(text) || `must be a real calendar date written YYYY-MM-DD (got ${JSON.stringify(text)})`,
  ),
).pipe(Schema.brand("CivilDate"))
export type CivilDate = typeof CivilDate.Type

/** Year, month (1–12) and day (1–31) of a civil date. */
export interface CivilDateParts {
  readonly year: number
  readonly month: number
  readonly day: number
}

// Digits are read by char code and dates written from a table of two-digit strings: these run
// several times per assessment, and slicing, `Number` and `padStart` were a large share of its cost.
const digit = (date: string, index: number): number => date.charCodeAt(index) - 48
const yearOf = (date: CivilDate): number => digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3)
const monthOf = (date: CivilDate): number => digit(date, 5) * 10 + digit(date, 6)
const dayOf = (date: CivilDate): number => digit(date, 8) * 10 + digit(date, 9)
const twoDigits: ReadonlyArray<string> = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, "0"))

/** Splits a civil date into its parts. */
export const toParts = (date: CivilDate): CivilDateParts => ({ year: yearOf(date), month: monthOf(date), day: dayOf(date) })

const write = (year: number, month: number, day: number): CivilDate =>
  `${year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, "0")}-${twoDigits[month]}-${twoDigits[day]}` as CivilDate

/** Writes parts as a civil date; the caller guarantees the parts form a real date. */
export const fromParts = ({ year, month, day }: CivilDateParts): CivilDate => write(year, month, day)

/**
 * Checks a literal written in code or data and brands it a {@link CivilDate}. For input from
 * outside (a request, a file), decode with the {@link CivilDate} schema instead: it reports the
 * field rather than throwing.
 *
 * @throws RangeError for text that is not a real calendar date written `YYYY-MM-DD`
 *   (`2023-02-29`, `2025-7-1`), so a typo in code or a parameter file fails loudly at load time.
 * @example
 * civilDate("2025-07-01") // "2025-07-01" as CivilDate
 * civilDate("2023-02-29") // throws RangeError: not a real calendar date: "2023-02-29"
 */
export const civilDate = (text: string): CivilDate => {
  if (!isRealCalendarDate(text)) throw new RangeError(`not a real calendar date: ${JSON.stringify(text)}`)
  return text as CivilDate
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
/** Day number of a civil date (1970-01-01 is 0), for counting days between dates. */
export const toDayNumber = (date: CivilDate): number => {
  const year = yearOf(date)
  const month = monthOf(date)
  const day = dayOf(date)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The civil date of a day number (inverse of {@link toDayNumber}). */
export const fromDayNumber = (dayNumber: number): CivilDate => {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return write(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

/**
 * `date` plus `days` calendar days (a whole number; negative goes back). Plain calendar
 * arithmetic: for a deadline to act, which skips to the next working day, use {@link periodEnd}.
 *
 * @example
 * addDays(civilDate("2024-02-28"), 1)  // "2024-02-29"
 * addDays(civilDate("2025-01-01"), -1) // "2024-12-31"
 */
export const addDays = (date: CivilDate, days: number): CivilDate => fromDayNumber(toDayNumber(date) + days)

/** Calendar days from `from` to `to` (`to` − `from`; 0 for the same day). */
export const daysBetween = (from: CivilDate, to: CivilDate): number => toDayNumber(to) - toDayNumber(from)

/**
 * Calendar days from `first` to `last`, both included (a one-day stay counts 1): how days of
 * support are counted against a cap (admission day included).
 *
 * @example
 * daysInclusive(civilDate("2025-08-01"), civilDate("2025-12-15")) // 137 (C19)
 * daysInclusive(civilDate("2025-08-01"), civilDate("2025-08-01")) // 1
 */
export const daysInclusive = (first: CivilDate, last: CivilDate): number => daysBetween(first, last) + 1

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: CivilDate): number => {
  // 1970-01-01 was a Thursday (ISO 4).
  const offset = (toDayNumber(date) + 3) % 7
  return (offset < 0 ? offset + 7 : offset) + 1
}

/** Negative, zero or positive as `a` is before, the same as or after `b`. */
export const compare = (a: CivilDate, b: CivilDate): number => (a < b ? -1 : a > b ? 1 : 0)

/** Whether `date` falls in `[from, to]`, `to` omitted meaning open-ended. */
export const isWithin = (date: CivilDate, from: CivilDate, to: CivilDate | undefined): boolean =>
  date >= from && (to === undefined || date <= to)

/**
 * The same-numbered day `months` later (a whole number; negative goes back), or the month's last
 * day when it has no such day. This is the nominal end of a period of months under Civil Code
 * 2015 Art. 148(3); {@link periodEnd} adds the move over weekends and holidays (Art. 148(5)).
 *
 * @example
 * addMonthsClamped(civilDate("2024-03-10"), 12) // "2025-03-10"
 * addMonthsClamped(civilDate("2025-01-31"), 1)  // "2025-02-28"
 * addMonthsClamped(civilDate("2024-01-31"), 1)  // "2024-02-29"
 */
export const addMonthsClamped = (date: CivilDate, months: number): CivilDate => {
  const { year, month, day } = toParts(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  return fromParts({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) })
}
