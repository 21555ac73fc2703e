/**
 * `GET /v1/plans` and `GET /v1/plans/:id/progress?view=case_working|public&threshold=5&denominator=identified|received`:
 * plan targets computed from the stored records, never typed in.
 *
 * @module
 */
import { Schema } from "effect"
import { findPlan, Plan, planProgress, plans } from "@hotro/rules"
import { Hono } from "hono"
import { PlanNotFound } from "../errors.ts"
import { decodeOrThrow } from "../http-input.ts"
import type { Store } from "../store/store.ts"

const ProgressQuery = Schema.Struct({
  view: Schema.optionalKey(Schema.Literals(["case_working", "public"])),
  threshold: Schema.optionalKey(Schema.FiniteFromString.check(Schema.isInt(), Schema.isBetween({ minimum: 1, maximum: 1_000 }))),
  denominator: Schema.optionalKey(Schema.Literals(["identified", "received"])),
})

const encodePlan = Schema.encodeSync(Plan)

export const plansRouter = (store: Store) =>
  new Hono()
    .get("/", (c) => c.json({ items: plans.map((plan) => encodePlan(plan)) }))
    .get("/:id/progress", async (c) => {
      const id = c.req.param("id")
      const { denominator, ...query } = decodeOrThrow(ProgressQuery, c.req.query())
      const plan = findPlan(id)
      if (plan === undefined) throw new PlanNotFound({ id, known: plans.map((known) => known.id) })
      const options = { ...query, ...(denominator === undefined ? {} : { victimsDenominator: denominator }) }
      return c.json(planProgress(plan, await store.planRecords(plan.area.province), options))
    })
