/// <reference types="node" />
/** The generated rule pages in docs/rules must match the parameter files and case tables. */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import provisionMap from "../parameters/provisions.json" with { type: "json" }
import { renderRuleDocs } from "../scripts/rule-docs.ts"
import { allCases } from "./cases/index.ts"

const docs = join(__dirname, "../../../docs/rules")

describe("docs/rules", () => {
  for (const [file, contents] of renderRuleDocs()) {
    test(`${file} is up to date`, () => {
      let committed = ""
      try {
        committed = readFileSync(join(docs, file), "utf8")
      } catch {
        committed = "(missing)"
      }
      expect(committed === contents, `docs/rules/${file} is stale: run \`npm run docs -w @hotro/rules\``).toBe(true)
    })
  }
  test("every provision a case row names exists in parameters/provisions.json", () => {
    const known = new Set(provisionMap.provisions.map((provision) => provision.id))
    for (const row of allCases) {
      for (const provision of row.provisions) expect(known.has(provision), `${row.id} names ${provision}, which is not in parameters/provisions.json`).toBe(true)
    }
  })
})
