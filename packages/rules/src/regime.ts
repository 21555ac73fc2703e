/**
 * Which regime applies (law.md, "Which regime applies"), chosen by the case's dates, never by the
 * clock: a victim certified before Law 53/2024/QH15 took effect keeps the 2011 regime (Art. 63);
 * a person being identified gets the regime in force on the assessment date (C08, C08b); an
 * accompanying minor follows the person accompanied. Dates are read from
 * `parameters/national/regimes.json`.
 *
 * @module
 */
import { Result } from "effect"
import type { CivilDate } from "./civil-date.ts"
import { ProvisionNotInForce } from "./errors.ts"
import type { Facts } from "./facts.ts"
import type { RegimeId } from "./kinds.ts"
import { regimeFile } from "./national-parameters.ts"
import type { RegimeFile, RegimePeriod } from "./regime-file.ts"
import type { Source } from "./source.ts"

/** The regime chosen, why, and the provisions that say so. */
export interface RegimeChoice {
  readonly id: RegimeId
  readonly reason: string
  readonly sources: ReadonlyArray<Source>
}

// The sources a choice cites, and the end of its reason, depend on the file and the periods
// only: built once per file.
interface PeriodSources {
  readonly alone: ReadonlyArray<Source>
  readonly withTransition: ReadonlyArray<Source>
  /** `, under vn-2011` */
  readonly under: string
  /** `, before vn-2024 took effect on 2025-07-01: people identified before then keep the vn-2011 regime`, by the later regime. */
  readonly keptBefore: ReadonlyMap<RegimePeriod, string>
}
const preparedFiles = new WeakMap<RegimeFile, ReadonlyMap<RegimePeriod, PeriodSources>>()
const sourcesByPeriod = (file: RegimeFile): ReadonlyMap<RegimePeriod, PeriodSources> => {
  let prepared = preparedFiles.get(file)
  if (prepared === undefined) {
    const transition: Source = { ...file.transition.source, status: file.transition.status }
    prepared = new Map(
      file.regimes.map((period) => {
        const source: Source = { ...period.source, status: period.status }
        const keptBefore = new Map(
          file.regimes.map((later) => [later, `, before ${later.id} took effect on ${later.from}: people identified before then keep the ${period.id} regime`]),
        )
        return [period, { alone: [source], withTransition: [transition, source], under: `, under ${period.id}`, keptBefore }]
      }),
    )
    preparedFiles.set(file, prepared)
  }
  return prepared
}
const sourcesOf = (prepared: ReadonlyMap<RegimePeriod, PeriodSources>, period: RegimePeriod): PeriodSources => prepared.get(period) as PeriodSources

const periodOn = (file: RegimeFile, date: CivilDate): RegimePeriod | undefined => {
  for (const period of file.regimes) if (date >= period.from && (period.to === null || date <= period.to)) return period
  return undefined
}

// The first regime that took effect after `certifiedOn` and by `asOf`.
const laterRegime = (file: RegimeFile, certifiedOn: CivilDate, asOf: CivilDate): RegimePeriod | undefined => {
  for (const period of file.regimes) if (period.from > certifiedOn && period.from <= asOf) return period
  return undefined
}

/** The first day of regime `id` (`parameters/national/regimes.json`); throws when the file lacks it (a broken shipped file). */
export const regimeStartsOn = (id: RegimeId, file: RegimeFile = regimeFile): CivilDate => {
  for (const period of file.regimes) if (period.id === id) return period.from
  throw new Error(`national/regimes.json: no regime ${id}`)
}

/** The regime in force on `date` (`parameters/national/regimes.json`), `undefined` before the first. */
export const regimeInForceOn = (date: CivilDate, file: RegimeFile = regimeFile): RegimePeriod | undefined => periodOn(file, date)

/**
 * The regime for `facts`.
 *
 * @returns the choice, or `ProvisionNotInForce` when the assessment date is before the first
 *   encoded regime (Law 66/2011/QH12, in force 2012-01-01).
 * @example
 * chooseRegime({ asOf: "2026-02-01", person: {}, status: { kind: "victim", certifiedOn: "2025-06-20" } })
 * // Result.succeed({ id: "vn-2011", reason: "certified as a victim on 2025-06-20, before …", … })
 */
export const chooseRegime = (facts: Facts, file: RegimeFile = regimeFile): Result.Result<RegimeChoice, ProvisionNotInForce> => {
  const inForce = periodOn(file, facts.asOf)
  const first = file.regimes[0]
  if (inForce === undefined || first === undefined) {
    return Result.fail(new ProvisionNotInForce({ provision: `support regimes (encoded from ${first?.from ?? "no date"})`, on: facts.asOf }))
  }
  const prepared = sourcesByPeriod(file)
  const identification = facts.status.kind === "accompanying_minor" ? facts.status.accompanying : facts.status
  const follows = facts.status.kind === "accompanying_minor" ? "the person accompanied was " : ""
  if (identification.kind === "victim") {
    const period = periodOn(file, identification.certifiedOn) ?? (identification.certifiedOn < first.from ? first : inForce)
    const later = laterRegime(file, identification.certifiedOn, facts.asOf)
    const written = sourcesOf(prepared, period)
    const reason = `${follows}certified as a victim on ${identification.certifiedOn}${later === undefined ? written.under : written.keptBefore.get(later)}`
    return Result.succeed({ id: period.id, reason, sources: later === undefined ? written.alone : written.withTransition })
  }
  return Result.succeed({
    id: inForce.id,
    reason: `${follows}being identified (awaiting verification), not certified before the assessment date: the regime in force on ${facts.asOf}, ${inForce.id}, applies`,
    sources: sourcesOf(prepared, inForce).alone,
  })
}
