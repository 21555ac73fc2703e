/**
 * The law as data: every shipped parameter file validates, each validation rule rejects a file
 * that breaks it (C14 among them), and every dated change reads right the day before, of and after.
 */
import { Result } from "effect"
import { describe, expect, test } from "vitest"
import {
  addDays,
  createRulebook,
  nationalParameterFiles,
  nationalParameters,
  parseProvincialRateSet,
  shippedProvincialRateSets,
  validateParameterFile,
  validateRegimeFile,
  valueOn,
} from "../src/index.ts"
import { nationalParameterSources } from "../src/national-parameters.ts"
import { provincialParameterSources } from "../src/provincial-rates.ts"
import regimes from "../parameters/national/regimes.json" with { type: "json" }
import haGiang from "../parameters/provinces/ha-giang-15-2020.json" with { type: "json" }

const clone = <A>(value: A): any => structuredClone(value)

describe("shipped files", () => {
  for (const [file, json] of Object.entries(nationalParameterSources)) {
    test(`${file} is valid`, () => expect(Result.isSuccess(validateParameterFile(json, file))).toBe(true))
  }
  for (const [file, json] of Object.entries(provincialParameterSources)) {
    test(`${file} is valid`, () => expect(Result.isSuccess(parseProvincialRateSet(json, file))).toBe(true))
  }
  test("national/regimes.json is valid", () => expect(Result.isSuccess(validateRegimeFile(regimes, "national/regimes.json"))).toBe(true))
  test("Quảng Nam's amounts are unknown, never copied from another province", () => {
    const quangNam = shippedProvincialRateSets.find((set) => set.province === "quang-nam")!
    for (const id of ["facility-meals", "travel-meals", "initial-hardship-allowance"]) {
      const value = quangNam.parameters.find((parameter) => parameter.id === id)!.values[0]!
      expect(value.value).toBeNull()
      expect(value.status).toBe("unknown")
      expect(value.note).toContain("To be confirmed from Resolution 06/2020/NQ-HĐND")
    }
  })
})

const file = "provinces/test.json"
const travelMeals = (set: any) => set.parameters.find((parameter: any) => parameter.id === "travel-meals")

const rejected = (json: unknown, key: string, rule: string) => {
  const result = parseProvincialRateSet(json, file)
  expect(Result.isFailure(result)).toBe(true)
  if (Result.isFailure(result)) {
    expect(result.failure._tag).toBe("InvalidParameterFile")
    expect(result.failure.message).toContain(key)
    expect(result.failure.message).toContain(rule)
  }
}

describe("each rule flipped", () => {
  test("a value without a source is rejected", () => {
    const set = clone(haGiang)
    delete travelMeals(set).values[0].source
    rejected(set, "parameters[travel-meals].values[0].source", "Missing key")
  })
  test("a parameter without a unit is rejected", () => {
    const set = clone(haGiang)
    delete travelMeals(set).unit
    rejected(set, "parameters[travel-meals].unit", "Missing key")
  })
  test("an unknown unit is rejected", () => {
    const set = clone(haGiang)
    travelMeals(set).unit = "VND per day"
    rejected(set, "parameters[travel-meals].unit", "")
  })
  test("backward dates are rejected", () => {
    const set = clone(haGiang)
    travelMeals(set).values[0].to = "2020-07-01"
    rejected(set, "parameters[travel-meals].values[0]", "backward dates")
  })
  test("overlapping dates are rejected", () => {
    const set = clone(haGiang)
    const values = travelMeals(set).values
    values[0].to = "2023-12-31"
    values.push({ ...values[0], from: "2023-12-31", to: null })
    rejected(set, "parameters[travel-meals].values[1]", "overlapping dates")
  })
  test("contiguous dates are accepted (the flip of overlapping)", () => {
    const set = clone(haGiang)
    const values = travelMeals(set).values
    values[0].to = "2023-12-31"
    values.push({ ...values[0], from: "2024-01-01", to: null, value: 120000 })
    expect(Result.isSuccess(parseProvincialRateSet(set, file))).toBe(true)
  })
  test("values out of date order are rejected", () => {
    const set = clone(haGiang)
    const values = travelMeals(set).values
    values[0].from = "2024-01-01"
    values.push({ ...values[0], from: "2021-01-01", to: "2021-12-31" })
    rejected(set, "parameters[travel-meals].values[1]", "date order")
  })
  test("a date that does not exist is rejected", () => {
    const set = clone(haGiang)
    travelMeals(set).values[0].from = "2023-02-29"
    rejected(set, "parameters[travel-meals].values[0].from", "real calendar date")
  })
  test("a null value not marked unknown is rejected", () => {
    const set = clone(haGiang)
    travelMeals(set).values[0].value = null
    rejected(set, "parameters[travel-meals].values[0]", 'must have status "unknown"')
  })
  test("an unknown value with a number is rejected", () => {
    const set = clone(haGiang)
    travelMeals(set).values[0].status = "unknown"
    rejected(set, "parameters[travel-meals].values[0]", "requires value null")
  })
  test("money that is not whole VND is rejected", () => {
    const set = clone(haGiang)
    travelMeals(set).values[0].value = 100000.5
    rejected(set, "parameters[travel-meals].values[0]", "whole")
  })
  test("a value dated before its instrument is in force is rejected", () => {
    const set = clone(haGiang)
    travelMeals(set).values[0].from = "2020-07-19"
    rejected(set, "parameters[travel-meals].values[0]", "in-force period")
  })
  test("a national minimum that does not exist is rejected", () => {
    const set = clone(haGiang)
    travelMeals(set).nationalMinimum = "no-such-minimum"
    rejected(set, "parameters[travel-meals].nationalMinimum", "no national parameter")
  })
  test("a duplicate parameter id is rejected", () => {
    const set = clone(haGiang)
    set.parameters.push(clone(travelMeals(set)))
    rejected(set, "parameters[travel-meals]", "duplicate")
  })
  test("a national file may not name a national minimum", () => {
    const json = clone(nationalParameterSources["national/c84-2019.json"])
    json.parameters[0].nationalMinimum = "c84-travel-meals-minimum"
    const result = validateParameterFile(json, "national/c84-2019.json")
    expect(Result.isFailure(result) && result.failure.rule).toContain("only provincial rates")
  })
  test("a national value without a source is rejected", () => {
    const json = clone(nationalParameterSources["national/legal-aid.json"])
    delete json.parameters[0].values[1].source
    const result = validateParameterFile(json, "national/legal-aid.json")
    expect(Result.isFailure(result) && result.failure.key).toBe("parameters[legal-aid-financial-difficulty-required].values[1].source")
  })
  test("overlapping regimes are rejected", () => {
    const json = clone(regimes)
    json.regimes[0].to = "2025-07-01"
    expect(Result.isFailure(validateRegimeFile(json, "national/regimes.json"))).toBe(true)
  })
})

describe("C14 national minimum (Circular 84/2019/TT-BTC)", () => {
  test("C14 travel meals configured at 50,000 VND/day are rejected, naming the 70,000 minimum and C84", () => {
    const set = clone(haGiang)
    travelMeals(set).values[0].value = 50000
    const result = parseProvincialRateSet(set, file)
    expect(Result.isFailure(result)).toBe(true)
    if (Result.isFailure(result)) {
      expect(result.failure._tag).toBe("RateBelowNationalMinimum")
      expect(result.failure.message).toContain("50000 VND is below the national minimum of 70000 VND")
      expect(result.failure.message).toContain("Circular 84/2019/TT-BTC")
    }
  })
  test("C14 flipped: exactly 70,000 VND/day is accepted", () => {
    const set = clone(haGiang)
    travelMeals(set).values[0].value = 70000
    expect(Result.isSuccess(parseProvincialRateSet(set, file))).toBe(true)
  })
  const ratePeriod = (to: string) => {
    const set = clone(haGiang)
    set.instrument.inForce.from = "2018-01-01"
    const values = travelMeals(set).values
    values[0] = { ...values[0], from: "2018-01-01", to, value: 50000 }
    values.push({ ...values[0], from: addDays(to as any, 1), to: null, value: 100000 })
    for (const parameter of set.parameters) if (parameter.id !== "travel-meals") parameter.values[0].from = "2018-01-01"
    return parseProvincialRateSet(set, file)
  }
  test("C14 boundary: 50,000 VND/day ending the day before the minimum (2019-11-26) is accepted", () => expect(Result.isSuccess(ratePeriod("2019-11-26"))).toBe(true))
  test("C14 boundary: 50,000 VND/day still in force on the minimum's first day (2019-11-27) is rejected", () =>
    expect((({ _tag, ...rest }) => (_tag === "Failure" ? (rest as any).failure._tag : _tag))(ratePeriod("2019-11-27") as any)).toBe("RateBelowNationalMinimum"))
  test("C14 boundary: 50,000 VND/day in force the day after (2019-11-28) is rejected", () => expect(Result.isFailure(ratePeriod("2019-11-28"))).toBe(true))
})

describe("every dated change, the day before, of and after", () => {
  const all = [
    ...[...nationalParameterFiles.values()].flatMap((contents) => contents.parameters),
    ...shippedProvincialRateSets.flatMap((set) => set.parameters),
  ]
  for (const parameter of all) {
    for (const [index, value] of parameter.values.entries()) {
      test(`${parameter.id} from ${value.from}`, () => {
        const previous = parameter.values[index - 1]
        expect(valueOn(parameter, addDays(value.from, -1))).toBe(previous?.to === addDays(value.from, -1) ? previous : undefined)
        expect(valueOn(parameter, value.from)).toBe(value)
        expect(valueOn(parameter, addDays(value.from, 1))).toBe(value.to === value.from ? parameter.values[index + 1] : value)
      })
    }
  }
})

describe("parametersOn", () => {
  const rulebook = createRulebook()
  const level = (on: string) => rulebook.parametersOn(on as any).find((view) => view.id === "social-assistance-standard-level")?.value
  test("standard social-assistance level: 360,000 on 2024-06-30", () => expect(level("2024-06-30")).toBe(360000))
  test("standard social-assistance level: 500,000 on 2024-07-01", () => expect(level("2024-07-01")).toBe(500000))
  test("standard social-assistance level: 500,000 on 2024-07-02", () => expect(level("2024-07-02")).toBe(500000))
  test("a province's rates are listed beside the national ones, with their source", () => {
    const views = rulebook.parametersOn("2024-04-01" as any, "ha-giang" as any)
    const allowance = views.find((view) => view.scope === "ha-giang" && view.id === "initial-hardship-allowance")
    expect(allowance?.value).toBe(3000000)
    expect(allowance?.source.instrument).toBe("Resolution 15/2020/NQ-HĐND of Hà Giang")
    expect(views.some((view) => view.id === "d162-essential-needs-max-days")).toBe(false)
  })
  test("the D162 120-day limit starts on 2025-07-01", () => {
    expect(rulebook.parametersOn("2025-06-30" as any).some((view) => view.id === "d162-essential-needs-max-days")).toBe(false)
    expect(rulebook.parametersOn("2025-07-01" as any).find((view) => view.id === "d162-essential-needs-max-days")?.value).toBe(120)
  })
  test("provinces lists the three shipped sets with their instruments", () => {
    expect(rulebook.provinces.map((province) => province.id).sort()).toEqual(["ha-giang", "khanh-hoa", "quang-nam"])
  })
  test("every national parameter has a description and a unit", () => {
    for (const parameter of nationalParameters.values()) expect(parameter.unit.length).toBeGreaterThan(0)
  })
})
