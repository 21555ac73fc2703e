/**
 * The case form — to register a case, or to edit one on the device — and its reading into the
 * JSON form of a `CaseRecord` (to be checked with `decodeInput(CaseRecord, …)`). Inputs are named
 * by the record's field path, so a decoding issue points at its input; an empty input is an
 * unknown fact and is left out, never turned into `false`.
 *
 * @module
 */
import type { CaseRecordEncoded, InputIssue } from "@hotro/rules"
import { html, nothing, type TemplateResult } from "lit"
import type { Messages } from "../i18n/messages.ts"
import { provinces } from "../provinces.ts"
import { circumstanceKeys, circumstancesFieldsets, circumstancesFromForm } from "./circumstances-fields.ts"
import { known, knownGroup, text, triState, wholeNumber } from "./form-reading.ts"
import { choiceSelect, dateInput, shownValue, textInput, triStateSelect } from "./inputs.ts"
import { issueList } from "./issue-list.ts"

const personFlags = [
  "permanentResidentInVietnam",
  "poorHousehold",
  "nearPoorHousehold",
  "financialDifficulty",
  "healthInsured",
] as const

/** The record's fields this form owns; the others (`supports`, `origin`, …) are kept as they are. */
const formKeys = [
  "reference",
  "province",
  "communeId",
  "person",
  "status",
  "traffickedIn",
  "accompaniedPerson",
  ...circumstanceKeys,
] as const satisfies ReadonlyArray<keyof CaseRecordEncoded>

/** What the form does not show, for a new case: its id, origin, registration year and no support yet. */
export const newCaseBase = (id: string, registrationYear: number): Record<string, unknown> => ({
  id,
  origin: "field",
  registrationYear,
  supports: [],
  refusals: [],
})

/** What the form does not show, for an edit: the record without the fields the form owns. */
export const editBase = (record: CaseRecordEncoded): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !(formKeys as ReadonlyArray<string>).includes(key)))

const citizenship = (form: FormData, name: string): string | undefined =>
  text(form, name)?.toUpperCase().replace("STATELESS", "stateless")

const statusFrom = (form: FormData, kind: string | undefined): unknown => {
  const stage = (stageKind: string | undefined): unknown =>
    stageKind === "victim"
      ? known({ kind: "victim", certifiedOn: text(form, "status.certifiedOn") })
      : known({ kind: stageKind, since: text(form, "status.since"), location: text(form, "status.location") })
  return kind === "accompanying_minor"
    ? { kind, accompanying: stage(text(form, "status.accompanying.kind")) }
    : stage(kind)
}

/** Reads the form into the JSON form of a `CaseRecord`, over `base` (`newCaseBase` or `editBase`). */
export const caseFromForm = (form: FormData, base: Record<string, unknown>): unknown => {
  const kind = text(form, "status.kind")
  return known({
    ...base,
    reference: text(form, "reference"),
    province: text(form, "province"),
    communeId: text(form, "communeId"),
    person: known({
      birthDate: text(form, "person.birthDate"),
      birthYear: wholeNumber(form, "person.birthYear"),
      sex: text(form, "person.sex"),
      citizenship: citizenship(form, "person.citizenship"),
      ...Object.fromEntries(personFlags.map((flag) => [flag, triState(form, `person.${flag}`)])),
    }),
    status: kind === undefined ? undefined : statusFrom(form, kind),
    traffickedIn: text(form, "traffickedIn"),
    // Only an accompanying minor has an accompanied person; hidden inputs of another status are not read.
    accompaniedPerson:
      kind === "accompanying_minor"
        ? knownGroup({
            citizenship: citizenship(form, "accompaniedPerson.citizenship"),
            permanentResidentInVietnam: triState(form, "accompaniedPerson.permanentResidentInVietnam"),
          })
        : undefined,
    ...circumstancesFromForm(form),
  })
}

/** Shows only the inputs the chosen status needs (the fieldset's `data-kind` drives the CSS). */
const onStatusChange = (event: Event): void => {
  const target = event.target as HTMLSelectElement
  const fieldset = target.closest("fieldset")
  if (fieldset === null) return
  if (target.name === "status.kind") fieldset.dataset["kind"] = target.value
  if (target.name === "status.accompanying.kind") fieldset.dataset["accompanying"] = target.value
}

export interface CaseFormProps {
  readonly m: Messages
  readonly title: string
  /** The record being edited (encoded), or `undefined` for a new case. */
  readonly current: CaseRecordEncoded | undefined
  readonly issues: ReadonlyArray<InputIssue>
  readonly onSubmit: (form: HTMLFormElement) => void
  /** Where "Cancel" leads, when the form has one. */
  readonly cancelHref?: string
}

export const caseForm = ({ m, title, current, issues, onSubmit, cancelHref }: CaseFormProps): TemplateResult => {
  const r = m.register
  const statusKinds = ["victim", "being_identified"] as const
  const kind = shownValue(current, "status.kind") || "victim"
  const accompanying = shownValue(current, "status.accompanying.kind") || "victim"
  // An accompanying minor's stage dates live under `status.accompanying`; the inputs keep one name.
  const stage = current?.status?.kind === "accompanying_minor" ? { status: current.status.accompanying } : current
  return html`<form
    class="case-form"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault()
      onSubmit(event.currentTarget as HTMLFormElement)
    }}
  >
    <h2>${title}</h2>
    ${issues.length > 0 ? issueList(m, issues) : nothing}
    <fieldset>
      <legend>${r.caseSection}</legend>
      ${textInput(r.reference, "reference", current, { placeholder: r.referenceHint })}
      ${choiceSelect(r.province, "province", current, provinces.map((province) => [province.id, province.name] as const), {
        unknown: r.noProvince,
      })}
      ${textInput(r.communeId, "communeId", current, { numeric: true })}
    </fieldset>
    <fieldset>
      <legend>${r.personSection}</legend>
      ${dateInput(r.birthDate, "person.birthDate", current)}
      ${textInput(r.birthYear, "person.birthYear", current, { numeric: true, maxLength: 4 })}
      ${choiceSelect(r.sex, "person.sex", current, (["female", "male", "other"] as const).map((sex) => [sex, r.sexes[sex]] as const), {
        unknown: m.unknown,
      })}
      ${textInput(r.citizenship, "person.citizenship", current, { placeholder: r.citizenshipHint })}
      ${personFlags.map((flag) => triStateSelect(m, r[flag], `person.${flag}`, current))}
    </fieldset>
    <fieldset class="status" data-kind=${kind} data-accompanying=${accompanying} @change=${onStatusChange}>
      <legend>${r.statusSection}</legend>
      ${choiceSelect(r.statusKind, "status.kind", current, (["victim", "being_identified", "accompanying_minor"] as const).map(
        (option) => [option, r.statusKinds[option]] as const,
      ))}
      ${choiceSelect(r.accompanying, "status.accompanying.kind", current, statusKinds.map((option) => [option, r.statusKinds[option]] as const), {
        className: "for-accompanying",
      })}
      ${dateInput(r.certifiedOn, "status.certifiedOn", stage, "for-victim")}
      ${dateInput(r.since, "status.since", stage, "for-being-identified")}
      ${choiceSelect(r.location, "status.location", stage, (["vietnam", "abroad"] as const).map((place) => [place, r.locations[place]] as const), {
        className: "for-being-identified",
      })}
      ${choiceSelect(r.traffickedIn, "traffickedIn", current, (["abroad", "vietnam"] as const).map((place) => [place, r.locations[place]] as const), {
        unknown: m.unknown,
      })}
      ${textInput(r.accompaniedCitizenship, "accompaniedPerson.citizenship", current, {
        placeholder: r.citizenshipHint,
        className: "for-accompanying",
      })}
      ${triStateSelect(m, r.accompaniedPermanentResident, "accompaniedPerson.permanentResidentInVietnam", current, "for-accompanying")}
    </fieldset>
    ${circumstancesFieldsets(m, current)}
    <button type="submit" class="primary">${m.save}</button>
    ${cancelHref === undefined ? nothing : html`<a class="cancel" href=${cancelHref}>${m.cancel}</a>`}
  </form>`
}
