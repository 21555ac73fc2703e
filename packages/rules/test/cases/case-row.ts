/**
 * The shape of a legal case row: a name written as a legal sentence, the facts, the provisions it
 * exercises and the decision a lawyer expects. `cases.test.ts` runs every table, one test per row;
 * `scripts/generate-docs.ts` lists each row under the provisions it exercises.
 */
import type { EntitlementStatus, FactsEncoded, GroupId, ProvincialRateSetEncoded, RegimeId, RulebookOptions, SupportKind } from "../../src/index.ts"

type PerKind<A> = Partial<Record<SupportKind, A>>

/** What the decision must contain; every field is optional, each one checked when given. */
export interface Expectation {
  readonly error?: "ProvisionNotInForce" | "UnknownProvince"
  readonly regime?: RegimeId
  /** A substring of the regime's reason, or a cited source (`Law 53/2024/QH15 Art. 63`). */
  readonly regimeCites?: ReadonlyArray<string>
  readonly group?: GroupId | null
  readonly probable?: boolean
  /** The exact kinds, in order. */
  readonly kinds?: ReadonlyArray<SupportKind>
  readonly status?: PerKind<EntitlementStatus>
  /** Whole VND, or `null` for "no amount". */
  readonly amount?: PerKind<number | null>
  /** Substrings of the amount's computation. */
  readonly computation?: PerKind<ReadonlyArray<string>>
  /** Substrings found in the entitlement's notes, conditions, reason or limits. */
  readonly says?: PerKind<ReadonlyArray<string>>
  readonly missingFacts?: PerKind<ReadonlyArray<string>>
  /** Citations (`Decree 09/2013/ND-CP Art. 23`) among the entitlement's or its amount's sources. */
  readonly cites?: PerKind<ReadonlyArray<string>>
  /** Citations among the amount's own sources: a provincial amount cites its resolution and the national provision it implements. */
  readonly amountCites?: PerKind<ReadonlyArray<string>>
  readonly flags?: ReadonlyArray<string>
  readonly noFlags?: ReadonlyArray<string>
  /** Substrings found in some flag's message. */
  readonly flagSays?: ReadonlyArray<string>
}

/** One row of a case table. */
export interface CaseRow {
  /** `C09`, `C12b`, or `C15-day-after` for rows that test a boundary of a numbered case. */
  readonly id: string
  readonly name: string
  /** Provision ids (see `parameters/provisions.json`). */
  readonly provisions: ReadonlyArray<string>
  readonly facts: FactsEncoded
  readonly rulebook?: Omit<RulebookOptions, "provincialRateSets"> & { readonly provincialRateSets?: ReadonlyArray<ProvincialRateSetEncoded> }
  readonly expect: Expectation
}
