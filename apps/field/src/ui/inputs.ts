/**
 * Inputs named by a record's field path (`person.birthDate`), so that a decoding issue points at
 * its input, and pre-filled from the record being edited (`current`, its encoded JSON form).
 *
 * @module
 */
import { html, type TemplateResult } from "lit"
import type { Messages } from "../i18n/messages.ts"

/** The value at a dotted path of `current`, as an input shows it: `yes`/`no` for booleans, `""` when absent. */
export const shownValue = (current: unknown, path: string): string => {
  const value = path
    .split(".")
    .reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined), current)
  return value === true ? "yes" : value === false ? "no" : value === undefined || value === null ? "" : String(value)
}

export const dateInput = (label: string, name: string, current: unknown, className = ""): TemplateResult =>
  html`<label class=${className}>${label} <input type="date" name=${name} value=${shownValue(current, name)} /></label>`

export const textInput = (
  label: string,
  name: string,
  current: unknown,
  options: {
    readonly numeric?: boolean
    readonly maxLength?: number
    readonly placeholder?: string
    readonly className?: string
  } = {},
): TemplateResult => html`<label class=${options.className ?? ""}
  >${label}
  <input
    name=${name}
    value=${shownValue(current, name)}
    inputmode=${options.numeric === true ? "numeric" : "text"}
    maxlength=${options.maxLength ?? 64}
    placeholder=${options.placeholder ?? ""}
    autocomplete="off"
/></label>`

/**
 * A select of `choices` (value, label). With `unknown`, its first option is the empty value,
 * read as "not recorded".
 */
export const choiceSelect = (
  label: string,
  name: string,
  current: unknown,
  choices: ReadonlyArray<readonly [value: string, label: string]>,
  options: { readonly unknown?: string; readonly className?: string } = {},
): TemplateResult => {
  const chosen = shownValue(current, name)
  return html`<label class=${options.className ?? ""}>
    ${label}
    <select name=${name}>
      ${options.unknown === undefined ? "" : html`<option value="" ?selected=${chosen === ""}>${options.unknown}</option>`}
      ${choices.map(([value, text]) => html`<option value=${value} ?selected=${chosen === value}>${text}</option>`)}
    </select>
  </label>`
}

/** Unknown / yes / no: a fact nobody has checked is never shown, nor saved, as "no". */
export const triStateSelect = (m: Messages, label: string, name: string, current: unknown, className = ""): TemplateResult =>
  choiceSelect(label, name, current, [["yes", m.yes], ["no", m.no]], { unknown: m.unknown, className })
