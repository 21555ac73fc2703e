// Sums the vitest JSON reports (`.vitest/results.json`) of every workspace into one line:
// "N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"

const root = join(import.meta.dirname, "..")
const { workspaces } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
const totals = { passed: 0, failed: 0, skipped: 0 }
for (const workspace of workspaces) {
  const report = join(root, workspace, ".vitest", "results.json")
  if (!existsSync(report)) {
    console.log(`${workspace}: no test report (did its tests run?)`)
    totals.failed += 1
    continue
  }
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, "utf8"))
  totals.passed += numPassedTests
  totals.failed += numFailedTests
  totals.skipped += numPendingTests + numTodoTests
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
