/**
 * Provincial rate sets from the configuration directory: every `*.json` file, in name order,
 * validated by the rules (`parseProvincialRateSet`), which also check each rate against its
 * national minimum. A missing directory means no provincial configuration beyond the built-in.
 *
 * @module
 */
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { Result } from "effect"
import {
  InvalidParameterFile,
  parseProvincialRateSet,
  type ProvincialRateSet,
  type RateBelowNationalMinimum,
} from "@hotro/rules"

export type ConfigurationError = InvalidParameterFile | RateBelowNationalMinimum

const jsonFilesIn = async (directory: string): Promise<ReadonlyArray<string>> => {
  try {
    return (await readdir(directory)).filter((name) => name.endsWith(".json")).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return []
    throw error
  }
}

/** Reads and validates every rate set in `directory`; the first broken file fails the whole load. */
export const loadProvincialRateSets = async (
  directory: string,
): Promise<Result.Result<ReadonlyArray<ProvincialRateSet>, ConfigurationError>> => {
  const rateSets: Array<ProvincialRateSet> = []
  for (const name of await jsonFilesIn(directory)) {
    const file = path.join(directory, name)
    let json: unknown
    try {
      json = JSON.parse(await readFile(file, "utf8"))
    } catch (error) {
      return Result.fail(new InvalidParameterFile({ file, key: "(file)", rule: `must be valid JSON (${(error as Error).message})` }))
    }
    const parsed = parseProvincialRateSet(json, file)
    if (Result.isFailure(parsed)) return Result.fail(parsed.failure)
    rateSets.push(parsed.success)
  }
  return Result.succeed(rateSets)
}
