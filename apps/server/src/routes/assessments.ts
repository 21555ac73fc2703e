/**
 * `POST /v1/assessments`: the decision for one person on one date (`Facts` in, `Assessment` out),
 * with its trace unless `?trace=false`.
 *
 * @module
 */
import { Result, Schema } from "effect"
import { Facts, type Rulebook } from "@hotro/rules"
import { Hono } from "hono"
import { decodeOrThrow, readJsonBody } from "../http-input.ts"
import { assessOptions, encodeAssessment, TraceParam } from "./assessment-body.ts"

const AssessQuery = Schema.Struct({ trace: TraceParam })

export const assessmentsRouter = (rulebook: Rulebook) =>
  new Hono().post("/", async (c) => {
    const { trace } = decodeOrThrow(AssessQuery, c.req.query())
    const facts = decodeOrThrow(Facts, await readJsonBody(c))
    const assessment = Result.getOrThrow(rulebook.assess(facts, assessOptions(trace)))
    return c.json(encodeAssessment(assessment))
  })
