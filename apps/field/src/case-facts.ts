/**
 * The facts `<hotro-entitlements>` assesses for a case: the record's own facts
 * (`factsOfCase` in `@hotro/rules`) on the date chosen on screen.
 *
 * @module
 */
import { CivilDate, decodeInput, factsOfCase, InvalidInput, type CaseRecord, type Facts } from "@hotro/rules"
import { Result } from "effect"

/**
 * The facts of `record` on `asOf` as typed on screen, or why there are none: `InvalidInput`
 * naming `asOf` (not a date) or `status` (the record has no identification status).
 */
export const factsOn = (record: CaseRecord, asOf: string): Result.Result<Facts, InvalidInput> =>
  Result.flatMap(
    Result.mapError(decodeInput(CivilDate, asOf), (invalid) => new InvalidInput({ issues: invalid.issues.map((issue) => ({ ...issue, path: "asOf" })) })),
    (date) => factsOfCase(record, date),
  )
