/**
 * Test helpers: an app on an in-memory PGlite store, and JSON requests through `app.request()`.
 */
import { createRulebook, type Rulebook } from "@hotro/rules"
import { createApp, type App } from "../src/app.ts"
import { openStore } from "../src/store/open-store.ts"
import type { Store } from "../src/store/store.ts"

export { caseRecord, newId } from "./records.ts"

export interface TestServer {
  readonly app: App
  readonly store: Store
  readonly logLines: Array<string>
}

/** An app on a fresh in-memory PGlite store (slow: call once per file, in `beforeAll`). */
export const testServer = async (options: { readonly rulebook?: Rulebook; readonly staticDirs?: Parameters<typeof createApp>[0]["staticDirs"] } = {}): Promise<TestServer> => {
  const store = await openStore({ kind: "pglite" })
  const logLines: Array<string> = []
  const app = createApp({
    store,
    rulebook: options.rulebook ?? createRulebook(),
    ...(options.staticDirs === undefined ? {} : { staticDirs: options.staticDirs }),
    log: (line) => logLines.push(line),
  })
  return { app, store, logLines }
}

/** Sends `body` as JSON (a string is sent as is, to test malformed JSON). */
export const send = (app: App, method: string, path: string, body?: unknown): Promise<Response> =>
  Promise.resolve(
    app.request(path, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    }),
  )

/** The JSON body of a response, loosely typed for assertions. */
// oxlint-disable-next-line no-explicit-any -- assertions check the shape
export const readBody = (response: Response): Promise<any> => response.json()
