/**
 * The `hotro` command.
 *
 * ```
 * hotro serve                               start the server (see server-config.ts for the environment)
 * hotro import ctdc <file> [--server <url>] import a CTDC CSV file into a running server
 * ```
 *
 * @module
 */
import { readFile } from "node:fs/promises"
import { Result } from "effect"
import { importCtdc, ImportFailed } from "./importer/ctdc-import.ts"
import { serverConfigFrom, type Environment } from "./server-config.ts"
import { startServer } from "./start.ts"

export interface CliIo {
  readonly env: Environment
  readonly cwd: string
  readonly stdout: (line: string) => void
  readonly stderr: (line: string) => void
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  readonly stopRequested: () => Promise<void>
}

const usage = `usage:
  hotro serve
  hotro import ctdc <file> [--server <url>]   (default server http://localhost:8787)`

const processIo = (): CliIo => ({
  env: process.env,
  cwd: process.cwd(),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  stopRequested: () =>
    new Promise((resolve) => {
      process.once("SIGINT", () => resolve())
      process.once("SIGTERM", () => resolve())
    }),
})

const runServe = async (io: CliIo): Promise<number> => {
  const config = serverConfigFrom(io.env, io.cwd)
  const started = await startServer(config, io.stdout)
  if (Result.isFailure(started)) {
    io.stderr(`hotro: cannot start: ${started.failure.message}`)
    return 1
  }
  const server = started.success
  io.stdout(`hotro listening on ${server.url} (store: ${server.store}; provincial rate sets: ${server.provinces.join(", ") || "none"})`)
  io.stdout(`  API:          ${server.url}/v1/  (health: ${server.url}/health)`)
  io.stdout(`  field app:    ${server.url}/field/`)
  io.stdout(`  widget demo:  ${server.url}/demo/`)
  await io.stopRequested()
  await server.close()
  return 0
}

const runImport = async (args: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const [source, file, ...rest] = args
  if (source !== "ctdc" || file === undefined) {
    io.stderr(usage)
    return 2
  }
  let server = "http://localhost:8787"
  for (let index = 0; index < rest.length; index += 1) {
    if (rest[index] === "--server" && rest[index + 1] !== undefined) server = rest[++index]!
    else {
      io.stderr(`hotro import: unknown option ${rest[index]}\n${usage}`)
      return 2
    }
  }
  let text: string
  try {
    text = await readFile(file, "utf8")
  } catch (error) {
    io.stderr(`hotro import: cannot read ${file}: ${(error as Error).message}`)
    return 1
  }
  try {
    const report = await importCtdc({ text, server })
    io.stdout(`rows read: ${report.rowsRead}`)
    io.stdout(`imported: ${report.imported} (new: ${report.created}, already present: ${report.alreadyPresent})`)
    io.stdout(`rejected: ${report.rejected.length}`)
    for (const row of report.rejected) io.stdout(`  line ${row.line}: ${row.reason}`)
    return 0
  } catch (error) {
    if (error instanceof ImportFailed) {
      io.stderr(`hotro import: ${error.message}`)
      return 1
    }
    if (error instanceof TypeError) {
      io.stderr(`hotro import: cannot reach ${server} (${(error.cause as Error | undefined)?.message ?? error.message}); is \`hotro serve\` running?`)
      return 1
    }
    throw error
  }
}

/** Runs the command in `args`; resolves to the process exit code. */
export const main = async (args: ReadonlyArray<string>, io: CliIo = processIo()): Promise<number> => {
  const [command, ...rest] = args
  switch (command) {
    case "serve":
      return runServe(io)
    case "import":
      return runImport(rest, io)
    case undefined:
    case "help":
    case "--help":
      io.stdout(usage)
      return command === undefined ? 2 : 0
    default:
      io.stderr(`hotro: unknown command ${command}\n${usage}`)
      return 2
  }
}
