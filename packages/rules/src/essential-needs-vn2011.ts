/**
 * Essential needs and travel costs under vn-2011 (Law 66/2011/QH12 Art. 32(1)(a); Decree
 * 09/2013/ND-CP Art. 19; Circular 84/2019/TT-BTC; provincial resolutions): meals in a facility
 * for at most 60 days (the decree) where the circular and the resolutions say 3 months (C15,
 * flagged), clothing and personal items, and the journey home for those who cannot pay (C13).
 *
 * @module
 */
import { type Component, combine, dailyComponent, flatComponent } from "./amounts.ts"
import { type Context, flag, national, noProvincialRate, provincial, read } from "./assessment-context.ts"
import type { Entitlement } from "./assessment.ts"
import { addDays, addMonthsClamped, type CivilDate, daysInclusive } from "./civil-date.ts"
import { type Draft, draft, finish, limit } from "./entitlement-draft.ts"
import type { FacilityStay } from "./facts.ts"
import { formatVnd } from "./money.ts"
import { sourceOf } from "./parameter.ts"
import { provisions } from "./provisions.ts"
import { travelComponents } from "./travel-home.ts"

const earlier = (a: CivilDate, b: CivilDate): CivilDate => (a <= b ? a : b)

/** Flags the convention used to count days of support against a cap (unconfirmed). */
export const flagCountingConvention = (context: Context): void =>
  flag(
    context,
    "cap_counting_convention_unconfirmed",
    "Caps on support (60 days, 3 months, 120 days) are counted in calendar days of actual support, the day of admission included, with no weekend extension: this convention is unconfirmed, pending legal review.",
    [],
  )

const facilityMeals = (context: Context, entitlement: Draft, stay: FacilityStay): ReadonlyArray<Component> => {
  const admitted = stay.admittedOn
  const last = stay.leftOn ?? context.facts.asOf
  if (last < admitted) {
    entitlement.notes.push(`The stay ends (${last}) before it starts (${admitted}): no meals computed.`)
    return []
  }
  const decree = read(context, national("d09-facility-meals-max-days"), admitted)
  if (decree === undefined || decree.value === null) {
    return [{ vnd: null, computation: "meals in the facility", sources: [], note: `Decree 09/2013/ND-CP Art. 19 is not in force on ${admitted}` }]
  }
  const monthsParameter = provincial(context, "facility-meals-max-months") ?? national("c84-facility-meals-max-months")
  const months = read(context, monthsParameter, admitted)
  const decreeEnd = addDays(admitted, decree.value - 1)
  const monthsEnd = months?.value == null ? undefined : addDays(addMonthsClamped(admitted, months.value), -1)
  const longer = context.stayCapPolicy === "longer_limit" && monthsEnd !== undefined
  const coveredEnd = earlier(last, longer ? (monthsEnd ?? decreeEnd) : decreeEnd)
  limit(
    entitlement,
    longer ? `meals paid for at most ${months?.value} months (${months?.source.instrument}; policy: longer limit)` : `meals paid by the state budget for at most ${decree.value} days (Decree 09/2013/ND-CP Art. 19)`,
    [longer && months !== undefined ? sourceOf(months) : sourceOf(decree)],
    longer ? months?.value ?? undefined : decree.value,
    longer ? "months" : "days",
  )
  flagCountingConvention(context)
  const rate = provincial(context, "facility-meals")
  const meals = dailyComponent(context, rate, admitted, coveredEnd, "meals in the facility", noProvincialRate(context, "meals in a facility"))
  const stayDays = daysInclusive(admitted, last)
  const coveredDays = daysInclusive(admitted, coveredEnd)
  entitlement.notes.push(
    stayDays > coveredDays
      ? `Stay of ${stayDays} days (${admitted} to ${last}): meals covered for ${coveredDays} days, through ${coveredEnd}.`
      : `Stay of ${stayDays} days (${admitted} to ${last}), within the limit.`,
  )
  if (monthsEnd !== undefined && months !== undefined) {
    const alternativeEnd = earlier(last, longer ? decreeEnd : monthsEnd)
    if (alternativeEnd !== coveredEnd) {
      const alternative = dailyComponent(context, rate, admitted, alternativeEnd, "meals", noProvincialRate(context, "meals in a facility"))
      const monthsText = `${months.value} months`
      const decreeText = `${decree.value} days`
      const describe = (end: CivilDate, vnd: number | null) =>
        `${admitted} to ${end} = ${daysInclusive(admitted, end)} days${vnd === null ? "" : ` = ${formatVnd(vnd)}`}`
      const monthsInstrument = monthsParameter.provincial ? `${months.source.instrument} and Circular 84/2019/TT-BTC` : months.source.instrument
      flag(
        context,
        "meals_cap_conflict",
        longer
          ? `Meals limit: ${monthsInstrument} allow ${monthsText}, applied by policy (${describe(coveredEnd, meals.vnd)}); Decree 09/2013/ND-CP Art. 19, the higher instrument, allows ${decreeText} (${describe(alternativeEnd, alternative.vnd)}). Pending legal review.`
          : `Meals limit: Decree 09/2013/ND-CP Art. 19 (a decree) allows ${decreeText} and prevails over the circular and the provincial resolution: ${decreeText} applied (${describe(coveredEnd, meals.vnd)}). ${monthsInstrument} allow ${monthsText} (${describe(alternativeEnd, alternative.vnd)}). Pending legal review.`,
        [provisions.d09Art19, sourceOf(months)],
      )
    }
  }
  const clothing = provincial(context, "clothing-personal-items")
  return clothing === undefined ? [meals] : [meals, flatComponent(context, clothing, admitted, "clothing and personal items", noProvincialRate(context, "clothing and personal items"))]
}

/** The `essential_needs_and_travel` entitlement (vn-2011). */
export const essentialNeedsAndTravel = (context: Context): Entitlement => {
  const entitlement = draft("essential_needs_and_travel", [provisions.l2011Art32, provisions.d09Art19, provisions.c84])
  entitlement.notes.push("In kind: two sets of clothes, two of underwear, a towel, sandals, toothbrush and paste, soap, and sanitary pads for women (D09 Art. 19).")
  const minimumOn = context.facts.returnedHomeOn ?? context.facts.asOf
  const minimum = read(context, national("c84-travel-meals-minimum"), minimumOn)
  if (minimum?.value != null) {
    limit(entitlement, `meals on travel days at least ${formatVnd(minimum.value)}/person/day (Circular 84/2019/TT-BTC)`, [sourceOf(minimum)], minimum.value, "VND/person/day")
  }
  const components = [
    ...(context.facts.stay === undefined ? [] : facilityMeals(context, entitlement, context.facts.stay)),
    ...travelComponents(context, entitlement, provincial(context, "travel-meals"), {
      onlyIfCannotPay: true,
      sources: [provisions.d09Art19],
      whenNotConfigured: noProvincialRate(context, "meals on travel days"),
    }),
  ]
  if (components.length === 0) {
    entitlement.notes.push("No stay in a facility or journey home recorded (facts.stay, facts.travelHome): no amount to compute.")
  }
  const { amount, notes } = combine(components)
  entitlement.amount = amount
  entitlement.notes.push(...notes)
  return finish(entitlement)
}
