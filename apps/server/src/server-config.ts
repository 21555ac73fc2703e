/**
 * The server's configuration from environment variables, with their defaults.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | `PORT` | 8787 | HTTP port |
 * | `HOST` | (all interfaces) | address to listen on |
 * | `DATABASE_URL` | (unset: PGlite) | PostgreSQL connection string |
 * | `HOTRO_DATA_DIR` | `./data` | PGlite data directory, relative to the current directory |
 * | `HOTRO_CONFIG_DIR` | `./config/provinces` | provincial rate sets (`*.json`) |
 * | `HOTRO_FIELD_DIR`, `HOTRO_WIDGETS_DIR`, `HOTRO_DEMO_DIR` | this repository's builds | static parts |
 *
 * @module
 */
import path from "node:path"
import type { StaticDirs } from "./static-dirs.ts"
import type { StoreConfig } from "./store/open-store.ts"

export interface ServerConfig {
  readonly port: number
  readonly host?: string
  readonly store: StoreConfig
  readonly configDir: string
  readonly staticDirs: Partial<StaticDirs>
}

export type Environment = Readonly<Record<string, string | undefined>>

/** Reads the configuration; throws on a value that cannot be used (a port that is not a number). */
export const serverConfigFrom = (env: Environment, cwd: string): ServerConfig => {
  const port = Number(env["PORT"] ?? "8787")
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got ${env["PORT"]}`)
  const databaseUrl = env["DATABASE_URL"]
  const staticDirs: { -readonly [K in keyof StaticDirs]?: string } = {}
  if (env["HOTRO_FIELD_DIR"]) staticDirs.field = path.resolve(cwd, env["HOTRO_FIELD_DIR"])
  if (env["HOTRO_WIDGETS_DIR"]) staticDirs.widgets = path.resolve(cwd, env["HOTRO_WIDGETS_DIR"])
  if (env["HOTRO_DEMO_DIR"]) staticDirs.demo = path.resolve(cwd, env["HOTRO_DEMO_DIR"])
  return {
    port,
    ...(env["HOST"] ? { host: env["HOST"] } : {}),
    store: databaseUrl
      ? { kind: "postgres", connectionString: databaseUrl }
      : { kind: "pglite", dataDir: path.resolve(cwd, env["HOTRO_DATA_DIR"] || "./data") },
    configDir: path.resolve(cwd, env["HOTRO_CONFIG_DIR"] || "./config/provinces"),
    staticDirs,
  }
}
