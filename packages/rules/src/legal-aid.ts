/**
 * Legal aid (trợ giúp pháp lý) follows the Legal Aid Law in force on the date of the request,
 * whatever the regime (law.md, "Legal aid depends on the request date"): until 2025-06-30 a
 * trafficking victim got it free only in financial difficulty (Art. 7(7)(g)); from 2025-07-01
 * clause 6a added by Law 53/2024/QH15 Art. 61(1) gives it free to victims, persons being
 * identified and accompanying under-18s (C17, C17b, C18). The switch is the parameter
 * `legal-aid-financial-difficulty-required`.
 *
 * @module
 */
import { type Context, flag, national, read } from "./assessment-context.ts"
import type { Entitlement } from "./assessment.ts"
import { draft, finish, refuse, requireCondition } from "./entitlement-draft.ts"
import { sourceOf } from "./parameter.ts"
import { provisions } from "./provisions.ts"
import type { Source } from "./source.ts"

// The national parameters read on every call, looked up once.
const financialDifficultyRequired = national("legal-aid-financial-difficulty-required")

const regimeSources = { vn2011: [provisions.l2011Art36], vn2024: [provisions.d162Art21] }

const interplaySources = [provisions.l2024Art61, provisions.l2024Art63, provisions.l2011Art36]

// The citations written in the notes depend on the source only: written once per source.
const citations = new WeakMap<Source, { readonly clause: string; readonly point: string }>()
const citationOf = (source: Source) => {
  let found = citations.get(source)
  if (found === undefined) {
    const clause = `${source.instrument} ${source.article}(${source.clause ?? ""})`
    found = { clause, point: `${clause}(${source.point ?? ""})` }
    citations.set(source, found)
  }
  return found
}
const clauseOf = (source: Source): string => citationOf(source).clause
const pointOf = (source: Source): string => citationOf(source).point

/** The legal-aid entitlement, decided by the law in force on the request date. */
export const legalAid = (context: Context): Entitlement => {
  const { facts } = context
  const entitlement = draft("legal_aid", context.regime === "vn-2011" ? regimeSources.vn2011 : regimeSources.vn2024)
  const requestedOn = facts.applications?.legalAidRequestedOn
  const on = requestedOn ?? facts.asOf
  if (requestedOn === undefined) {
    entitlement.notes.push(`No request date given (applications.legalAidRequestedOn): read for the assessment date, ${on}; legal aid follows the Legal Aid Law in force on the day it is requested.`)
  }
  const rule = read(context, financialDifficultyRequired, on)
  if (rule === undefined || rule.value === null) {
    requireCondition(entitlement, `the conditions of the Legal Aid Law in force on ${on}, which is not encoded`)
    return finish(entitlement)
  }
  const source = sourceOf(rule)
  entitlement.sources.push(source)
  if (rule.value === 0) {
    entitlement.notes.push(`Free, whatever the person's finances: on ${on} ${clauseOf(source)} is in force (Legal Aid Law Art. 7 clause 6a).`)
    if (context.regime === "vn-2011") {
      flag(
        context,
        "legal_aid_transition_interplay",
        `Legal aid requested on ${on} under the 2011 regime: the Legal Aid Law as amended by Law 53/2024/QH15 Art. 61(1) gives it free, while Art. 63 keeps the 2011 support regimes for this person; the interplay is pending legal review.`,
        interplaySources,
      )
    }
    return finish(entitlement)
  }
  const difficulty = facts.person.financialDifficulty
  if (difficulty === false) {
    refuse(entitlement, `Condition not met: on ${on} free legal aid for a trafficking victim required financial difficulty (Legal Aid Law 2017 Art. 7(7)(g)); the person is not in financial difficulty.`)
  } else if (difficulty === undefined) {
    requireCondition(entitlement, `in financial difficulty (${pointOf(source)}, in force on ${on})`, "person.financialDifficulty")
  } else {
    entitlement.notes.push(`Free: the person is in financial difficulty (${pointOf(source)}, in force on ${on}).`)
  }
  return finish(entitlement)
}
