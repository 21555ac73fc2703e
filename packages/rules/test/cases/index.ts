/** Every legal case table, in the order of `shared/domain/cases.md`. */
import type { CaseRow } from "./case-row.ts"
import { allowanceCases } from "./d09-art23-allowance.table.ts"
import { essentialNeedsVn2011Cases } from "./d09-art19-essential-needs.table.ts"
import { d162Cases } from "./d162.table.ts"
import { legalAidCases } from "./legal-aid.table.ts"
import { regimeAndGroupCases } from "./regime-and-groups.table.ts"

export type { CaseRow } from "./case-row.ts"

/** The tables by name. */
export const caseTables: Readonly<Record<string, ReadonlyArray<CaseRow>>> = {
  "regime and groups": regimeAndGroupCases,
  "initial hardship allowance and filing window (D09 Art. 23)": allowanceCases,
  "essential needs and travel under vn-2011 (D09 Art. 19)": essentialNeedsVn2011Cases,
  "legal aid by request date": legalAidCases,
  "limits under vn-2024 (D162)": d162Cases,
}

/** Every row of every table. */
export const allCases: ReadonlyArray<CaseRow> = Object.values(caseTables).flat()
