/**
 * Mapping of Counter Trafficking Data Collaborative (CTDC) global records (2020 release, see
 * `shared/data/ctdc/README.md`) to {@link CaseRecord}s. The rows are k-anonymised and coarse:
 * identical rows are different people, so each row becomes its own record (with the id the
 * caller gives) and rows are never merged.
 *
 * Values: `citizenship` and `CountryOfExploitation` are ISO 3166-1 alpha-2 codes, where `0` or
 * empty means unknown and `NA` is Namibia (a code, never "missing"); `1.0`/`0.0`/empty are
 * true/false/unknown; `ageBroad` bands up to `9--17` are minors, from `18--20` adults, empty
 * unknown.
 *
 * @module
 */
import { Result, Schema } from "effect"
import { AgeGroup, RecordId, type CaseRecord, type Exploitation } from "./case-record.ts"
import type { Person } from "./facts.ts"

/** The header of the CTDC file, in order. */
export const ctdcColumns = [
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "citizenship",
  "isForcedLabour",
  "isSexualExploit",
  "CountryOfExploitation",
  "nacionalidade_lat",
  "nacionalidade_long",
  "nacionalidade",
  "pais_exploracao_lat",
  "pais_exploracao_long",
  "pais_exploracao",
  "nacionalidade_alpha3",
  "pais_exploracao_alpha3",
] as const
/** A column name of the CTDC file ({@link ctdcColumns}); the first seven are read, the rest ignored. */
export type CtdcColumn = (typeof ctdcColumns)[number]

const ageBands: Readonly<Record<string, AgeGroup>> = {
  "0--8": "minor",
  "9--17": "minor",
  "18--20": "adult",
  "21--23": "adult",
  "24--26": "adult",
  "27--29": "adult",
  "30--38": "adult",
  "39--47": "adult",
  "48+": "adult",
  "": "unknown",
}

const genders: Readonly<Record<string, Person["sex"]>> = { Female: "female", Male: "male", "": undefined }

const countryCode = /^[A-Z]{2}$/

/** `1.0`/`1` → true, `0.0`/`0` → false, empty → unknown (`undefined`); anything else is an error. */
const flag = (value: string, column: CtdcColumn): Result.Result<boolean | undefined, string> =>
  value === "" ? Result.succeed(undefined)
  : value === "1.0" || value === "1" ? Result.succeed(true)
  : value === "0.0" || value === "0" ? Result.succeed(false)
  : Result.fail(`${column}: expected 1.0, 0.0 or empty (got ${JSON.stringify(value)})`)

/** An ISO alpha-2 code, `0`/empty → unknown (`undefined`). */
const country = (value: string, column: CtdcColumn): Result.Result<string | undefined, string> =>
  value === "" || value === "0" ? Result.succeed(undefined)
  : countryCode.test(value) ? Result.succeed(value)
  : Result.fail(`${column}: expected an ISO 3166-1 alpha-2 code, 0 or empty (got ${JSON.stringify(value)})`)

const isRecordId = Schema.is(RecordId)

/**
 * Maps one CTDC row (header → value) to a case record with `origin: "ctdc"` and the given `id`.
 *
 * @returns the record, or a reason naming the column: a missing column, a year that is not a
 *   whole number between 1990 and 2200, an unknown age band, gender, flag or country value, or
 *   an id that is not a lowercase UUID. Checking the column count of a CSV line is the caller's
 *   job.
 * @example
 * ctdcRowToCaseRecord({ yearOfRegistration: "2016", gender: "Female", ageBroad: "9--17", citizenship: "NA", … }, id)
 * // Result.succeed({ origin: "ctdc", person: { sex: "female", citizenship: "NA" }, ageGroup: "minor", … })
 */
export const ctdcRowToCaseRecord = (row: Readonly<Record<string, string>>, id: RecordId): Result.Result<CaseRecord, string> => {
  if (!isRecordId(id)) return Result.fail(`id: must be a lowercase UUID (got ${JSON.stringify(id)})`)
  const missing = ctdcColumns.slice(0, 7).filter((column) => row[column] === undefined)
  if (missing.length > 0) return Result.fail(`missing column(s): ${missing.join(", ")}`)
  const value = (column: CtdcColumn): string => (row[column] ?? "").trim()

  const yearText = value("yearOfRegistration")
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN
  if (!(year >= 1990 && year <= 2200)) return Result.fail(`yearOfRegistration: expected a year between 1990 and 2200 (got ${JSON.stringify(yearText)})`)

  const ageGroup = Object.hasOwn(ageBands, value("ageBroad")) ? ageBands[value("ageBroad")] : undefined
  if (ageGroup === undefined) return Result.fail(`ageBroad: unknown age band ${JSON.stringify(value("ageBroad"))}`)
  if (!Object.hasOwn(genders, value("gender"))) return Result.fail(`gender: expected Female, Male or empty (got ${JSON.stringify(value("gender"))})`)
  const sex = genders[value("gender")]

  const citizenship = country(value("citizenship"), "citizenship")
  if (Result.isFailure(citizenship)) return Result.fail(citizenship.failure)
  const forcedLabour = flag(value("isForcedLabour"), "isForcedLabour")
  if (Result.isFailure(forcedLabour)) return Result.fail(forcedLabour.failure)
  const sexualExploitation = flag(value("isSexualExploit"), "isSexualExploit")
  if (Result.isFailure(sexualExploitation)) return Result.fail(sexualExploitation.failure)
  const exploitationCountry = country(value("CountryOfExploitation"), "CountryOfExploitation")
  if (Result.isFailure(exploitationCountry)) return Result.fail(exploitationCountry.failure)

  const exploitation: Exploitation = {
    ...(forcedLabour.success === undefined ? {} : { forcedLabour: forcedLabour.success }),
    ...(sexualExploitation.success === undefined ? {} : { sexualExploitation: sexualExploitation.success }),
    ...(exploitationCountry.success === undefined ? {} : { countryOfExploitation: exploitationCountry.success }),
  }
  return Result.succeed({
    id,
    origin: "ctdc",
    person: {
      ...(sex === undefined ? {} : { sex }),
      ...(citizenship.success === undefined ? {} : { citizenship: citizenship.success }),
    },
    ageGroup,
    registrationYear: year,
    ...(Object.keys(exploitation).length === 0 ? {} : { exploitation }),
    supports: [],
    refusals: [],
  })
}
