/**
 * `/v1/cases`: case records with client-chosen ids. Creating is idempotent; updating needs the
 * version it was based on; a batch imports many records in one transaction.
 * `GET /v1/cases/:id/assessment?asOf=YYYY-MM-DD` assesses a stored record on a date the caller
 * chooses (the record's facts, via the rules' `factsOfCase`).
 *
 * @module
 */
import { Result, Schema } from "effect"
import { CaseRecord, CivilDate, factsOfCase, InvalidInput, RecordId, RecordOrigin, type Rulebook } from "@hotro/rules"
import { Hono } from "hono"
import { CaseNotFound } from "../errors.ts"
import { decodeOrThrow, readJsonBody } from "../http-input.ts"
import type { Store } from "../store/store.ts"
import { assessOptions, encodeAssessment, TraceParam } from "./assessment-body.ts"
import { encodeStoredCase } from "./case-body.ts"

/** Most records one page or one batch may hold. */
const maxPageSize = 1_000
const maxBatchSize = 5_000

const Count = (minimum: number, maximum: number) =>
  Schema.FiniteFromString.check(Schema.isInt(), Schema.isBetween({ minimum, maximum }))

const ListQuery = Schema.Struct({
  origin: Schema.optionalKey(RecordOrigin),
  limit: Schema.optionalKey(Count(1, maxPageSize)),
  offset: Schema.optionalKey(Count(0, Number.MAX_SAFE_INTEGER)),
})

const Update = Schema.Struct({
  baseVersion: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  record: CaseRecord,
})

const Batch = Schema.Struct({
  records: Schema.Array(CaseRecord).check(Schema.isMaxLength(maxBatchSize)),
})

const IdParam = Schema.Struct({ id: RecordId })

const AssessmentQuery = Schema.Struct({ asOf: CivilDate, trace: TraceParam })

export const casesRouter = (store: Store, rulebook: Rulebook) =>
  new Hono()
    .post("/", async (c) => {
      const record = decodeOrThrow(CaseRecord, await readJsonBody(c))
      const { created, stored } = await store.createCase(record)
      return c.json(encodeStoredCase(stored), created ? 201 : 200)
    })
    .post("/batch", async (c) => {
      const { records } = decodeOrThrow(Batch, await readJsonBody(c))
      const { created, unchanged } = await store.importCases(records)
      return c.json({ received: records.length, created, unchanged })
    })
    .get("/", async (c) => {
      const query = decodeOrThrow(ListQuery, c.req.query())
      const limit = query.limit ?? 50
      const offset = query.offset ?? 0
      const page = await store.listCases({ ...(query.origin === undefined ? {} : { origin: query.origin }), limit, offset })
      return c.json({ items: page.items.map(encodeStoredCase), total: page.total, limit, offset })
    })
    .get("/:id", async (c) => {
      const { id } = decodeOrThrow(IdParam, c.req.param())
      const stored = await store.getCase(id)
      if (stored === undefined) throw new CaseNotFound({ id })
      return c.json(encodeStoredCase(stored))
    })
    .get("/:id/assessment", async (c) => {
      const { id } = decodeOrThrow(IdParam, c.req.param())
      const { asOf, trace } = decodeOrThrow(AssessmentQuery, c.req.query())
      const stored = await store.getCase(id)
      if (stored === undefined) throw new CaseNotFound({ id })
      const facts = Result.getOrThrow(factsOfCase(stored.record, asOf))
      return c.json(encodeAssessment(Result.getOrThrow(rulebook.assess(facts, assessOptions(trace)))))
    })
    .put("/:id", async (c) => {
      const { id } = decodeOrThrow(IdParam, c.req.param())
      const { baseVersion, record } = decodeOrThrow(Update, await readJsonBody(c))
      if (record.id !== id) {
        throw new InvalidInput({ issues: [{ path: "record.id", message: `must be the id in the URL (${id})` }] })
      }
      const { stored } = await store.updateCase(record, baseVersion)
      return c.json(encodeStoredCase(stored))
    })
