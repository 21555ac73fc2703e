/**
 * The device's date in Vietnam's calendar (Asia/Ho_Chi_Minh). Only the UI reads the clock: it
 * proposes today as the assessment and delivery date; the rules are always given a date.
 *
 * @module
 */
const vietnamDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
})

/** `YYYY-MM-DD` for `now` (default: this moment) in Asia/Ho_Chi_Minh. */
export const todayInVietnam = (now: Date = new Date()): string => vietnamDay.format(now)
