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

const periodSource = (period: RegimePeriod): Source => ({ ...period.source, status: period.status })

const periodOn = (file: RegimeFile, date: CivilDate): RegimePeriod | undefined =>
  file.regimes.find((period) => date >= period.from && (period.to === null || date <= period.to))

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
  const transition: Source = { ...file.transition.source, status: file.transition.status }
  const identification = facts.status.kind === "accompanying_minor" ? facts.status.accompanying : facts.status
  const follows = facts.status.kind === "accompanying_minor" ? "the person accompanied was " : ""
  if (identification.kind === "victim") {
    const period = periodOn(file, identification.certifiedOn) ?? (identification.certifiedOn < first.from ? first : inForce)
    const later = file.regimes.find((candidate) => candidate.from > identification.certifiedOn && candidate.from <= facts.asOf)
    const reason =
      later === undefined
        ? `${follows}certified as a victim on ${identification.certifiedOn}, under ${period.id}`
        : `${follows}certified as a victim on ${identification.certifiedOn}, before ${later.id} took effect on ${later.from}: people identified before then keep the ${period.id} regime`
    return Result.succeed({ id: period.id, reason, sources: later === undefined ? [periodSource(period)] : [transition, periodSource(period)] })
  }
  return Result.succeed({
    id: inForce.id,
    reason: `${follows}being identified (awaiting verification), not certified before the assessment date: the regime in force on ${facts.asOf}, ${inForce.id}, applies`,
    sources: [periodSource(inForce)],
  })
}
