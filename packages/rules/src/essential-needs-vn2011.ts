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
import { flagCountingConvention } from "./cap-counting.ts"
import { addDays, addMonthsClamped, type CivilDate, daysInclusive } from "./civil-date.ts"
import { type Draft, draft, finish, limit, note, valueLimit } from "./entitlement-draft.ts"
import type { FacilityStay } from "./facts.ts"
import { formatVnd } from "./money.ts"
import { sourceOf } from "./parameter.ts"
import { provisions } from "./provisions.ts"
import { travelComponents } from "./travel-home.ts"

// The national parameters read on every call, looked up once.
const decreeMealsDays = national("d09-facility-meals-max-days")
const circularMealsMonths = national("c84-facility-meals-max-months")
const travelMealsMinimumRate = national("c84-travel-meals-minimum")

const earlier = (a: CivilDate, b: CivilDate): CivilDate => (a <= b ? a : b)

const decreeMealsLimit = valueLimit((days) => `meals paid by the state budget for at most ${days} days (Decree 09/2013/ND-CP Art. 19)`, "days")
const travelMealsMinimum = valueLimit((vnd) => `meals on travel days at least ${formatVnd(vnd)}/person/day (Circular 84/2019/TT-BTC)`, "VND/person/day")

const facilityMeals = (context: Context, entitlement: Draft, stay: FacilityStay): ReadonlyArray<Component> => {
  const admitted = stay.admittedOn
  const last = stay.leftOn ?? context.facts.asOf
  if (last < admitted) {
    entitlement.notes.push(`The stay ends (${last}) before it starts (${admitted}): no meals computed.`)
    return []
  }
  const decree = read(context, decreeMealsDays, admitted)
  if (decree === undefined || decree.value === null) {
    return [{ vnd: null, computation: "meals in the facility", sources: [], note: `Decree 09/2013/ND-CP Art. 19 is not in force on ${admitted}` }]
  }
  const monthsParameter = provincial(context, "facility-meals-max-months") ?? circularMealsMonths
  const months = read(context, monthsParameter, admitted)
  const decreeEnd = addDays(admitted, decree.value - 1)
  const monthsEnd = months?.value == null ? undefined : addDays(addMonthsClamped(admitted, months.value), -1)
  const longer = context.stayCapPolicy === "longer_limit" && monthsEnd !== undefined
  const coveredEnd = earlier(last, longer ? monthsEnd : decreeEnd)
  if (longer && months !== undefined) {
    limit(entitlement, `meals paid for at most ${months.value} months (${months.source.instrument}; policy: longer limit)`, [sourceOf(months)], months.value ?? undefined, "months")
  } else {
    decreeMealsLimit(entitlement, decree)
  }
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

const essentialNeedsSources = [provisions.l2011Art32, provisions.d09Art19, provisions.c84]
const travelOptions = { onlyIfCannotPay: true, sources: [provisions.d09Art19] } as const
const none: ReadonlyArray<Component> = []

/** The `essential_needs_and_travel` entitlement (vn-2011). */
export const essentialNeedsAndTravel = (context: Context): Entitlement => {
  const entitlement = draft("essential_needs_and_travel", essentialNeedsSources)
  entitlement.notes.push("In kind: two sets of clothes, two of underwear, a towel, sandals, toothbrush and paste, soap, and sanitary pads for women (D09 Art. 19).")
  const minimumOn = context.facts.returnedHomeOn ?? context.facts.asOf
  const minimum = read(context, travelMealsMinimumRate, minimumOn)
  travelMealsMinimum(entitlement, minimum)
  const stay = context.facts.stay === undefined ? none : facilityMeals(context, entitlement, context.facts.stay)
  const travel =
    context.facts.travelHome === undefined
      ? none
      : travelComponents(context, entitlement, provincial(context, "travel-meals"), travelOptions, noProvincialRate(context, "meals on travel days"))
  const components = travel.length === 0 ? stay : stay.length === 0 ? travel : [...stay, ...travel]
  if (components.length === 0) {
    entitlement.notes.push("No stay in a facility or journey home recorded (facts.stay, facts.travelHome): no amount to compute.")
  }
  const { amount, notes } = combine(components)
  entitlement.amount = amount
  note(entitlement, notes)
  return finish(entitlement)
}
