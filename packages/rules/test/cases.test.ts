/**
 * Runs every legal case table (`test/cases/*.table.ts`): one test per row, named by its case id.
 */
import { Result, Schema } from "effect"
import { describe, expect, test } from "vitest"
import { type Assessment, cite, createRulebook, decodeInput, type Entitlement, Facts, ProvincialRateSet, type SupportKind } from "../src/index.ts"
import { type CaseRow, caseTables } from "./cases/index.ts"

const rulebookFor = (row: CaseRow) =>
  createRulebook({
    ...(row.rulebook?.stayCapPolicy === undefined ? {} : { stayCapPolicy: row.rulebook.stayCapPolicy }),
    provincialRateSets: (row.rulebook?.provincialRateSets ?? []).map((set) => Schema.decodeUnknownSync(ProvincialRateSet)(set)),
  })

const text = (entitlement: Entitlement): string =>
  [...entitlement.notes, ...entitlement.conditions, entitlement.reason ?? "", ...entitlement.limits.map((limit) => limit.description)].join("\n")

const entitlementOf = (assessment: Assessment, kind: SupportKind): Entitlement => {
  const found = assessment.entitlements.find((entitlement) => entitlement.kind === kind)
  if (found === undefined) throw new Error(`no entitlement ${kind} (have ${assessment.entitlements.map((e) => e.kind).join(", ")})`)
  return found
}

const check = (row: CaseRow): void => {
  const facts = decodeInput(Facts, row.facts)
  if (Result.isFailure(facts)) throw new Error(`facts of ${row.id} do not decode: ${facts.failure.message}`)
  const result = rulebookFor(row).assess(facts.success)
  const want = row.expect
  if (want.error !== undefined) {
    expect(Result.isFailure(result) ? result.failure._tag : "success").toBe(want.error)
    return
  }
  if (Result.isFailure(result)) throw new Error(`${row.id}: ${result.failure.message}`)
  const assessment = result.success
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
  const codes = assessment.flags.map((flag) => flag.code)
  for (const code of want.flags ?? []) expect(codes).toContain(code)
  for (const code of want.noFlags ?? []) expect(codes).not.toContain(code)
  for (const part of want.flagSays ?? []) expect(assessment.flags.map((flag) => flag.message).join("\n")).toContain(part)
}

for (const [table, rows] of Object.entries(caseTables)) {
  describe(table, () => {
    for (const row of rows) test(row.name.startsWith(row.id) ? row.name : `${row.id} ${row.name}`, () => check(row))
  })
}
