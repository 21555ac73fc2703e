/**
 * What the rules of one assessment share while they run: the facts, the regime and group chosen,
 * the province's rate set, and the records the decision explains itself with — every parameter
 * value read (with the date it was read for), flags, and the trace (built only when asked for).
 *
 * @module
 */
import type { CivilDate } from "./civil-date.ts"
import type { Flag, GroupId, ParameterUse, TraceStep } from "./assessment.ts"
import type { Facts } from "./facts.ts"
import type { RegimeId } from "./kinds.ts"
import { nationalParameter } from "./national-parameters.ts"
import { type Parameter, type ParameterValue, sourceOf, valueOn } from "./parameter.ts"
import type { PreparedRates } from "./prepared-rates.ts"
import { cite, type Source } from "./source.ts"

/**
 * Which limit on meals in a facility applies under vn-2011 when the instruments disagree (C15):
 * `higher_instrument` (default) applies Decree 09/2013/ND-CP Art. 19's 60 days and flags the
 * 3 months of Circular 84/2019/TT-BTC and the provincial resolution; `longer_limit` applies the
 * 3 months and flags the decree.
 */
export type StayCapPolicy = "higher_instrument" | "longer_limit"

/** The state shared by the rules of one assessment. */
export interface Context {
  readonly facts: Facts
  readonly regime: RegimeId
  /** `undefined` when no group could be named. */
  readonly group: GroupId | undefined
  /** The province's rate set, prepared once per rulebook. */
  readonly rates: PreparedRates | undefined
  readonly stayCapPolicy: StayCapPolicy
  readonly tracing: boolean
  readonly parameters: Array<ParameterUse>
  readonly flags: Array<Flag>
  readonly trace: Array<TraceStep>
}

/** A parameter, the name it is recorded under (`ha-giang/travel-meals`) and where it comes from. */
export interface ScopedParameter {
  readonly parameter: Parameter
  readonly name: string
  readonly provincial: boolean
  /** The flag raised when the parameter is used, for a provincial condition that is unconfirmed or unknown. */
  readonly uncertainCondition?: Flag
  /** For a provincial amount: the national provision it implements, cited beside the resolution. */
  readonly basis?: Source
}

const flagged = (context: Context, code: string, message: string): boolean => {
  for (const existing of context.flags) if (existing.code === code && existing.message === message) return true
  return false
}

/** Records a flag once (same code and message). */
export const flag = (context: Context, code: string, message: string, sources: ReadonlyArray<Source>): void => {
  if (!flagged(context, code, message)) context.flags.push({ code, message, sources })
}

/** Records a flag built once by the caller (a fixed message), once. */
export const raise = (context: Context, fixed: Flag): void => {
  if (!flagged(context, fixed.code, fixed.message)) context.flags.push(fixed)
}

/** Records a trace step; `detail` is only built when tracing. */
export const step = (context: Context, rule: string, detail: () => string, sources: ReadonlyArray<Source>): void => {
  if (context.tracing) context.trace.push({ rule, detail: detail(), sources })
}

/** Records `value` of `scoped`, read for `on`, as used (once), with the flags its use raises. */
export const recordRead = (context: Context, scoped: ScopedParameter, value: ParameterValue, on: CivilDate): void => {
  for (const use of context.parameters) {
    if (use.parameter === scoped.name && use.validFrom === value.from && use.on === on) return
  }
  context.parameters.push({
    parameter: scoped.name,
    on,
    value: value.value,
    unit: scoped.parameter.unit,
    validFrom: value.from,
    status: value.status,
    source: sourceOf(value),
  })
  if (scoped.provincial) noteProvincialUse(context)
  if (value.status === "unconfirmed" || value.status === "unknown") raise(context, uncertainFlag(scoped.name, value))
}

/** The value of a parameter on `on`, recorded as used; `undefined` when none is in force. */
export const read = (context: Context, scoped: ScopedParameter, on: CivilDate): ParameterValue | undefined => {
  const value = valueOn(scoped.parameter, on)
  if (value !== undefined) recordRead(context, scoped, value, on)
  return value
}

const nationalScoped = new Map<string, ScopedParameter>()

/** The national parameter `id`. */
export const national = (id: string): ScopedParameter => {
  let scoped = nationalScoped.get(id)
  if (scoped === undefined) {
    scoped = { parameter: nationalParameter(id), name: id, provincial: false }
    nationalScoped.set(id, scoped)
  }
  return scoped
}

/** The province's parameter `id`, or `undefined` when no province is given or it sets none. */
export const provincial = (context: Context, id: string): ScopedParameter | undefined => context.rates?.parameters.get(id)

// A 2020 resolution adopted under vn-2011 applied to a vn-2024 case, or after the province
// merged, is applied with a flag (see the prepared-rates module).
const noteProvincialUse = (context: Context): void => {
  const rates = context.rates
  if (rates === undefined) return
  const regimeChange = rates.regimeChange[context.regime]
  if (regimeChange !== undefined) raise(context, regimeChange)
  if (rates.merger !== undefined && context.facts.asOf >= rates.merger.on) raise(context, rates.merger.flag)
}

// One shared flag per uncertain value: a value belongs to one parameter, so its name and the
// value decide the message.
const uncertainFlags = new WeakMap<ParameterValue, Flag>()

const uncertainFlag = (name: string, value: ParameterValue): Flag => {
  let found = uncertainFlags.get(value)
  if (found === undefined) {
    const source = sourceOf(value)
    found =
      value.status === "unconfirmed"
        ? { code: "value_unconfirmed", message: `${name} (from ${value.from}, ${cite(source)}) is unconfirmed: to be confirmed.`, sources: [source] }
        : { code: "value_unknown", message: `${name} (from ${value.from}, ${cite(source)}) is unknown: no value is configured.`, sources: [source] }
    uncertainFlags.set(value, found)
  }
  return found
}

const noProvince = "rates are set by the province's People's Council: facts.province is needed"

/** Why a provincial rate is missing: no province given, or its resolution sets none for `what`. */
export const noProvincialRate = (context: Context, what: string): string =>
  context.rates === undefined ? noProvince : context.rates.noRateFor(what)
