/**
 * `POST /v1/localities`, `/v1/activities`, `/v1/officers`, `/v1/trainings`: the records besides
 * cases that plan targets count. Idempotent by key (the id; commune and period for a locality).
 *
 * @module
 */
import type { Schema } from "effect"
import { Hono } from "hono"
import { decodeOrThrow, readJsonBody } from "../http-input.ts"
import { planRecordSchemas, type PlanRecordCollection, type PlanRecordTypes, type Store } from "../store/store.ts"

export const planRecordRouter = <C extends PlanRecordCollection>(store: Store, collection: C) =>
  new Hono().post("/", async (c) => {
    const schema: Schema.Codec<PlanRecordTypes[C], unknown> = planRecordSchemas[collection]
    const record = decodeOrThrow(schema, await readJsonBody(c))
    const { created, key } = await store.putPlanRecord(collection, record)
    return c.json({ key, created }, created ? 201 : 200)
  })
