/**
 * Progress towards a plan's targets, computed from records (cases, localities, communication
 * activities, officers, trainings), as `shared/domain/plans.md` says a reader expects:
 *
 * - A zero denominator has no value: `value: null`, status `not_applicable`, display
 *   "no data" / "không có dữ liệu" — never 0%, 100% or NaN.
 * - **Display rule**: the share is rounded half up to one decimal, except that it never rounds up
 *   into the target: a share below the target shows at most the target minus 0.1 (212/213 →
 *   "99.5%", 1999/2000 → "99.9%", never "100.0%"; 2/3 → "66.7%", 65/82 → "79.3%").
 * - `met` only when the numerator reaches the target exactly (for 100%: numerator = denominator).
 * - The label names the denominator and the period.
 * - Roll-ups sum numerators and denominators (commune → province), never average percentages.
 * - The public view shows every count under the threshold (default 5) as "<5", and withholds
 *   the share of a row with such a count, so that no victim can be recognised. The
 *   case-working view shows exact counts.
 *
 * "Supported" victim (numerator of `victims_supported`), see {@link victimSupported}.
 *
 * @module
 */
import type { CaseRecord, CommunicationActivity, Locality, SupportOfficer, Training } from "./case-record.ts"
import { isWithin, type CivilDate } from "./civil-date.ts"
import type { Needs } from "./facts.ts"
import type { SupportKind } from "./kinds.ts"
import type { IndicatorId, Plan, PlanTarget } from "./plans.ts"
import type { Bilingual, Source } from "./source.ts"

/** The records progress is computed from. */
export interface PlanRecords {
  readonly cases: ReadonlyArray<CaseRecord>
  readonly localities: ReadonlyArray<Locality>
  readonly activities: ReadonlyArray<CommunicationActivity>
  readonly officers: ReadonlyArray<SupportOfficer>
  readonly trainings: ReadonlyArray<Training>
}

/** `case_working`: exact counts; `public`: counts under the threshold suppressed. */
export type ProgressView = "case_working" | "public"

/**
 * Options of {@link planProgress}.
 * - `view` (default `case_working`), `threshold` (default 5, public view only);
 * - `victimsDenominator`: `identified` (default: persons certified as victims in the period) or
 *   `received` (persons received in the period: certified, or being identified since a day in it).
 */
export interface ProgressOptions {
  readonly view?: ProgressView
  readonly threshold?: number
  readonly victimsDenominator?: "identified" | "received"
}

/** `met`, `not_met`, or `not_applicable` (zero denominator). */
export type TargetStatus = "met" | "not_met" | "not_applicable"

/** A numerator over a denominator, as shown in a view. */
export interface Ratio {
  /** Exact count; `null` when suppressed in the public view. */
  readonly numerator: number | null
  readonly denominator: number | null
  /** The count as shown: `"212"`, or `"<5"` when suppressed. */
  readonly numeratorDisplay: string
  readonly denominatorDisplay: string
  /** numerator ÷ denominator (0–1); `null` when the denominator is 0 or a count is suppressed. */
  readonly value: number | null
  /** The share as shown: `{ en: "99.5%", vi: "99,5%" }`, "no data", or "<5". */
  readonly display: Bilingual
  readonly status: TargetStatus
  readonly suppressed: boolean
}

/** A commune's row of a target. */
export interface CommuneProgress extends Ratio {
  readonly communeId: string
}

/** A target's progress for the plan's province, with the commune rows it sums. */
export interface TargetProgress extends Ratio {
  readonly id: string
  readonly indicator: IndicatorId
  /** Names the indicator, its denominator and the period. */
  readonly label: Bilingual
  /** What is counted in the denominator, and over which period. */
  readonly denominatorLabel: Bilingual
  readonly numeratorLabel: Bilingual
  /** The target as the plan words it. */
  readonly targetText: Bilingual
  readonly targetPercent: number
  readonly source: Source
  /** Commune rows (empty for `staff_trained`, which has no commune). */
  readonly byCommune: ReadonlyArray<CommuneProgress>
  /** Counting notes: records left out, records without a commune, … */
  readonly notes: ReadonlyArray<string>
}

/** Progress of every target of a plan. */
export interface PlanProgress {
  readonly planId: string
  readonly period: { readonly from: CivilDate; readonly to: CivilDate }
  readonly province: string
  readonly view: ProgressView
  readonly threshold: number
  readonly targets: ReadonlyArray<TargetProgress>
}

/** Exact counts of a unit, before any view. */
export interface Counts {
  readonly numerator: number
  readonly denominator: number
}

/**
 * Sums numerators and denominators (the only roll-up: percentages are never averaged, so a
 * commune of 2 and a commune of 200 weigh as their counts).
 *
 * @example
 * rollUp([{ numerator: 1, denominator: 2 }, { numerator: 198, denominator: 200 }]) // { numerator: 199, denominator: 202 }
 */
export const rollUp = (parts: ReadonlyArray<Counts>): Counts =>
  parts.reduce((sum, part) => ({ numerator: sum.numerator + part.numerator, denominator: sum.denominator + part.denominator }), {
    numerator: 0,
    denominator: 0,
  })

const noData: Bilingual = { en: "no data", vi: "không có dữ liệu" }

// Counts under this are suppressed in the public view unless the caller sets a threshold.
const defaultThreshold = 5

const formatTenths = (tenths: number, decimalMark: string): string => `${Math.floor(tenths / 10)}${decimalMark}${tenths % 10}%`

/**
 * The share `numerator / denominator` in tenths of a percent, rounded half up, but never rounded
 * up into `targetPercent` (a share below the target shows at most the target minus 0.1).
 */
const displayTenths = (counts: Counts, targetPercent: number): number => {
  const rounded = Math.floor((2000 * counts.numerator + counts.denominator) / (2 * counts.denominator))
  const belowTarget = counts.numerator * 100 < targetPercent * counts.denominator
  const targetTenths = Math.round(targetPercent * 10)
  return belowTarget && rounded >= targetTenths ? targetTenths - 1 : rounded
}

/**
 * A ratio as shown in a view (see the module doc for the rules): exact counts, or counts under
 * `threshold` (default 5) suppressed in the `public` view; `value` in 0–1; `display` the share
 * in tenths of a percent, never rounded up into `targetPercent`; `status` against the target.
 * Never fails.
 *
 * @example
 * progressRatio({ numerator: 212, denominator: 213 }, { targetPercent: 100 }).display // { en: "99.5%", vi: "99,5%" }
 * progressRatio({ numerator: 1, denominator: 4 }, { targetPercent: 100, view: "public" }).display // { en: "<5", vi: "<5" }
 */
export const progressRatio = (
  counts: Counts,
  options: { readonly targetPercent: number; readonly view?: ProgressView; readonly threshold?: number },
): Ratio => {
  const threshold = options.threshold ?? defaultThreshold
  const status: TargetStatus =
    counts.denominator === 0 ? "not_applicable" : counts.numerator * 100 >= options.targetPercent * counts.denominator ? "met" : "not_met"
  if (counts.denominator === 0) {
    return { numerator: 0, denominator: 0, numeratorDisplay: "0", denominatorDisplay: "0", value: null, display: noData, status, suppressed: false }
  }
  const hide = (count: number) => options.view === "public" && count < threshold
  if (hide(counts.numerator) || hide(counts.denominator)) {
    const marker = `<${threshold}`
    return {
      numerator: hide(counts.numerator) ? null : counts.numerator,
      denominator: hide(counts.denominator) ? null : counts.denominator,
      numeratorDisplay: hide(counts.numerator) ? marker : String(counts.numerator),
      denominatorDisplay: hide(counts.denominator) ? marker : String(counts.denominator),
      value: null,
      display: { en: marker, vi: marker },
      status,
      suppressed: true,
    }
  }
  const tenths = displayTenths(counts, options.targetPercent)
  return {
    numerator: counts.numerator,
    denominator: counts.denominator,
    numeratorDisplay: String(counts.numerator),
    denominatorDisplay: String(counts.denominator),
    value: counts.numerator / counts.denominator,
    display: { en: formatTenths(tenths, "."), vi: formatTenths(tenths, ",") },
    status,
    suppressed: false,
  }
}

const needsNotAssessed = "needs not assessed"

const needKinds: Readonly<Record<keyof Needs, ReadonlyArray<SupportKind>>> = {
  essentialNeeds: ["essential_needs", "essential_needs_and_travel"],
  medicalCare: ["medical"],
  interpretation: ["interpretation"],
  legalCounselling: ["legal_support"],
  legalAid: ["legal_aid"],
  psychological: ["psychological"],
  vocationalTraining: ["vocational", "education_vocational"],
  generalEducation: ["general_education", "education_vocational"],
}

/**
 * Whether a victim counts as supported for `victims_supported` — the target of plan 1522/KH-UBND
 * (Quảng Nam, 2023) that "100% of persons identified as victims reach the support services they
 * need" — and why:
 * - needs assessed with at least one need: supported when every need has a delivered support of
 *   a matching kind, or a recorded (informed) refusal of it;
 * - needs assessed and none found (every need recorded `false`): supported when at least one
 *   support was delivered or refused — the reception support every victim is offered;
 * - needs not assessed (no `needs`, or no need recorded either way): **not** supported, whatever
 *   was delivered: without an assessment no one can say every need was met. The reason says
 *   "needs not assessed" so the case can be completed.
 * Deliveries and refusals count whatever their date (records are read as they stand). Whether
 * each entitlement decided for the victim was received is not recorded in case records and is
 * not checked.
 */
export const victimSupported = (record: CaseRecord): { readonly supported: boolean; readonly reason: string } => {
  const needs = record.needs ?? {}
  const keys = Object.keys(needKinds) as Array<keyof Needs>
  const assessed = keys.filter((key) => needs[key] !== undefined)
  const needed = keys.filter((key) => needs[key] === true)
  const reached = new Set<SupportKind>([...record.supports.map((support) => support.kind), ...record.refusals.map((refusal) => refusal.kind)])
  if (assessed.length === 0) return { supported: false, reason: needsNotAssessed }
  if (needed.length === 0) {
    return reached.size > 0
      ? { supported: true, reason: "no needs found; support delivered or refused" }
      : { supported: false, reason: "no needs found and no support delivered or refused" }
  }
  const unmet = needed.filter((need) => !needKinds[need].some((kind) => reached.has(kind)))
  return unmet.length === 0
    ? { supported: true, reason: "every assessed need has a delivered or refused support" }
    : { supported: false, reason: `needs without support: ${unmet.join(", ")}` }
}

const noCommune = "(no commune)"

const inProvince = (plan: Plan) => (record: { readonly province?: string | undefined }) =>
  record.province === undefined || record.province === plan.area.province

const identifiedIn = (record: CaseRecord, plan: Plan): boolean =>
  record.status?.kind === "victim" && isWithin(record.status.certifiedOn, plan.period.from, plan.period.to)

const receivedIn = (record: CaseRecord, plan: Plan): boolean =>
  identifiedIn(record, plan) ||
  (record.status?.kind === "being_identified" && isWithin(record.status.since, plan.period.from, plan.period.to))

const byCommuneCounts = <T>(items: ReadonlyArray<T>, communeOf: (item: T) => string, counted: (item: T) => boolean) => {
  const rows = new Map<string, { numerator: number; denominator: number }>()
  for (const item of items) {
    const commune = communeOf(item)
    const row = rows.get(commune) ?? { numerator: 0, denominator: 0 }
    row.denominator += 1
    if (counted(item)) row.numerator += 1
    rows.set(commune, row)
  }
  return rows
}

interface IndicatorCounts {
  readonly rows: ReadonlyMap<string, Counts>
  readonly total: Counts
  readonly numeratorLabel: Bilingual
  readonly denominatorLabel: Bilingual
  readonly shortLabel: Bilingual
  readonly notes: ReadonlyArray<string>
}

const periodText = (plan: Plan) => `${plan.period.from} – ${plan.period.to}`

const victimsSupportedCounts = (plan: Plan, records: PlanRecords, denominator: "identified" | "received"): IndicatorCounts => {
  const cases = records.cases.filter(inProvince(plan))
  const inDenominator = cases.filter((record) => (denominator === "identified" ? identifiedIn(record, plan) : receivedIn(record, plan)))
  // Each identified victim is judged once; the numerator and the note read the same verdict.
  const supported = new Set<CaseRecord>()
  let notAssessed = 0
  for (const record of inDenominator) {
    if (!identifiedIn(record, plan)) continue
    const verdict = victimSupported(record)
    if (verdict.supported) supported.add(record)
    else if (verdict.reason === needsNotAssessed) notAssessed += 1
  }
  const rows = byCommuneCounts(inDenominator, (record) => record.communeId ?? noCommune, (record) => supported.has(record))
  const notes = [
    ...(rows.has(noCommune) ? [`${rows.get(noCommune)?.denominator} case(s) without a commune count in the province total only`] : []),
    ...(notAssessed > 0 ? [`${notAssessed} identified victim(s) without a needs assessment count as not supported`] : []),
  ]
  const period = periodText(plan)
  return {
    rows,
    total: rollUp([...rows.values()]),
    numeratorLabel: {
      en: "identified victims whose every assessed need has a delivered (or refused) support",
      vi: "nạn nhân được xác định có mọi nhu cầu đã đánh giá được hỗ trợ (hoặc từ chối)",
    },
    denominatorLabel:
      denominator === "identified"
        ? { en: `persons identified as victims, ${period}`, vi: `người được xác định là nạn nhân, ${period}` }
        : {
            en: `persons received (identified as victims or being identified), ${period}`,
            vi: `người được tiếp nhận (đã xác định là nạn nhân hoặc đang xác định), ${period}`,
          },
    shortLabel: { en: "Victims supported", vi: "Nạn nhân được hỗ trợ" },
    notes,
  }
}

const localitiesCommunicatingCounts = (plan: Plan, records: PlanRecords): IndicatorCounts => {
  const overlaps = (locality: Locality) => locality.from <= plan.period.to && locality.to >= plan.period.from
  const highRisk = records.localities
    .filter((locality) => locality.province === plan.area.province && locality.highRisk && overlaps(locality))
    .map((locality) => locality.communeId)
  const withVictim = records.cases
    .filter(inProvince(plan))
    .filter((record) => identifiedIn(record, plan) && record.communeId !== undefined)
    .map((record) => record.communeId as string)
  const communes = [...new Set([...highRisk, ...withVictim])].sort()
  const communicating = new Set(
    records.activities.filter((activity) => isWithin(activity.heldOn, plan.period.from, plan.period.to)).map((activity) => activity.communeId),
  )
  const rows = byCommuneCounts(communes, (commune) => commune, (commune) => communicating.has(commune))
  const period = periodText(plan)
  return {
    rows,
    total: rollUp([...rows.values()]),
    numeratorLabel: {
      en: "such localities with at least one communication activity in the period",
      vi: "địa bàn có ít nhất một hoạt động truyền thông trong kỳ",
    },
    denominatorLabel: {
      en: `localities flagged high-risk, plus localities where a victim was identified, ${period}`,
      vi: `địa bàn có nguy cơ cao và địa bàn có nạn nhân được xác định, ${period}`,
    },
    shortLabel: { en: "Localities communicating", vi: "Địa bàn được truyền thông" },
    notes: [],
  }
}

const staffTrainedCounts = (plan: Plan, records: PlanRecords): IndicatorCounts => {
  const onRoster = records.officers.filter(
    (officer) =>
      officer.province === plan.area.province &&
      officer.onRosterFrom <= plan.period.to &&
      (officer.onRosterTo === undefined || officer.onRosterTo >= plan.period.from),
  )
  const trained = new Set(
    records.trainings.filter((training) => isWithin(training.completedOn, plan.period.from, plan.period.to)).map((training) => training.officerId),
  )
  const total = { numerator: onRoster.filter((officer) => trained.has(officer.id)).length, denominator: onRoster.length }
  const period = periodText(plan)
  return {
    rows: new Map(),
    total,
    numeratorLabel: { en: "officers with a training record in the period", vi: "cán bộ được tập huấn trong kỳ" },
    denominatorLabel: {
      en: `victim-support officers on the roster, ${period}`,
      vi: `cán bộ làm công tác hỗ trợ nạn nhân trong danh sách, ${period}`,
    },
    shortLabel: { en: "Staff trained", vi: "Cán bộ được tập huấn" },
    notes: [],
  }
}

const targetProgress = (plan: Plan, target: PlanTarget, records: PlanRecords, options: Required<ProgressOptions>): TargetProgress => {
  const counts =
    target.indicator === "victims_supported"
      ? victimsSupportedCounts(plan, records, options.victimsDenominator)
      : target.indicator === "localities_communicating"
        ? localitiesCommunicatingCounts(plan, records)
        : staffTrainedCounts(plan, records)
  const view = { targetPercent: target.targetPercent, view: options.view, threshold: options.threshold }
  const byCommune = [...counts.rows.entries()]
    .filter(([communeId]) => communeId !== noCommune)
    .map(([communeId, row]) => ({ communeId, ...progressRatio(row, view) }))
  return {
    id: target.id,
    indicator: target.indicator,
    label: {
      en: `${counts.shortLabel.en}: share of ${counts.denominatorLabel.en}`,
      vi: `${counts.shortLabel.vi}: tỷ lệ trên số ${counts.denominatorLabel.vi}`,
    },
    denominatorLabel: counts.denominatorLabel,
    numeratorLabel: counts.numeratorLabel,
    targetText: target.label,
    targetPercent: target.targetPercent,
    source: target.source,
    ...progressRatio(counts.total, view),
    byCommune,
    notes: counts.notes,
  }
}

/**
 * Computes every target of `plan` from `records`, for the plan's province and period (both days
 * included): for plan 1522/KH-UBND of Quảng Nam (2023), victims supported, localities
 * communicating and staff trained, each at least 100%.
 *
 * Records of another province are left out (records without a province are taken as the
 * caller's). Commune rows are summed into the province total. A target with no one to count
 * has no value (`not_applicable`), never 0% or 100%. Never fails.
 *
 * @example
 * const progress = planProgress(findPlan("qn-1522-2023")!, { cases, localities, activities, officers, trainings }, { view: "public" })
 * progress.targets[0] // e.g. { indicator: "victims_supported", numerator: 212, denominator: 213, display: { en: "99.5%", vi: "99,5%" }, status: "not_met", … }
 */
export const planProgress = (plan: Plan, records: PlanRecords, options: ProgressOptions = {}): PlanProgress => {
  const resolved: Required<ProgressOptions> = {
    view: options.view ?? "case_working",
    threshold: options.threshold ?? defaultThreshold,
    victimsDenominator: options.victimsDenominator ?? "identified",
  }
  return {
    planId: plan.id,
    period: plan.period,
    province: plan.area.province,
    view: resolved.view,
    threshold: resolved.threshold,
    targets: plan.targets.map((target) => targetProgress(plan, target, records, resolved)),
  }
}
