/**
 * A person's decision on a conflict (the server holds another version of a case). Nothing here
 * runs by itself: the conflicts screen calls one of these when the user chooses.
 *
 * @module
 */
import { CaseRecord, decodeInput } from "@hotro/rules"
import { Result } from "effect"
import { encodeCaseRecord } from "./case-store.ts"
import type { FieldDatabase } from "./db.ts"

/** Keeps the device's version: it is queued again as an update based on the server's version. */
export const keepDeviceVersion = (db: FieldDatabase, conflictId: number): Promise<void> =>
  db.transaction("rw", db.cases, db.outbox, db.conflicts, async () => {
    const conflict = await db.conflicts.get(conflictId)
    if (conflict === undefined) return
    await db.conflicts.delete(conflictId)
    await db.outbox.add({ op: "update", recordId: conflict.recordId, body: conflict.local, attempts: 0, lastError: null })
    await db.cases.update(conflict.recordId, { version: conflict.serverVersion, syncState: "pending" })
  })

/**
 * Takes the server's version: it replaces the device's copy, and the device's pending writes to
 * this case are dropped. Fails, changing nothing, if the server's record does not decode.
 */
export const takeServerVersion = (db: FieldDatabase, conflictId: number): Promise<void> =>
  db.transaction("rw", db.cases, db.outbox, db.conflicts, async () => {
    const conflict = await db.conflicts.get(conflictId)
    if (conflict === undefined) return
    const server = encodeCaseRecord(Result.getOrThrow(decodeInput(CaseRecord, conflict.server)))
    await db.conflicts.delete(conflictId)
    await db.outbox.where("recordId").equals(conflict.recordId).delete()
    await db.cases.update(conflict.recordId, {
      record: server,
      version: conflict.serverVersion,
      syncState: "synced",
    })
  })
