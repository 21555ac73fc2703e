/**
 * The JSON form of a stored case record, as answered by `/v1/cases` and inside conflicts.
 *
 * @module
 */
import { Schema } from "effect"
import { CaseRecord, type CaseRecordEncoded } from "@hotro/rules"
import type { StoredCase } from "../store/store.ts"

export interface StoredCaseBody {
  readonly id: string
  readonly version: number
  readonly origin: string
  readonly createdAt: string
  readonly updatedAt: string
  readonly record: CaseRecordEncoded
}

const encodeCase = Schema.encodeSync(CaseRecord)

export const encodeStoredCase = (stored: StoredCase): StoredCaseBody => ({
  id: stored.id,
  version: stored.version,
  origin: stored.origin,
  createdAt: stored.createdAt,
  updatedAt: stored.updatedAt,
  record: encodeCase(stored.record),
})
