/**
 * The ages under which Law 53/2024/QH15 treats a person as "under 18" (người dưới 18 tuổi), read
 * from `parameters/national/minors.json` once, when the module loads: Art. 2(1), under which the
 * acts for the purposes are trafficking without any means, and Art. 37(2)–(3), under which a
 * person accompanying a victim or a person being identified is supported with them. Texts that
 * name the age are written from these values, never with the number in code.
 *
 * @module
 */
import type { CivilDate } from "./civil-date.ts"
import { nationalParameter } from "./national-parameters.ts"
import { type Parameter, valueOn } from "./parameter.ts"
import { regimeStartsOn } from "./regime.ts"

/**
 * The one value of an age `parameter`, in force from `from` with no end. Both ages are vn-2024
 * provisions, read once (they are on every screening and accompanying-minor assessment), so a
 * dated change in the file would be ignored: this throws instead, and the module fails to load.
 */
export const onlyValueFrom = (parameter: Parameter, from: CivilDate): number => {
  const value = valueOn(parameter, from)
  if (value?.value == null || parameter.values.length !== 1 || value.to !== null) {
    throw new Error(`national/minors.json: ${parameter.id} must have one open-ended value in force on ${from}: the rules read it once for all of vn-2024`)
  }
  return value.value
}

const l2024InForce = regimeStartsOn("vn-2024")

/** Age in completed years under which no means are needed (L2024 Art. 2(1)). */
export const meansNotRequiredUnderAge: number = onlyValueFrom(nationalParameter("l2024-means-not-required-under-age"), l2024InForce)

/** Age in completed years under which an accompanying person is supported (L2024 Art. 37(2)–(3)). */
export const accompanyingUnderAge: number = onlyValueFrom(nationalParameter("l2024-accompanying-under-age"), l2024InForce)
