/**
 * Validation of parameter files, national and provincial. Beyond the schema (every value has a
 * source, a unit, a status, real dates), a file is rejected when its values run backward in time,
 * overlap or are out of order, when a `null` value is not marked `unknown` (or an `unknown` one
 * has a number), when money is not whole VND, and when a provincial rate falls below the national
 * minimum it must respect on a date both are in force (C14).
 *
 * @module
 */
import { Result, type Schema } from "effect"
import { decodeInput } from "./decode.ts"
import { InvalidParameterFile, RateBelowNationalMinimum } from "./errors.ts"
import { type Parameter, ParameterFile, type ParameterUnit } from "./parameter.ts"
import { ProvincialRateSet } from "./provincial-rate-set.ts"
import { cite } from "./source.ts"

// A schema path `parameters.2.values.0.source` is written `parameters[travel-meals].values[0].source`.
const keyOf = (path: string, json: unknown): string => {
  const segments = path.split(".")
  const parts: Array<string> = []
  let node: unknown = json
  for (const [index, segment] of segments.entries()) {
    const isIndex = /^\d+$/.test(segment)
    const child = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined
    if (isIndex) {
      const id = segments[index - 1] === "parameters" && typeof child === "object" && child !== null ? (child as { id?: unknown }).id : undefined
      parts[parts.length - 1] += `[${typeof id === "string" ? id : segment}]`
    } else {
      parts.push(segment)
    }
    node = child
  }
  return parts.join(".")
}

/**
 * Decodes a data file shipped with or given to the rules (parameters, regimes, calendar, plans):
 * the first broken rule becomes `InvalidParameterFile { file, key, rule }`, `key` being the
 * issue's path as `writeKey` writes it (by default as decoding reports it: `regimes.1.from`).
 */
export const decodeFile = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  json: unknown,
  file: string,
  writeKey: (path: string, json: unknown) => string = (path) => path,
): Result.Result<S["Type"], InvalidParameterFile> => {
  const decoded = decodeInput(schema, json)
  if (Result.isSuccess(decoded)) return Result.succeed(decoded.success)
  const issue = decoded.failure.issues[0]
  return Result.fail(
    new InvalidParameterFile({ file, key: issue === undefined ? "(root)" : writeKey(issue.path, json), rule: issue?.message ?? "invalid" }),
  )
}

const isMoney = (unit: ParameterUnit): boolean => unit.startsWith("VND")

const unitRule = (unit: ParameterUnit, value: number): string | undefined => {
  if (isMoney(unit)) return Number.isInteger(value) && value >= 0 ? undefined : "money must be a whole, non-negative number of VND"
  if (unit === "yes/no") return value === 0 || value === 1 ? undefined : "a yes/no value must be 1 (yes) or 0 (no)"
  return Number.isInteger(value) && value > 0 ? undefined : `a number of ${unit} must be a positive whole number`
}

/** Checks one parameter's values: statuses, units, order, direction and overlap of dates. */
const checkParameter = (parameter: Parameter, file: string): InvalidParameterFile | undefined => {
  const fail = (index: number, rule: string) =>
    new InvalidParameterFile({ file, key: `parameters[${parameter.id}].values[${index}]`, rule })
  for (const [index, entry] of parameter.values.entries()) {
    if (entry.to !== null && entry.to < entry.from) return fail(index, `backward dates: to (${entry.to}) is before from (${entry.from})`)
    if (entry.value === null && entry.status !== "unknown") return fail(index, `a null value must have status "unknown" (got "${entry.status}")`)
    if (entry.value !== null && entry.status === "unknown") return fail(index, `status "unknown" requires value null (got ${entry.value})`)
    if (entry.value !== null) {
      const broken = unitRule(parameter.unit, entry.value)
      if (broken !== undefined) return fail(index, broken)
    }
    const previous = index > 0 ? parameter.values[index - 1] : undefined
    if (previous !== undefined) {
      if (entry.from <= previous.from) return fail(index, `values must be in date order: ${entry.from} does not follow ${previous.from}`)
      if (previous.to === null || entry.from <= previous.to) {
        return fail(index, `overlapping dates: from ${entry.from} falls within the previous value (${previous.from} to ${previous.to ?? "open"})`)
      }
    }
  }
  return undefined
}

const checkParameters = (parameters: ReadonlyArray<Parameter>, file: string): InvalidParameterFile | undefined => {
  const seen = new Set<string>()
  for (const parameter of parameters) {
    if (seen.has(parameter.id)) return new InvalidParameterFile({ file, key: `parameters[${parameter.id}]`, rule: "duplicate parameter id" })
    seen.add(parameter.id)
    const broken = checkParameter(parameter, file)
    if (broken !== undefined) return broken
  }
  return undefined
}

/**
 * Validates a national parameter file (`parameters/national/*.json`).
 *
 * @returns the decoded file, or `InvalidParameterFile { file, key, rule }` naming the first
 *   broken rule, e.g. `{ key: "parameters[travel-meals].values[0].source", rule: "Missing key" }`.
 * @example
 * validateParameterFile(JSON.parse(text), "national/c84-2019.json")
 */
export const validateParameterFile = (json: unknown, file: string): Result.Result<ParameterFile, InvalidParameterFile> => {
  const decoded = decodeFile(ParameterFile, json, file, keyOf)
  if (Result.isFailure(decoded)) return decoded
  for (const parameter of decoded.success.parameters) {
    if (parameter.nationalMinimum !== undefined) {
      return Result.fail(new InvalidParameterFile({ file, key: `parameters[${parameter.id}].nationalMinimum`, rule: "only provincial rates name a national minimum" }))
    }
  }
  const broken = checkParameters(decoded.success.parameters, file)
  return broken === undefined ? decoded : Result.fail(broken)
}

const overlaps = (aFrom: string, aTo: string | null, bFrom: string, bTo: string | null): boolean =>
  (bTo === null || aFrom <= bTo) && (aTo === null || bFrom <= aTo)

/**
 * Validates a provincial rate set against the national parameters: the schema, the rules of
 * {@link validateParameterFile}, values inside the instrument's in-force period, and every rate
 * at or above its national minimum on each date both are in force.
 */
export const checkProvincialRateSet = (
  json: unknown,
  file: string,
  national: ReadonlyMap<string, Parameter>,
): Result.Result<ProvincialRateSet, InvalidParameterFile | RateBelowNationalMinimum> => {
  const decoded = decodeFile(ProvincialRateSet, json, file, keyOf)
  if (Result.isFailure(decoded)) return decoded
  const set = decoded.success
  const { inForce } = set.instrument
  if (inForce.to !== null && inForce.to < inForce.from) {
    return Result.fail(new InvalidParameterFile({ file, key: "instrument.inForce", rule: `backward dates: to (${inForce.to}) is before from (${inForce.from})` }))
  }
  const broken = checkParameters(set.parameters, file)
  if (broken !== undefined) return Result.fail(broken)
  for (const parameter of set.parameters) {
    for (const [index, entry] of parameter.values.entries()) {
      const key = `parameters[${parameter.id}].values[${index}]`
      if (entry.from < inForce.from || (inForce.to !== null && (entry.to === null || entry.to > inForce.to))) {
        return Result.fail(new InvalidParameterFile({ file, key, rule: `value dated outside the instrument's in-force period (${inForce.from} to ${inForce.to ?? "open"})` }))
      }
    }
    if (parameter.nationalMinimum === undefined) continue
    const minimum = national.get(parameter.nationalMinimum)
    if (minimum === undefined) {
      return Result.fail(new InvalidParameterFile({ file, key: `parameters[${parameter.id}].nationalMinimum`, rule: `no national parameter "${parameter.nationalMinimum}"` }))
    }
    if (minimum.unit !== parameter.unit) {
      return Result.fail(new InvalidParameterFile({ file, key: `parameters[${parameter.id}].unit`, rule: `unit ${parameter.unit} differs from the national minimum's ${minimum.unit}` }))
    }
    for (const [index, entry] of parameter.values.entries()) {
      if (entry.value === null) continue
      for (const floor of minimum.values) {
        if (floor.value !== null && entry.value < floor.value && overlaps(entry.from, entry.to, floor.from, floor.to)) {
          return Result.fail(
            new RateBelowNationalMinimum({
              file,
              key: `parameters[${parameter.id}].values[${index}]`,
              value: entry.value,
              minimum: floor.value,
              minimumSource: `${minimum.id}: ${cite({ ...floor.source, status: floor.status })}`,
            }),
          )
        }
      }
    }
  }
  return Result.succeed(set)
}
