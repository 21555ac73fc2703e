/**
 * Amounts built from parameters: a daily rate over a run of days (split into segments where the
 * rate changes, each day at the rate in force that day), a flat sum, and the total of several
 * components with its computation written out. Whole VND throughout.
 *
 * @module
 */
import type { Amount } from "./assessment.ts"
import { type Context, read, recordRead, type ScopedParameter } from "./assessment-context.ts"
import { addDays, type CivilDate, daysInclusive } from "./civil-date.ts"
import { formatVnd } from "./money.ts"
import { type Parameter, type ParameterValue, sourceOf, valueOn } from "./parameter.ts"
import type { Source } from "./source.ts"

/** Part of an amount: `vnd: null` when a rate it needs is unknown (see `note`). */
export interface Component {
  readonly vnd: number | null
  readonly computation: string
  readonly sources: ReadonlyArray<Source>
  readonly note?: string
}

/** A run of days at one value (`value: undefined` when no value is in force those days). */
interface Segment {
  readonly from: CivilDate
  readonly to: CivilDate
  readonly days: number
  readonly value: ParameterValue | undefined
}

// Splits `first`..`last` (inclusive) where the parameter's value changes.
const segmentsOf = (parameter: Parameter, first: CivilDate, last: CivilDate): ReadonlyArray<Segment> => {
  const segments: Array<Segment> = []
  const push = (from: CivilDate, to: CivilDate, value: ParameterValue | undefined) =>
    segments.push({ from, to, days: daysInclusive(from, to), value })
  let cursor = first
  for (const value of parameter.values) {
    if (cursor > last) break
    if (value.to !== null && value.to < cursor) continue
    if (value.from > last) break
    if (value.from > cursor) {
      push(cursor, addDays(value.from, -1), undefined)
      cursor = value.from
    }
    const end = value.to === null || value.to > last ? last : value.to
    push(cursor, end, value)
    cursor = addDays(end, 1)
  }
  if (cursor <= last) push(cursor, last, undefined)
  return segments
}

// Whether a value of the parameter is in force on some day of `first`..`last`.
const overlaps = (parameter: Parameter, first: CivilDate, last: CivilDate): boolean => {
  for (const value of parameter.values) if (value.from <= last && (value.to === null || value.to >= first)) return true
  return false
}

const unknownNote = (label: string, scoped: ScopedParameter, value: ParameterValue | undefined): string =>
  value?.note ?? `${label}: no value of ${scoped.name} is in force on these dates`

/**
 * A provincial amount cites its resolution's value and the national provision it implements
 * (`ScopedParameter.basis`).
 *
 * `days × rate` over `first`..`last`, each day at the rate in force that day, e.g.
 * `meals in the facility: 60 days × 60,000 VND = 3,600,000 VND`.
 */
export const dailyComponent = (
  context: Context,
  scoped: ScopedParameter | undefined,
  first: CivilDate,
  last: CivilDate,
  label: string,
  whenNotConfigured: string,
): Component => {
  if (scoped === undefined) {
    return { vnd: null, computation: `${label}: ${daysInclusive(first, last)} days × rate not configured`, sources: [], note: whenNotConfigured }
  }
  const single = valueOn(scoped.parameter, first)
  if (single !== undefined && (single.to === null || single.to >= last) && first <= last) {
    // One value in force all along (the usual case): one segment, written without the split.
    recordRead(context, scoped, single, first)
    const days = daysInclusive(first, last)
    const rate = single.value
    const part = `${days} days × ${rate === null ? "unknown rate" : formatVnd(rate)}`
    const sources = scoped.basis === undefined ? [sourceOf(single)] : [sourceOf(single), scoped.basis]
    if (rate === null) return { vnd: null, computation: `${label}: ${part}`, sources, note: unknownNote(label, scoped, single) }
    const total = days * rate
    return { vnd: total, computation: `${label}: ${part} = ${formatVnd(total)}`, sources }
  }
  if (single === undefined && first <= last && !overlaps(scoped.parameter, first, last)) {
    // No value in force on any of the days (dates before the resolution): one unknown segment.
    return {
      vnd: null,
      computation: `${label}: ${daysInclusive(first, last)} days × unknown rate`,
      sources: scoped.basis === undefined ? [] : [scoped.basis],
      note: unknownNote(label, scoped, undefined),
    }
  }
  const segments = segmentsOf(scoped.parameter, first, last)
  const sources: Array<Source> = []
  let total = 0
  let unknown: string | undefined
  const parts: Array<string> = []
  for (const segment of segments) {
    if (segment.value !== undefined) {
      recordRead(context, scoped, segment.value, segment.from)
      sources.push(sourceOf(segment.value))
    }
    const rate = segment.value?.value ?? null
    const span = segments.length > 1 ? ` (${segment.from} to ${segment.to})` : ""
    parts.push(`${segment.days} days${span} × ${rate === null ? "unknown rate" : formatVnd(rate)}`)
    if (rate === null) unknown ??= unknownNote(label, scoped, segment.value)
    else total += segment.days * rate
  }
  if (scoped.basis !== undefined) sources.push(scoped.basis)
  if (unknown !== undefined) return { vnd: null, computation: `${label}: ${parts.join(" + ")}`, sources, note: unknown }
  return { vnd: total, computation: `${label}: ${parts.join(" + ")} = ${formatVnd(total)}`, sources }
}

/** A flat sum read on `on` (`clothing and personal items: 500,000 VND`). */
export const flatComponent = (
  context: Context,
  scoped: ScopedParameter | undefined,
  on: CivilDate,
  label: string,
  whenNotConfigured: string,
): Component => {
  if (scoped === undefined) return { vnd: null, computation: `${label}: not configured`, sources: [], note: whenNotConfigured }
  const value = read(context, scoped, on)
  const sources = value === undefined ? [] : scoped.basis === undefined ? [sourceOf(value)] : [sourceOf(value), scoped.basis]
  if (value === undefined || value.value === null) return { vnd: null, computation: `${label}: unknown`, sources, note: unknownNote(label, scoped, value) }
  return { vnd: value.value, computation: `${label}: ${formatVnd(value.value)}`, sources }
}

/** A sum given as is (the fare from the ticket). */
export const givenComponent = (vnd: number, computation: string, sources: ReadonlyArray<Source>): Component => ({ vnd, computation, sources })

/**
 * The total of `components`, or `null` with notes when any of them is unknown or none exists.
 */
export const combine = (components: ReadonlyArray<Component>): { readonly amount: Amount | null; readonly notes: ReadonlyArray<string> } => {
  if (components.length === 0) return { amount: null, notes: none }
  const only = components.length === 1 ? components[0] : undefined
  if (only !== undefined && only.vnd !== null && only.sources.length <= 1) {
    // One known component citing at most one source: nothing to add up or de-duplicate.
    return { amount: { vnd: only.vnd, computation: only.computation, sources: only.sources }, notes: none }
  }
  let vnd = 0
  let known = true
  for (const component of components) {
    if (component.vnd === null) known = false
    else vnd += component.vnd
  }
  if (!known) {
    return {
      amount: null,
      notes: components.map((component) => (component.note === undefined ? component.computation : `${component.computation} — ${component.note}`)),
    }
  }
  const sources: Array<Source> = []
  let computation = ""
  for (let index = 0; index < components.length; index += 1) {
    const component = components[index] as Component
    computation = index === 0 ? component.computation : `${computation}; ${component.computation}`
    for (const source of component.sources) if (!citedAlready(sources, source)) sources.push(source)
  }
  return { amount: { vnd, computation: components.length > 1 ? `${computation}; total ${formatVnd(vnd)}` : computation, sources }, notes: none }
}

const citedAlready = (sources: ReadonlyArray<Source>, source: Source): boolean => {
  for (const known of sources) if (known.instrument === source.instrument && known.article === source.article && known.status === source.status) return true
  return false
}

const none: ReadonlyArray<string> = []
