/**
 * A provincial rate set prepared once per rulebook: its parameters by id, the source citing the
 * resolution, and the flags its use raises. A 2020 resolution adopted under vn-2011 applied to a
 * vn-2024 case, or after the province merged, is applied with a flag: whether it still governs
 * is unknown (provincial-rates.md).
 *
 * @module
 */
import type { ScopedParameter } from "./assessment-context.ts"
import type { Flag } from "./assessment.ts"
import type { CivilDate } from "./civil-date.ts"
import type { RegimeId } from "./kinds.ts"
import { type Parameter, sourceOf } from "./parameter.ts"
import { provisions } from "./provisions.ts"
import { nationalBasis } from "./provincial-rate-basis.ts"
import type { ProvincialRateSet } from "./provincial-rate-set.ts"
import type { Source } from "./source.ts"

/** A rate set ready for assessments. */
export interface PreparedRates {
  readonly set: ProvincialRateSet
  /** The rate set's parameters, recorded as `province/id`. */
  readonly parameters: ReadonlyMap<string, ScopedParameter>
  /** The resolution as a source (`15/2020/NQ-HĐND of Hà Giang, whole resolution`). */
  readonly instrumentSource: Source
  /** The flag raised when a rate is applied under a regime other than the one it was adopted under. */
  readonly regimeChange: Readonly<Record<RegimeId, Flag | undefined>>
  /** The flag raised when a rate is applied on or after the province merged. */
  readonly merger: { readonly on: CivilDate; readonly flag: Flag } | undefined
  /** Why the resolution gives no amount for `what`. */
  readonly noRateFor: (what: string) => string
}

const regimeChangeFlag = (set: ProvincialRateSet, instrumentSource: Source, regime: RegimeId): Flag | undefined =>
  set.instrument.adoptedUnder === regime
    ? undefined
    : {
        code: "provincial_resolution_regime_change",
        message: `${set.instrument.number} of ${set.name.en} was adopted under ${set.instrument.adoptedUnder}; whether it governs ${regime} support is unknown until a resolution under the 2024 Law is configured: its rates are applied pending review.`,
        sources: [instrumentSource, provisions.l2024Art63],
      }

const scoped = (set: ProvincialRateSet, parameter: Parameter): ScopedParameter => {
  const name = `${set.province}/${parameter.id}`
  const condition = parameter.condition
  const basis = nationalBasis[parameter.id]
  return {
    parameter,
    name,
    provincial: true,
    ...(condition === undefined || (condition.status !== "unconfirmed" && condition.status !== "unknown")
      ? {}
      : { uncertainCondition: { code: "provincial_condition_unconfirmed", message: `${name}: ${condition.text.en} [${condition.status}].`, sources: parameter.values.map(sourceOf) } }),
    ...(basis === undefined ? {} : { basis }),
  }
}

/** Prepares `set` for assessments. */
export const prepareRates = (set: ProvincialRateSet): PreparedRates => {
  const instrumentSource: Source = { instrument: `${set.instrument.number} of ${set.name.en}`, article: "whole resolution", status: set.instrument.status }
  const parameters = new Map<string, ScopedParameter>()
  for (const parameter of set.parameters) {
    if (!parameters.has(parameter.id)) parameters.set(parameter.id, scoped(set, parameter))
  }
  const succession = set.succeededBy
  const noRate = new Map<string, string>()
  return {
    set,
    parameters,
    instrumentSource,
    regimeChange: { "vn-2011": regimeChangeFlag(set, instrumentSource, "vn-2011"), "vn-2024": regimeChangeFlag(set, instrumentSource, "vn-2024") },
    merger:
      succession === undefined
        ? undefined
        : {
            on: succession.on,
            flag: {
              code: "province_merged",
              message: `${set.name.en} became part of ${succession.name.en} on ${succession.on}; whether ${set.instrument.number} still governs support assessed after the merger in its former territory is unknown.`,
              sources: [instrumentSource, { ...succession.source, status: succession.status }],
            },
          },
    noRateFor: (what) => {
      let reason = noRate.get(what)
      if (reason === undefined) {
        reason = `${set.instrument.number} of ${set.name.en} sets no rate for ${what}`
        noRate.set(what, reason)
      }
      return reason
    },
  }
}
