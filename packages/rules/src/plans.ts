/**
 * Provincial plans (kế hoạch) and their targets (chỉ tiêu) as data: issuing body, number, date,
 * period, area, and each target's indicator, comparison, target value and source. Plans live in
 * `parameters/plans/*.json`; progress is computed from records by the progress module, never
 * typed in.
 *
 * @module
 */
import { Result, Schema } from "effect"
import qn1522 from "../parameters/plans/qn-1522-2023.json" with { type: "json" }
import qn4215 from "../parameters/plans/qn-4215-2021.json" with { type: "json" }
import { CivilDate } from "./civil-date.ts"
import { InvalidParameterFile } from "./errors.ts"
import { ProvinceId } from "./facts.ts"
import { decodeFile } from "./parameter-validation.ts"
import { Bilingual, Source } from "./source.ts"

/**
 * Indicators progress can be computed for (see `shared/domain/plans.md`):
 * - `victims_supported`: identified victims whose every assessed need was met;
 * - `localities_communicating`: high-risk localities and localities with a victim that ran
 *   anti-trafficking communication;
 * - `staff_trained`: victim-support officers with a training record.
 */
export const IndicatorId = Schema.Literals(["victims_supported", "localities_communicating", "staff_trained"])
export type IndicatorId = typeof IndicatorId.Type

/** A target: `indicator` `comparison` `targetPercent` (e.g. victims_supported at least 100%). */
export const PlanTarget = Schema.Struct({
  id: Schema.String.check(Schema.isPattern(/^[a-z][a-z0-9_]*$/)),
  indicator: IndicatorId,
  comparison: Schema.Literal("at_least"),
  targetPercent: Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 100 })),
  /** The target as the plan words it. */
  label: Bilingual,
  source: Source,
})
export type PlanTarget = typeof PlanTarget.Type

/** A plan id: kebab-case, e.g. `qn-1522-2023` (province, number, year). */
export const PlanId = Schema.String.check(Schema.isPattern(/^[a-z0-9]+(-[a-z0-9]+)*$/))
export type PlanId = typeof PlanId.Type

/**
 * A plan: who issued it, its number and date, the period and area it covers, and its targets.
 *
 * @example
 * findPlan("qn-1522-2023") // Quảng Nam plan 1522/KH-UBND of 2023-03-17, period 2023
 */
export const Plan = Schema.Struct({
  id: PlanId,
  issuer: Bilingual,
  number: Schema.String,
  issuedOn: CivilDate,
  title: Bilingual,
  /** The period measured, both days included. */
  period: Schema.Struct({ from: CivilDate, to: CivilDate }),
  area: Schema.Struct({ province: ProvinceId }),
  sources: Schema.Array(Source),
  targets: Schema.Array(PlanTarget),
})
export type Plan = typeof Plan.Type
/** The JSON form of a {@link Plan}, as in `parameters/plans/*.json`. */
export type PlanEncoded = typeof Plan.Encoded

/**
 * Validates a plan file (JSON).
 *
 * @returns `InvalidParameterFile` with the first broken key, or when the period ends before it
 *   starts.
 */
export const parsePlan = (json: unknown, file: string): Result.Result<Plan, InvalidParameterFile> => {
  const decoded = decodeFile(Plan, json, file)
  if (Result.isFailure(decoded)) return decoded
  if (decoded.success.period.to < decoded.success.period.from) {
    return Result.fail(new InvalidParameterFile({ file, key: "period", rule: "the period ends before it starts" }))
  }
  return Result.succeed(decoded.success)
}

/**
 * The plans shipped with the rules: Quảng Nam 1522/KH-UBND (2023, id `qn-1522-2023`) and
 * 4215/KH-UBND (2021–2025, id `qn-4215-2021`, targets as reported for 1522 [unconfirmed]).
 * Validated when the module loads: a broken shipped file throws its `InvalidParameterFile` on import.
 */
export const plans: ReadonlyArray<Plan> = [
  Result.getOrThrow(parsePlan(qn1522, "parameters/plans/qn-1522-2023.json")),
  Result.getOrThrow(parsePlan(qn4215, "parameters/plans/qn-4215-2021.json")),
]

/**
 * The shipped plan with this id, or `undefined` for an id no shipped plan has.
 *
 * @example
 * findPlan("qn-1522-2023")?.number // "1522/KH-UBND"
 * findPlan("qn-9999-2030")         // undefined
 */
export const findPlan = (id: string): Plan | undefined => plans.find((plan) => plan.id === id)
