/**
 * Writing whole-VND amounts for people: `3,600,000 VND`. Amounts are integers throughout; a
 * product of a daily rate and a number of days needs no rounding.
 *
 * @module
 */

/** `3600000` → `3,600,000 VND`. */
export const formatVnd = (vnd: number): string => `${String(vnd).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} VND`
