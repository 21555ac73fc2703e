/**
 * Runs every legal case table (`test/cases/*.table.ts`): one test per row, named by its case id.
 */
import { describe, test } from "vitest"
import { caseTables } from "./cases/index.ts"
import { checkOutcome, factsOf, rulebookFor, testName } from "./cases/check.ts"

for (const [table, rows] of Object.entries(caseTables)) {
  describe(table, () => {
    for (const row of rows) test(testName(row), () => checkOutcome(row, rulebookFor(row).assess(factsOf(row))))
  })
}
