/**
 * The rulebook: the national parameters, the provincial rate sets and the rules, put together
 * once; `assess(facts)` then applies them to one person on one date. Pure: the same facts always
 * give a deep-equal decision.
 *
 * @module
 */
import { Result } from "effect"
import packageJson from "../package.json" with { type: "json" }
import type { Assessment, Entitlement, GroupId } from "./assessment.ts"
import { type Context, flag, type StayCapPolicy, step } from "./assessment-context.ts"
import type { CivilDate } from "./civil-date.ts"
import { educationVocationalVn2011, initialHardshipVn2011, medicalVn2011, psychologicalVn2011 } from "./entitlements-vn2011.ts"
import {
  generalEducationVn2024,
  initialHardshipVn2024,
  interpretation,
  legalSupport,
  medicalVn2024,
  psychologicalVn2024,
  travelVn2024,
  vocationalVn2024,
} from "./entitlements-vn2024.ts"
import { ProvisionNotInForce, UnknownProvince } from "./errors.ts"
import { essentialNeedsAndTravel } from "./essential-needs-vn2011.ts"
import { essentialNeedsVn2024 } from "./essential-needs-vn2024.ts"
import type { Facts, Needs, ProvinceId } from "./facts.ts"
import { chooseGroup, givenDependingOnNeed, groupKinds, isGroupChoice } from "./groups.ts"
import type { RegimeId, SupportKind } from "./kinds.ts"
import { legalAid } from "./legal-aid.ts"
import { nationalParameterFiles } from "./national-parameters.ts"
import { type Parameter, type ParameterUnit, sourceOf, valueOn } from "./parameter.ts"
import { type PreparedRates, prepareRates } from "./prepared-rates.ts"
import type { ProvincialInstrument, ProvincialRateSet } from "./provincial-rate-set.ts"
import { shippedProvincialRateSets } from "./provincial-rates.ts"
import { chooseRegime } from "./regime.ts"
import type { Bilingual, Confidence, Source } from "./source.ts"

/** Options of {@link createRulebook}. */
export interface RulebookOptions {
  /**
   * Provincial rate sets (validated with `parseProvincialRateSet`) to use beside the shipped
   * ones; a set for a province that has a shipped set replaces it.
   */
  readonly provincialRateSets?: ReadonlyArray<ProvincialRateSet>
  /** Which meals limit applies under vn-2011 when the instruments disagree (default `higher_instrument`, C15). */
  readonly stayCapPolicy?: StayCapPolicy
}

/** Options of {@link Rulebook.assess}. */
export interface AssessOptions {
  /** Build the trace (default `true`); `false` skips every trace string, for bulk runs. */
  readonly trace?: boolean
}

/**
 * A parameter's value in force on a date, as {@link Rulebook.parametersOn} lists it.
 *
 * @example
 * { id: "initial-hardship-allowance", scope: "ha-giang", description: { vi: "…", en: "…" }, unit: "VND/person",
 *   value: 3000000, status: "secondary", validFrom: "2020-07-20", validTo: null,
 *   source: { instrument: "Resolution 15/2020/NQ-HĐND of Hà Giang", article: "article not read", … } }
 */
export interface ParameterValueView {
  /** The parameter id (`d162-essential-needs-max-days`); a provincial id is shared by all provinces (`travel-meals`). */
  readonly id: string
  /** `national`, or the province whose resolution sets it. */
  readonly scope: "national" | ProvinceId
  readonly description: Bilingual
  readonly unit: ParameterUnit
  /** The value in `unit` (money in whole VND); `null` when the law sets one that was not found (status `unknown`). */
  readonly value: number | null
  readonly status: Confidence
  /** First day this value is in force (`YYYY-MM-DD`). */
  readonly validFrom: CivilDate
  /** Last day this value is in force, inclusive; `null` while no end is known. */
  readonly validTo: CivilDate | null
  /** A remark of the parameter file on this value (an inference, a conflict, where to confirm it). */
  readonly note?: string
  /** Where the value was read, with its status. */
  readonly source: Source
}

/** A province with a configured rate set: its resolution and how sure we are of its reading. */
export interface ProvinceView {
  readonly id: ProvinceId
  readonly name: Bilingual
  readonly instrument: ProvincialInstrument
  readonly status: Confidence
}

/** The rules with their data, as {@link createRulebook} puts them together. */
export interface Rulebook {
  /**
   * The decision for `facts` (decoded with `decodeInput(Facts, …)`): regime, group, one
   * entitlement for every kind the group may receive, parameters used, flags and (unless
   * `trace: false`) the trace. See {@link assess}.
   *
   * @returns `UnknownProvince` for a province with no rate set; `ProvisionNotInForce` for an
   *   assessment date before the first encoded regime (2012-01-01).
   */
  readonly assess: (facts: Facts, options?: AssessOptions) => Result.Result<Assessment, UnknownProvince | ProvisionNotInForce>
  /**
   * Every national parameter, then the province's (when `province` has a rate set; an unknown
   * province adds nothing), each with the value in force on `asOf`; parameters with no value in
   * force that day are left out. Never fails.
   *
   * @example
   * createRulebook().parametersOn(civilDate("2024-04-01"), "ha-giang" as ProvinceId)
   *   .find((view) => view.scope === "ha-giang" && view.id === "initial-hardship-allowance")?.value // 3000000
   */
  readonly parametersOn: (asOf: CivilDate, province?: ProvinceId) => ReadonlyArray<ParameterValueView>
  /** The provinces with a rate set: the shipped ones and those given to {@link createRulebook}. */
  readonly provinces: ReadonlyArray<ProvinceView>
}

/** The version of these rules, stamped on every decision. */
export const rulesVersion: string = packageJson.version

type Rule = (context: Context) => Entitlement

const rules: Readonly<Record<RegimeId, Partial<Record<SupportKind, Rule>>>> = {
  "vn-2011": {
    essential_needs_and_travel: essentialNeedsAndTravel,
    medical: medicalVn2011,
    psychological: psychologicalVn2011,
    legal_aid: legalAid,
    education_vocational: educationVocationalVn2011,
    initial_hardship_and_loan: initialHardshipVn2011,
  },
  "vn-2024": {
    essential_needs: essentialNeedsVn2024,
    medical: medicalVn2024,
    interpretation,
    legal_support: legalSupport,
    legal_aid: legalAid,
    travel: travelVn2024,
    psychological: psychologicalVn2024,
    general_education: generalEducationVn2024,
    vocational: vocationalVn2024,
    initial_hardship_and_loan: initialHardshipVn2024,
  },
}

interface GroupRules {
  /** Whether the group's kinds are given depending on need (G5, Art. 37(4)). */
  readonly byNeed: boolean
  /** The kinds the group may receive, in the order of the law's points, and their rules (same order). */
  readonly kinds: ReadonlyArray<SupportKind>
  readonly kindRules: ReadonlyArray<Rule>
}

// The rules of each regime and group, looked up once rather than kind by kind on every call.
const rulesOf = (regime: RegimeId): ReadonlyMap<GroupId, GroupRules> =>
  new Map(
    (Object.keys(groupKinds) as Array<GroupId>).map((group) => {
      const kinds: Array<SupportKind> = []
      const kindRules: Array<Rule> = []
      for (const kind of groupKinds[group]) {
        const rule = rules[regime][kind]
        if (rule === undefined) continue
        kinds.push(kind)
        kindRules.push(rule)
      }
      return [group, { byNeed: givenDependingOnNeed.has(group), kinds, kindRules }]
    }),
  )
const rulesByGroup: Readonly<Record<RegimeId, ReadonlyMap<GroupId, GroupRules>>> = { "vn-2011": rulesOf("vn-2011"), "vn-2024": rulesOf("vn-2024") }

// The need that decides each kind given "depending on the case" (G5, Art. 37(4)).
const needOf: Partial<Record<SupportKind, keyof Needs>> = {
  essential_needs: "essentialNeeds",
  medical: "medicalCare",
  interpretation: "interpretation",
  legal_support: "legalCounselling",
  legal_aid: "legalAid",
  psychological: "psychological",
}

const dependingOnNeed = (entitlement: Entitlement, facts: Facts): Entitlement => {
  const need = needOf[entitlement.kind]
  if (need === undefined || entitlement.status === "not_entitled") return entitlement
  const recorded = facts.needs?.[need]
  if (recorded === true) return entitlement
  if (recorded === false) {
    return { ...entitlement, status: "not_entitled", amount: null, reason: `No need recorded (needs.${need} is false): L2024 Art. 37(4) gives this support depending on the case.` }
  }
  return {
    ...entitlement,
    status: "conditional",
    conditions: [...entitlement.conditions, `the person needs it (needs.${need}): L2024 Art. 37(4) gives it depending on the case`],
    missingFacts: [...entitlement.missingFacts, `needs.${need}`],
  }
}

const describeEntitlement = (entitlement: Entitlement): string =>
  [
    entitlement.status,
    entitlement.reason,
    entitlement.conditions.length > 0 ? `conditions: ${entitlement.conditions.join("; ")}` : undefined,
    entitlement.amount === null ? undefined : entitlement.amount.computation,
  ]
    .filter((part) => part !== undefined)
    .join(" — ")

const views = (parameters: ReadonlyArray<Parameter>, scope: "national" | ProvinceId, asOf: CivilDate): Array<ParameterValueView> => {
  const found: Array<ParameterValueView> = []
  for (const parameter of parameters) {
    const value = valueOn(parameter, asOf)
    if (value === undefined) continue
    found.push({
      id: parameter.id,
      scope,
      description: parameter.description,
      unit: parameter.unit,
      value: value.value,
      status: value.status,
      validFrom: value.from,
      validTo: value.to,
      ...(value.note === undefined ? {} : { note: value.note }),
      source: sourceOf(value),
    })
  }
  return found
}

/**
 * Puts the rules together with the shipped parameters and any provincial rate sets given, once:
 * create one rulebook and assess many cases with it.
 *
 * The rate sets given are **not** validated again: pass only sets returned by
 * {@link parseProvincialRateSet}, which checks them against the national parameters (dates,
 * units, sources, national minimums). Never fails.
 *
 * @example
 * const haGiang = Result.getOrThrow(parseProvincialRateSet(JSON.parse(text), "ha-giang-15-2020.json"))
 * const rulebook = createRulebook({ provincialRateSets: [haGiang] })
 * const result = rulebook.assess({ asOf: civilDate("2024-04-01"), province: "ha-giang" as ProvinceId,
 *   person: { citizenship: "VN", poorHousehold: true }, status: { kind: "victim", certifiedOn: civilDate("2024-03-10") } })
 * if (Result.isSuccess(result)) result.success.entitlements // the six vn-2011 kinds
 */
export const createRulebook = (options: RulebookOptions = {}): Rulebook => {
  const rateSets = new Map<string, ProvincialRateSet>()
  for (const set of [...shippedProvincialRateSets, ...(options.provincialRateSets ?? [])]) rateSets.set(set.province, set)
  const prepared = new Map<string, PreparedRates>([...rateSets].map(([province, set]) => [province, prepareRates(set)]))
  const known = [...rateSets.keys()].sort()
  const stayCapPolicy = options.stayCapPolicy ?? "higher_instrument"
  const nationalList = [...nationalParameterFiles.values()].flatMap((file) => file.parameters)

  const assess = (facts: Facts, assessOptions: AssessOptions = {}): Result.Result<Assessment, UnknownProvince | ProvisionNotInForce> => {
    const rates = facts.province === undefined ? undefined : prepared.get(facts.province)
    if (facts.province !== undefined && rates === undefined) return Result.fail(new UnknownProvince({ province: facts.province, known }))
    const regime = chooseRegime(facts)
    if (Result.isFailure(regime)) return Result.fail(regime.failure)
    const tracing = assessOptions.trace ?? true
    const groupChoice = chooseGroup(facts, regime.success.id)
    const context: Context = {
      facts,
      regime: regime.success.id,
      group: isGroupChoice(groupChoice) ? groupChoice.id : undefined,
      rates,
      stayCapPolicy,
      tracing,
      parameters: [],
      flags: [],
      trace: [],
    }
    // Trace steps are written only when tracing: bulk runs build none of their strings.
    if (tracing) {
      step(context, "regime", () => `${regime.success.id}: ${regime.success.reason}`, regime.success.sources)
      if (rates !== undefined) {
        const { instrument, name } = rates.set
        step(context, "provincial rates", () => `${instrument.number} of ${name.en} (in force from ${instrument.inForce.from})`, [rates.instrumentSource])
      }
    }
    let group: Assessment["group"] = null
    const entitlements: Array<Entitlement> = []
    if (isGroupChoice(groupChoice)) {
      // A group choice has exactly the fields of the decision's group (often a shared constant).
      group = groupChoice
      if (tracing) step(context, "group", () => `${groupChoice.id}${groupChoice.probable ? " (probable)" : ""}: ${groupChoice.reason}`, groupChoice.sources)
      if (groupChoice.probable) flag(context, "refer_for_legal_review", `Group ${groupChoice.id} is probable, not certain: ${groupChoice.reason}.`, groupChoice.sources)
      const { byNeed, kinds, kindRules } = rulesByGroup[regime.success.id].get(groupChoice.id) as GroupRules
      for (let index = 0; index < kindRules.length; index += 1) {
        const rule = kindRules[index] as Rule
        const entitlement = byNeed ? dependingOnNeed(rule(context), facts) : rule(context)
        entitlements.push(entitlement)
        if (tracing) step(context, kinds[index] as SupportKind, () => describeEntitlement(entitlement), entitlement.sources)
      }
    } else if (groupChoice.missingFacts.length > 0) {
      flag(context, "insufficient_facts", `No group can be named: ${groupChoice.reason} (${groupChoice.missingFacts.join(", ")}).`, groupChoice.sources)
      if (tracing) step(context, "group", () => `none: ${groupChoice.reason}`, groupChoice.sources)
    } else {
      flag(context, "refer_for_legal_review", `No group: ${groupChoice.reason}. No entitlement is guessed.`, groupChoice.sources)
      if (tracing) step(context, "group", () => `none: ${groupChoice.reason}`, groupChoice.sources)
    }
    // A regime choice has exactly the fields of the decision's regime.
    const regimeView = regime.success
    // Two literals rather than a conditional spread: the object keeps one shape, cheaply.
    return Result.succeed(
      facts.province === undefined
        ? { rulesVersion, asOf: facts.asOf, regime: regimeView, group, entitlements, parameters: context.parameters, flags: context.flags, trace: context.trace }
        : { rulesVersion, asOf: facts.asOf, province: facts.province, regime: regimeView, group, entitlements, parameters: context.parameters, flags: context.flags, trace: context.trace },
    )
  }

  return {
    assess,
    parametersOn: (asOf, province) => {
      const set = province === undefined ? undefined : rateSets.get(province)
      return [...views(nationalList, "national", asOf), ...(set === undefined ? [] : views(set.parameters, set.province, asOf))]
    },
    provinces: [...rateSets.values()].map((set) => ({ id: set.province, name: set.name, instrument: set.instrument, status: set.instrument.status })),
  }
}

const defaultRulebook = createRulebook()

/**
 * Assesses `facts` (decoded with `decodeInput(Facts, …)`) with the shipped parameters and
 * provincial rate sets: `createRulebook().assess`.
 *
 * The regime is chosen from the case's own dates, never the clock (L2024 Art. 63: a victim
 * certified before 2025-07-01 keeps vn-2011); the group by L2024 Art. 37 or L2011 Art. 32; then
 * every kind of support of the group, each with its sources, limits and amount in whole VND.
 * "Not entitled" is an entitlement's status, not an error.
 *
 * The decision is a read-only value that may share structure with other decisions (for speed):
 * copy it (`structuredClone`) before modifying it.
 *
 * @returns the {@link Assessment}, or `UnknownProvince` when `facts.province` has no rate set, or
 *   `ProvisionNotInForce` when `facts.asOf` is before the first encoded regime (2012-01-01).
 * @example
 * assess({ asOf: civilDate("2025-10-01"), person: { citizenship: "VN" },
 *   status: { kind: "victim", certifiedOn: civilDate("2025-09-12") } })
 * // Result.succeed({ regime: { id: "vn-2024", … }, group: { id: "G1", … }, entitlements: [10 kinds], … }) (C01)
 * assess({ asOf: civilDate("2011-12-31"), person: {}, status: { kind: "victim", certifiedOn: civilDate("2011-12-01") } })
 * // Result.fail(ProvisionNotInForce { provision: "support regimes (encoded from 2012-01-01)", on: "2011-12-31" })
 */
export const assess = (facts: Facts, options?: AssessOptions): Result.Result<Assessment, UnknownProvince | ProvisionNotInForce> =>
  defaultRulebook.assess(facts, options)
