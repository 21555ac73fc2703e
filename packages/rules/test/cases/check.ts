/**
 * The expectation checker of the legal case tables, shared by the rules' own test
 * (`cases.test.ts`, on `assess`) and the server's (`apps/server/test/legal-cases.test.ts`, on
 * `POST /v1/assessments`), so that both hold a row to the same expectations.
 */
import { Result, Schema } from "effect"
import { expect } from "vitest"
import {
  type Assessment,
  cite,
  createRulebook,
  decodeInput,
  type Entitlement,
  Facts,
  ProvincialRateSet,
  type Rulebook,
  type SupportKind,
} from "../../src/index.ts"
import type { CaseRow } from "./case-row.ts"

/** The rulebook a row asks for: the shipped one, or with the row's stay cap policy and rate sets. */
export const rulebookFor = (row: CaseRow): Rulebook =>
  createRulebook({
    ...(row.rulebook?.stayCapPolicy === undefined ? {} : { stayCapPolicy: row.rulebook.stayCapPolicy }),
    provincialRateSets: (row.rulebook?.provincialRateSets ?? []).map((set) => Schema.decodeUnknownSync(ProvincialRateSet)(set)),
  })

/** The row's facts, decoded; a row whose facts do not decode is a broken table. */
export const factsOf = (row: CaseRow): Facts => {
  const facts = decodeInput(Facts, row.facts)
  if (Result.isFailure(facts)) throw new Error(`facts of ${row.id} do not decode: ${facts.failure.message}`)
  return facts.success
}

/** What an assessment came to: the decision, or the tag and message of the error. */
export type Outcome = Result.Result<Assessment, { readonly _tag: string; readonly message: string }>

const text = (entitlement: Entitlement): string =>
  [...entitlement.notes, ...entitlement.conditions, entitlement.reason ?? "", ...entitlement.limits.map((limit) => limit.description)].join("\n")

const entitlementOf = (assessment: Assessment, kind: SupportKind): Entitlement => {
  const found = assessment.entitlements.find((entitlement) => entitlement.kind === kind)
  if (found === undefined) throw new Error(`no entitlement ${kind} (have ${assessment.entitlements.map((e) => e.kind).join(", ")})`)
  return found
}

/** Asserts every expectation of `row` on `outcome`. */
export const checkOutcome = (row: CaseRow, outcome: Outcome): void => {
  const want = row.expect
  if (want.error !== undefined) {
    expect(Result.isFailure(outcome) ? outcome.failure._tag : "success").toBe(want.error)
    return
  }
  if (Result.isFailure(outcome)) throw new Error(`${row.id}: ${outcome.failure.message}`)
  const assessment = outcome.success
  if (want.regime !== undefined) expect(assessment.regime.id).toBe(want.regime)
  for (const cited of want.regimeCites ?? []) {
    expect([assessment.regime.reason, ...assessment.regime.sources.map(cite)].join("\n")).toContain(cited)
  }
  if (want.group !== undefined) expect(assessment.group?.id ?? null).toBe(want.group)
  if (want.probable !== undefined) expect(assessment.group?.probable).toBe(want.probable)
  if (want.kinds !== undefined) expect(assessment.entitlements.map((entitlement) => entitlement.kind)).toEqual(want.kinds)
  for (const [kind, status] of Object.entries(want.status ?? {})) expect(entitlementOf(assessment, kind as SupportKind).status, kind).toBe(status)
  for (const [kind, vnd] of Object.entries(want.amount ?? {})) expect(entitlementOf(assessment, kind as SupportKind).amount?.vnd ?? null, kind).toBe(vnd)
  for (const [kind, parts] of Object.entries(want.computation ?? {})) {
    for (const part of parts ?? []) expect(entitlementOf(assessment, kind as SupportKind).amount?.computation ?? "(no amount)", kind).toContain(part)
  }
  for (const [kind, parts] of Object.entries(want.says ?? {})) {
    for (const part of parts ?? []) expect(text(entitlementOf(assessment, kind as SupportKind)), kind).toContain(part)
  }
  for (const [kind, facts] of Object.entries(want.missingFacts ?? {})) {
    expect(entitlementOf(assessment, kind as SupportKind).missingFacts, kind).toEqual(expect.arrayContaining([...(facts ?? [])]))
  }
  for (const [kind, citations] of Object.entries(want.cites ?? {})) {
    const entitlement = entitlementOf(assessment, kind as SupportKind)
    const cited = [...entitlement.sources, ...(entitlement.amount?.sources ?? [])].map(cite)
    expect(cited, kind).toEqual(expect.arrayContaining([...(citations ?? [])]))
  }
  for (const [kind, citations] of Object.entries(want.amountCites ?? {})) {
    const cited = (entitlementOf(assessment, kind as SupportKind).amount?.sources ?? []).map(cite)
    expect(cited, `${kind} amount`).toEqual(expect.arrayContaining([...(citations ?? [])]))
  }
  const codes = assessment.flags.map((flag) => flag.code)
  for (const code of want.flags ?? []) expect(codes).toContain(code)
  for (const code of want.noFlags ?? []) expect(codes).not.toContain(code)
  for (const part of want.flagSays ?? []) expect(assessment.flags.map((flag) => flag.message).join("\n")).toContain(part)
}

/** The test name of a row: its name, prefixed with its case id unless the name starts with it. */
export const testName = (row: CaseRow): string => (row.name.startsWith(row.id) ? row.name : `${row.id} ${row.name}`)
