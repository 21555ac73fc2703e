/**
 * The public-holiday calendar (ngày nghỉ lễ, tết) used to end deadlines (Civil Code 2015
 * Art. 148) and to count working days. It is data: `parameters/calendar/vn-public-holidays.json`
 * lists each day off with its kind, its source and a status, the years it covers, and the days
 * whose schedule was not known when it was written ("undecided"). Outside the coverage, or on an
 * undecided day, a question about a day fails with {@link ProvisionNotInForce}: never a guess.
 *
 * Days off: Saturdays, Sundays, public holidays (Labour Code 2019 Art. 112(1)), compensatory
 * days (Art. 111(3)) and days swapped off by the annual notice. A Saturday worked in exchange
 * for a swapped day stays a weekend day for deadlines [unconfirmed convention]: Art. 148 names
 * weekend days, and counting it as working would shorten a period.
 *
 * @module
 */
import { Result, Schema } from "effect"
import calendarFile from "../parameters/calendar/vn-public-holidays.json" with { type: "json" }
import { CivilDate, isoWeekday, isWithin } from "./civil-date.ts"
import { InvalidParameterFile, ProvisionNotInForce } from "./errors.ts"
import { decodeFile } from "./parameter-validation.ts"
import { Bilingual, Confidence, Source } from "./source.ts"

/** Kinds of entries: days off, and a Saturday worked in exchange for a day off. */
export const CalendarDayKind = Schema.Literals(["public_holiday", "compensatory_day_off", "swapped_day_off", "swapped_working_day"])
export type CalendarDayKind = typeof CalendarDayKind.Type

/** The JSON form of a holiday calendar file (see `parameters/calendar/`). */
export const HolidayCalendarFile = Schema.Struct({
  calendar: Schema.String,
  description: Bilingual,
  coverage: Schema.Struct({ from: CivilDate, to: CivilDate }),
  conventions: Schema.Array(Schema.String),
  holidays: Schema.Record(Schema.String, Bilingual),
  sources: Schema.Record(Schema.String, Source),
  days: Schema.Array(
    Schema.Struct({
      date: CivilDate,
      kind: CalendarDayKind,
      holiday: Schema.String,
      source: Schema.String,
      status: Confidence,
      note: Schema.optionalKey(Schema.String),
    }),
  ),
  undecided: Schema.Array(
    Schema.Struct({ dates: Schema.Array(CivilDate), holiday: Schema.String, source: Schema.String, note: Schema.String }),
  ),
})
export type HolidayCalendarFile = typeof HolidayCalendarFile.Type

/** One listed day: what it is, and the source and status of the entry. */
export interface CalendarDay {
  readonly date: CivilDate
  readonly kind: CalendarDayKind
  readonly holiday: Bilingual
  readonly source: Source
  readonly status: Confidence
}

/** A day whose schedule is not known (e.g. which day is the second National Day holiday). */
export interface UndecidedDay {
  readonly date: CivilDate
  readonly holiday: Bilingual
  readonly source: Source
  readonly note: string
}

/** A holiday calendar ready for lookups (see {@link holidayCalendarFromJson}). */
export interface HolidayCalendar {
  readonly id: string
  /** The years the calendar answers for, both days included; outside them a lookup fails. */
  readonly coverage: { readonly from: CivilDate; readonly to: CivilDate }
  readonly days: ReadonlyMap<CivilDate, CalendarDay>
  readonly undecided: ReadonlyMap<CivilDate, UndecidedDay>
}

/** Whether a day is a working day, why, and on what the answer rests. */
export interface DayStatus {
  readonly date: CivilDate
  readonly working: boolean
  /** `weekday`, `weekend`, or the calendar entry's kind. */
  readonly reason: "weekday" | "weekend" | CalendarDayKind
  /** The calendar entry, when the day is listed. */
  readonly entry: CalendarDay | undefined
}

/**
 * Validates a holiday calendar file (as read from JSON) and indexes it.
 *
 * @returns `InvalidParameterFile` naming the key and the rule broken (schema, unknown source or
 *   holiday key, a date outside the coverage, a date listed twice).
 * @example
 * holidayCalendarFromJson(JSON.parse(text), "vn-public-holidays.json")
 */
export const holidayCalendarFromJson = (json: unknown, file: string): Result.Result<HolidayCalendar, InvalidParameterFile> => {
  const decoded = decodeFile(HolidayCalendarFile, json, file)
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  const data = decoded.success
  const fail = (key: string, rule: string) => Result.fail(new InvalidParameterFile({ file, key, rule }))
  const days = new Map<CivilDate, CalendarDay>()
  for (const [index, day] of data.days.entries()) {
    const key = `days.${index}`
    const source = data.sources[day.source]
    const holiday = data.holidays[day.holiday]
    if (source === undefined) return fail(`${key}.source`, `unknown source "${day.source}"`)
    if (holiday === undefined) return fail(`${key}.holiday`, `unknown holiday "${day.holiday}"`)
    if (!isWithin(day.date, data.coverage.from, data.coverage.to)) return fail(`${key}.date`, `${day.date} is outside the coverage`)
    if (days.has(day.date)) return fail(`${key}.date`, `${day.date} is listed twice`)
    if (day.kind === "swapped_working_day" && isoWeekday(day.date) < 6) return fail(`${key}.kind`, `${day.date} is not a weekend day`)
    if ((day.kind === "compensatory_day_off" || day.kind === "swapped_day_off") && isoWeekday(day.date) > 5) {
      return fail(`${key}.kind`, `${day.date} is a weekend day, it cannot be a ${day.kind}`)
    }
    days.set(day.date, { date: day.date, kind: day.kind, holiday, source, status: day.status })
  }
  const undecided = new Map<CivilDate, UndecidedDay>()
  for (const [index, entry] of data.undecided.entries()) {
    const source = data.sources[entry.source]
    const holiday = data.holidays[entry.holiday]
    if (source === undefined) return fail(`undecided.${index}.source`, `unknown source "${entry.source}"`)
    if (holiday === undefined) return fail(`undecided.${index}.holiday`, `unknown holiday "${entry.holiday}"`)
    for (const date of entry.dates) {
      if (days.has(date)) return fail(`undecided.${index}.dates`, `${date} is also listed as decided`)
      undecided.set(date, { date, holiday, source, note: entry.note })
    }
  }
  return Result.succeed({ id: data.calendar, coverage: data.coverage, days, undecided })
}

/**
 * Vietnam's public holidays (Labour Code 2019 Art. 112(1)), compensatory days off (Art. 111(3))
 * and the days swapped off by the annual notices, 2023-01-01 to 2027-12-31, from
 * `parameters/calendar/vn-public-holidays.json`, each entry with its source and status.
 *
 * Validated when the module loads: a broken shipped file throws `InvalidParameterFile` on import.
 */
export const vietnamHolidayCalendar: HolidayCalendar = Result.getOrThrow(
  holidayCalendarFromJson(calendarFile, "parameters/calendar/vn-public-holidays.json"),
)

/**
 * Whether `date` is a working day in `calendar` (default {@link vietnamHolidayCalendar}): not a
 * Saturday or Sunday, a public holiday (Labour Code 2019 Art. 112(1)), a compensatory day off
 * (Art. 111(3)) or a day swapped off by the annual notice. A Saturday worked in exchange stays a
 * weekend day (unconfirmed convention, see the module doc).
 *
 * @returns `ProvisionNotInForce` when `date` is outside the calendar's coverage or is a day
 *   whose schedule is undecided.
 * @example
 * dayStatus(civilDate("2025-04-07")) // Result.succeed({ working: false, reason: "public_holiday", … })
 */
export const dayStatus = (date: CivilDate, calendar: HolidayCalendar = vietnamHolidayCalendar): Result.Result<DayStatus, ProvisionNotInForce> => {
  if (!isWithin(date, calendar.coverage.from, calendar.coverage.to)) {
    return Result.fail(
      new ProvisionNotInForce({
        provision: `public-holiday calendar ${calendar.id} (covers ${calendar.coverage.from} to ${calendar.coverage.to})`,
        on: date,
      }),
    )
  }
  const undecided = calendar.undecided.get(date)
  if (undecided !== undefined) {
    return Result.fail(
      new ProvisionNotInForce({ provision: `public-holiday calendar ${calendar.id}: ${undecided.holiday.en}, ${undecided.note}`, on: date }),
    )
  }
  const entry = calendar.days.get(date)
  const weekend = isoWeekday(date) > 5
  if (entry !== undefined && entry.kind !== "swapped_working_day") return Result.succeed({ date, working: false, reason: entry.kind, entry })
  return Result.succeed({ date, working: !weekend, reason: weekend ? "weekend" : "weekday", entry })
}
