/**
 * The worked legal cases through HTTP: every row C01–C21 of the rules' case tables through
 * `POST /v1/assessments`, and every row C22–C25 of the screening table through
 * `POST /v1/screenings`. Each answer must meet the row's expectations (the rules' own checker)
 * and be exactly what the library answers, serialised to JSON: the server adds nothing and
 * loses nothing.
 */
import { Assessment, createRulebook, decodeInput, screen, Screening, ScreeningFacts } from "@hotro/rules"
import { Result, Schema } from "effect"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { checkOutcome, factsOf, rulebookFor, testName } from "../../../packages/rules/test/cases/check.ts"
import { caseTables, type CaseRow } from "../../../packages/rules/test/cases/index.ts"
import { screeningCases } from "../../../packages/rules/test/cases/screening.table.ts"
import { createApp, type App } from "../src/app.ts"
import { toProblem } from "../src/problems.ts"
import { readBody, send, testServer, type TestServer } from "./support.ts"

let server: TestServer
beforeAll(async () => {
  server = await testServer({ rulebook: createRulebook() })
}, 60_000)
afterAll(() => server.store.close())

/** The app a row asks for: the shared one, or one on the row's own rulebook (same store). */
const appFor = (row: CaseRow): App =>
  row.rulebook === undefined ? server.app : createApp({ store: server.store, rulebook: rulebookFor(row), log: () => undefined })

/** JSON as it travels: what `JSON.stringify` keeps of a value. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

// The error a problem answers, by its type (see `problems.ts`).
const errorTags: Readonly<Record<string, string>> = {
  "urn:hotro:problem:provision-not-in-force": "ProvisionNotInForce",
  "urn:hotro:problem:unknown-province": "UnknownProvince",
}

const numbered = (first: number, last: number) => (id: string): boolean => {
  const number = /^C(\d{2})/.exec(id)?.[1]
  return number !== undefined && Number(number) >= first && Number(number) <= last
}

describe("POST /v1/assessments answers C01–C21 as the rules do", () => {
  for (const [table, rows] of Object.entries(caseTables)) {
    const selected = rows.filter((row) => numbered(1, 21)(row.id))
    if (selected.length === 0) continue
    describe(table, () => {
      for (const row of selected) {
        test(testName(row), async () => {
          const response = await send(appFor(row), "POST", "/v1/assessments", row.facts)
          const body = await readBody(response)
          const library = rulebookFor(row).assess(factsOf(row))
          if (Result.isFailure(library)) {
            expect(body).toEqual(asJson(toProblem(library.failure)))
            checkOutcome(row, Result.fail({ _tag: errorTags[body.type] ?? body.type, message: body.detail }))
            return
          }
          expect(response.status, JSON.stringify(body)).toBe(200)
          expect(body).toEqual(asJson(Schema.encodeSync(Assessment)(library.success)))
          checkOutcome(row, Result.succeed(Schema.decodeUnknownSync(Assessment)(body)))
        })
      }
    })
  }
})

describe("POST /v1/screenings answers C22–C25 as the rules do", () => {
  for (const row of screeningCases.filter((candidate) => numbered(22, 25)(candidate.id))) {
    test(row.name.startsWith(row.id) ? row.name : `${row.id} ${row.name}`, async () => {
      const response = await send(server.app, "POST", "/v1/screenings", row.facts)
      const body = await readBody(response)
      expect(response.status, JSON.stringify(body)).toBe(200)
      const library = screen(Result.getOrThrow(decodeInput(ScreeningFacts, row.facts)))
      expect(body).toEqual(asJson(Schema.encodeSync(Screening)(library)))
      const answered = Schema.decodeUnknownSync(Screening)(body)
      expect(answered.answer).toBe(row.answer)
      expect(answered.missingElement).toBe(row.missingElement)
    })
  }
})
