/**
 * Provincial rate sets (mức chi của tỉnh): the VND rates a province's People's Council (HĐND)
 * adopted, layered over the national regime with their own instrument and dates. Since the
 * 2025-07-01 mergers each set also names the unit that succeeded the province.
 *
 * @module
 */
import { Schema } from "effect"
import { CivilDate } from "./civil-date.ts"
import { ProvinceId } from "./facts.ts"
import { RegimeId } from "./kinds.ts"
import { Parameter, ParameterSource } from "./parameter.ts"
import { Bilingual, Confidence } from "./source.ts"

/** The resolution that sets the rates: number, title, adoption and in-force dates. */
export const ProvincialInstrument = Schema.Struct({
  number: Schema.String.check(Schema.isMinLength(1)),
  title: Bilingual,
  adopted: CivilDate,
  inForce: Schema.Struct({ from: CivilDate, to: Schema.NullOr(CivilDate) }),
  /** The regime the resolution was adopted under (all three shipped ones: vn-2011). */
  adoptedUnder: RegimeId,
  status: Confidence,
  readAt: Schema.String.check(Schema.isMinLength(1)),
})
export type ProvincialInstrument = typeof ProvincialInstrument.Type

/** The administrative unit that succeeded the province on `on` (Res. 202/2025/QH15). */
export const Succession = Schema.Struct({
  province: ProvinceId,
  name: Bilingual,
  on: CivilDate,
  status: Confidence,
  source: ParameterSource,
})
export type Succession = typeof Succession.Type

/**
 * A provincial parameter file (`parameters/provinces/*.json`). Rate ids are shared by all
 * provinces: `facility-meals`, `facility-meals-max-months`, `clothing-personal-items`,
 * `medicine-examination`, `travel-meals`, `initial-hardship-allowance`, `guard-support`.
 */
export const ProvincialRateSet = Schema.Struct({
  province: ProvinceId,
  name: Bilingual,
  instrument: ProvincialInstrument,
  succeededBy: Schema.optionalKey(Succession),
  parameters: Schema.Array(Parameter).check(Schema.isMinLength(1)),
})
export type ProvincialRateSet = typeof ProvincialRateSet.Type
/** The JSON form of a {@link ProvincialRateSet}, as in `parameters/provinces/*.json` or the server's `HOTRO_CONFIG_DIR`. */
export type ProvincialRateSetEncoded = typeof ProvincialRateSet.Encoded
