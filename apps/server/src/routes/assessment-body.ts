/**
 * What the two assessing endpoints share (`POST /v1/assessments`, `GET /v1/cases/:id/assessment`):
 * the `trace` query parameter and the JSON form of an `Assessment`.
 *
 * Every assessment carries its trace, each step citing its provision, unless the caller asks
 * `?trace=false` (bulk callers that only want the decision).
 *
 * @module
 */
import { Schema } from "effect"
import { Assessment, type AssessOptions } from "@hotro/rules"

/** `?trace=true|false`, default `true`; anything else is a 400 naming `trace`. */
export const TraceParam = Schema.optionalKey(Schema.Literals(["true", "false"]))

/** The assessment options that `?trace=` asks for. */
export const assessOptions = (trace: "true" | "false" | undefined): AssessOptions => ({ trace: trace !== "false" })

export const encodeAssessment = Schema.encodeSync(Assessment)
