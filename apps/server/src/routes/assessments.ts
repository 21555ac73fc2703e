/**
 * `POST /v1/assessments`: the decision for one person on one date (`Facts` in, `Assessment` out).
 * `?trace=true` adds the reasoning steps.
 *
 * @module
 */
import { Result, Schema } from "effect"
import { Assessment, Facts, type Rulebook } from "@hotro/rules"
import { Hono } from "hono"
import { decodeOrThrow, readJsonBody } from "../http-input.ts"

const encodeAssessment = Schema.encodeSync(Assessment)

export const assessmentsRouter = (rulebook: Rulebook) =>
  new Hono().post("/", async (c) => {
    const facts = decodeOrThrow(Facts, await readJsonBody(c))
    const assessment = Result.getOrThrow(rulebook.assess(facts, { trace: c.req.query("trace") === "true" }))
    return c.json(encodeAssessment(assessment))
  })
