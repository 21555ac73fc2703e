/**
 * Parameters: the law as data. Every amount, limit, duration and minimum is a parameter with
 * dated values; each value carries its source (instrument, article, where it was read) and a
 * status (`confirmed`, `secondary`, `unconfirmed`, `unknown`). A value of `null` means the value
 * exists in law but was not found (status `unknown`). The files live in
 * `packages/rules/parameters/` so a lawyer can read and correct them without reading TypeScript.
 *
 * @module
 */
import { Schema } from "effect"
import { CivilDate } from "./civil-date.ts"
import { Bilingual, Confidence, type Source } from "./source.ts"

const NonEmptyString = Schema.String.check(Schema.isMinLength(1))

/** Units a parameter may be expressed in; money is whole VND; `years` is an age in completed years. */
export const ParameterUnit = Schema.Literals([
  "VND/person/day",
  "VND/person",
  "VND/person/month",
  "days",
  "months",
  "working days",
  "school years",
  "years",
  "yes/no",
])
export type ParameterUnit = typeof ParameterUnit.Type

/** Where a value was read: the instrument, its article (clause, point) and the page read. */
export const ParameterSource = Schema.Struct({
  instrument: NonEmptyString,
  article: NonEmptyString,
  clause: Schema.optionalKey(NonEmptyString),
  point: Schema.optionalKey(NonEmptyString),
  readAt: NonEmptyString,
})
export type ParameterSource = typeof ParameterSource.Type

/**
 * One dated value, in force from `from` to `to` (both inclusive; `to: null` = open-ended).
 * `value: null` only with status `unknown`.
 */
export const ParameterValue = Schema.Struct({
  from: CivilDate,
  to: Schema.NullOr(CivilDate),
  value: Schema.NullOr(Schema.Finite),
  status: Confidence,
  note: Schema.optionalKey(NonEmptyString),
  source: ParameterSource,
})
export type ParameterValue = typeof ParameterValue.Type

/** A condition written beside a provincial rate, with how sure we are of its reading. */
export const ParameterCondition = Schema.Struct({ text: Bilingual, status: Confidence })
export type ParameterCondition = typeof ParameterCondition.Type

/** Parameter ids are ASCII kebab-case: `d09-facility-meals-max-days`, `travel-meals`. */
export const ParameterId = Schema.String.check(
  Schema.isPattern(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "must be an ASCII kebab-case id such as travel-meals" }),
)

/**
 * A parameter and its dated values, in date order, not overlapping. `nationalMinimum` (provincial
 * files only) names the national parameter the rate must not fall below.
 */
export const Parameter = Schema.Struct({
  id: ParameterId,
  description: Bilingual,
  unit: ParameterUnit,
  nationalMinimum: Schema.optionalKey(ParameterId),
  condition: Schema.optionalKey(ParameterCondition),
  values: Schema.Array(ParameterValue).check(Schema.isMinLength(1)),
})
export type Parameter = typeof Parameter.Type

/** A national parameter file: a title and the parameters of one provision or instrument. */
export const ParameterFile = Schema.Struct({
  title: Bilingual,
  parameters: Schema.Array(Parameter).check(Schema.isMinLength(1)),
})
export type ParameterFile = typeof ParameterFile.Type

/**
 * The dated value of `parameter` in force on `date` (`from` and `to` both included), or
 * `undefined` when none is. A value in force may still be `null` (status `unknown`): check
 * `value.value` before using the number.
 *
 * @example
 * valueOn(nationalParameters.get("social-assistance-standard-level")!, civilDate("2024-06-30"))?.value // 360000
 * valueOn(nationalParameters.get("social-assistance-standard-level")!, civilDate("2024-07-01"))?.value // 500000
 * valueOn(nationalParameters.get("d162-essential-needs-max-days")!, civilDate("2025-06-30"))           // undefined
 */
export const valueOn = (parameter: Parameter, date: CivilDate): ParameterValue | undefined => {
  for (const value of parameter.values) {
    if (date >= value.from && (value.to === null || date <= value.to)) return value
  }
  return undefined
}

const sources = new WeakMap<ParameterValue, Source>()

/** The {@link Source} of a dated value, with the value's status (one shared object per value). */
export const sourceOf = (value: ParameterValue): Source => {
  let source = sources.get(value)
  if (source === undefined) {
    source = { ...value.source, status: value.status }
    sources.set(value, source)
  }
  return source
}
