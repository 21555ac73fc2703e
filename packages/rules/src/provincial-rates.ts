/**
 * The shipped provincial rate sets (Hà Giang, Khánh Hòa, Quảng Nam; all adopted in 2020 under
 * vn-2011) and the validator the server runs on its own provincial files.
 *
 * @module
 */
import { Result } from "effect"
import haGiang from "../parameters/provinces/ha-giang-15-2020.json" with { type: "json" }
import khanhHoa from "../parameters/provinces/khanh-hoa-05-2020.json" with { type: "json" }
import quangNam from "../parameters/provinces/quang-nam-06-2020.json" with { type: "json" }
import type { InvalidParameterFile, RateBelowNationalMinimum } from "./errors.ts"
import { nationalParameters } from "./national-parameters.ts"
import { checkProvincialRateSet } from "./parameter-validation.ts"
import type { ProvincialRateSet } from "./provincial-rate-set.ts"

/**
 * Validates a provincial parameter file (JSON) against the shipped national parameters.
 *
 * @param json the parsed file; @param file its name, quoted in errors.
 * @returns the rate set, `InvalidParameterFile { file, key, rule }` (a value without a source,
 *   backward or overlapping dates, a missing unit, …) or `RateBelowNationalMinimum` (C14: travel
 *   meals at 50,000 VND/day are below the 70,000 VND/person/day minimum of Circular 84/2019/TT-BTC).
 * @example
 * const result = parseProvincialRateSet(JSON.parse(text), "provinces/ha-giang-15-2020.json")
 * if (Result.isFailure(result)) console.error(result.failure.message)
 */
export const parseProvincialRateSet = (
  json: unknown,
  file: string,
): Result.Result<ProvincialRateSet, InvalidParameterFile | RateBelowNationalMinimum> =>
  checkProvincialRateSet(json, file, nationalParameters)

/** Raw shipped provincial files by their path under `parameters/` (for tests and docs). */
export const provincialParameterSources: Readonly<Record<string, unknown>> = {
  "provinces/ha-giang-15-2020.json": haGiang,
  "provinces/khanh-hoa-05-2020.json": khanhHoa,
  "provinces/quang-nam-06-2020.json": quangNam,
}

/**
 * The shipped provincial rate sets: Hà Giang Res. 15/2020/NQ-HĐND, Khánh Hòa Res. 05/2020/NQ-HĐND
 * and Quảng Nam Res. 06/2020/NQ-HĐND (amounts unknown, "to be confirmed"), all adopted under
 * vn-2011, setting the VND rates of D09 Art. 19, 20 and 23 under Circular 84/2019/TT-BTC. {@link createRulebook}
 * uses them unless a set for the same province is given. Validated when the module loads: a
 * broken shipped file throws its `InvalidParameterFile` or `RateBelowNationalMinimum` on import.
 */
export const shippedProvincialRateSets: ReadonlyArray<ProvincialRateSet> = Object.entries(provincialParameterSources).map(([file, json]) =>
  Result.getOrThrow(parseProvincialRateSet(json, file)),
)
