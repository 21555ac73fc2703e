/**
 * `POST /v1/screenings`: whether recorded facts meet the indicators of trafficking (acts, means,
 * purpose, age), or which are still missing.
 *
 * @module
 */
import { Schema } from "effect"
import { Screening, ScreeningFacts, screen } from "@hotro/rules"
import { Hono } from "hono"
import { decodeOrThrow, readJsonBody } from "../http-input.ts"

const encodeScreening = Schema.encodeSync(Screening)

export const screeningsRouter = () =>
  new Hono().post("/", async (c) => {
    const facts = decodeOrThrow(ScreeningFacts, await readJsonBody(c))
    return c.json(encodeScreening(screen(facts)))
  })
