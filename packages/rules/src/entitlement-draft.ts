/**
 * An entitlement while its rule builds it: a mutable draft the rule fills (conditions, missing
 * facts, limits, amount, notes), then freezes into an {@link Entitlement}.
 *
 * @module
 */
import type { Amount, Entitlement, EntitlementStatus, Limit } from "./assessment.ts"
import { kindLabels, type SupportKind } from "./kinds.ts"
import { type ParameterValue, sourceOf } from "./parameter.ts"
import type { Source } from "./source.ts"

/** A mutable entitlement under construction. */
export interface Draft {
  readonly kind: SupportKind
  status: EntitlementStatus
  readonly conditions: Array<string>
  readonly missingFacts: Array<string>
  reason: string | undefined
  readonly sources: Array<Source>
  readonly limits: Array<Limit>
  amount: Amount | null
  readonly notes: Array<string>
}

/** A draft that starts `entitled`, citing `sources`. */
export const draft = (kind: SupportKind, sources: ReadonlyArray<Source>): Draft => ({
  kind,
  status: "entitled",
  conditions: [],
  missingFacts: [],
  reason: undefined,
  sources: sources.slice(),
  limits: [],
  amount: null,
  notes: [],
})

/** Adds a condition that must still hold; an `entitled` draft becomes `conditional`. */
export const requireCondition = (entitlement: Draft, condition: string, missingFact?: string): void => {
  entitlement.conditions.push(condition)
  if (missingFact !== undefined && !entitlement.missingFacts.includes(missingFact)) entitlement.missingFacts.push(missingFact)
  if (entitlement.status === "entitled") entitlement.status = "conditional"
}

/** Adds the sources not cited yet (the same instrument, article, clause, point and status). */
export const cite = (entitlement: Draft, sources: ReadonlyArray<Source>): void => {
  for (const source of sources) {
    const cited = entitlement.sources.some(
      (known) =>
        known === source ||
        (known.instrument === source.instrument && known.article === source.article && known.clause === source.clause && known.point === source.point && known.status === source.status),
    )
    if (!cited) entitlement.sources.push(source)
  }
}

/** Adds notes (those an amount's computation left, often none). */
export const note = (entitlement: Draft, notes: ReadonlyArray<string>): void => {
  for (const text of notes) entitlement.notes.push(text)
}

/** Marks the draft `not_entitled` for `reason`; it has no amount. */
export const refuse = (entitlement: Draft, reason: string): void => {
  entitlement.status = "not_entitled"
  entitlement.reason = reason
  entitlement.amount = null
}

/** Adds a limit. */
export const limit = (entitlement: Draft, description: string, sources: ReadonlyArray<Source>, value?: number, unit?: string): void => {
  entitlement.limits.push(
    value === undefined
      ? unit === undefined ? { description, sources } : { description, sources, unit }
      : unit === undefined ? { description, sources, value } : { description, sources, value, unit },
  )
}

/**
 * A limit written from one parameter value only (`at most 120 days`): built once per value and
 * shared by the decisions that read it, since bulk runs read the same few values again and again.
 * Adds nothing when the value is unknown or none is in force.
 */
export const valueLimit = (describe: (value: number) => string, unit: string): ((entitlement: Draft, value: ParameterValue | undefined) => void) => {
  const built = new WeakMap<ParameterValue, Limit>()
  return (entitlement, value) => {
    if (value?.value == null) return
    let found = built.get(value)
    if (found === undefined) {
      found = { description: describe(value.value), sources: [sourceOf(value)], value: value.value, unit }
      built.set(value, found)
    }
    entitlement.limits.push(found)
  }
}

/** `source` narrowed to a point of its clause (`Art. 37(1)(a)`). */
export const atPoint = (source: Source, point: string): Source => ({ ...source, point })

/** The finished entitlement. */
export const finish = (entitlement: Draft): Entitlement => {
  const { kind, status, conditions, missingFacts, reason, sources, limits, amount, notes } = entitlement
  const label = kindLabels[kind]
  // Two literals rather than a conditional spread: spreading made this the costliest line of an assessment.
  return reason === undefined
    ? { kind, label, status, conditions, missingFacts, sources, limits, amount, notes }
    : { kind, label, status, conditions, missingFacts, reason, sources, limits, amount, notes }
}
