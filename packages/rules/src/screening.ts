/**
 * Screening for indicators of trafficking (dấu hiệu mua bán người): given the acts, purposes and
 * means recorded, the person's age on the date of the acts and the regime date, is there enough
 * to refer the person for verification? Screening never certifies a victim: only a competent
 * body does (L2024 Art. 32–33; L2011 Art. 28).
 *
 * - On or after 2025-07-01, L2024 Art. 2(1): an act, for a purpose, **by** force, threat,
 *   deception or other means; for a person under 18 the means are not required (the age is read
 *   from `parameters/national/minors.json`).
 * - Before, D62 Art. 5 grounds: (i) traded for money or benefit; (ii) transferred or received
 *   for an exploitative purpose; (iii) recruited, transported or harboured for (i) or (ii). The
 *   grounds name no means.
 *
 * Facts are tri-state: an unrecorded means is unknown, not absent; "no means of any kind were
 * used" is a fact of its own (`means.noneUsed`).
 *
 * @module
 */
import { Schema } from "effect"
import { ageOn, bornAfter, isUnder, type Age } from "./age.ts"
import { Flag, TraceStep } from "./assessment.ts"
import { CivilDate, compare } from "./civil-date.ts"
import { Person } from "./facts.ts"
import { RegimeId } from "./kinds.ts"
import { meansNotRequiredUnderAge } from "./minors.ts"
import { provisions } from "./provisions.ts"
import { regimeStartsOn } from "./regime.ts"
import { cite, Source } from "./source.ts"

/** Acts (hành vi): recruit, transport, transfer, harbour, receive, and trade (hand over or receive a person for money). */
export const TraffickingAct = Schema.Literals(["recruit", "transport", "transfer", "harbour", "receive", "trade"])
export type TraffickingAct = typeof TraffickingAct.Type

/**
 * Purposes (mục đích). `money_or_benefit` is "money, property or other material benefit";
 * `sexual_exploitation` covers forced prostitution, pornography, sexual performance and sexual
 * slavery (D62 Art. 5); the last five are named by D62 and fall under "other inhumane purposes"
 * in L2024 Art. 2(1).
 */
export const TraffickingPurpose = Schema.Literals([
  "money_or_benefit",
  "sexual_exploitation",
  "forced_labour",
  "organ_removal",
  "forced_marriage",
  "forced_begging",
  "forced_childbirth",
  "forced_law_breaking",
  "other_inhumane",
])
export type TraffickingPurpose = typeof TraffickingPurpose.Type

/**
 * Means (thủ đoạn), each tri-state: `true` used, `false` assessed and not used, omitted unknown.
 * `noneUsed: true` records that no means of any kind were used (all four are then `false`).
 */
export const TraffickingMeans = Schema.Struct({
  force: Schema.optionalKey(Schema.Boolean),
  threat: Schema.optionalKey(Schema.Boolean),
  deception: Schema.optionalKey(Schema.Boolean),
  /** Other means (thủ đoạn khác): abuse of vulnerability, debt bondage, drugging, … */
  otherMeans: Schema.optionalKey(Schema.Boolean),
  noneUsed: Schema.optionalKey(Schema.Boolean),
})
export type TraffickingMeans = typeof TraffickingMeans.Type

/**
 * The input of {@link screen} (`POST /v1/screenings`).
 *
 * @example
 * { actsOn: "2025-09-01", person: { birthDate: "2009-02-03" },
 *   acts: ["recruit", "transport", "transfer"], purposes: ["money_or_benefit", "forced_marriage"],
 *   means: {} }
 */
export const ScreeningFacts = Schema.Struct({
  /** Date of the acts; the age that matters is the age on this day. */
  actsOn: CivilDate,
  /** Date whose law is applied; defaults to `actsOn`. */
  regimeOn: Schema.optionalKey(CivilDate),
  /** What is known of the birth, as in {@link Person}. */
  person: Schema.Struct({ birthDate: Person.fields.birthDate, birthYear: Person.fields.birthYear }),
  /** Acts recorded; an empty list means none recorded yet. */
  acts: Schema.Array(TraffickingAct),
  /** Purposes recorded; an empty list means none recorded yet. */
  purposes: Schema.Array(TraffickingPurpose),
  means: TraffickingMeans,
})
export type ScreeningFacts = typeof ScreeningFacts.Type
/** The JSON form of {@link ScreeningFacts}, as sent to `POST /v1/screenings`. */
export type ScreeningFactsEncoded = typeof ScreeningFacts.Encoded

/** `indicators_met` (refer for verification), `indicators_not_met`, `insufficient_information`. */
export const ScreeningAnswer = Schema.Literals(["indicators_met", "indicators_not_met", "insufficient_information"])
export type ScreeningAnswer = typeof ScreeningAnswer.Type

/** An element of the definition: act, purpose, means, or the age that makes means unnecessary. */
export const ScreeningElement = Schema.Literals(["act", "purpose", "means", "age"])
export type ScreeningElement = typeof ScreeningElement.Type

/** The answer of {@link screen}, with the provisions applied. */
export const Screening = Schema.Struct({
  answer: ScreeningAnswer,
  regime: Schema.Struct({ id: RegimeId, reason: Schema.String, sources: Schema.Array(Source) }),
  /** Age on the date of the acts (`min`/`max` in completed years); `null` when unknown. */
  age: Schema.NullOr(Schema.Struct({ min: Schema.Int, max: Schema.Int, explanation: Schema.String })),
  /** For `indicators_not_met`: the element missing. */
  missingElement: Schema.NullOr(ScreeningElement),
  /** For `insufficient_information`: what is needed, in plain words. */
  needed: Schema.Array(Schema.String),
  /** `true` when the only purpose recorded is money: the law's exceptions must be checked. */
  checkLegalExceptions: Schema.Boolean,
  summary: Schema.String,
  flags: Schema.Array(Flag),
  trace: Schema.Array(TraceStep),
})
export type Screening = typeof Screening.Type

// The day Law 53/2024/QH15 took effect, read from the regimes file.
const l2024InForce = regimeStartsOn("vn-2024")

const { l2024Art2, l2024Art63, d62Art5, l2024Art33, l2011Art28 } = provisions
const unconfirmedLeapDay: Source = { instrument: "hotro counting convention", article: "age on 29 February", status: "unconfirmed" }

type MeansFinding =
  | { readonly state: "used"; readonly which: ReadonlyArray<string> }
  | { readonly state: "not_used" }
  | { readonly state: "unknown"; readonly unassessed: ReadonlyArray<string> }

const meansNames = { force: "force", threat: "threat of force", deception: "deception", otherMeans: "other means" } as const

const findMeans = (means: TraffickingMeans): MeansFinding => {
  const keys = Object.keys(meansNames) as Array<keyof typeof meansNames>
  const used = keys.filter((key) => means[key] === true).map((key) => meansNames[key])
  if (used.length > 0) return { state: "used", which: used }
  if (means.noneUsed === true) return { state: "not_used" }
  const unassessed = keys.filter((key) => means[key] === undefined).map((key) => meansNames[key])
  return unassessed.length === 0 ? { state: "not_used" } : { state: "unknown", unassessed }
}

const list = (items: ReadonlyArray<string>): string => items.join(", ")

// Texts naming the age of Art. 2(1), written once from the parameter file.
const under = `under ${meansNotRequiredUnderAge}`
const orOver = `${meansNotRequiredUnderAge} or over`
const ageFindings = {
  minor: `${under} on the date of the acts: means are not required`,
  adult: `${orOver} on the date of the acts: means are required`,
  uncertain: `the birth year alone does not say whether the person was ${under} on the date of the acts`,
  unknown: "age on the date of the acts unknown: whether means are required cannot be decided",
} as const
const adultWithoutMeans = `Indicators not met (L2024 Art. 2(1)): the person was ${orOver} and no means (force, threat, deception or other means) were used`

/**
 * Screens the recorded facts for indicators of trafficking.
 *
 * Answers `indicators_met` (refer for verification; when the only purpose is money,
 * `checkLegalExceptions` is set: L2024 Art. 2(1) excepts cases the law provides for),
 * `indicators_not_met` with the missing element, or `insufficient_information` with what is
 * needed. Every step of `trace` cites its provision. Never certifies (flag
 * `screening_does_not_certify`: L2024 Art. 33, L2011 Art. 28), and never fails: what cannot be
 * decided is `insufficient_information`.
 *
 * The law is the one in force on `regimeOn` (default `actsOn`): on or after 2025-07-01, L2024
 * Art. 2(1), where a person under 18 (`parameters/national/minors.json`) on the date of the acts
 * needs no means; before, the grounds of Decree 62/2012/ND-CP Art. 5, which name no means.
 *
 * @example
 * screen({ actsOn: civilDate("2025-09-01"), person: { birthDate: civilDate("2009-02-03") },
 *   acts: ["recruit", "transfer"], purposes: ["money_or_benefit", "forced_marriage"], means: {} })
 * // answer "indicators_met": under 18 on the date of the acts, means not required (C22)
 */
export const screen = (facts: ScreeningFacts): Screening => {
  const trace: Array<TraceStep> = []
  const flags: Array<Flag> = []
  const regimeOn = facts.regimeOn ?? facts.actsOn
  const regime =
    compare(regimeOn, l2024InForce) >= 0
      ? {
          id: "vn-2024" as const,
          reason: `${regimeOn} is on or after ${l2024InForce}, when Law 53/2024/QH15 took effect: its definition (Art. 2(1)) applies`,
          sources: [l2024Art2, l2024Art63],
        }
      : {
          id: "vn-2011" as const,
          reason: `${regimeOn} is before ${l2024InForce}: the grounds of Decree 62/2012/ND-CP Art. 5 apply`,
          sources: [d62Art5],
        }
  trace.push({ rule: "regime", detail: regime.reason, sources: regime.sources })
  flags.push({
    code: "screening_does_not_certify",
    message: "Screening only finds indicators; victim status is certified by a competent body",
    sources: [regime.id === "vn-2024" ? l2024Art33 : l2011Art28],
  })

  const inconsistentBirth = bornAfter(facts.person, facts.actsOn)
  const age: Age | undefined = ageOn(facts.person, facts.actsOn)
  if (inconsistentBirth) {
    trace.push({ rule: "age", detail: `the birth recorded is after the date of the acts (${facts.actsOn}): check the facts`, sources: [] })
  } else if (age !== undefined) {
    trace.push({ rule: "age", detail: age.explanation, sources: [] })
    if (age.leapDayConvention) {
      flags.push({
        code: "leap_day_birthday_convention",
        message: "Born on 29 February: the age on 28 February of a common year uses the convention that the birthday falls on 1 March [unconfirmed]",
        sources: [unconfirmedLeapDay],
      })
    }
  } else {
    trace.push({ rule: "age", detail: "no birth date or year recorded: age on the date of the acts unknown", sources: [] })
  }

  const needed: Array<string> = []
  if (facts.acts.length === 0) needed.push("act: which act was done (recruit, transport, transfer, harbour, receive, trade)")
  if (facts.purposes.length === 0 && !(regime.id === "vn-2011" && facts.acts.includes("trade"))) {
    needed.push("purpose: for what purpose (money, sexual exploitation, forced labour, organ removal, other inhumane purposes)")
  }
  const base = { regime, age: age === undefined ? null : { min: age.min, max: age.max, explanation: age.explanation } }
  const moneyOnly = facts.purposes.length > 0 && facts.purposes.every((purpose) => purpose === "money_or_benefit")

  if (regime.id === "vn-2011") {
    trace.push({
      rule: "grounds",
      detail: "the grounds of D62 Art. 5 are an act for a purpose (trade for money; transfer or receipt for exploitation; recruitment, transport or harbouring for either); they name no means, so means and age are not needed",
      sources: [d62Art5],
    })
    if (needed.length > 0) return insufficient(base, needed, flags, trace, [d62Art5])
    trace.push({ rule: "grounds", detail: `acts (${list(facts.acts)}) and purposes (${list(facts.purposes)}) recorded: a ground of D62 Art. 5 is met`, sources: [d62Art5] })
    return {
      ...base,
      answer: "indicators_met",
      missingElement: null,
      needed: [],
      checkLegalExceptions: false,
      summary: "Indicators met (D62 Art. 5): refer for verification",
      flags,
      trace,
    }
  }

  const means = findMeans(facts.means)
  const minor = inconsistentBirth || age === undefined ? "unknown" : isUnder(age, meansNotRequiredUnderAge)
  switch (means.state) {
    case "used":
      trace.push({ rule: "means", detail: `means recorded: ${list(means.which)}`, sources: [l2024Art2] })
      break
    case "not_used":
      trace.push({ rule: "means", detail: "the facts record that no means of any kind (force, threat, deception or other means) were used", sources: [l2024Art2] })
      break
    case "unknown":
      trace.push({ rule: "means", detail: `means not assessed: ${list(means.unassessed)}`, sources: [l2024Art2] })
      break
  }
  if (means.state !== "used") {
    trace.push({
      rule: "age",
      detail: minor === true ? ageFindings.minor : minor === false ? ageFindings.adult : ageFindings[minor],
      sources: [l2024Art2],
    })
  }
  const meansSatisfied = means.state === "used" || minor === true
  if (!meansSatisfied) {
    if (means.state === "not_used" && minor === false) {
      if (needed.length > 0) return insufficient(base, needed, flags, trace, [l2024Art2])
      return {
        ...base,
        answer: "indicators_not_met",
        missingElement: "means",
        needed: [],
        checkLegalExceptions: false,
        summary: adultWithoutMeans,
        flags,
        trace,
      }
    }
    const ageNeeded = minor !== false
    if (means.state === "unknown" && ageNeeded) {
      needed.push(`age or means: the date of birth (was the person ${under} on ${facts.actsOn}?) or whether ${list(means.unassessed)} were used`)
    } else if (means.state === "unknown") {
      needed.push(`means: whether ${list(means.unassessed)} were used (the person was ${orOver})`)
    } else {
      needed.push(`age: the date of birth, to know whether the person was ${under} on ${facts.actsOn} (no means were used)`)
    }
    return insufficient(base, needed, flags, trace, [l2024Art2])
  }
  if (needed.length > 0) return insufficient(base, needed, flags, trace, [l2024Art2])
  trace.push({ rule: "definition", detail: `acts (${list(facts.acts)}), purposes (${list(facts.purposes)}) and ${means.state === "used" ? "means" : `age ${under}`}: the elements of L2024 Art. 2(1) are present`, sources: [l2024Art2] })
  if (moneyOnly) {
    flags.push({
      code: "check_legal_exceptions",
      message: "The only purpose recorded is money, property or other material benefit: check the exceptions the law provides (L2024 Art. 2(1), 'except where the law provides otherwise')",
      sources: [l2024Art2],
    })
  }
  return {
    ...base,
    answer: "indicators_met",
    missingElement: null,
    needed: [],
    checkLegalExceptions: moneyOnly,
    summary: moneyOnly
      ? "Indicators met — check legal exceptions (only purpose recorded: money): refer for verification"
      : `Indicators met (${cite(l2024Art2)}): refer for verification`,
    flags,
    trace,
  }
}

const insufficient = (
  base: Pick<Screening, "regime" | "age">,
  needed: ReadonlyArray<string>,
  flags: ReadonlyArray<Flag>,
  trace: Array<TraceStep>,
  sources: ReadonlyArray<Source>,
): Screening => {
  trace.push({ rule: "answer", detail: `insufficient information: ${needed.join("; ")}`, sources })
  return {
    ...base,
    answer: "insufficient_information",
    missingElement: null,
    needed,
    checkLegalExceptions: false,
    summary: `Insufficient information — needed: ${needed.join("; ")}`,
    flags,
    trace,
  }
}
