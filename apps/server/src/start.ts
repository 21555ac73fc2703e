/**
 * Starting the server: provincial configuration first (a broken file stops the start before
 * anything opens), then the store, then the HTTP listener.
 *
 * @module
 */
import type { AddressInfo } from "node:net"
import { serve } from "@hono/node-server"
import { Result } from "effect"
import { createRulebook } from "@hotro/rules"
import { createApp } from "./app.ts"
import type { Log } from "./request-log.ts"
import type { ServerConfig } from "./server-config.ts"
import { loadProvincialRateSets, type ConfigurationError } from "./provincial-config.ts"
import { openStore } from "./store/open-store.ts"

export interface RunningServer {
  /** `http://host:port` the server listens on. */
  readonly url: string
  readonly store: "pglite" | "postgres"
  readonly provinces: ReadonlyArray<string>
  readonly close: () => Promise<void>
}

/** Starts the server, or fails with the configuration error that prevents it. */
export const startServer = async (
  config: ServerConfig,
  log: Log,
): Promise<Result.Result<RunningServer, ConfigurationError>> => {
  const rateSets = await loadProvincialRateSets(config.configDir)
  if (Result.isFailure(rateSets)) return Result.fail(rateSets.failure)
  const rulebook = createRulebook({ provincialRateSets: rateSets.success })
  const store = await openStore(config.store)
  const app = createApp({ store, rulebook, staticDirs: config.staticDirs, log })
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) }, () =>
      resolve(listening),
    )
    listening.once("error", reject)
  }).catch(async (error: unknown) => {
    await store.close()
    throw error
  })
  const address = server.address() as AddressInfo
  const host = config.host ?? "localhost"
  return Result.succeed({
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    store: store.kind,
    provinces: rulebook.provinces.map((province) => province.id),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await store.close()
    },
  })
}
