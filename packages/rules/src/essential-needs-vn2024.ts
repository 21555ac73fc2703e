/**
 * Essential-needs support under vn-2024 (Law 53/2024/QH15 Art. 37(1)(a); Decree 162/2025/ND-CP
 * Art. 17): accommodation and essential needs for at most 120 days, counted in calendar days of
 * support with the admission day included; days beyond need an extension decision (C19).
 *
 * @module
 */
import { combine, dailyComponent } from "./amounts.ts"
import { type Context, flag, national, read, type ScopedParameter, provincial } from "./assessment-context.ts"
import type { Entitlement } from "./assessment.ts"
import { addDays, type CivilDate, daysInclusive } from "./civil-date.ts"
import { atPoint, draft, finish, note, valueLimit } from "./entitlement-draft.ts"
import { flagCountingConvention } from "./cap-counting.ts"
import { provisions } from "./provisions.ts"

// The national parameters read on every call, looked up once.
const essentialNeedsMaxDays = national("d162-essential-needs-max-days")

/** Written where a vn-2024 amount has no configured value. */
export const amountNotConfigured = "Amount set by the competent authority: not yet configured."

/**
 * The parameter giving a vn-2024 rate on `on`: the national one when it has a value, else the
 * province's (applied with a flag, see the context module), else the national one (unknown).
 */
export const vn2024Rate = (context: Context, nationalId: string, provincialId: string, on: CivilDate): ScopedParameter => {
  const nationalRate = national(nationalId)
  if (read(context, nationalRate, on)?.value != null) return nationalRate
  return provincial(context, provincialId) ?? nationalRate
}

const capLimit = valueLimit(
  (days) => `at most ${days} days; an extension may be decided by the head of the facility, the provincial Department of Health or another competent body (D162 Art. 17)`,
  "days",
)

const essentialNeedsSources = [atPoint(provisions.l2024Art37Clause1, "a"), provisions.d162Art17]

/** The `essential_needs` entitlement (vn-2024). */
export const essentialNeedsVn2024 = (context: Context): Entitlement => {
  const { facts } = context
  const entitlement = draft("essential_needs", essentialNeedsSources)
  entitlement.notes.push("Temporary accommodation, meals, daily items, school items, medical and hygiene items, given with regard to age, sex, religion and health (D162 Art. 17).")
  const stay = facts.stay
  const on = stay?.admittedOn ?? facts.asOf
  const cap = read(context, essentialNeedsMaxDays, on)
  capLimit(entitlement, cap)
  const rate = vn2024Rate(context, "vn2024-essential-needs-meals", "facility-meals", on)
  if (stay === undefined || cap?.value == null) {
    entitlement.notes.push(amountNotConfigured)
    return finish(entitlement)
  }
  const last = stay.leftOn ?? facts.asOf
  if (last < stay.admittedOn) {
    entitlement.notes.push(`The stay ends (${last}) before it starts (${stay.admittedOn}): nothing computed.`)
    return finish(entitlement)
  }
  flagCountingConvention(context)
  const capEnd = addDays(stay.admittedOn, cap.value - 1)
  const coveredEnd = last <= capEnd ? last : capEnd
  const stayDays = daysInclusive(stay.admittedOn, last)
  const coveredDays = daysInclusive(stay.admittedOn, coveredEnd)
  if (stayDays > coveredDays) {
    const remaining = stayDays - coveredDays
    entitlement.notes.push(
      `Stay of ${stayDays} days (${stay.admittedOn} to ${last}): ${coveredDays} days covered, through ${coveredEnd}; the remaining ${remaining} days (${addDays(coveredEnd, 1)} to ${last}) need an extension decision (D162 Art. 17).`,
    )
    flag(context, "extension_decision_needed", `${remaining} days of the stay (${addDays(coveredEnd, 1)} to ${last}) go beyond the ${cap.value}-day limit and need an extension decision (D162 Art. 17).`, [provisions.d162Art17])
  } else {
    entitlement.notes.push(`Stay of ${stayDays} days (${stay.admittedOn} to ${last}), within the ${cap.value}-day limit.`)
  }
  const { amount, notes } = combine([dailyComponent(context, rate, stay.admittedOn, coveredEnd, "meals during the stay", amountNotConfigured)])
  entitlement.amount = amount
  note(entitlement, notes)
  return finish(entitlement)
}
