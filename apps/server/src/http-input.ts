/**
 * Reading untrusted HTTP input into typed values. Everything that fails throws `InvalidInput`
 * with the path of each broken field, which `problems.ts` answers with 400.
 *
 * @module
 */
import { Result, type Schema } from "effect"
import { decodeInput, InvalidInput } from "@hotro/rules"
import type { Context } from "hono"

/** The request body parsed as JSON; malformed JSON fails on the path `(body)`. */
export const readJsonBody = async (c: Context): Promise<unknown> => {
  try {
    return await c.req.json()
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unreadable body"
    throw new InvalidInput({ issues: [{ path: "(body)", message: `must be valid JSON (${reason})` }] })
  }
}

/** Decodes `input` with `schema` or throws `InvalidInput` naming every broken field. */
export const decodeOrThrow = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  input: unknown,
): S["Type"] => Result.getOrThrow(decodeInput(schema, input))
