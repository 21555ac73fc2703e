/**
 * Provincial configuration at start: every `*.json` of `HOTRO_CONFIG_DIR` is validated; a valid
 * extra province is used by assessments; a file below a national minimum stops the start with
 * exit code 1 and a message naming the file, the key and the minimum (C14).
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { createRulebook } from "@hotro/rules"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { main, type CliIo } from "../src/cli.ts"
import { loadProvincialRateSets } from "../src/provincial-config.ts"
import { readBody, send, testServer } from "./support.ts"

const haGiangFile = path.resolve(__dirname, "../../../packages/rules/parameters/provinces/ha-giang-15-2020.json")

interface RateFile {
  province: string
  name: { vi: string; en: string }
  succeededBy?: unknown
  parameters: Array<{ id: string; values: Array<{ value: number | null }> }>
}

/** A configuration directory holding Hà Giang's file changed by `edit`, saved as `name`. */
const configDirWith = async (name: string, edit: (file: RateFile) => void): Promise<string> => {
  const directory = await mkdtemp(path.join(tmpdir(), "hotro-config-"))
  const file = JSON.parse(await readFile(haGiangFile, "utf8")) as RateFile
  edit(file)
  await writeFile(path.join(directory, name), JSON.stringify(file, null, 2))
  return directory
}

const setRate = (file: RateFile, id: string, value: number) => {
  const parameter = file.parameters.find((candidate) => candidate.id === id)!
  parameter.values[0]!.value = value
}

const captureIo = (env: Record<string, string>, stop: Promise<void> = Promise.resolve()) => {
  const stdout: Array<string> = []
  const stderr: Array<string> = []
  const io: CliIo = {
    env,
    cwd: process.cwd(),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    stopRequested: () => stop,
  }
  return { io, stdout, stderr }
}

describe("provincial configuration directory", () => {
  it("a missing directory means no extra rate sets", async () => {
    const loaded = await loadProvincialRateSets(path.join(tmpdir(), "hotro-no-such-dir"))
    expect(Result.getOrThrow(loaded)).toEqual([])
  })

  it("a valid extra province is used by assessments", async () => {
    const directory = await configDirWith("lang-son-test.json", (file) => {
      file.province = "lang-son"
      file.name = { vi: "Lạng Sơn", en: "Lạng Sơn" }
      delete file.succeededBy
      setRate(file, "initial-hardship-allowance", 4_000_000)
    })
    const provincialRateSets = Result.getOrThrow(await loadProvincialRateSets(directory))
    expect(provincialRateSets.map((set) => set.province)).toEqual(["lang-son"])
    const server = await testServer({ rulebook: createRulebook({ provincialRateSets }) })
    try {
      const response = await send(server.app, "POST", "/v1/assessments", {
        asOf: "2024-04-01",
        province: "lang-son",
        person: { citizenship: "VN", poorHousehold: true },
        status: { kind: "victim", certifiedOn: "2024-03-10" },
        returnedHomeOn: "2024-03-20",
        applications: { initialHardshipAllowanceFiledOn: "2024-04-01" },
      })
      expect(response.status).toBe(200)
      const allowance = (await readBody(response)).entitlements.find(
        (entitlement: { kind: string }) => entitlement.kind === "initial_hardship_and_loan",
      )
      expect(allowance.amount.vnd).toBe(4_000_000)
    } finally {
      await server.store.close()
    }
  }, 60_000)

  it("C14 travel meals at 50,000 VND/day stop the start: exit code 1, the file, key and minimum on stderr", async () => {
    const directory = await configDirWith("ha-giang-cheap.json", (file) => setRate(file, "travel-meals", 50_000))
    const { io, stdout, stderr } = captureIo({ HOTRO_CONFIG_DIR: directory, PORT: "0", HOTRO_DATA_DIR: path.join(directory, "data") })
    expect(await main(["serve"], io)).toBe(1)
    const message = stderr.join("\n")
    expect(message).toContain("ha-giang-cheap.json")
    expect(message).toMatch(/travel-meals/)
    expect(message).toMatch(/70[,.]?000/)
    expect(stdout.join("\n")).not.toContain("listening")
  })

  it("a file that is not JSON stops the start naming the file", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "hotro-config-"))
    await writeFile(path.join(directory, "broken.json"), "{ not json")
    const { io, stderr } = captureIo({ HOTRO_CONFIG_DIR: directory, PORT: "0" })
    expect(await main(["serve"], io)).toBe(1)
    expect(stderr.join("\n")).toMatch(/broken\.json.*valid JSON/)
  })
})

describe("hotro serve", () => {
  it("starts on PGlite in HOTRO_DATA_DIR, prints the URLs, answers /health, and stops on request", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "hotro-data-"))
    let stop: () => void = () => {}
    const stopped = new Promise<void>((resolve) => {
      stop = resolve
    })
    const { io, stdout } = captureIo({ PORT: "0", HOTRO_DATA_DIR: dataDir, HOTRO_CONFIG_DIR: path.join(dataDir, "none") }, stopped)
    const exit = main(["serve"], io)
    await expect.poll(() => stdout.join("\n"), { timeout: 60_000, interval: 100 }).toMatch(/listening on http/)
    const url = /listening on (\S+)/.exec(stdout.join("\n"))![1]!
    expect(stdout.join("\n")).toContain(`${url}/field/`)
    expect(stdout.join("\n")).toContain(`${url}/demo/`)
    const health = (await (await fetch(`${url}/health`)).json()) as { store: string }
    expect(health.store).toBe("pglite")
    stop()
    expect(await exit).toBe(0)
    await rm(dataDir, { recursive: true, force: true })
  }, 90_000)
})
