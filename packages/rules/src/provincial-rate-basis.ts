/**
 * The national provision each provincial amount implements. A province's People's Council sets
 * the VND rate; the support itself, and who receives it, are set by the national instrument. So
 * a provincial amount cites both (C09: "Hà Giang Res. 15/2020; D09 Art. 23"). Rate ids are
 * shared by all provinces (see the provincial-rate-set module).
 *
 * @module
 */
import { provisions } from "./provisions.ts"
import type { Source } from "./source.ts"

/** The provision a provincial rate id implements; rates that are no amount of support name none. */
export const nationalBasis: Readonly<Record<string, Source>> = {
  "facility-meals": provisions.d09Art19,
  "clothing-personal-items": provisions.d09Art19,
  "travel-meals": provisions.d09Art19,
  "medicine-examination": provisions.d09Art20,
  "initial-hardship-allowance": provisions.d09Art23,
}
