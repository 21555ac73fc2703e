import { describe, expect, it } from "vitest"
import {
  type CaseRecord,
  civilDate,
  findPlan,
  type Locality,
  type Needs,
  planProgress,
  type PlanRecords,
  plans,
  progressRatio,
  type ProvinceId,
  rollUp,
  type SupportKind,
  victimSupported,
} from "../src/index.ts"

const plan = findPlan("qn-1522-2023")!
const quangNam = "quang-nam" as ProvinceId
let counter = 0
const uuid = () => `00000000-0000-4000-8000-${(counter++).toString(16).padStart(12, "0")}`

const victim = (options: { communeId?: string; certifiedOn?: string; needs?: Needs; delivered?: ReadonlyArray<SupportKind>; refused?: ReadonlyArray<SupportKind> } = {}): CaseRecord => ({
  id: uuid(),
  origin: "field",
  province: quangNam,
  ...(options.communeId === undefined ? {} : { communeId: options.communeId }),
  person: {},
  status: { kind: "victim", certifiedOn: civilDate(options.certifiedOn ?? "2023-05-10") },
  ...(options.needs === undefined ? {} : { needs: options.needs }),
  supports: (options.delivered ?? []).map((kind) => ({ kind, deliveredOn: civilDate("2023-06-01") })),
  refusals: (options.refused ?? []).map((kind) => ({ kind, refusedOn: civilDate("2023-06-01") })),
})
const supported = (communeId?: string) =>
  victim({ ...(communeId === undefined ? {} : { communeId }), needs: { essentialNeeds: true, medicalCare: true }, delivered: ["essential_needs_and_travel", "medical"] })
const unsupported = (communeId?: string) =>
  victim({ ...(communeId === undefined ? {} : { communeId }), needs: { essentialNeeds: true, medicalCare: true }, delivered: ["medical"] })
const beingIdentified = (): CaseRecord => ({
  id: uuid(),
  origin: "field",
  province: quangNam,
  person: {},
  status: { kind: "being_identified", since: civilDate("2023-03-01"), location: "vietnam" },
  supports: [],
  refusals: [],
})
const records = (cases: ReadonlyArray<CaseRecord>, more: Partial<PlanRecords> = {}): PlanRecords => ({
  cases,
  localities: [],
  activities: [],
  officers: [],
  trainings: [],
  ...more,
})
const repeat = <T>(count: number, make: () => T): Array<T> => Array.from({ length: count }, make)
const target = (progress: ReturnType<typeof planProgress>, id: string) => progress.targets.find((entry) => entry.id === id)!

describe("plan 1522/KH-UBND of Quảng Nam", () => {
  it("is data: issuer, number, date, period, area and three 100% targets", () => {
    expect(plans.map((entry) => entry.id)).toContain("qn-1522-2023")
    expect(plan).toMatchObject({ number: "1522/KH-UBND", issuedOn: "2023-03-17", period: { from: "2023-01-01", to: "2023-12-31" }, area: { province: "quang-nam" } })
    expect(plan.targets.map((entry) => [entry.id, entry.comparison, entry.targetPercent])).toEqual([
      ["victims_supported", "at_least", 100],
      ["localities_communicating", "at_least", 100],
      ["staff_trained", "at_least", 100],
    ])
  })
})

describe("victims_supported", () => {
  it("C26: 5 identified, 4 with every need met: 80.0%, not met", () => {
    const result = target(planProgress(plan, records([...repeat(4, () => supported()), unsupported()])), "victims_supported")
    expect(result).toMatchObject({ numerator: 4, denominator: 5, value: 0.8, display: { en: "80.0%", vi: "80,0%" }, status: "not_met" })
  })

  it("C27: 0 identified: no value, not applicable, 'no data'", () => {
    const result = target(planProgress(plan, records([])), "victims_supported")
    expect(result).toMatchObject({ numerator: 0, denominator: 0, value: null, status: "not_applicable", display: { en: "no data", vi: "không có dữ liệu" } })
  })

  it("C28: 213 identified, 212 supported: 99.5%, not met", () => {
    const result = target(planProgress(plan, records([...repeat(212, () => supported()), unsupported()])), "victims_supported")
    expect(result).toMatchObject({ display: { en: "99.5%" }, status: "not_met" })
  })

  it("C28b: 2,000 identified, 1,999 supported: 99.9%, never 100%", () => {
    const result = target(planProgress(plan, records([...repeat(1999, () => supported()), unsupported()])), "victims_supported")
    expect(result.display.en).toBe("99.9%")
    expect(result.status).toBe("not_met")
  })

  it("met only when every identified victim is supported", () => {
    const result = target(planProgress(plan, records(repeat(7, () => supported()))), "victims_supported")
    expect(result).toMatchObject({ display: { en: "100.0%" }, status: "met" })
  })

  it("C29: 82 identified, 65 supported, 114 received: 79.3% of identified, 57.0% of received; the label names the denominator", () => {
    const cases = [...repeat(65, () => supported()), ...repeat(17, () => unsupported()), ...repeat(32, beingIdentified)]
    const identified = target(planProgress(plan, records(cases)), "victims_supported")
    const received = target(planProgress(plan, records(cases), { victimsDenominator: "received" }), "victims_supported")
    expect(identified).toMatchObject({ numerator: 65, denominator: 82, display: { en: "79.3%" } })
    expect(received).toMatchObject({ numerator: 65, denominator: 114, display: { en: "57.0%" } })
    expect(identified.label.en).toMatch(/persons identified as victims, 2023-01-01 – 2023-12-31/)
    expect(received.label.en).toMatch(/persons received/)
    expect(identified.denominatorLabel).not.toEqual(received.denominatorLabel)
  })

  it("counts only victims identified in the plan period and province (the day before, the first and last day, the day after)", () => {
    const cases = [
      victim({ certifiedOn: "2022-12-31", needs: { essentialNeeds: false } }),
      victim({ certifiedOn: "2023-01-01", needs: { essentialNeeds: false } }),
      victim({ certifiedOn: "2023-12-31", needs: { essentialNeeds: false } }),
      victim({ certifiedOn: "2024-01-01", needs: { essentialNeeds: false } }),
      { ...victim(), province: "ha-giang" as ProvinceId },
    ]
    expect(target(planProgress(plan, records(cases)), "victims_supported").denominator).toBe(2)
  })

  it.each([
    ["every assessed need has a delivered support", { needs: { essentialNeeds: true, psychological: true }, delivered: ["essential_needs", "psychological"] }, true],
    ["a need with an informed refusal counts as reached", { needs: { essentialNeeds: true, psychological: true }, delivered: ["essential_needs"], refused: ["psychological"] }, true],
    ["a need without support: not supported", { needs: { essentialNeeds: true, psychological: true }, delivered: ["essential_needs"] }, false],
    ["needs assessed, none found, a support delivered: supported", { needs: { essentialNeeds: false }, delivered: ["essential_needs"] }, true],
    ["needs assessed, none found, nothing delivered: not supported", { needs: { essentialNeeds: false } }, false],
    ["no needs recorded and nothing delivered: not supported", {}, false],
    ["no needs recorded, supports delivered: not supported (needs not assessed)", { delivered: ["essential_needs", "medical"] }, false],
    ["vocational training need met by the vn-2011 education and vocational kind", { needs: { vocationalTraining: true }, delivered: ["education_vocational"] }, true],
  ] as const)("a victim: %s", (_name, options, expected) => {
    expect(victimSupported(victim(options as Parameters<typeof victim>[0])).supported).toBe(expected)
  })

  it("C31: commune results 1/1 and 0/3 roll up to 1 of 4 = 25.0% (never the average of 100% and 0%)", () => {
    const cases = [supported("A"), unsupported("B"), unsupported("B"), unsupported("B")]
    const result = target(planProgress(plan, records(cases)), "victims_supported")
    expect(result.byCommune.map((row) => [row.communeId, row.numerator, row.denominator, row.display.en])).toEqual([
      ["A", 1, 1, "100.0%"],
      ["B", 0, 3, "0.0%"],
    ])
    expect(result).toMatchObject({ numerator: 1, denominator: 4, display: { en: "25.0%" } })
    expect(rollUp([{ numerator: 1, denominator: 1 }, { numerator: 0, denominator: 3 }])).toEqual({ numerator: 1, denominator: 4 })
  })

  it("C31b: in the public view (threshold 5) commune counts and the province total 1 of 4 show as <5", () => {
    const cases = [supported("A"), unsupported("B"), unsupported("B"), unsupported("B")]
    const result = target(planProgress(plan, records(cases), { view: "public" }), "victims_supported")
    for (const row of [...result.byCommune, result]) {
      expect(row).toMatchObject({ numerator: null, denominator: null, numeratorDisplay: "<5", denominatorDisplay: "<5", value: null, display: { en: "<5" }, suppressed: true })
    }
  })

  it("public view: large counts are shown; a small numerator is hidden with the share", () => {
    expect(progressRatio({ numerator: 212, denominator: 213 }, { targetPercent: 100, view: "public" }).display.en).toBe("99.5%")
    expect(progressRatio({ numerator: 3, denominator: 100 }, { targetPercent: 100, view: "public" })).toMatchObject({ numeratorDisplay: "<5", denominatorDisplay: "100", value: null })
    expect(progressRatio({ numerator: 0, denominator: 0 }, { targetPercent: 100, view: "public" }).display.en).toBe("no data")
  })
})

describe("localities_communicating", () => {
  const locality = (communeId: string, highRisk: boolean): Locality => ({
    communeId,
    province: quangNam,
    highRisk,
    from: civilDate("2023-01-01"),
    to: civilDate("2023-12-31"),
  })
  const activity = (communeId: string, heldOn = "2023-04-01") => ({ id: uuid(), communeId, heldOn: civilDate(heldOn) })

  it("C30: A high-risk with 2 campaigns, B high-risk with none, C not high-risk with a victim and 1 campaign: 2 of 3 = 66.7%", () => {
    const result = target(
      planProgress(
        plan,
        records([victim({ communeId: "C", needs: { essentialNeeds: false } })], {
          localities: [locality("A", true), locality("B", true), locality("C", false)],
          activities: [activity("A"), activity("A"), activity("C")],
        }),
      ),
      "localities_communicating",
    )
    expect(result).toMatchObject({ numerator: 2, denominator: 3, display: { en: "66.7%" }, status: "not_met" })
    expect(result.byCommune.map((row) => [row.communeId, row.numerator])).toEqual([["A", 1], ["B", 0], ["C", 1]])
  })

  it("an activity outside the period does not count", () => {
    const result = target(planProgress(plan, records([], { localities: [locality("A", true)], activities: [activity("A", "2024-01-01")] })), "localities_communicating")
    expect(result).toMatchObject({ numerator: 0, denominator: 1 })
  })
})

describe("staff_trained", () => {
  it("counts officers on the roster in the period with a training in it", () => {
    const officers = [
      { id: uuid(), province: quangNam, onRosterFrom: civilDate("2022-01-01") },
      { id: uuid(), province: quangNam, onRosterFrom: civilDate("2023-06-01"), onRosterTo: civilDate("2023-09-30") },
      { id: uuid(), province: quangNam, onRosterFrom: civilDate("2020-01-01"), onRosterTo: civilDate("2022-12-31") },
    ]
    const trainings = [{ id: uuid(), officerId: officers[0]!.id, completedOn: civilDate("2023-08-08") }]
    const result = target(planProgress(plan, records([], { officers, trainings })), "staff_trained")
    expect(result).toMatchObject({ numerator: 1, denominator: 2, display: { en: "50.0%" }, byCommune: [] })
  })
})
