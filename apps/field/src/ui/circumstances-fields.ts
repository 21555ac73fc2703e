/**
 * The circumstances of a case that decide amounts and deadlines — the stay in a facility, the
 * journey home, the return home and to school, the applications filed — and the needs assessed:
 * their inputs, and their reading into the JSON form of a `CaseRecord`'s fields of the same
 * names (see `Facts` in `@hotro/rules` for what each one means in law).
 *
 * @module
 */
import type { CaseRecordEncoded } from "@hotro/rules"
import { html, type TemplateResult } from "lit"
import type { Messages } from "../i18n/messages.ts"
import { knownGroup, text, triState, wholeNumber } from "./form-reading.ts"
import { dateInput, textInput, triStateSelect } from "./inputs.ts"

const needKinds = [
  "essentialNeeds",
  "medicalCare",
  "interpretation",
  "legalCounselling",
  "legalAid",
  "psychological",
  "vocationalTraining",
  "generalEducation",
] as const

type Circumstances = Pick<
  CaseRecordEncoded,
  "needs" | "stay" | "travelHome" | "returnedHomeOn" | "continuesSchoolFrom" | "applications"
>

/** The record's fields these inputs own: an edit replaces them all (a cleared input removes the fact). */
export const circumstanceKeys = [
  "needs",
  "stay",
  "travelHome",
  "returnedHomeOn",
  "continuesSchoolFrom",
  "applications",
] as const satisfies ReadonlyArray<keyof Circumstances>

/**
 * Reads the circumstances and needs. A group with one input filled is kept whole, so that a
 * missing required part (a stay's `admittedOn`, the journey's `days`) is named by decoding.
 */
export const circumstancesFromForm = (form: FormData): Record<string, unknown> => ({
  needs: knownGroup(Object.fromEntries(needKinds.map((need) => [need, triState(form, `needs.${need}`)]))),
  stay: knownGroup({ admittedOn: text(form, "stay.admittedOn"), leftOn: text(form, "stay.leftOn") }),
  travelHome: knownGroup({
    days: wholeNumber(form, "travelHome.days"),
    canPay: triState(form, "travelHome.canPay"),
    fareVnd: wholeNumber(form, "travelHome.fareVnd"),
  }),
  returnedHomeOn: text(form, "returnedHomeOn"),
  continuesSchoolFrom: text(form, "continuesSchoolFrom"),
  applications: knownGroup({
    initialHardshipAllowanceFiledOn: text(form, "applications.initialHardshipAllowanceFiledOn"),
    legalAidRequestedOn: text(form, "applications.legalAidRequestedOn"),
  }),
})

/** The fieldsets of the circumstances and needs, pre-filled from `current` when editing. */
export const circumstancesFieldsets = (m: Messages, current: unknown): TemplateResult => {
  const c = m.circumstances
  return html`<fieldset class="stay">
      <legend>${c.staySection}</legend>
      ${dateInput(c.admittedOn, "stay.admittedOn", current)} ${dateInput(c.leftOn, "stay.leftOn", current)}
      <p class="hint">${c.stayHint}</p>
    </fieldset>
    <fieldset class="home">
      <legend>${c.homeSection}</legend>
      ${textInput(c.travelDays, "travelHome.days", current, { numeric: true, maxLength: 2 })}
      ${triStateSelect(m, c.canPay, "travelHome.canPay", current)}
      ${textInput(c.fareVnd, "travelHome.fareVnd", current, { numeric: true, maxLength: 12 })}
      ${dateInput(c.returnedHomeOn, "returnedHomeOn", current)}
      ${dateInput(c.continuesSchoolFrom, "continuesSchoolFrom", current)}
    </fieldset>
    <fieldset class="applications">
      <legend>${c.applicationsSection}</legend>
      ${dateInput(c.initialHardshipAllowanceFiledOn, "applications.initialHardshipAllowanceFiledOn", current)}
      ${dateInput(c.legalAidRequestedOn, "applications.legalAidRequestedOn", current)}
    </fieldset>
    <fieldset class="needs">
      <legend>${m.register.needsSection}</legend>
      ${needKinds.map((need) => triStateSelect(m, m.register.needs[need], `needs.${need}`, current))}
    </fieldset>`
}
