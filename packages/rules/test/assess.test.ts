/** Properties of every decision: reproducible, storable, explained, and light without a trace. */
import { Result, Schema } from "effect"
import { describe, expect, test } from "vitest"
import { assess, Assessment, decodeInput, Facts, rulesVersion } from "../src/index.ts"
import packageJson from "../package.json" with { type: "json" }
import { allCases } from "./cases/index.ts"

const decided = allCases.filter((row) => row.expect.error === undefined && row.rulebook === undefined)
const factsOf = (row: (typeof allCases)[number]) => Result.getOrThrow(decodeInput(Facts, row.facts))

describe("every decision", () => {
  test("re-running assess on the same facts gives a deep-equal result", () => {
    for (const row of decided) expect(assess(factsOf(row)), row.id).toEqual(assess(factsOf(row)))
  })
  test("a stored decision round-trips through JSON and the Assessment schema", () => {
    for (const row of decided) {
      const assessment = Result.getOrThrow(assess(factsOf(row)))
      const stored = JSON.stringify(Schema.encodeSync(Assessment)(assessment))
      expect(Schema.decodeUnknownSync(Assessment)(JSON.parse(stored)), row.id).toEqual(assessment)
    }
  })
  test("every trace step cites its provision", () => {
    for (const row of decided) {
      const assessment = Result.getOrThrow(assess(factsOf(row)))
      expect(assessment.trace.length, row.id).toBeGreaterThan(0)
      for (const step of assessment.trace) expect(step.sources.length, `${row.id} ${step.rule}`).toBeGreaterThan(0)
    }
  })
  test("trace: false builds no trace and changes nothing else", () => {
    for (const row of decided) {
      const full = Result.getOrThrow(assess(factsOf(row)))
      const bare = Result.getOrThrow(assess(factsOf(row), { trace: false }))
      expect(bare.trace).toEqual([])
      expect({ ...bare, trace: full.trace }).toEqual(full)
    }
  })
  test("every entitlement cites a source, and every amount is whole VND", () => {
    for (const row of decided) {
      for (const entitlement of Result.getOrThrow(assess(factsOf(row))).entitlements) {
        expect(entitlement.sources.length).toBeGreaterThan(0)
        if (entitlement.amount !== null) expect(Number.isInteger(entitlement.amount.vnd)).toBe(true)
      }
    }
  })
  test("rulesVersion is the package's version", () => expect(rulesVersion).toBe(packageJson.version))
})
