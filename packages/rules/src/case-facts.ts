/**
 * From a case record to the facts of an assessment: the same person, status and circumstances,
 * judged on a date the caller chooses (the rules never read the clock).
 *
 * @module
 */
import { Result } from "effect"
import type { CaseRecord } from "./case-record.ts"
import type { CivilDate } from "./civil-date.ts"
import { InvalidInput } from "./errors.ts"
import { Facts } from "./facts.ts"
import { decodeInput } from "./decode.ts"

const circumstances = [
  "province",
  "accompaniedPerson",
  "traffickedIn",
  "needs",
  "stay",
  "travelHome",
  "returnedHomeOn",
  "continuesSchoolFrom",
  "applications",
] as const satisfies ReadonlyArray<keyof CaseRecord & keyof Facts>

/**
 * The facts of `record` for an assessment on `asOf` (`YYYY-MM-DD`).
 *
 * @returns the facts, or `InvalidInput` naming `status` when the record has no identification
 * status (e.g. an imported CTDC row), since no regime can be chosen without it, or naming the
 * fields whose dates contradict `asOf` (e.g. `status.certifiedOn` after it).
 * @example
 * const facts = factsOfCase(record, civilDate("2025-10-01"))
 * const decision = Result.flatMap(facts, (input) => assess(input)) // Result<Assessment, InvalidInput | UnknownProvince | ProvisionNotInForce>
 */
export const factsOfCase = (record: CaseRecord, asOf: CivilDate): Result.Result<Facts, InvalidInput> => {
  if (record.status === undefined) {
    return Result.fail(new InvalidInput({ issues: [{ path: "status", message: "the record has no identification status to assess" }] }))
  }
  const facts: Record<string, unknown> = { asOf, person: record.person, status: record.status }
  for (const key of circumstances) if (record[key] !== undefined) facts[key] = record[key]
  // Decoded again for the checks that relate the record's dates to `asOf` (certified after it, …).
  return decodeInput(Facts, facts)
}
