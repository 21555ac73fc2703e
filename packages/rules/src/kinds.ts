/**
 * Kinds of support (loại hỗ trợ) with the identifiers used everywhere — code, API, data — as in
 * `shared/domain/glossary.md`. vn-2024: Law 53/2024/QH15 Art. 37(1) points a–k; vn-2011: Law
 * 66/2011/QH12 Art. 32(1) points a–e.
 *
 * @module
 */
import { Schema } from "effect"
import type { Bilingual } from "./source.ts"

/**
 * Regime identifiers: which body of law governs a case (see {@link chooseRegime}).
 * - `vn-2011`: Law 66/2011/QH12 (in force 2012-01-01 to 2025-06-30), Decree 09/2013/ND-CP,
 *   Circular 84/2019/TT-BTC and provincial resolutions; kept after 2025-07-01 for persons
 *   certified as victims before then (L2024 Art. 63);
 * - `vn-2024`: Law 53/2024/QH15 (in force 2025-07-01) and Decree 162/2025/ND-CP.
 * The dates are read from `parameters/national/regimes.json`.
 */
export const RegimeId = Schema.Literals(["vn-2011", "vn-2024"])
export type RegimeId = typeof RegimeId.Type

/** Kinds of support under vn-2024 (L2024 Art. 37(1)), in the order of its points. */
export const kindsVn2024 = [
  "essential_needs",
  "medical",
  "interpretation",
  "legal_support",
  "legal_aid",
  "travel",
  "psychological",
  "general_education",
  "vocational",
  "initial_hardship_and_loan",
] as const

/** Kinds of support under vn-2011 (L2011 Art. 32(1)), in the order of its points. */
export const kindsVn2011 = [
  "essential_needs_and_travel",
  "medical",
  "psychological",
  "legal_aid",
  "education_vocational",
  "initial_hardship_and_loan",
] as const

/**
 * Any kind of support under either regime: the ten of L2024 Art. 37(1) points a–k
 * ({@link kindsVn2024}), and the two vn-2011 kinds that join what L2024 splits
 * (`essential_needs_and_travel`, `education_vocational`; L2011 Art. 32(1), {@link kindsVn2011}).
 * Identifiers as in `shared/domain/glossary.md`; {@link kindLabels} gives the legal terms.
 */
export const SupportKind = Schema.Literals([
  ...kindsVn2024,
  "essential_needs_and_travel",
  "education_vocational",
])
export type SupportKind = typeof SupportKind.Type

/** The Vietnamese legal term of each kind with its English gloss. */
export const kindLabels: Readonly<Record<SupportKind, Bilingual>> = {
  essential_needs: { vi: "Hỗ trợ nhu cầu thiết yếu", en: "Essential-needs support" },
  medical: { vi: "Hỗ trợ y tế", en: "Medical support" },
  interpretation: { vi: "Hỗ trợ phiên dịch", en: "Interpretation" },
  legal_support: { vi: "Hỗ trợ pháp luật", en: "Legal support (counselling)" },
  legal_aid: { vi: "Trợ giúp pháp lý", en: "Legal aid" },
  travel: { vi: "Hỗ trợ chi phí đi lại", en: "Travel costs" },
  psychological: { vi: "Hỗ trợ tâm lý", en: "Psychological support" },
  general_education: { vi: "Hỗ trợ học văn hóa", en: "General-education support" },
  vocational: {
    vi: "Hỗ trợ học nghề, tư vấn, tạo điều kiện để có việc làm",
    en: "Vocational training, counselling, help to find work",
  },
  initial_hardship_and_loan: {
    vi: "Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn",
    en: "Initial hardship allowance and loan support",
  },
  essential_needs_and_travel: {
    vi: "Hỗ trợ nhu cầu thiết yếu và chi phí đi lại",
    en: "Essential needs and travel costs",
  },
  education_vocational: { vi: "Hỗ trợ học văn hóa, học nghề", en: "General education and vocational training" },
}
