/**
 * The HTTP application: request log, one router per resource, static parts, and one error
 * handler that answers every failure as a problem (RFC 9457).
 *
 * @module
 */
import type { Rulebook } from "@hotro/rules"
import { Hono } from "hono"
import { bodyLimit } from "hono/body-limit"
import { cors } from "hono/cors"
import { StoredRecordInvalid } from "./errors.ts"
import { problemResponse, toProblem } from "./problems.ts"
import { requestLog, type Log } from "./request-log.ts"
import { assessmentsRouter } from "./routes/assessments.ts"
import { casesRouter } from "./routes/cases.ts"
import { healthRouter } from "./routes/health.ts"
import { parametersRouter, provincesRouter } from "./routes/parameters.ts"
import { planRecordRouter } from "./routes/plan-records.ts"
import { plansRouter } from "./routes/plans.ts"
import { screeningsRouter } from "./routes/screenings.ts"
import { staticRouter } from "./routes/static.ts"
import { defaultStaticDirs, type StaticDirs } from "./static-dirs.ts"
import type { Store } from "./store/store.ts"

export interface AppOptions {
  readonly store: Store
  readonly rulebook: Rulebook
  /** Defaults to the directories of this repository (see `static-dirs.ts`). */
  readonly staticDirs?: Partial<StaticDirs>
  /** Where request lines go; `console.log` by default. */
  readonly log?: Log
}

// A batch of 5,000 CTDC records is about 1.5 MB; leave room for richer records.
const maxBodyBytes = 16 * 1024 * 1024

export const createApp = (options: AppOptions) => {
  const { store, rulebook } = options
  const log = options.log ?? ((line: string) => console.log(line))
  const dirs = { ...defaultStaticDirs, ...options.staticDirs }

  return new Hono()
    .use(requestLog(log))
    .use(
      "/v1/*",
      bodyLimit({
        maxSize: maxBodyBytes,
        onError: () =>
          problemResponse({
            type: "urn:hotro:problem:body-too-large",
            title: "Request body too large",
            status: 413,
            detail: `a request body may hold at most ${maxBodyBytes} bytes; send records in smaller batches`,
          }),
      }),
    )
    .route("/health", healthRouter(store))
    .route("/v1/assessments", assessmentsRouter(rulebook))
    .route("/v1/screenings", screeningsRouter())
    .route("/v1/parameters", parametersRouter(rulebook))
    .route("/v1/provinces", provincesRouter(rulebook))
    .route("/v1/cases", casesRouter(store, rulebook))
    .route("/v1/localities", planRecordRouter(store, "localities"))
    .route("/v1/activities", planRecordRouter(store, "activities"))
    .route("/v1/officers", planRecordRouter(store, "officers"))
    .route("/v1/trainings", planRecordRouter(store, "trainings"))
    .route("/v1/plans", plansRouter(store))
    .get("/field", (c) => c.redirect("/field/"))
    .route("/field", staticRouter({ prefix: "/field", root: dirs.field, what: "The field app", spaFallback: true }))
    .get("/demo", (c) => c.redirect("/demo/"))
    .route("/demo", staticRouter({ prefix: "/demo", root: dirs.demo, what: "The demo page", spaFallback: false }))
    // Agency pages on their own sites load the bundle as a module script, which needs CORS.
    .use("/widgets/*", cors({ origin: "*", allowMethods: ["GET", "HEAD"] }))
    .route("/widgets", staticRouter({ prefix: "/widgets", root: dirs.widgets, what: "The widget bundle", spaFallback: false }))
    .get("/", (c) => c.redirect("/demo/"))
    .notFound((c) =>
      problemResponse({ type: "about:blank", title: "Not Found", status: 404, detail: `no resource at ${c.req.method} ${c.req.path}` }),
    )
    .onError((error) => {
      const problem = toProblem(error)
      if (problem.status >= 500) {
        // The error's class only: messages of stored records or SQL errors may quote personal data.
        const name = error instanceof StoredRecordInvalid ? `${error._tag} (${error.table})` : error.name
        log(`error ${name}`)
      }
      return problemResponse(problem)
    })
}

export type App = ReturnType<typeof createApp>
