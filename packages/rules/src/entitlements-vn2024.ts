/**
 * The vn-2024 kinds other than essential needs and legal aid (Law 53/2024/QH15 Art. 37(1);
 * Chapter V; Decree 162/2025/ND-CP Art. 24–25). VND amounts under vn-2024 are unknown (no
 * Ministry of Finance circular found): entitlements carry kind, legal basis and limits, with the
 * amount "not yet configured".
 *
 * @module
 */
import { combine, flatComponent } from "./amounts.ts"
import { type Context, national, raise, read } from "./assessment-context.ts"
import type { Entitlement, Flag } from "./assessment.ts"
import { toParts } from "./civil-date.ts"
import { atPoint, type Draft, draft, finish, limit, note, refuse, requireCondition, valueLimit } from "./entitlement-draft.ts"
import { amountNotConfigured, vn2024Rate } from "./essential-needs-vn2024.ts"
import { sourceOf } from "./parameter.ts"
import { provisions } from "./provisions.ts"
import type { Source } from "./source.ts"
import { travelComponents } from "./travel-home.ts"

// The national parameters read on every call, looked up once.
const firstYearMonths = national("d162-health-insurance-first-year-months")
const textbookYears = national("d162-textbook-school-years")
const decisionWorkingDays = national("d162-decision-working-days")

// Only called while the module loads: the sources below are built once.
const point = (letter: string): Source => atPoint(provisions.l2024Art37Clause1, letter)

const firstYearLimit = valueLimit((months) => `health-insurance contribution for the first year (${months} months): the person is uninsured`, "months")

// Source lists cited on every call, built once.
const sources = {
  medical: [point("b"), provisions.l2024ChapterV],
  travel: [point("e"), provisions.l2024ChapterV],
  generalEducation: [point("h"), provisions.d162Art24],
  vocational: [point("i"), provisions.d162Art24to25],
  allowance: [point("k"), provisions.d162Art24to25],
  allowanceOnce: [provisions.d162Art24to25],
}
const travelOptions = { onlyIfCannotPay: false, sources: [provisions.l2024ChapterV] } as const

/** Medical support (Art. 37(1)(b)): check, first aid, first-year health insurance, care in a facility (C21). */
export const medicalVn2024 = (context: Context): Entitlement => {
  const entitlement = draft("medical", sources.medical)
  entitlement.notes.push(
    "Health check on reception, first aid, and the health-insurance contribution for the first year if uninsured; costs of examination and treatment while staying in a facility when care is needed to recover.",
  )
  const months = read(context, firstYearMonths, context.facts.asOf)
  const insured = context.facts.person.healthInsured
  if (insured === false) {
    firstYearLimit(entitlement, months)
    entitlement.notes.push("Includes the health-insurance contribution for the first year: the person has no health insurance.")
  } else if (insured === true) {
    entitlement.notes.push("The person holds valid health insurance: no first-year contribution is due.")
  } else {
    entitlement.missingFacts.push("person.healthInsured")
    entitlement.notes.push("Whether the first-year health-insurance contribution is due depends on person.healthInsured.")
  }
  entitlement.notes.push(amountNotConfigured)
  return finish(entitlement)
}

// Kinds whose decision depends on no fact are built once and shared (decisions are immutable).
const fixed = (kind: Entitlement["kind"], sources: ReadonlyArray<Source>, note: string): ((context: Context) => Entitlement) => {
  const entitlement = draft(kind, sources)
  entitlement.notes.push(note)
  const decided = finish(entitlement)
  return () => decided
}

/** Interpretation (Art. 37(1)(c); Art. 30(1)(b)). */
export const interpretation = fixed("interpretation", [point("c"), provisions.l2024Art30], "The border agency provides an interpreter when receiving victims from abroad (L2024 Art. 30(1)(b)).")

/** Legal support: free counselling (Art. 37(1)(d); Art. 41(1)). */
export const legalSupport = fixed("legal_support", [point("d"), provisions.l2024Art41], "Free legal counselling: procedures, papers, preventing re-trafficking (L2024 Art. 41(1)).")

/** Travel costs home (Art. 37(1)(e)): fare and meals on the way for those who wish to return. */
export const travelVn2024 = (context: Context): Entitlement => {
  const entitlement = draft("travel", sources.travel)
  entitlement.notes.push("Fare and meals on the way home for those who wish to return (L2024 Chapter V).")
  const on = context.facts.returnedHomeOn ?? context.facts.asOf
  const rate = vn2024Rate(context, "vn2024-travel-meals", "travel-meals", on)
  const components = travelComponents(context, entitlement, rate, travelOptions, amountNotConfigured)
  const { amount, notes } = combine(components)
  entitlement.amount = amount
  note(entitlement, notes)
  if (components.length === 0) entitlement.notes.push(amountNotConfigured)
  return finish(entitlement)
}

/** Psychological support (Art. 37(1)(g)), no longer limited to the stay in a facility. */
export const psychologicalVn2024 = fixed("psychological", [point("g"), provisions.l2024ChapterV], "Counselling; no longer limited to the stay in a facility.")

const tuitionExemptionUnconfirmed: Flag = {
  code: "tuition_exemption_duration_unconfirmed",
  message: "The duration of the tuition exemption under D162 Art. 24 is unconfirmed.",
  sources: [provisions.d162Art24],
}

/** General education (Art. 37(1)(h); D162 Art. 24): textbooks for two school years, tuition exemption (C20). */
export const generalEducationVn2024 = (context: Context): Entitlement => {
  const { continuesSchoolFrom, needs } = context.facts
  const entitlement = draft("general_education", sources.generalEducation)
  entitlement.notes.push("An under-18 in a facility: schooling if needed (D162 Art. 24).")
  if (continuesSchoolFrom === undefined) {
    if (needs?.generalEducation === false) {
      refuse(entitlement, "No need for general education recorded (needs.generalEducation) and no return to school (continuesSchoolFrom).")
      return finish(entitlement)
    }
    requireCondition(entitlement, "continues general education back home, or needs schooling while in a facility (D162 Art. 24)", "continuesSchoolFrom")
    return finish(entitlement)
  }
  const years = read(context, textbookYears, continuesSchoolFrom)
  if (years?.value != null) {
    const first = toParts(continuesSchoolFrom).year
    const schoolYears = Array.from({ length: years.value }, (_, index) => `${first + index}–${first + index + 1}`)
    limit(
      entitlement,
      `textbooks and school supplies for school years ${schoolYears.join(" and ")} (the first school year and the following one)`,
      [sourceOf(years)],
      years.value,
      "school years",
    )
  }
  entitlement.notes.push("Tuition exemption while continuing school back home; its duration is unconfirmed.")
  raise(context, tuitionExemptionUnconfirmed)
  entitlement.notes.push(amountNotConfigured)
  return finish(entitlement)
}

const decisionDays = valueLimit((days) => `application on form 07 of D162, decided by the provincial Department of Health within ${days} working days of receiving it`, "working days")
const decisionLimit = (context: Context, entitlement: Draft): void => decisionDays(entitlement, read(context, decisionWorkingDays, context.facts.asOf))

/** Vocational training, counselling, help to find work (Art. 37(1)(i); D162 Art. 24–25). */
export const vocationalVn2024 = (context: Context): Entitlement => {
  const entitlement = draft("vocational", sources.vocational)
  entitlement.notes.push("Training support (level unknown); free job counselling, referral and labour-market information (D162 Art. 24–25).")
  decisionLimit(context, entitlement)
  entitlement.notes.push(amountNotConfigured)
  return finish(entitlement)
}

const allowanceConditionUnconfirmed: Flag = {
  code: "vn2024_allowance_condition_unconfirmed",
  message: "Under D162, whether the initial hardship allowance is paid once and whether D09 Art. 23's poor-household condition survives are unconfirmed.",
  sources: [provisions.d162Art24to25, provisions.d09Art23],
}

/** Initial hardship allowance and loans (Art. 37(1)(k); D162 Art. 24–25). */
export const initialHardshipVn2024 = (context: Context): Entitlement => {
  const entitlement = draft("initial_hardship_and_loan", sources.allowance)
  entitlement.notes.push("Allowance paid once [unconfirmed for vn-2024]; loans from the Vietnam Bank for Social Policies under its programmes.")
  limit(entitlement, "allowance paid once [unconfirmed]", sources.allowanceOnce)
  decisionLimit(context, entitlement)
  raise(context, allowanceConditionUnconfirmed)
  if (context.facts.person.poorHousehold !== true) {
    requireCondition(
      entitlement,
      "member of a poor household, if D09 Art. 23's condition survives under D162 (unconfirmed)",
      context.facts.person.poorHousehold === undefined ? "person.poorHousehold" : undefined,
    )
  }
  const on = context.facts.applications?.initialHardshipAllowanceFiledOn ?? context.facts.asOf
  const rate = vn2024Rate(context, "vn2024-initial-hardship-allowance", "initial-hardship-allowance", on)
  const { amount, notes } = combine([flatComponent(context, rate, on, "initial hardship allowance, once", amountNotConfigured)])
  entitlement.amount = amount
  note(entitlement, notes)
  return finish(entitlement)
}
