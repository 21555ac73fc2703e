/**
 * The journey home (về nơi cư trú): meals on travel days at the daily rate, plus the fare at
 * ordinary public-transport price taken from the ticket. Under vn-2011 only for those who cannot
 * pay (Decree 09/2013/ND-CP Art. 19); the travel days are the `travelHome.days` ending on the day
 * the person returned home (or the assessment date).
 *
 * @module
 */
import { type Component, dailyComponent, givenComponent } from "./amounts.ts"
import type { Context, ScopedParameter } from "./assessment-context.ts"
import { addDays } from "./civil-date.ts"
import { type Draft, requireCondition } from "./entitlement-draft.ts"
import { formatVnd } from "./money.ts"
import type { Source } from "./source.ts"

/** Components of the travel costs, with conditions and notes written on `entitlement`. */
export const travelComponents = (
  context: Context,
  entitlement: Draft,
  rate: ScopedParameter | undefined,
  options: { readonly onlyIfCannotPay: boolean; readonly sources: ReadonlyArray<Source> },
  whenNotConfigured: string,
): ReadonlyArray<Component> => {
  const travel = context.facts.travelHome
  if (travel === undefined) return []
  if (options.onlyIfCannotPay) {
    if (travel.canPay === true) {
      entitlement.notes.push("The person can pay the journey home: fare and travel meals are paid for those who cannot (D09 Art. 19).")
      return []
    }
    if (travel.canPay === undefined) requireCondition(entitlement, "travel costs: the person cannot pay the journey home (D09 Art. 19)", "travelHome.canPay")
  }
  const last = context.facts.returnedHomeOn ?? context.facts.asOf
  const first = addDays(last, 1 - travel.days)
  const components = [dailyComponent(context, rate, first, last, "meals on travel days", whenNotConfigured)]
  if (travel.fareVnd === undefined) {
    entitlement.notes.push("Plus the fare home at ordinary public-transport price: amount from the ticket (travelHome.fareVnd).")
  } else {
    components.push(givenComponent(travel.fareVnd, `fare at public-transport price (from the ticket): ${formatVnd(travel.fareVnd)}`, options.sources))
  }
  return components
}
