/**
 * One log line per request: method, route pattern, status and duration. Never the URL, the
 * query, a header or the body: those may carry personal data (ids, dates of birth).
 *
 * @module
 */
import type { MiddlewareHandler } from "hono"
import { routePath } from "hono/route"

export type Log = (line: string) => void

export const requestLog = (log: Log): MiddlewareHandler => async (c, next) => {
  const started = performance.now()
  await next()
  const route = c.res.status === 404 && routePath(c, -1) === "*" ? "(no route)" : routePath(c, -1)
  log(`${c.req.method} ${route} ${c.res.status} ${Math.round(performance.now() - started)}ms`)
}
