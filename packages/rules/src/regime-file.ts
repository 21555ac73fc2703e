/**
 * The regimes over time as data (`parameters/national/regimes.json`): each regime's first and
 * last day, and the transition rule of Law 53/2024/QH15 Art. 63. The switch date 2025-07-01 is
 * read from this file, never written in code.
 *
 * @module
 */
import { Result, Schema } from "effect"
import { CivilDate } from "./civil-date.ts"
import { decodeInput } from "./decode.ts"
import { InvalidParameterFile } from "./errors.ts"
import { RegimeId } from "./kinds.ts"
import { ParameterSource } from "./parameter.ts"
import { Bilingual, Confidence } from "./source.ts"

/** A regime in force from `from` to `to` (inclusive; `null` = open-ended). */
export const RegimePeriod = Schema.Struct({
  id: RegimeId,
  description: Bilingual,
  from: CivilDate,
  to: Schema.NullOr(CivilDate),
  status: Confidence,
  source: ParameterSource,
})
export type RegimePeriod = typeof RegimePeriod.Type

/** The regimes file: periods in date order, contiguous, and the transition rule. */
export const RegimeFile = Schema.Struct({
  title: Bilingual,
  regimes: Schema.Array(RegimePeriod).check(Schema.isMinLength(1)),
  transition: Schema.Struct({ description: Bilingual, status: Confidence, source: ParameterSource }),
})
export type RegimeFile = typeof RegimeFile.Type

/** Validates the regimes file: schema, then periods contiguous and in date order. */
export const validateRegimeFile = (json: unknown, file: string): Result.Result<RegimeFile, InvalidParameterFile> => {
  const decoded = decodeInput(RegimeFile, json)
  if (Result.isFailure(decoded)) {
    const issue = decoded.failure.issues[0]
    return Result.fail(new InvalidParameterFile({ file, key: issue?.path ?? "(root)", rule: issue?.message ?? "invalid" }))
  }
  const { regimes } = decoded.success
  for (const [index, period] of regimes.entries()) {
    const key = `regimes[${index}]`
    if (period.to !== null && period.to < period.from) {
      return Result.fail(new InvalidParameterFile({ file, key, rule: `backward dates: to (${period.to}) is before from (${period.from})` }))
    }
    const next = regimes[index + 1]
    if (next !== undefined && (period.to === null || next.from <= period.to)) {
      return Result.fail(new InvalidParameterFile({ file, key: `regimes[${index + 1}]`, rule: "overlapping dates with the previous regime" }))
    }
  }
  return Result.succeed(decoded.success)
}
