/**
 * The legal provisions the rules cite, as {@link Source}s with their confidence
 * (`shared/domain/law.md`). Numbers never live here: they are in the parameter files.
 *
 * @module
 */
import type { Confidence, Source } from "./source.ts"

const source = (instrument: string, article: string, status: Confidence, clause?: string, point?: string): Source => ({
  instrument,
  article,
  ...(clause === undefined ? {} : { clause }),
  ...(point === undefined ? {} : { point }),
  status,
})

const L2011 = "Law 66/2011/QH12"
const L2024 = "Law 53/2024/QH15"
const D09 = "Decree 09/2013/ND-CP"
const D162 = "Decree 162/2025/ND-CP"
const D62 = "Decree 62/2012/ND-CP"

/** Citations used by the regime, group, entitlement and screening rules. */
export const provisions = {
  l2011Art24to25: source(L2011, "Art. 24–25", "confirmed"),
  l2011Art28: source(L2011, "Art. 28", "confirmed"),
  l2011Art32: source(L2011, "Art. 32", "confirmed"),
  l2011Art35: source(L2011, "Art. 35", "confirmed"),
  l2011Art36: source(L2011, "Art. 36", "confirmed"),
  l2011Art37: source(L2011, "Art. 37", "confirmed"),
  l2011Art38: source(L2011, "Art. 38", "confirmed"),
  d09Art19: source(D09, "Art. 19", "confirmed"),
  d09Art20: source(D09, "Art. 20", "confirmed"),
  d09Art23: source(D09, "Art. 23", "confirmed"),
  d62Art5: source(D62, "Art. 5", "confirmed"),
  c84: source("Circular 84/2019/TT-BTC", "article not read", "secondary"),
  l2024Art2: source(L2024, "Art. 2", "confirmed", "1"),
  l2024Art30: source(L2024, "Art. 30", "confirmed", "1", "b"),
  l2024Art33: source(L2024, "Art. 33", "unconfirmed"),
  l2024Art37Clause1: source(L2024, "Art. 37", "confirmed", "1"),
  l2024Art37Clause2: source(L2024, "Art. 37", "confirmed", "2"),
  l2024Art37Clause3: source(L2024, "Art. 37", "confirmed", "3"),
  l2024Art37Clause4: source(L2024, "Art. 37", "confirmed", "4"),
  l2024Art41: source(L2024, "Art. 41", "secondary", "1"),
  l2024Art61: source(L2024, "Art. 61", "confirmed", "1"),
  l2024Art63: source(L2024, "Art. 63", "confirmed"),
  l2024ChapterV: source(L2024, "Chapter V", "secondary"),
  d162Art17: source(D162, "Art. 17", "secondary"),
  d162Art21: source(D162, "Art. 21", "confirmed"),
  d162Art24: source(D162, "Art. 24", "secondary"),
  d162Art24to25: source(D162, "Art. 24–25", "secondary"),
  civilCodeArt147to148: source("Civil Code 2015", "Art. 147–148", "confirmed"),
  legalAidLawArt7: source("Legal Aid Law 11/2017/QH14", "Art. 7", "confirmed"),
  mergers: source("Resolution 202/2025/QH15", "Art. 1", "secondary"),
} as const satisfies Record<string, Source>
