/// <reference types="node" />
/**
 * Benchmark: `npm run bench -w @hotro/rules` (Node 24, runs on the TypeScript source).
 *
 * 1. Generates 100,000 varied cases with a seeded PRNG (the same cases on every run) and times
 *    `assess` with and without the trace.
 * 2. Writes one rule subset — regime (L2024 Art. 63), group, kinds of the group, and Hà Giang's
 *    initial hardship allowance (Res. 15/2020, D09 Art. 23) — in publicodes and in
 *    json-rules-engine, times them on subset cases, prints the figures and the ratios side by
 *    side, and checks that the three engines agree on a sample. The two general engines are a
 *    hundred times slower: they run on the first cases of the subset only (each line says how
 *    many), so the whole run takes well under a minute.
 *
 * Figures only: nothing here asserts on time. Each timing is also given in CPU time of the main
 * thread, which other jobs on a shared machine disturb less than the wall clock.
 */
import { cpus } from "node:os"
import { performance } from "node:perf_hooks"
import { Result } from "effect"
import { Engine as RulesEngine, type TopLevelCondition } from "json-rules-engine"
import Publicodes from "publicodes"
import {
  assess,
  civilDate,
  createRulebook,
  groupKinds,
  fromDayNumber,
  toDayNumber,
  type CivilDate,
  type Facts,
  type GroupId,
  type ProvinceId,
} from "../src/index.ts"
import { regimeStartsOn } from "../src/regime.ts"

// Mulberry32: a small, well-known seeded PRNG; the seed fixes the cases.
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
type Random = () => number
const pick = <T>(random: Random, items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)] as T
const triState = (random: Random): boolean | undefined => pick(random, [true, false, undefined])
const dayBetween = (random: Random, from: string, to: string): CivilDate => {
  const first = toDayNumber(civilDate(from))
  return fromDayNumber(first + Math.floor(random() * (toDayNumber(civilDate(to)) - first + 1)))
}
const before = (random: Random, date: CivilDate, maxDays: number): CivilDate => fromDayNumber(toDayNumber(date) - Math.floor(random() * maxDays))

/** Any case: every status, province, need, stay, journey and application. */
const variedCase = (random: Random): Facts => {
  const asOf = dayBetween(random, "2013-06-01", "2026-11-30")
  const identification = () =>
    random() < 0.75
      ? ({ kind: "victim", certifiedOn: before(random, asOf, 900) } as const)
      : ({ kind: "being_identified", since: before(random, asOf, 60), location: pick(random, ["abroad", "vietnam"] as const) } as const)
  const status = random() < 0.85 ? identification() : ({ kind: "accompanying_minor", accompanying: identification() } as const)
  const minor = status.kind === "accompanying_minor" || random() < 0.2
  const stayFrom = before(random, asOf, 200)
  return {
    asOf,
    ...(random() < 0.8 ? { province: pick(random, ["ha-giang", "khanh-hoa", "quang-nam"]) as ProvinceId } : {}),
    person: {
      birthDate: fromDayNumber(toDayNumber(asOf) - (minor ? 2000 + Math.floor(random() * 4000) : 7000 + Math.floor(random() * 15000))),
      citizenship: pick(random, ["VN", "VN", "VN", "VN", "LA", "KH", "CN", "stateless"]),
      ...(random() < 0.5 ? { permanentResidentInVietnam: random() < 0.5 } : {}),
      ...(random() < 0.8 ? { poorHousehold: triState(random) ?? false } : {}),
      ...(random() < 0.5 ? { financialDifficulty: random() < 0.5 } : {}),
      ...(random() < 0.5 ? { healthInsured: random() < 0.5 } : {}),
    },
    status,
    ...(random() < 0.7 ? { traffickedIn: pick(random, ["vietnam", "abroad"] as const) } : {}),
    ...(random() < 0.7
      ? { needs: { essentialNeeds: triState(random), medicalCare: triState(random), psychological: triState(random), vocationalTraining: triState(random), legalAid: triState(random) } }
      : {}),
    ...(random() < 0.5 ? { stay: { admittedOn: stayFrom, ...(random() < 0.7 ? { leftOn: fromDayNumber(Math.min(toDayNumber(asOf), toDayNumber(stayFrom) + Math.floor(random() * 150))) } : {}) } } : {}),
    ...(random() < 0.4 ? { travelHome: { days: 1 + Math.floor(random() * 4), canPay: random() < 0.3, ...(random() < 0.5 ? { fareVnd: 1000 * Math.floor(random() * 800) } : {}) } } : {}),
    ...(random() < 0.4 ? { returnedHomeOn: before(random, asOf, 100) } : {}),
    ...(random() < 0.3 ? { applications: { initialHardshipAllowanceFiledOn: before(random, asOf, 30), legalAidRequestedOn: before(random, asOf, 30) } } : {}),
  } as Facts
}

const subsetFrom = "2024-01-01"

/** Cases the subset covers: Hà Giang; Vietnamese victims, persons being identified and accompanying minors; Lao victims. */
const subsetCase = (random: Random): Facts => {
  const asOf = dayBetween(random, subsetFrom, "2026-06-30")
  const identification = () =>
    random() < 0.75
      ? ({ kind: "victim", certifiedOn: dayBetween(random, "2023-06-01", asOf) } as const)
      : ({ kind: "being_identified", since: before(random, asOf, 30), location: pick(random, ["abroad", "vietnam"] as const) } as const)
  const accompanying = random() < 0.15
  const status = accompanying ? ({ kind: "accompanying_minor", accompanying: identification() } as const) : identification()
  const poor = triState(random)
  return {
    asOf,
    province: "ha-giang" as ProvinceId,
    person: {
      birthDate: fromDayNumber(toDayNumber(asOf) - (accompanying ? 3650 : 9000)),
      // Foreigners only as certified victims: the groups of foreigners being identified or
      // accompanying are a reading of their own (see groups.ts), outside the subset.
      citizenship: status.kind === "victim" && random() < 0.2 ? "LA" : "VN",
      ...(poor === undefined ? {} : { poorHousehold: poor }),
    },
    status,
    traffickedIn: "vietnam",
    returnedHomeOn: asOf,
  } as Facts
}

interface SubsetAnswer {
  readonly regime: string
  readonly group: string | null
  readonly kinds: ReadonlyArray<string>
  readonly allowanceVnd: number | null
}

const canonical = (answer: SubsetAnswer): string =>
  JSON.stringify({ ...answer, kinds: [...answer.kinds].sort() })

// What the two other engines encode is read from the parameter files, as hotro reads it: the
// day L2024 took effect, and Hà Giang's allowance (one open-ended value, so read once).
const l2024 = toDayNumber(regimeStartsOn("vn-2024"))
const haGiangAllowance = createRulebook()
  .parametersOn(civilDate(subsetFrom), "ha-giang" as ProvinceId)
  .find((view) => view.scope === "ha-giang" && view.id === "initial-hardship-allowance")?.value
if (typeof haGiangAllowance !== "number") throw new Error("ha-giang/initial-hardship-allowance: no value on the subset's first day")

// The situation the two other engines read: dates as day numbers, statuses as strings.
const situationOf = (facts: Facts) => {
  const identification = facts.status.kind === "accompanying_minor" ? facts.status.accompanying : facts.status
  return {
    status: facts.status.kind,
    identification: identification.kind,
    certifiedOn: identification.kind === "victim" ? toDayNumber(identification.certifiedOn) : 0,
    asOf: toDayNumber(facts.asOf),
    location: identification.kind === "being_identified" ? identification.location : "",
    citizen: facts.person.citizenship === "VN" || (facts.person.citizenship === "stateless" && facts.person.permanentResidentInVietnam === true),
    poor: facts.person.poorHousehold === undefined ? "unknown" : facts.person.poorHousehold ? "yes" : "no",
    province: facts.province ?? "",
  }
}

// --- hotro ---------------------------------------------------------------------------------
const hotroSubset = (facts: Facts): SubsetAnswer => {
  const result = assess(facts, { trace: false })
  if (Result.isFailure(result)) throw result.failure
  const assessment = result.success
  const allowance = assessment.entitlements.find((entitlement) => entitlement.kind === "initial_hardship_and_loan")
  return {
    regime: assessment.regime.id,
    group: assessment.group?.id ?? null,
    kinds: assessment.entitlements.map((entitlement) => entitlement.kind),
    allowanceVnd: assessment.regime.id === "vn-2011" && allowance !== undefined && allowance.status !== "not_entitled" ? (allowance.amount?.vnd ?? null) : null,
  }
}

// --- publicodes ----------------------------------------------------------------------------
const kindRules = Object.fromEntries(
  [...new Set(Object.values(groupKinds).flat())].map((kind) => [
    `kind ${kind}`,
    { "une de ces conditions": Object.entries(groupKinds).filter(([, kinds]) => kinds.includes(kind)).map(([group]) => `group = '${group}'`) },
  ]),
)
const publicodesRules = {
  status: "'victim'",
  identification: "'victim'",
  "certified on": 0,
  "as of": 0,
  location: "''",
  citizen: "oui",
  poor: "'unknown'",
  province: "''",
  "l2024 in force": l2024,
  "regime vn-2011": {
    "une de ces conditions": [
      { "toutes ces conditions": ["identification = 'victim'", "certified on < l2024 in force"] },
      { "toutes ces conditions": ["identification = 'being_identified'", "as of < l2024 in force"] },
    ],
  },
  regime: { variations: [{ si: "regime vn-2011", alors: "'vn-2011'" }, { sinon: "'vn-2024'" }] },
  group: {
    variations: [
      {
        si: "regime vn-2011",
        alors: {
          variations: [
            { si: "status = 'accompanying_minor'", alors: "'vn2011-accompanying-minor'" },
            { si: "identification = 'being_identified'", alors: "'vn2011-awaiting-verification'" },
            { si: "citizen", alors: "'vn2011-victim'" },
            { sinon: "'vn2011-foreign-victim'" },
          ],
        },
      },
      {
        sinon: {
          variations: [
            { si: "identification = 'being_identified'", alors: { variations: [{ si: "location = 'abroad'", alors: "'G3'" }, { sinon: "'G4'" }] } },
            { si: "status = 'accompanying_minor'", alors: "'G2'" },
            { si: "citizen", alors: "'G1'" },
            { sinon: "'G5'" },
          ],
        },
      },
    ],
  },
  ...kindRules,
  "ha-giang initial hardship allowance": haGiangAllowance,
  allowance: {
    "applicable si": { "toutes ces conditions": ["regime vn-2011", "group = 'vn2011-victim'", "province = 'ha-giang'", "poor != 'no'"] },
    valeur: "ha-giang initial hardship allowance",
  },
}
const publicodesEngine = new Publicodes(publicodesRules as never, { logger: { log() {}, warn() {}, error() {} } })
const quote = (text: string) => `'${text}'`
const publicodesSubset = (facts: Facts): SubsetAnswer => {
  const situation = situationOf(facts)
  publicodesEngine.setSituation({
    status: quote(situation.status),
    identification: quote(situation.identification),
    "certified on": situation.certifiedOn,
    "as of": situation.asOf,
    location: quote(situation.location),
    citizen: situation.citizen ? "oui" : "non",
    poor: quote(situation.poor),
    province: quote(situation.province),
  } as never)
  const value = (rule: string) => publicodesEngine.evaluate(rule).nodeValue
  const allowance = value("allowance")
  return {
    regime: String(value("regime")),
    group: String(value("group")),
    kinds: Object.keys(kindRules).filter((rule) => value(rule) === true).map((rule) => rule.slice("kind ".length)),
    allowanceVnd: typeof allowance === "number" ? allowance : null,
  }
}

// --- json-rules-engine ---------------------------------------------------------------------
const vn2011: TopLevelCondition = {
  any: [
    { all: [{ fact: "identification", operator: "equal", value: "victim" }, { fact: "certifiedOn", operator: "lessThan", value: l2024 }] },
    { all: [{ fact: "identification", operator: "equal", value: "being_identified" }, { fact: "asOf", operator: "lessThan", value: l2024 }] },
  ],
}
const is = (fact: string, value: string | boolean) => ({ fact, operator: "equal", value })
const isNot = (fact: string, value: string | boolean) => ({ fact, operator: "notEqual", value })
const groupConditions: ReadonlyArray<readonly [GroupId, TopLevelCondition]> = [
  ["vn2011-accompanying-minor", { all: [vn2011, is("status", "accompanying_minor")] }],
  ["vn2011-awaiting-verification", { all: [vn2011, isNot("status", "accompanying_minor"), is("identification", "being_identified")] }],
  ["vn2011-victim", { all: [vn2011, isNot("status", "accompanying_minor"), is("identification", "victim"), is("citizen", true)] }],
  ["vn2011-foreign-victim", { all: [vn2011, isNot("status", "accompanying_minor"), is("identification", "victim"), is("citizen", false)] }],
  // A minor accompanying a person being identified shares that person's group (G3/G4); G2 is
  // for minors accompanying a certified victim (the reading of groups.ts).
  ["G2", { all: [{ not: vn2011 }, is("status", "accompanying_minor"), is("identification", "victim")] }],
  ["G3", { all: [{ not: vn2011 }, is("identification", "being_identified"), is("location", "abroad")] }],
  ["G4", { all: [{ not: vn2011 }, is("identification", "being_identified"), is("location", "vietnam")] }],
  ["G1", { all: [{ not: vn2011 }, isNot("status", "accompanying_minor"), is("identification", "victim"), is("citizen", true)] }],
  ["G5", { all: [{ not: vn2011 }, isNot("status", "accompanying_minor"), is("identification", "victim"), is("citizen", false)] }],
]
const rulesEngine = new RulesEngine([], { allowUndefinedFacts: true })
for (const [group, conditions] of groupConditions) {
  rulesEngine.addRule({
    conditions,
    event: { type: "group", params: { group, regime: group.startsWith("vn2011") ? "vn-2011" : "vn-2024", kinds: groupKinds[group] } },
  })
}
rulesEngine.addRule({
  conditions: { all: [vn2011, isNot("status", "accompanying_minor"), is("identification", "victim"), is("citizen", true), is("province", "ha-giang"), isNot("poor", "no")] },
  event: { type: "allowance", params: { vnd: haGiangAllowance } },
})
const rulesEngineSubset = async (facts: Facts): Promise<SubsetAnswer> => {
  const { events } = await rulesEngine.run(situationOf(facts))
  const group = events.find((event) => event.type === "group")?.params
  const allowance = events.find((event) => event.type === "allowance")?.params
  return {
    regime: String(group?.regime),
    group: (group?.group as string | undefined) ?? null,
    kinds: (group?.kinds as ReadonlyArray<string> | undefined) ?? [],
    allowanceVnd: (allowance?.vnd as number | undefined) ?? null,
  }
}

// --- run -----------------------------------------------------------------------------------
const perSecond = (count: number, milliseconds: number) => Math.round((count / milliseconds) * 1000)
interface Timing {
  readonly wall: number
  /** Milliseconds of CPU time of the main thread (JavaScript and the collector's work on it). */
  readonly cpu: number
}
const time = (run: () => void): Timing => {
  const cpuStart = process.threadCpuUsage()
  const start = performance.now()
  run()
  const wall = performance.now() - start
  const cpu = process.threadCpuUsage(cpuStart)
  return { wall, cpu: (cpu.user + cpu.system) / 1000 }
}
const timeAsync = async (run: () => Promise<void>): Promise<number> => {
  const start = performance.now()
  await run()
  return performance.now() - start
}
const format = (value: number) => value.toLocaleString("en-US")

const caseCount = Number(process.env.BENCH_CASES ?? 100_000)
const subsetCount = Number(process.env.BENCH_SUBSET_CASES ?? 20_000)
// The general engines run on the first cases of the subset only (publicodes evaluates a few
// hundred cases a second, json-rules-engine a few thousand).
const publicodesCount = Math.min(subsetCount, Number(process.env.BENCH_PUBLICODES_CASES ?? 2_000))
const rulesEngineCount = Math.min(subsetCount, Number(process.env.BENCH_RULES_ENGINE_CASES ?? 5_000))
const random = prng(20251201)
const cases = Array.from({ length: caseCount }, () => variedCase(random))
const subsetCases = Array.from({ length: subsetCount }, () => subsetCase(random))

console.log(`hotro rules benchmark — Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}`)
console.log(`${format(caseCount)} varied cases (seeded), ${format(subsetCount)} subset cases\n`)
const describeRate = (count: number, timing: Timing) =>
  `${format(perSecond(count, timing.wall)).padStart(10)} /s (${timing.wall.toFixed(0)} ms; CPU time of the main thread: ${format(perSecond(count, timing.cpu))} /s)`

// Warm up the JIT on a slice, then time.
for (const facts of cases.slice(0, 2000)) assess(facts)
let failures = 0
for (const facts of cases) if (Result.isFailure(assess(facts))) failures += 1
// Rounds alternate the two modes and the median is kept: one garbage-collection pause on a
// shared machine would otherwise decide the comparison.
const rounds = 5
const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
const medianTiming = (timings: ReadonlyArray<Timing>): Timing => ({ wall: median(timings.map((t) => t.wall)), cpu: median(timings.map((t) => t.cpu)) })
const traceTimes: Array<Timing> = []
const noTraceTimes: Array<Timing> = []
for (let round = 0; round < rounds; round += 1) {
  traceTimes.push(time(() => {
    for (const facts of cases) assess(facts, { trace: true })
  }))
  noTraceTimes.push(time(() => {
    for (const facts of cases) assess(facts, { trace: false })
  }))
}
const withTrace = medianTiming(traceTimes)
const withoutTrace = medianTiming(noTraceTimes)
console.log(`full assessment (hotro assess) of the ${format(caseCount)} varied cases, median of ${rounds} rounds, assessments per second`)
console.log(`  with trace     ${describeRate(caseCount, withTrace)}`)
console.log(`  without trace  ${describeRate(caseCount, withoutTrace)}`)
console.log(`  ${format(failures)} cases answered with a typed error (e.g. a date before the encoded regimes)\n`)

// Agreement on a sample, before timing.
const sample = subsetCases.slice(0, 2000)
let disagreements = 0
for (const facts of sample) {
  const expected = canonical(hotroSubset(facts))
  const others = [canonical(publicodesSubset(facts)), canonical(await rulesEngineSubset(facts))]
  if (others.some((answer) => answer !== expected)) {
    disagreements += 1
    if (disagreements <= 3) console.log("disagreement", JSON.stringify(situationOf(facts)), expected, others)
  }
}
console.log(`agreement on the subset (regime, group, kinds, Hà Giang allowance): ${format(sample.length - disagreements)} of ${format(sample.length)} sample cases identical in all three engines\n`)

const hotroTime = medianTiming(
  Array.from({ length: rounds }, () =>
    time(() => {
      for (const facts of subsetCases) hotroSubset(facts)
    }),
  ),
)
const publicodesTime = time(() => {
  for (const facts of subsetCases.slice(0, publicodesCount)) publicodesSubset(facts)
})
const rulesEngineTime = await timeAsync(async () => {
  for (const facts of subsetCases.slice(0, rulesEngineCount)) await rulesEngineSubset(facts)
})
const rows = [
  ["hotro (full assess, no trace)", subsetCount, perSecond(subsetCount, hotroTime.wall)],
  ["publicodes 1.10.3 (subset only)", publicodesCount, perSecond(publicodesCount, publicodesTime.wall)],
  ["json-rules-engine 7.3.1 (subset only)", rulesEngineCount, perSecond(rulesEngineCount, rulesEngineTime)],
] as const
const hotroRate = rows[0][2]
console.log("rule subset, same cases (the first N of them), wall clock")
for (const [name, count, rate] of rows) {
  console.log(`  ${name.padEnd(40)} ${format(count).padStart(7)} cases ${format(rate).padStart(10)} cases/s   hotro ÷ this: ${(hotroRate / rate).toFixed(2)}×`)
}
