/**
 * The shipped national parameter files and the regimes file, imported statically (the library
 * does no I/O) and validated when the module loads: a broken shipped file fails loudly.
 *
 * @module
 */
import { Result } from "effect"
import c84 from "../parameters/national/c84-2019.json" with { type: "json" }
import d09Art19 from "../parameters/national/d09-art19-essential-needs.json" with { type: "json" }
import d09Art23 from "../parameters/national/d09-art23-application.json" with { type: "json" }
import d162Art17 from "../parameters/national/d162-art17-essential-needs.json" with { type: "json" }
import d162Art24 from "../parameters/national/d162-art24-education-medical.json" with { type: "json" }
import legalAid from "../parameters/national/legal-aid.json" with { type: "json" }
import minors from "../parameters/national/minors.json" with { type: "json" }
import regimesJson from "../parameters/national/regimes.json" with { type: "json" }
import socialAssistance from "../parameters/national/social-assistance.json" with { type: "json" }
import verification from "../parameters/national/verification.json" with { type: "json" }
import vn2024Amounts from "../parameters/national/vn2024-amounts.json" with { type: "json" }
import type { Parameter, ParameterFile } from "./parameter.ts"
import { validateParameterFile } from "./parameter-validation.ts"
import { type RegimeFile, validateRegimeFile } from "./regime-file.ts"

/** Raw national parameter files by their path under `parameters/` (for tests and docs). */
export const nationalParameterSources: Readonly<Record<string, unknown>> = {
  "national/c84-2019.json": c84,
  "national/d09-art19-essential-needs.json": d09Art19,
  "national/d09-art23-application.json": d09Art23,
  "national/d162-art17-essential-needs.json": d162Art17,
  "national/d162-art24-education-medical.json": d162Art24,
  "national/legal-aid.json": legalAid,
  "national/minors.json": minors,
  "national/social-assistance.json": socialAssistance,
  "national/verification.json": verification,
  "national/vn2024-amounts.json": vn2024Amounts,
}

/**
 * The validated national parameter files, by path under `parameters/` (`national/c84-2019.json`).
 * Validated when the module loads: a broken shipped file throws its `InvalidParameterFile` on
 * import.
 */
export const nationalParameterFiles: ReadonlyMap<string, ParameterFile> = new Map(
  Object.entries(nationalParameterSources).map(([file, json]) => [file, Result.getOrThrow(validateParameterFile(json, file))]),
)

/**
 * Every national parameter by id, across the files of {@link nationalParameterFiles}. Built when
 * the module loads: an id defined in two shipped files throws an `Error` on import.
 *
 * @example
 * valueOn(nationalParameters.get("d162-essential-needs-max-days")!, civilDate("2025-07-01"))?.value // 120
 */
export const nationalParameters: ReadonlyMap<string, Parameter> = (() => {
  const byId = new Map<string, Parameter>()
  for (const [file, contents] of nationalParameterFiles) {
    for (const parameter of contents.parameters) {
      if (byId.has(parameter.id)) throw new Error(`${file}: parameter ${parameter.id} is defined twice`)
      byId.set(parameter.id, parameter)
    }
  }
  return byId
})()

/**
 * The regimes over time (`parameters/national/regimes.json`): vn-2011 from 2012-01-01 to
 * 2025-06-30, vn-2024 from 2025-07-01, and the transition rule of L2024 Art. 63. Validated when
 * the module loads: a broken shipped file throws its `InvalidParameterFile` on import.
 */
export const regimeFile: RegimeFile = Result.getOrThrow(validateRegimeFile(regimesJson, "national/regimes.json"))

/** The national parameter `id`; throws for an id no shipped file defines (a bug in the rules). */
export const nationalParameter = (id: string): Parameter => {
  const parameter = nationalParameters.get(id)
  if (parameter === undefined) throw new Error(`no national parameter ${id}`)
  return parameter
}
