/**
 * An entitlement while its rule builds it: a mutable draft the rule fills (conditions, missing
 * facts, limits, amount, notes), then freezes into an {@link Entitlement}.
 *
 * @module
 */
import type { Amount, Entitlement, EntitlementStatus, Limit } from "./assessment.ts"
import { kindLabels, type SupportKind } from "./kinds.ts"
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
  sources: [...sources],
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

/** Marks the draft `not_entitled` for `reason`; it has no amount. */
export const refuse = (entitlement: Draft, reason: string): void => {
  entitlement.status = "not_entitled"
  entitlement.reason = reason
  entitlement.amount = null
}

/** Adds a limit. */
export const limit = (entitlement: Draft, description: string, sources: ReadonlyArray<Source>, value?: number, unit?: string): void => {
  const entry: { description: string; value?: number; unit?: string; sources: ReadonlyArray<Source> } = { description, sources }
  if (value !== undefined) entry.value = value
  if (unit !== undefined) entry.unit = unit
  entitlement.limits.push(entry)
}

/** `source` narrowed to a point of its clause (`Art. 37(1)(a)`). */
export const atPoint = (source: Source, point: string): Source => ({ ...source, point })

/** The finished entitlement. */
export const finish = (entitlement: Draft): Entitlement => ({
  kind: entitlement.kind,
  label: kindLabels[entitlement.kind],
  status: entitlement.status,
  conditions: entitlement.conditions,
  missingFacts: entitlement.missingFacts,
  ...(entitlement.reason === undefined ? {} : { reason: entitlement.reason }),
  sources: entitlement.sources,
  limits: entitlement.limits,
  amount: entitlement.amount,
  notes: entitlement.notes,
})
