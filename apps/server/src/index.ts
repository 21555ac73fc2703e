/**
 * `@hotro/server`: the HTTP API over `@hotro/rules` (assessments, screenings, parameters, case
 * records, plan progress), its store on PGlite or PostgreSQL, and the CTDC importer.
 *
 * @module
 */
export { createApp, type App, type AppOptions } from "./app.ts"
export * from "./errors.ts"
export { importCtdc, ImportFailed, type ImportOptions, type ImportReport, type RejectedRow } from "./importer/ctdc-import.ts"
export { parseCsv, CsvSyntaxError, type CsvRecord } from "./importer/csv.ts"
export { loadProvincialRateSets, type ConfigurationError } from "./provincial-config.ts"
export { serverConfigFrom, type ServerConfig } from "./server-config.ts"
export { startServer, type RunningServer } from "./start.ts"
export { defaultStaticDirs, type StaticDirs } from "./static-dirs.ts"
export { openStore, type StoreConfig } from "./store/open-store.ts"
export type * from "./store/store.ts"
