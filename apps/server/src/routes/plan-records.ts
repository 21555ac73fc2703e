/**
 * `POST /v1/localities`, `/v1/activities`, `/v1/officers`, `/v1/trainings`: the records besides
 * cases that plan targets count. Idempotent by key (the id; commune and period for a locality).
 *
 * @module
 */
import type { Schema } from "effect"
import { CommunicationActivity, Locality, SupportOfficer, Training } from "@hotro/rules"
import { Hono } from "hono"
import { decodeOrThrow, readJsonBody } from "../http-input.ts"
import type { PlanRecordCollection, PlanRecordTypes, Store } from "../store/store.ts"

const schemas: { readonly [C in PlanRecordCollection]: Schema.Codec<PlanRecordTypes[C], unknown> } = {
  localities: Locality,
  activities: CommunicationActivity,
  officers: SupportOfficer,
  trainings: Training,
}

export const planRecordRouter = <C extends PlanRecordCollection>(store: Store, collection: C) =>
  new Hono().post("/", async (c) => {
    const schema: Schema.Codec<PlanRecordTypes[C], unknown> = schemas[collection]
    const record = decodeOrThrow(schema, await readJsonBody(c))
    const { created, key } = await store.putPlanRecord(collection, record)
    return c.json({ key, created }, created ? 201 : 200)
  })
