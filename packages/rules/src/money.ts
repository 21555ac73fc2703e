/**
 * Writing whole-VND amounts for people: `3,600,000 VND`. Amounts are integers throughout; a
 * product of a daily rate and a number of days needs no rounding.
 *
 * @module
 */

/** `3600000` → `3,600,000 VND`. */
export const formatVnd = (vnd: number): string => `${groupThousands(String(vnd))} VND`

// Commas every three digits from the right (a regular expression did this at a tenth of the speed).
const groupThousands = (digits: string): string => {
  const sign = digits.startsWith("-") ? 1 : 0
  let end = digits.length
  let grouped = ""
  while (end - sign > 3) {
    grouped = `,${digits.slice(end - 3, end)}${grouped}`
    end -= 3
  }
  return digits.slice(0, end) + grouped
}
