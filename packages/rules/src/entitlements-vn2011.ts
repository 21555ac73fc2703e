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
import { type Context, flag, national, noProvincialRate, provincial, read, step } from "./assessment-context.ts"
import type { Entitlement } from "./assessment.ts"
import type { CivilDate } from "./civil-date.ts"
import { explainPeriodEnd } from "./deadlines.ts"
import { draft, finish, limit, refuse, requireCondition } from "./entitlement-draft.ts"
import { sourceOf } from "./parameter.ts"
import { provisions } from "./provisions.ts"

const whileInFacility = (context: Context, kind: "medical" | "psychological"): Entitlement => {
  const source = kind === "medical" ? provisions.d09Art20 : provisions.l2011Art35
  const entitlement = draft(kind, [provisions.l2011Art32, source])
  if (context.facts.stay === undefined) {
    requireCondition(entitlement, `while staying in a social-protection or victim-support facility (${source.instrument} ${source.article})`, "stay")
  }
  if (kind === "psychological") {
    entitlement.notes.push("Counselling and group therapy while in the facility (L2011 Art. 35).")
    return finish(entitlement)
  }
  entitlement.notes.push(
    "Costs of treatment while in the facility; for poor, near-poor, meritorious-family and minor victims at the health-insurance level of those groups; with a valid health-insurance card the insurer pays (D09 Art. 20).",
  )
  if (context.facts.person.healthInsured === true) entitlement.notes.push("The person holds a valid health-insurance card: the insurer pays.")
  const stay = context.facts.stay
  const medicine = provincial(context, "medicine-examination")
  if (stay !== undefined && medicine !== undefined) {
    const { amount, notes } = combine([flatComponent(context, medicine, stay.admittedOn, "medicine and medical examination", "")])
    entitlement.amount = amount
    entitlement.notes.push(...notes)
  }
  return finish(entitlement)
}

/** Medical support under vn-2011 (D09 Art. 20). */
export const medicalVn2011 = (context: Context): Entitlement => whileInFacility(context, "medical")

/** Psychological support under vn-2011 (L2011 Art. 35). */
export const psychologicalVn2011 = (context: Context): Entitlement => whileInFacility(context, "psychological")

// Deadlines are pure in (certification date, months): memoised, bounded, for bulk runs.
const deadlines = new Map<string, ReturnType<typeof explainPeriodEnd>>()
const deadlineAfter = (certifiedOn: CivilDate, months: number): ReturnType<typeof explainPeriodEnd> => {
  const key = `${certifiedOn}+${months}`
  let end = deadlines.get(key)
  if (end === undefined) {
    if (deadlines.size >= 10_000) deadlines.clear()
    end = explainPeriodEnd(certifiedOn, { months })
    deadlines.set(key, end)
  }
  return end
}

/**
 * The D09 Art. 23 filing deadline for a victim certified on `certifiedOn` (Civil Code 2015
 * Art. 147–148), its parameter recorded as used; `undefined` when it cannot be computed.
 */
const applicationDeadline = (context: Context, certifiedOn: CivilDate): { readonly months: number; readonly deadline: CivilDate; readonly computation: string } | undefined => {
  const window = read(context, national("d09-application-window-months"), certifiedOn)
  if (window?.value == null) return undefined
  const end = deadlineAfter(certifiedOn, window.value)
  if (Result.isFailure(end)) {
    step(context, "D09 Art. 23 application window", () => end.failure.message, [provisions.d09Art23])
    return undefined
  }
  return { months: window.value, deadline: end.success.lastDay, computation: end.success.computation }
}

const certifiedOn = (context: Context): CivilDate | undefined =>
  context.facts.status.kind === "victim" ? context.facts.status.certifiedOn : undefined

/** General education and vocational training under vn-2011 (D09 Art. 23; L2011 Art. 37). */
export const educationVocationalVn2011 = (context: Context): Entitlement => {
  const { person, needs, continuesSchoolFrom } = context.facts
  const entitlement = draft("education_vocational", [provisions.d09Art23, provisions.l2011Art37])
  entitlement.notes.push(
    "D09 Art. 23: vocational training paid once, at local rates, for any victim who needs it; tuition exemption and learning costs for victims of poor households under the law in force.",
  )
  const needsTraining = needs?.vocationalTraining
  const poor = person.poorHousehold
  if (poor !== true) {
    flag(
      context,
      "education_vocational_conflict",
      "D09 Art. 23 gives vocational training once to any victim who needs it; L2011 Art. 37 speaks of victims of poor households: D09 is applied, the conflict is pending legal review.",
      [provisions.d09Art23, provisions.l2011Art37],
    )
  }
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
  if (window !== undefined) {
    limit(entitlement, `application with the commune within ${window.months} months of certification: by ${window.deadline} (D09 Art. 23; Civil Code 2015 Art. 147–148)`, [provisions.d09Art23, provisions.civilCodeArt147to148], window.months, "months")
  }
  entitlement.notes.push("Cost of training at local rates: no amount configured.")
  return finish(entitlement)
}

/** The initial hardship allowance and loans under vn-2011 (D09 Art. 23; L2011 Art. 38). */
export const initialHardshipVn2011 = (context: Context): Entitlement => {
  const { person, returnedHomeOn, applications } = context.facts
  const entitlement = draft("initial_hardship_and_loan", [provisions.d09Art23, provisions.l2011Art38])
  entitlement.notes.push("Loans from the Vietnam Bank for Social Policies under its programmes (L2011 Art. 38).")
  limit(entitlement, "allowance paid once (D09 Art. 23)", [provisions.d09Art23])
  const certified = certifiedOn(context)
  const window = certified === undefined ? undefined : applicationDeadline(context, certified)
  const filedOn = applications?.initialHardshipAllowanceFiledOn
  if (window !== undefined) {
    limit(
      entitlement,
      `application filed with the commune within ${window.months} months of certification on ${certified}: by ${window.deadline} (D09 Art. 23; Civil Code 2015 Art. 147–148)`,
      [provisions.d09Art23, provisions.civilCodeArt147to148],
      window.months,
      "months",
    )
  }
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
  if (amount !== null) entitlement.sources.push(...amount.sources)
  entitlement.notes.push(...notes)
  const condition = allowance?.parameter.condition
  if (allowance !== undefined && condition !== undefined && (condition.status === "unconfirmed" || condition.status === "unknown")) {
    flag(context, "provincial_condition_unconfirmed", `${allowance.name}: ${condition.text.en} [${condition.status}].`, allowance.parameter.values.map(sourceOf))
  }
  return finish(entitlement)
}
