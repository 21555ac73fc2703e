/**
 * The regimes over time as data (`parameters/national/regimes.json`): each regime's first and
 * last day, and the transition rule of Law 53/2024/QH15 Art. 63. The switch date 2025-07-01 is
 * read from this file, never written in code.
 *
 * @module
 */
import { Result, Schema } from "effect"
import { CivilDate } from "./civil-date.ts"
import { InvalidParameterFile } from "./errors.ts"
import { RegimeId } from "./kinds.ts"
import { ParameterSource } from "./parameter.ts"
import { decodeFile } from "./parameter-validation.ts"
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

/**
 * The regimes file (`parameters/national/regimes.json`): the regimes in date order, each period's
 * first and last day (L2011 in force 2012-01-01; L2024 from 2025-07-01), and the transition rule
 * of Law 53/2024/QH15 Art. 63 (victims identified before L2024 took effect, and the under-18s
 * accompanying them, keep the 2011 regime), each with its source and status.
 */
export const RegimeFile = Schema.Struct({
  title: Bilingual,
  regimes: Schema.Array(RegimePeriod).check(Schema.isMinLength(1)),
  transition: Schema.Struct({ description: Bilingual, status: Confidence, source: ParameterSource }),
})
export type RegimeFile = typeof RegimeFile.Type

/**
 * Validates the regimes file (as read from JSON): the schema, then periods in date order that do
 * not overlap and do not run backward.
 *
 * @param file the file's name, quoted in errors.
 * @returns the {@link RegimeFile}, or `InvalidParameterFile { file, key, rule }` naming the first
 *   broken rule (`key: "regimes[1]", rule: "overlapping dates with the previous regime"`).
 * @example
 * validateRegimeFile(JSON.parse(text), "national/regimes.json") // Result<RegimeFile, InvalidParameterFile>
 */
export const validateRegimeFile = (json: unknown, file: string): Result.Result<RegimeFile, InvalidParameterFile> => {
  const decoded = decodeFile(RegimeFile, json, file)
  if (Result.isFailure(decoded)) return decoded
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
