/**
 * Problem details (RFC 9457): how every failure is answered. One function maps each typed error
 * to an HTTP status and a body whose `issues` name the field and the rule it broke.
 *
 * @module
 */
import { InvalidInput, ProvisionNotInForce, UnknownProvince, type InputIssue } from "@hotro/rules"
import { HTTPException } from "hono/http-exception"
import { BatchConflict, CaseConflict, CaseNotFound, PlanNotFound, RecordConflict, StaleVersion } from "./errors.ts"
import { encodeStoredCase } from "./routes/case-body.ts"

/** An `application/problem+json` body. */
export interface Problem {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly issues?: ReadonlyArray<InputIssue>
  readonly [extension: string]: unknown
}

const problemType = (slug: string): string => `urn:hotro:problem:${slug}`

/** The problem answering `error`; errors of no known kind are a 500 that tells nothing inside. */
export const toProblem = (error: unknown): Problem => {
  if (error instanceof InvalidInput) {
    return { type: problemType("invalid-input"), title: "Invalid input", status: 400, detail: error.message, issues: error.issues }
  }
  if (error instanceof UnknownProvince) {
    return {
      type: problemType("unknown-province"),
      title: "Unknown province",
      status: 400,
      detail: error.message,
      issues: [{ path: "province", message: `unknown province "${error.province}" (known: ${error.known.join(", ")})` }],
    }
  }
  if (error instanceof ProvisionNotInForce) {
    return {
      type: problemType("provision-not-in-force"),
      title: "No provision in force on that date",
      status: 422,
      detail: error.message,
      issues: [{ path: "asOf", message: error.message }],
    }
  }
  if (error instanceof CaseNotFound || error instanceof PlanNotFound) {
    return { type: problemType("not-found"), title: "Not found", status: 404, detail: error.message }
  }
  if (error instanceof CaseConflict) {
    return {
      type: problemType("case-conflict"),
      title: "A different case record exists under this id",
      status: 409,
      detail: error.message,
      stored: encodeStoredCase(error.stored),
      submitted: error.submitted,
    }
  }
  if (error instanceof StaleVersion) {
    return {
      type: problemType("stale-version"),
      title: "The case record changed since its base version",
      status: 409,
      detail: error.message,
      issues: [{ path: "baseVersion", message: `must be the stored version ${error.stored.version}` }],
      baseVersion: error.baseVersion,
      stored: encodeStoredCase(error.stored),
      submitted: error.submitted,
    }
  }
  if (error instanceof BatchConflict) {
    return {
      type: problemType("batch-conflict"),
      title: "Some records exist with a different content",
      status: 409,
      detail: error.message,
      issues: error.conflicts.map((conflict) => ({
        path: `records.${conflict.index}.id`,
        message: `${conflict.id} already exists with a different content`,
      })),
    }
  }
  if (error instanceof RecordConflict) {
    return {
      type: problemType("record-conflict"),
      title: "A different record exists under this key",
      status: 409,
      detail: error.message,
      stored: error.stored,
      submitted: error.submitted,
    }
  }
  if (error instanceof HTTPException) {
    return { type: "about:blank", title: error.message || "HTTP error", status: error.status, detail: error.message }
  }
  return { type: "about:blank", title: "Internal Server Error", status: 500, detail: "The server failed; the failure is logged." }
}

/** A response carrying `problem` as `application/problem+json`. */
export const problemResponse = (problem: Problem): Response =>
  new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": "application/problem+json; charset=utf-8" },
  })
