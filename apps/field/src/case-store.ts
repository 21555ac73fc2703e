/**
 * Local writes and reads of case records. Every write changes the `cases` table and appends to
 * the `outbox` in one transaction, so a case is never saved without its pending push (nor the
 * reverse). Records are stored encoded and decoded on read.
 *
 * @module
 */
import { CaseRecord, decodeInput, type DeliveredSupport, type InvalidInput, type RecordId } from "@hotro/rules"
import { Result, Schema } from "effect"
import type { CaseRow, FieldDatabase } from "./db.ts"

/** The stored (JSON) form of a case record. */
export const encodeCaseRecord = Schema.encodeSync(CaseRecord)

/** Saves a new case and queues its creation on the server. `savedAt` is device time (ms). */
export const registerCase = (db: FieldDatabase, record: CaseRecord, savedAt: number): Promise<void> =>
  db.transaction("rw", db.cases, db.outbox, async () => {
    const body = encodeCaseRecord(record)
    await db.cases.add({ id: record.id, record: body, version: null, syncState: "pending", savedAt })
    await db.outbox.add({ op: "create", recordId: record.id, body, attempts: 0, lastError: null })
  })

/**
 * Changes a case with `change` (given the record as stored now) and queues the update; the sync
 * sends it with the server version this copy is based on (`baseVersion`). A change to a case in
 * conflict waits in the outbox until a person decides. A change to a case whose write the server
 * refused is the fix: it is sent in place of the refused write. Fails if the case is not on the
 * device or its stored record no longer decodes.
 */
export const updateCase = (
  db: FieldDatabase,
  id: RecordId,
  change: (current: CaseRecord) => CaseRecord,
  savedAt: number,
): Promise<void> =>
  db.transaction("rw", db.cases, db.outbox, db.conflicts, async () => {
    const row = await db.cases.get(id)
    if (row === undefined) throw new Error(`case ${id} is not on this device`)
    const body = encodeCaseRecord(change(Result.getOrThrow(decodeRow(row))))
    const fix = row.syncState === "refused"
    if (fix) {
      // Every write carries the whole record, and this one is made from the device's copy, which
      // holds the refused write and those waiting behind it: they are superseded, not lost.
      await db.conflicts.where("recordId").equals(id).and((conflict) => conflict.refusal !== null).delete()
      await db.outbox.where("recordId").equals(id).delete()
    }
    await db.cases.update(id, { record: body, syncState: row.syncState === "conflict" ? "conflict" : "pending", savedAt })
    // A case the server never took (a refused creation) is created by its fix.
    const op = fix && row.version === null ? "create" : "update"
    await db.outbox.add({ op, recordId: id, body, attempts: 0, lastError: null })
  })

/** Adds a delivered support to a case and queues the update. Fails if the case is not on the device. */
export const recordSupport = (db: FieldDatabase, id: RecordId, support: DeliveredSupport, savedAt: number): Promise<void> =>
  updateCase(db, id, (record) => ({ ...record, supports: [...record.supports, support] }), savedAt)

/**
 * Replaces what the case form edits with `edited`, keeping the supports and refusals as stored
 * now (the form does not show them), and queues the update.
 */
export const editCase = (db: FieldDatabase, edited: CaseRecord, savedAt: number): Promise<void> =>
  updateCase(db, edited.id, (current) => ({ ...edited, supports: current.supports, refusals: current.refusals }), savedAt)

/** Decodes a stored row; a row that no longer decodes is reported, not hidden. */
export const decodeRow = (row: CaseRow): Result.Result<CaseRecord, InvalidInput> => decodeInput(CaseRecord, row.record)
