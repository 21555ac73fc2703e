/**
 * Reading a form's inputs into the JSON form of a record. An empty input is an unknown fact and
 * reads as `undefined`, never as `false` or `0`; `known` then drops it.
 *
 * @module
 */

/** The trimmed text of an input, or `undefined` when it is empty. */
export const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name)
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined
}

/** A tri-state select (`""` unknown, `yes`, `no`) as `true`, `false` or `undefined`. */
export const triState = (form: FormData, name: string): boolean | undefined => {
  const value = text(form, name)
  return value === "yes" ? true : value === "no" ? false : undefined
}

/** A whole number; anything else is kept as typed, so that decoding names the field. */
export const wholeNumber = (form: FormData, name: string): number | string | undefined => {
  const value = text(form, name)
  return value === undefined ? undefined : /^-?\d+$/.test(value) ? Number(value) : value
}

/** Drops keys whose value is unknown, so that an empty input means "not recorded". */
export const known = (entries: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))

/** `known(entries)`, or `undefined` when nothing in it is known (the whole group is unrecorded). */
export const knownGroup = (entries: Record<string, unknown>): Record<string, unknown> | undefined => {
  const group = known(entries)
  return Object.keys(group).length > 0 ? group : undefined
}
