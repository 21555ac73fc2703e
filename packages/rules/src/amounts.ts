/**
 * Amounts built from parameters: a daily rate over a run of days (split into segments where the
 * rate changes, each day at the rate in force that day), a flat sum, and the total of several
 * components with its computation written out. Whole VND throughout.
 *
 * @module
 */
import type { Amount } from "./assessment.ts"
import { type Context, recordRead, type ScopedParameter } from "./assessment-context.ts"
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
export interface Segment {
  readonly from: CivilDate
  readonly to: CivilDate
  readonly days: number
  readonly value: ParameterValue | undefined
}

/** Splits `first`..`last` (inclusive) where the parameter's value changes. */
export const segmentsOf = (parameter: Parameter, first: CivilDate, last: CivilDate): ReadonlyArray<Segment> => {
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

const unknownNote = (label: string, scoped: ScopedParameter, value: ParameterValue | undefined): string =>
  value?.note ?? `${label}: no value of ${scoped.name} is in force on these dates`

/**
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
  const value = recordedValue(context, scoped, on)
  if (value === undefined || value.value === null) {
    return { vnd: null, computation: `${label}: unknown`, sources: value === undefined ? [] : [sourceOf(value)], note: unknownNote(label, scoped, value) }
  }
  return { vnd: value.value, computation: `${label}: ${formatVnd(value.value)}`, sources: [sourceOf(value)] }
}

const recordedValue = (context: Context, scoped: ScopedParameter, on: CivilDate): ParameterValue | undefined => {
  const value = valueOn(scoped.parameter, on)
  if (value !== undefined) recordRead(context, scoped, value, on)
  return value
}

/** A sum given as is (the fare from the ticket). */
export const givenComponent = (vnd: number, computation: string, sources: ReadonlyArray<Source>): Component => ({ vnd, computation, sources })

/**
 * The total of `components`, or `null` with notes when any of them is unknown or none exists.
 */
export const combine = (components: ReadonlyArray<Component>): { readonly amount: Amount | null; readonly notes: ReadonlyArray<string> } => {
  if (components.length === 0) return { amount: null, notes: [] }
  const unknown = components.filter((component) => component.vnd === null)
  if (unknown.length > 0) {
    return {
      amount: null,
      notes: components.map((component) => (component.note === undefined ? component.computation : `${component.computation} — ${component.note}`)),
    }
  }
  const vnd = components.reduce((sum, component) => sum + (component.vnd ?? 0), 0)
  const sources: Array<Source> = []
  for (const component of components) {
    for (const source of component.sources) {
      if (!sources.some((known) => known.instrument === source.instrument && known.article === source.article && known.status === source.status)) sources.push(source)
    }
  }
  const computation = components.map((component) => component.computation).join("; ")
  return { amount: { vnd, computation: components.length > 1 ? `${computation}; total ${formatVnd(vnd)}` : computation, sources }, notes: [] }
}
