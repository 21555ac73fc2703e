/**
 * Static files under a URL prefix, with an optional single-page-app fallback: a path with no file
 * extension that matches no file answers `index.html` (the app routes it); a missing asset is a
 * 404. A directory that is not built answers a problem saying so.
 *
 * @module
 */
import { existsSync } from "node:fs"
import path from "node:path"
import { serveStatic } from "@hono/node-server/serve-static"
import { Hono } from "hono"
import { problemResponse } from "../problems.ts"

export const staticRouter = (options: {
  readonly prefix: string
  readonly root: string
  readonly what: string
  readonly spaFallback: boolean
}) => {
  const router = new Hono()
  if (!existsSync(options.root)) {
    return router.all("*", () =>
      problemResponse({
        type: "urn:hotro:problem:not-built",
        title: `${options.what} is not built`,
        status: 404,
        detail: "run `npm run build` at the repository root, then restart the server",
      }),
    )
  }
  router.get("*", serveStatic({ root: options.root, rewriteRequestPath: (requested) => requested.slice(options.prefix.length) || "/" }))
  if (options.spaFallback) {
    router.get("*", (c, next) =>
      path.extname(c.req.path) === "" ? serveStatic({ path: path.join(options.root, "index.html") })(c, next) : next(),
    )
  }
  return router
}
