/// <reference types="node" />
/**
 * The legal cases exercised by tests outside the case tables (plan progress, deadlines, the CTDC
 * mapping, the validator), for the rule pages.
 *
 * Derived from the test names, not copied: those tests are named by case id (`it("C26: …")`, or
 * the first cell of an `it.each` row, `["C12: …", …]`), so the name in the test file is the one
 * source. Renaming or adding such a test changes the generated pages and `docs.test.ts` fails
 * until they are regenerated. Only a string literal that opens a test call or an `it.each` row and
 * starts with a case id is taken, so `describe` titles and other strings are not read as tests;
 * `docs.test.ts` also fails when a file yields no case at all (the pattern stopped matching).
 * Tests that carry no case id (the verification and forwarding deadlines) are listed by hand, with their name as
 * written in the test file; `docs.test.ts` checks each still appears there.
 */
import { readFileSync } from "node:fs"

/** A case listed on the rule pages: a table row, or a test (`test` names its file). */
export interface ListedCase {
  readonly id: string
  readonly name: string
  /** Provision or data-mapping ids (see `parameters/provisions.json`). */
  readonly provisions: ReadonlyArray<string>
  /** The test file, for a case that is a test rather than a case-table row. */
  readonly test?: string
}

/** The test files whose case-id-named tests are listed, and what they exercise. */
export const testFiles: ReadonlyArray<{ readonly file: string; readonly provisions: ReadonlyArray<string> }> = [
  { file: "test/parameter-files.test.ts", provisions: ["c84-2019"] },
  { file: "test/deadlines.test.ts", provisions: ["deadlines"] },
  { file: "test/progress.test.ts", provisions: ["plans"] },
  { file: "test/ctdc.test.ts", provisions: ["ctdc-mapping"] },
]

// A quoted string right after `it(` / `test(` or after the `[` opening an `it.each` row, whose
// text starts with a case id (C26, C12b); the closing quote is the opening one.
const caseNamedTest = /(?:\b(?:it|test)\(\s*|\[\s*)(["'`])(C\d{2}[a-z]?\b(?:\\.|(?!\1)[^\\\n])*)\1/g
const caseId = /^C\d{2}[a-z]?/

const sourceOf = (file: string): string => readFileSync(new URL(`../${file}`, import.meta.url), "utf8")

/** The case-id-named tests of one test file, in file order. */
export const casesNamedIn = (file: string, provisions: ReadonlyArray<string>): ReadonlyArray<ListedCase> =>
  [...sourceOf(file).matchAll(caseNamedTest)].map((match) => {
    const name = (match[2] ?? "").replace(/\\(.)/g, "$1")
    return { id: caseId.exec(name)?.[0] ?? name, name, provisions, test: file }
  })

/** Tests without a case id, listed by hand with their name as written in the file. */
export const handListedTests: ReadonlyArray<ListedCase> = [
  {
    id: "verification-received-2025-08-29",
    name: "received Friday 2025-08-29 (vn-2024): 3 days, over National Day → Wednesday 2025-09-03",
    provisions: ["verification", "deadlines"],
    test: "test/deadlines.test.ts",
  },
  {
    id: "verification-received-2025-06-30",
    name: "received Monday 2025-06-30 (vn-2011): Thursday 2025-07-03",
    provisions: ["verification", "deadlines"],
    test: "test/deadlines.test.ts",
  },
  {
    id: "verification-received-2025-07-01",
    name: "received Tuesday 2025-07-01 (vn-2024): Friday 2025-07-04",
    provisions: ["verification", "deadlines"],
    test: "test/deadlines.test.ts",
  },
  {
    id: "forwarding-3-working-days",
    name: "the commune forwards an application within 3 working days (D09 Art. 23)",
    provisions: ["d09-art23", "deadlines"],
    test: "test/deadlines.test.ts",
  },
]

/** Whether a hand-listed test's name still appears in its file. */
export const appearsInItsFile = (listed: ListedCase): boolean => listed.test !== undefined && sourceOf(listed.test).includes(listed.name)

/** Every test-derived and hand-listed case. */
export const testedCases: ReadonlyArray<ListedCase> = [...testFiles.flatMap(({ file, provisions }) => casesNamedIn(file, provisions)), ...handListedTests]
