/**
 * The vn-2011 kinds other than essential needs and legal aid: medical support (Decree
 * 09/2013/ND-CP Art. 20), psychological support (Law 66/2011/QH12 Art. 35), general education and
 * vocational training (D09 Art. 23, in conflict with L2011 Art. 37: C11b), and the initial
 * hardship allowance with loans (D09 Art. 23; L2011 Art. 38; provincial amounts: C09–C12b).
 *
 * @module
 */
import { Result } from "effect"
import { combine, flatComponent } from "./amounts.ts"
import { type Context, national, noProvincialRate, provincial, raise, read, step } from "./assessment-context.ts"
import type { Entitlement, Flag, Limit } from "./assessment.ts"
import type { CivilDate } from "./civil-date.ts"
import { cite, type Draft, draft, finish, note, refuse, requireCondition } from "./entitlement-draft.ts"
import type { PeriodEnd } from "./deadlines.ts"
import { applicationWindowEnd, applicationWindowParameter } from "./procedural-deadlines.ts"
import { provisions } from "./provisions.ts"

const windowMonths = national(applicationWindowParameter)

// What a kind given while in a facility says before any amount: it depends only on whether a
// stay is recorded (and, for medical care, whether the person is insured).
const whileInFacility = (kind: "medical" | "psychological", stayRecorded: boolean, insured: boolean): Draft => {
  const source = kind === "medical" ? provisions.d09Art20 : provisions.l2011Art35
  const entitlement = draft(kind, [provisions.l2011Art32, source])
  if (!stayRecorded) {
    requireCondition(entitlement, `while staying in a social-protection or victim-support facility (${source.instrument} ${source.article})`, "stay")
  }
  if (kind === "psychological") {
    entitlement.notes.push("Counselling and group therapy while in the facility (L2011 Art. 35).")
    return entitlement
  }
  entitlement.notes.push(
    "Costs of treatment while in the facility; for poor, near-poor, meritorious-family and minor victims at the health-insurance level of those groups; with a valid health-insurance card the insurer pays (D09 Art. 20).",
  )
  if (insured) entitlement.notes.push("The person holds a valid health-insurance card: the insurer pays.")
  return entitlement
}

// Decisions are immutable: the variants that involve no amount are built once and shared.
const psychological = { inStay: finish(whileInFacility("psychological", true, false)), noStay: finish(whileInFacility("psychological", false, false)) }
const medical = {
  inStay: { insured: finish(whileInFacility("medical", true, true)), uninsured: finish(whileInFacility("medical", true, false)) },
  noStay: { insured: finish(whileInFacility("medical", false, true)), uninsured: finish(whileInFacility("medical", false, false)) },
}

/** Medical support under vn-2011 (D09 Art. 20); with a stay, the province's medicine rate once. */
export const medicalVn2011 = (context: Context): Entitlement => {
  const stay = context.facts.stay
  const insured = context.facts.person.healthInsured === true
  const medicine = stay === undefined ? undefined : provincial(context, "medicine-examination")
  if (stay === undefined || medicine === undefined) {
    const variants = stay === undefined ? medical.noStay : medical.inStay
    return insured ? variants.insured : variants.uninsured
  }
  const entitlement = whileInFacility("medical", true, insured)
  const { amount, notes } = combine([flatComponent(context, medicine, stay.admittedOn, "medicine and medical examination", "")])
  entitlement.amount = amount
  note(entitlement, notes)
  return finish(entitlement)
}

/** Psychological support under vn-2011 (L2011 Art. 35). */
export const psychologicalVn2011 = (context: Context): Entitlement =>
  context.facts.stay === undefined ? psychological.noStay : psychological.inStay

/**
 * The D09 Art. 23 filing deadline for a victim certified on `certifiedOn` (Civil Code 2015
 * Art. 147–148), its parameter recorded as used; `undefined` when it cannot be computed.
 */
const applicationDeadline = (context: Context, certifiedOn: CivilDate): ApplicationDeadline | undefined => {
  const window = read(context, windowMonths, certifiedOn)
  if (window?.value == null) return undefined
  const end = applicationWindowEnd(certifiedOn, window.value)
  if (Result.isFailure(end)) {
    if (context.tracing) step(context, "D09 Art. 23 application window", () => end.failure.message, [provisions.d09Art23])
    return undefined
  }
  return deadlineOf(end.success, window.value)
}

/** The filing deadline with the limits it sets on education and on the allowance. */
interface ApplicationDeadline {
  readonly months: number
  readonly deadline: CivilDate
  readonly computation: string
  readonly educationLimit: Limit
  readonly allowanceLimit: Limit
}

// Period ends are cached per certification date and number of months (see the
// procedural-deadlines module): the deadline and its limits are written once per period end.
const deadlines = new WeakMap<PeriodEnd, ApplicationDeadline>()
const deadlineOf = (end: PeriodEnd, months: number): ApplicationDeadline => {
  let found = deadlines.get(end)
  if (found === undefined) {
    const deadline = end.lastDay
    found = {
      months,
      deadline,
      computation: end.computation,
      educationLimit: {
        description: `application with the commune within ${months} months of certification: by ${deadline} (D09 Art. 23; Civil Code 2015 Art. 147–148)`,
        sources: windowSources,
        value: months,
        unit: "months",
      },
      allowanceLimit: {
        description: `application filed with the commune within ${months} months of certification on ${end.eventOn}: by ${deadline} (D09 Art. 23; Civil Code 2015 Art. 147–148)`,
        sources: windowSources,
        value: months,
        unit: "months",
      },
    }
    deadlines.set(end, found)
  }
  return found
}

const certifiedOn = (context: Context): CivilDate | undefined =>
  context.facts.status.kind === "victim" ? context.facts.status.certifiedOn : undefined

const educationVocationalConflict: Flag = {
  code: "education_vocational_conflict",
  message:
    "D09 Art. 23 gives vocational training once to any victim who needs it; L2011 Art. 37 speaks of victims of poor households: D09 is applied, the conflict is pending legal review.",
  sources: [provisions.d09Art23, provisions.l2011Art37],
}

const educationSources = [provisions.d09Art23, provisions.l2011Art37]
const allowanceSources = [provisions.d09Art23, provisions.l2011Art38]
const windowSources = [provisions.d09Art23, provisions.civilCodeArt147to148]
const allowanceOnce: Limit = { description: "allowance paid once (D09 Art. 23)", sources: [provisions.d09Art23] }

/** General education and vocational training under vn-2011 (D09 Art. 23; L2011 Art. 37). */
export const educationVocationalVn2011 = (context: Context): Entitlement => {
  const { person, needs, continuesSchoolFrom } = context.facts
  const entitlement = draft("education_vocational", educationSources)
  entitlement.notes.push(
    "D09 Art. 23: vocational training paid once, at local rates, for any victim who needs it; tuition exemption and learning costs for victims of poor households under the law in force.",
  )
  const needsTraining = needs?.vocationalTraining
  const poor = person.poorHousehold
  if (poor !== true) raise(context, educationVocationalConflict)
  if (needsTraining === false && (poor === false || continuesSchoolFrom === undefined)) {
    refuse(entitlement, "No need for vocational training recorded, and no general education for a member of a poor household (D09 Art. 23).")
    return finish(entitlement)
  }
  if (needsTraining === undefined && continuesSchoolFrom === undefined) {
    requireCondition(entitlement, "needs vocational training, or continues general education (D09 Art. 23)", "needs.vocationalTraining")
  }
  if (poor === undefined) requireCondition(entitlement, "member of a poor household, for tuition exemption and learning costs; under L2011 Art. 37 also for vocational training", "person.poorHousehold")
  if (poor === false) requireCondition(entitlement, "not a member of a poor household: L2011 Art. 37 limits this support to poor households, D09 Art. 23 does not (pending legal review)")
  const certified = certifiedOn(context)
  const window = certified === undefined ? undefined : applicationDeadline(context, certified)
  if (window !== undefined) entitlement.limits.push(window.educationLimit)
  entitlement.notes.push("Cost of training at local rates: no amount configured.")
  return finish(entitlement)
}

/** The initial hardship allowance and loans under vn-2011 (D09 Art. 23; L2011 Art. 38). */
export const initialHardshipVn2011 = (context: Context): Entitlement => {
  const { person, returnedHomeOn, applications } = context.facts
  const entitlement = draft("initial_hardship_and_loan", allowanceSources)
  entitlement.notes.push("Loans from the Vietnam Bank for Social Policies under its programmes (L2011 Art. 38).")
  entitlement.limits.push(allowanceOnce)
  const certified = certifiedOn(context)
  const window = certified === undefined ? undefined : applicationDeadline(context, certified)
  const filedOn = applications?.initialHardshipAllowanceFiledOn
  if (window !== undefined) entitlement.limits.push(window.allowanceLimit)
  if (person.poorHousehold === false) {
    refuse(entitlement, "Condition not met: the allowance is for victims of a poor household (D09 Art. 23); the person is not a member of a poor household.")
    return finish(entitlement)
  }
  if (window !== undefined && filedOn !== undefined && filedOn > window.deadline) {
    refuse(entitlement, `Filed late: the application was filed on ${filedOn}, after the deadline of ${window.deadline} (${window.months} months from certification on ${certified}; D09 Art. 23; Civil Code 2015 Art. 147–148: ${window.computation}).`)
    return finish(entitlement)
  }
  if (window !== undefined) entitlement.notes.push(`Deadline: ${window.computation}.`)
  if (window !== undefined && filedOn !== undefined) entitlement.notes.push(`Filed in time: on ${filedOn}, deadline ${window.deadline}.`)
  if (person.poorHousehold === undefined) requireCondition(entitlement, "member of a poor household (D09 Art. 23)", "person.poorHousehold")
  if (returnedHomeOn === undefined) requireCondition(entitlement, "returns to the place of residence (D09 Art. 23)", "returnedHomeOn")
  if (filedOn === undefined && window !== undefined) {
    requireCondition(entitlement, `application filed with the commune by ${window.deadline} (D09 Art. 23)`, "applications.initialHardshipAllowanceFiledOn")
  }
  const allowance = provincial(context, "initial-hardship-allowance")
  const on = filedOn ?? context.facts.asOf
  const { amount, notes } = combine([
    flatComponent(context, allowance, on, "initial hardship allowance, once", noProvincialRate(context, "the initial hardship allowance")),
  ])
  entitlement.amount = amount
  if (amount !== null) cite(entitlement, amount.sources)
  note(entitlement, notes)
  if (allowance?.uncertainCondition !== undefined) raise(context, allowance.uncertainCondition)
  return finish(entitlement)
}
