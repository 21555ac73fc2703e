/**
 * The "register a case" screen and the reading of its form into an encoded case record. Inputs
 * are named by the record's field path (`person.birthDate`), so a decoding issue points at its
 * input. An empty input is an unknown fact and is left out, never turned into `false`.
 *
 * @module
 */
import type { InputIssue } from "@hotro/rules"
import { html, nothing, type TemplateResult } from "lit"
import type { Messages } from "../i18n/messages.ts"
import { provinces } from "../provinces.ts"
import { issueList } from "./issue-list.ts"

const personFlags = [
  "permanentResidentInVietnam",
  "poorHousehold",
  "nearPoorHousehold",
  "financialDifficulty",
  "healthInsured",
] as const

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

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name)
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined
}

const triState = (form: FormData, name: string): boolean | undefined => {
  const value = text(form, name)
  return value === "yes" ? true : value === "no" ? false : undefined
}

const number = (form: FormData, name: string): number | string | undefined => {
  const value = text(form, name)
  return value === undefined ? undefined : /^-?\d+$/.test(value) ? Number(value) : value
}

/** Drops keys whose value is unknown, so that an empty input means "not recorded". */
const known = (entries: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))

const statusFrom = (form: FormData, kind: string | undefined): unknown => {
  const stage = (stageKind: string | undefined): unknown =>
    stageKind === "victim"
      ? known({ kind: "victim", certifiedOn: text(form, "status.certifiedOn") })
      : known({ kind: stageKind, since: text(form, "status.since"), location: text(form, "status.location") })
  return kind === "accompanying_minor"
    ? { kind, accompanying: stage(text(form, "status.accompanying.kind")) }
    : stage(kind)
}

/**
 * Reads the register form into the JSON form of a `CaseRecord` (to be checked with
 * `decodeInput(CaseRecord, …)`). `id` is the new record's id; `registrationYear` the current year.
 */
export const caseFromForm = (form: FormData, id: string, registrationYear: number): unknown => {
  const needs = known(Object.fromEntries(needKinds.map((need) => [need, form.get(`needs.${need}`) === "on" ? true : undefined])))
  return known({
    id,
    origin: "field",
    reference: text(form, "reference"),
    province: text(form, "province"),
    communeId: text(form, "communeId"),
    person: known({
      birthDate: text(form, "person.birthDate"),
      birthYear: number(form, "person.birthYear"),
      sex: text(form, "person.sex"),
      citizenship: text(form, "person.citizenship")?.toUpperCase().replace("STATELESS", "stateless"),
      ...Object.fromEntries(personFlags.map((flag) => [flag, triState(form, `person.${flag}`)])),
    }),
    status: text(form, "status.kind") === undefined ? undefined : statusFrom(form, text(form, "status.kind")),
    registrationYear,
    traffickedIn: text(form, "traffickedIn"),
    needs: Object.keys(needs).length > 0 ? needs : undefined,
    supports: [],
    refusals: [],
  })
}

const triStateSelect = (m: Messages, name: string, label: string): TemplateResult => html`<label>
  ${label}
  <select name=${name}>
    <option value="">${m.unknown}</option>
    <option value="yes">${m.yes}</option>
    <option value="no">${m.no}</option>
  </select>
</label>`

/** Shows only the dates the chosen status needs (the fieldset's `data-kind` drives the CSS). */
const onStatusChange = (event: Event): void => {
  const target = event.target as HTMLSelectElement
  const fieldset = target.closest("fieldset")
  if (fieldset === null) return
  if (target.name === "status.kind") fieldset.dataset["kind"] = target.value
  if (target.name === "status.accompanying.kind") fieldset.dataset["accompanying"] = target.value
}

export const registerForm = (
  m: Messages,
  issues: ReadonlyArray<InputIssue>,
  onSubmit: (form: HTMLFormElement) => void,
): TemplateResult => {
  const r = m.register
  return html`<form
    class="register"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault()
      onSubmit(event.currentTarget as HTMLFormElement)
    }}
  >
    <h2>${r.title}</h2>
    ${issues.length > 0 ? issueList(m, issues) : nothing}
    <fieldset>
      <legend>${r.caseSection}</legend>
      <label>${r.reference} <input name="reference" maxlength="64" placeholder=${r.referenceHint} autocomplete="off" /></label>
      <label>
        ${r.province}
        <select name="province">
          <option value="">${r.noProvince}</option>
          ${provinces.map((province) => html`<option value=${province.id}>${province.name}</option>`)}
        </select>
      </label>
      <label>${r.communeId} <input name="communeId" inputmode="numeric" autocomplete="off" /></label>
    </fieldset>
    <fieldset>
      <legend>${r.personSection}</legend>
      <label>${r.birthDate} <input type="date" name="person.birthDate" /></label>
      <label>${r.birthYear} <input name="person.birthYear" inputmode="numeric" maxlength="4" /></label>
      <label>
        ${r.sex}
        <select name="person.sex">
          <option value="">${m.unknown}</option>
          <option value="female">${r.sexes.female}</option>
          <option value="male">${r.sexes.male}</option>
          <option value="other">${r.sexes.other}</option>
        </select>
      </label>
      <label>${r.citizenship} <input name="person.citizenship" placeholder=${r.citizenshipHint} autocomplete="off" /></label>
      ${personFlags.map((flag) => triStateSelect(m, `person.${flag}`, r[flag]))}
    </fieldset>
    <fieldset class="status" data-kind="victim" data-accompanying="victim" @change=${onStatusChange}>
      <legend>${r.statusSection}</legend>
      <label>
        ${r.statusKind}
        <select name="status.kind">
          ${(["victim", "being_identified", "accompanying_minor"] as const).map(
            (kind) => html`<option value=${kind}>${r.statusKinds[kind]}</option>`,
          )}
        </select>
      </label>
      <label class="for-accompanying">
        ${r.accompanying}
        <select name="status.accompanying.kind">
          <option value="victim">${r.statusKinds.victim}</option>
          <option value="being_identified">${r.statusKinds.being_identified}</option>
        </select>
      </label>
      <label class="for-victim">${r.certifiedOn} <input type="date" name="status.certifiedOn" /></label>
      <label class="for-being-identified">${r.since} <input type="date" name="status.since" /></label>
      <label class="for-being-identified">
        ${r.location}
        <select name="status.location">
          <option value="vietnam">${r.locations.vietnam}</option>
          <option value="abroad">${r.locations.abroad}</option>
        </select>
      </label>
      <label>
        ${r.traffickedIn}
        <select name="traffickedIn">
          <option value="">${m.unknown}</option>
          <option value="abroad">${r.locations.abroad}</option>
          <option value="vietnam">${r.locations.vietnam}</option>
        </select>
      </label>
    </fieldset>
    <fieldset class="needs">
      <legend>${r.needsSection}</legend>
      ${needKinds.map((need) => html`<label class="check"><input type="checkbox" name=${`needs.${need}`} /> ${r.needs[need]}</label>`)}
    </fieldset>
    <button type="submit" class="primary">${m.save}</button>
  </form>`
}
