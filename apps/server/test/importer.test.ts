/**
 * `hotro import ctdc`: the header is checked, every row is accounted for (imported or rejected
 * with its line and a reason), identical rows stay separate records, and a re-run of the same
 * file adds nothing (ids derive from the file's hash and the line).
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { isDeepStrictEqual } from "node:util"
import { ctdcColumns, ctdcRowToCaseRecord } from "@hotro/rules"
import { Result } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { main, type CliIo } from "../src/cli.ts"
import { importCtdc, ImportFailed } from "../src/importer/ctdc-import.ts"
import { startServer } from "../src/start.ts"
import { testServer, type TestServer } from "./support.ts"

const realFile = "/work/shared/data/ctdc/ctdc-global-2020-subset.csv"

let server: TestServer
beforeAll(async () => {
  server = await testServer()
}, 60_000)
afterAll(() => server.store.close())

/** Sends the importer's requests to the in-process app. */
const inProcess = (url: string, init: RequestInit) => Promise.resolve(server.app.request(url, init))
const captureIo = (cwd: string) => {
  const stdout: Array<string> = []
  const stderr: Array<string> = []
  const io: CliIo = {
    env: {},
    cwd,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    stopRequested: () => Promise.resolve(),
  }
  return { io, stdout, stderr }
}

const ctdcCount = async () => (await server.store.listCases({ origin: "ctdc", limit: 1, offset: 0 })).total

const header = ctdcColumns.join(",")
const colombian = "2002,Female,18--20,CO,0.0,1.0,,4.570868,-74.297333,Colombia,,,,COL,"
const synthetic = [
  header,
  colombian,
  colombian, // identical: a different person
  '2015,Male,30--38,NA,1.0,0.0,TH,-22.95764,18.49041,"Namíbia, República da",15.870032,100.992541,Tailândia,NAM,THA',
  "2016,Female,9--17,0,,,0,,,,,,,,",
  "2017,Female,18--20,VN,maybe,0.0,,,,,,,,VNM,", // rejected by the mapping
  "2018,Male,21--23,VN,1.0", // wrong number of fields
].join("\n")

describe("importCtdc on a small synthetic file", () => {
  it("imports the good rows, keeps identical rows apart, rejects the rest with line and reason", async () => {
    const before = await ctdcCount()
    const report = await importCtdc({ text: synthetic, server: "http://hotro.test", fetch: inProcess, batchSize: 2 })
    expect(report.rowsRead).toBe(6)
    expect(report).toMatchObject({ imported: 4, created: 4, alreadyPresent: 0 })
    expect(report.rejected.map((row) => row.line)).toEqual([6, 7])
    expect(report.rejected[0]!.reason).toMatch(/isForcedLabour/)
    expect(report.rejected[1]!.reason).toMatch(/5 fields/)
    expect(report.rejected.map((row) => row.reason).join(" ")).not.toMatch(/VN|Female/)
    expect(await ctdcCount()).toBe(before + 4)

    const again = await importCtdc({ text: synthetic, server: "http://hotro.test", fetch: inProcess })
    expect(again).toMatchObject({ imported: 4, created: 0, alreadyPresent: 4 })
    expect(await ctdcCount()).toBe(before + 4)
  })

  it("a header without the CTDC columns stops the import before anything is sent", async () => {
    let sent = 0
    const counting = (url: string, init: RequestInit) => {
      sent += 1
      return inProcess(url, init)
    }
    await expect(importCtdc({ text: "a,b\n1,2", server: "http://hotro.test", fetch: counting })).rejects.toThrow(ImportFailed)
    await expect(importCtdc({ text: "a,b\n1,2", server: "http://hotro.test", fetch: counting })).rejects.toThrow(/yearOfRegistration/)
    expect(sent).toBe(0)
  })

  it("the CLI prints rows read, imported and rejected with a reason per row, against a listening server", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "hotro-import-"))
    const file = path.join(directory, "small.csv")
    await writeFile(file, synthetic)
    const listening = Result.getOrThrow(
      await startServer({ port: 0, host: "127.0.0.1", store: { kind: "pglite" }, configDir: path.join(directory, "none"), staticDirs: {} }, () => {}),
    )
    try {
      const { io, stdout } = captureIo(directory)
      expect(await main(["import", "ctdc", file, "--server", listening.url], io)).toBe(0)
      expect(stdout).toEqual([
        "rows read: 6",
        "imported: 4 (new: 4, already present: 0)",
        "rejected: 2",
        expect.stringMatching(/^  line 6: isForcedLabour: /),
        "  line 7: has 5 fields, the header has 15",
      ])
    } finally {
      await listening.close()
    }
  }, 60_000)

  it("the CLI says when no server listens, and shows its usage on a wrong command", async () => {
    const { io, stderr } = captureIo(tmpdir())
    expect(await main(["import", "ctdc", realFile, "--server", "http://127.0.0.1:9"], io)).toBe(1)
    expect(stderr.join("\n")).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9/)
    expect(await main(["import", "nope"], io)).toBe(2)
  })
})

describe("importCtdc on the real CTDC file", () => {
  it("accounts for all 48,773 rows; the 4,851 identical rows stay 4,851 records; a re-run adds nothing", async () => {
    const text = await readFile(realFile, "utf8")
    const before = await ctdcCount()
    const report = await importCtdc({ text, server: "http://hotro.test", fetch: inProcess })
    expect(report.rowsRead).toBe(48_773)
    expect(report.imported + report.rejected.length).toBe(48_773)
    expect(report.created).toBe(report.imported)
    expect(await ctdcCount()).toBe(before + report.imported)

    // The most frequent row occurs 4,851 times: 4,851 records, never merged into one.
    const lines = text.split("\n").slice(1)
    const occurrences = new Map<string, number>()
    for (const line of lines) occurrences.set(line, (occurrences.get(line) ?? 0) + 1)
    const [mostFrequent, count] = [...occurrences].sort((left, right) => right[1] - left[1])[0]!
    expect(count).toBe(4_851)
    const values = Object.fromEntries(ctdcColumns.map((column, index) => [column, mostFrequent.split(",")[index] ?? ""]))
    const { id: _id, ...expected } = Result.getOrThrow(ctdcRowToCaseRecord(values, "00000000-0000-0000-0000-000000000000"))
    let stored = 0
    for (let offset = 0; offset < before + report.imported; offset += 1_000) {
      const page = await server.store.listCases({ origin: "ctdc", limit: 1_000, offset })
      stored += page.items.filter(({ record: { id: _recordId, ...rest } }) => isDeepStrictEqual(rest, expected)).length
    }
    expect(stored).toBe(4_851)

    const again = await importCtdc({ text, server: "http://hotro.test", fetch: inProcess })
    expect(again).toMatchObject({ created: 0, alreadyPresent: report.imported })
    expect(await ctdcCount()).toBe(before + report.imported)
  }, 300_000)
})
