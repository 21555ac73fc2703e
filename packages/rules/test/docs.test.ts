/// <reference types="node" />
/** The generated rule pages in docs/rules must match the data files, case tables and tests, and name every case. */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import provisionMap from "../parameters/provisions.json" with { type: "json" }
import { dataMappings, listedCases, renderRuleDocs } from "../scripts/rule-docs.ts"
import { appearsInItsFile, casesNamedIn, handListedTests, testFiles } from "../scripts/tested-cases.ts"

const docs = join(__dirname, "../../../docs/rules")
const casesFile = join(__dirname, "../../../../shared/domain/cases.md")
const pages = renderRuleDocs()

describe("docs/rules", () => {
  for (const [file, contents] of pages) {
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

  test("every provision a listed case names exists in parameters/provisions.json", () => {
    const known = new Set([...provisionMap.provisions, ...provisionMap.dataMappings].map((entry) => entry.id))
    for (const row of listedCases) {
      for (const provision of row.provisions) expect(known.has(provision), `${row.id} names ${provision}, which is not in parameters/provisions.json`).toBe(true)
    }
  })


  test.each(testFiles)("$file yields the tests named by case id", ({ file, provisions: exercised }) => {
    expect(casesNamedIn(file, exercised).length, `no test named by case id found in ${file}: the pattern of scripts/tested-cases.ts no longer matches`).toBeGreaterThan(0)
  })

  test.each(handListedTests)("the hand-listed test $id is still in $test", (listed) => {
    expect(appearsInItsFile(listed), `"${listed.name}" is no longer in ${listed.test}: update scripts/tested-cases.ts`).toBe(true)
  })

  test("every data mapping has a case", () => {
    for (const mapping of dataMappings) expect(listedCases.some((row) => row.provisions.includes(mapping.id)), mapping.id).toBe(true)
  })

  // The worked cases are in the shared domain folder, outside this repository: without it the
  // check has nothing to compare with, and its name says it was skipped and why.
  const casesFound = existsSync(casesFile)
  const coverage = "every case id of shared/domain/cases.md appears on a generated page"
  test.skipIf(!casesFound)(casesFound ? coverage : `${coverage} (skipped: ${casesFile} is absent)`, () => {
    const ids = [...readFileSync(casesFile, "utf8").matchAll(/^\|\s*(C\d{2}[a-z]?)\s*\|/gm)].map((match) => match[1] ?? "")
    expect(ids.length, "no case ids parsed from cases.md").toBeGreaterThan(0)
    const text = [...pages.values()].join("\n")
    const missing = ids.filter((id) => !new RegExp(`\\*\\*${id}(?![a-z0-9])`).test(text))
    expect(missing, "case ids on no page of docs/rules").toEqual([])
  })
})
