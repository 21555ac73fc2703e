/// <reference types="node" />
import { Result } from "effect"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { CaseRecord, ctdcColumns, ctdcRowToCaseRecord, decodeInput } from "../src/index.ts"

const shippedFile = fileURLToPath(new URL("../../../../shared/data/ctdc/ctdc-global-2020-subset.csv", import.meta.url))
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`

const row = (values: Partial<Record<(typeof ctdcColumns)[number], string>>): Record<string, string> => ({
  ...Object.fromEntries(ctdcColumns.map((column) => [column, ""])),
  yearOfRegistration: "2016",
  gender: "Female",
  ...values,
})
const mapped = (values: Partial<Record<(typeof ctdcColumns)[number], string>>) => {
  const result = ctdcRowToCaseRecord(row(values), uuid(1))
  if (Result.isFailure(result)) throw new Error(result.failure)
  return result.success
}

describe("CTDC rows to case records", () => {
  it.each([
    ["C32: ageBroad 9--17 is a minor", "9--17", "minor"],
    ["C32: ageBroad 0--8 is a minor", "0--8", "minor"],
    ["C32: ageBroad 18--20 is an adult", "18--20", "adult"],
    ["C32: ageBroad 48+ is an adult", "48+", "adult"],
    ["C32: empty ageBroad is unknown", "", "unknown"],
  ])("%s", (_name, ageBroad, expected) => {
    expect(mapped({ ageBroad }).ageGroup).toBe(expected)
  })

  it.each([
    ["C33: citizenship 0 is unknown", "0", undefined],
    ["C33: empty citizenship is unknown", "", undefined],
    ["C33: citizenship NA is Namibia (a made-up row: NA is a country code, never missing)", "NA", "NA"],
    ["citizenship VN is Vietnam", "VN", "VN"],
  ])("%s", (_name, citizenship, expected) => {
    expect(mapped({ citizenship }).person.citizenship).toBe(expected)
  })

  it.each([
    ["C34: isForcedLabour 1.0 is true", "1.0", true],
    ["C34: isForcedLabour 0.0 is false", "0.0", false],
    ["C34: empty isForcedLabour is unknown", "", undefined],
  ])("%s", (_name, isForcedLabour, expected) => {
    expect(mapped({ isForcedLabour }).exploitation?.forcedLabour).toBe(expected)
  })

  it("maps gender, year, sexual exploitation and the country of exploitation; origin ctdc", () => {
    const record = mapped({ gender: "Male", yearOfRegistration: "2012", isSexualExploit: "1.0", CountryOfExploitation: "US" })
    expect(record).toEqual({
      id: uuid(1),
      origin: "ctdc",
      person: { sex: "male" },
      ageGroup: "unknown",
      registrationYear: 2012,
      exploitation: { sexualExploitation: true, countryOfExploitation: "US" },
      supports: [],
      refusals: [],
    })
    expect(mapped({ CountryOfExploitation: "0" }).exploitation).toBeUndefined()
    expect(Result.isSuccess(decodeInput(CaseRecord, record))).toBe(true)
  })

  it.each([
    ["a year that is not a year", { yearOfRegistration: "20x6" }, /^yearOfRegistration/],
    ["an empty year", { yearOfRegistration: "" }, /^yearOfRegistration/],
    ["an unknown age band", { ageBroad: "10--12" }, /^ageBroad: unknown age band/],
    ["an unknown gender", { gender: "F" }, /^gender/],
    ["a flag that is not 1.0, 0.0 or empty", { isForcedLabour: "yes" }, /^isForcedLabour/],
    ["a country that is not a code", { citizenship: "Viet Nam" }, /^citizenship/],
  ])("rejects %s with a reason", (_name, values, reason) => {
    const result = ctdcRowToCaseRecord(row(values), uuid(1))
    expect(Result.isFailure(result) && result.failure).toMatch(reason)
  })

  it("rejects a row without a column and an id that is not a UUID", () => {
    const { ageBroad: _dropped, ...withoutAge } = row({})
    expect(Result.isFailure(ctdcRowToCaseRecord(withoutAge, uuid(1)))).toBe(true)
    expect(Result.isFailure(ctdcRowToCaseRecord(row({}), "not-a-uuid"))).toBe(true)
  })

  it("C35: the 4,851 identical rows of the shipped file map to 4,851 distinct records, never merged", () => {
    const [header, ...lines] = readFileSync(shippedFile, "utf8").trimEnd().split("\n")
    expect(header?.split(",")).toEqual([...ctdcColumns])
    const counts = new Map<string, number>()
    for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1)
    const [mostFrequent, occurrences] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!
    expect(occurrences).toBe(4851)
    const values = mostFrequent.split(",")
    const fields = Object.fromEntries(ctdcColumns.map((column, index) => [column, values[index] ?? ""]))
    const ids = new Set<string>()
    for (let index = 0; index < occurrences; index += 1) {
      const record = ctdcRowToCaseRecord(fields, uuid(index))
      if (Result.isFailure(record)) throw new Error(record.failure)
      ids.add(record.success.id)
    }
    expect(ids.size).toBe(4851)
  })

  it("maps every row of the shipped file", () => {
    const [, ...lines] = readFileSync(shippedFile, "utf8").trimEnd().split("\n")
    const failures = lines.flatMap((line, index) => {
      const values = line.split(",")
      const result = ctdcRowToCaseRecord(Object.fromEntries(ctdcColumns.map((column, at) => [column, values[at] ?? ""])), uuid(index))
      return Result.isFailure(result) ? [result.failure] : []
    })
    expect(lines).toHaveLength(48773)
    expect(failures).toEqual([])
  })
})
