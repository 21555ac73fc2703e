/**
 * `GET /health`: the server is up, which store it uses and which rules it applies.
 *
 * @module
 */
import { rulesVersion } from "@hotro/rules"
import { Hono } from "hono"
import type { Store } from "../store/store.ts"

export const healthRouter = (store: Store) =>
  new Hono().get("/", (c) => c.json({ status: "ok", store: store.kind, rulesVersion }))
