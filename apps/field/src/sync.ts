/**
 * Pushes the outbox to the server, oldest write first. Idempotent: a case is created with the
 * id the device chose, so a retried `POST /v1/cases` finds the record it already made; an update
 * names the server version it was based on (`baseVersion`). A `409` is kept in `conflicts` and
 * shown to the user; it is never resolved here.
 *
 * @module
 */
import type { RecordId } from "@hotro/rules"
import type { FieldDatabase, OutboxEntry } from "./db.ts"

export interface SyncOptions {
  /** Server origin and path prefix; `""` for the origin that served the app. */
  readonly baseUrl: string
  readonly fetch: typeof globalThis.fetch
  /** Device time in milliseconds, for the conflict's `detectedAt`. */
  readonly now: () => number
}

/** What one push did. `stopped` says why it ended before the outbox was empty, if it did. */
export interface SyncReport {
  readonly pushed: number
  readonly conflicts: number
  readonly stopped: "network" | "server" | null
}

// The server answers a write with the stored case: `{ id, version, record, ... }`.
const versionIn = (body: unknown): number | null => {
  const version = typeof body === "object" && body !== null ? (body as { version?: unknown }).version : undefined
  return typeof version === "number" ? version : null
}

// A 409 problem carries the server's stored case as `stored`.
const storedIn = (problem: unknown): { readonly record: unknown; readonly version: number | null } => {
  const stored = typeof problem === "object" && problem !== null ? (problem as { stored?: unknown }).stored : undefined
  if (typeof stored !== "object" || stored === null) return { record: null, version: null }
  return { record: (stored as { record?: unknown }).record ?? null, version: versionIn(stored) }
}

// A refusal as the user reads it: the problem's detail, or the status alone.
const refusal = (status: number, problem: unknown): string => {
  const detail = typeof problem === "object" && problem !== null ? (problem as { detail?: unknown }).detail : undefined
  return typeof detail === "string" ? `HTTP ${status}: ${detail}` : `HTTP ${status}`
}

const readJson = async (response: Response): Promise<unknown> => {
  try {
    return await response.json()
  } catch {
    return null
  }
}

const send = async (entry: OutboxEntry, baseVersion: number | null, options: SyncOptions): Promise<Response> =>
  entry.op === "create"
    ? options.fetch(`${options.baseUrl}/v1/cases`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(entry.body),
      })
    : options.fetch(`${options.baseUrl}/v1/cases/${entry.recordId}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion, record: entry.body }),
      })

// The write reached the server: drop it from the outbox and remember the version it made.
const acknowledge = (db: FieldDatabase, entry: OutboxEntry, version: number | null): Promise<void> =>
  db.transaction("rw", db.cases, db.outbox, async () => {
    await db.outbox.delete(entry.id)
    const waiting = await db.outbox.where("recordId").equals(entry.recordId).count()
    await db.cases.update(entry.recordId, { version, syncState: waiting > 0 ? "pending" : "synced" })
  })

const keepConflict = (
  db: FieldDatabase,
  entry: OutboxEntry,
  server: { readonly record: unknown; readonly version: number | null },
  detectedAt: number,
): Promise<void> =>
  db.transaction("rw", db.cases, db.outbox, db.conflicts, async () => {
    await db.outbox.delete(entry.id)
    await db.conflicts.add({
      recordId: entry.recordId,
      op: entry.op,
      local: entry.body,
      server: server.record,
      serverVersion: server.version,
      detectedAt,
    })
    await db.cases.update(entry.recordId, { syncState: "conflict" })
  })

const noteFailure = (db: FieldDatabase, entry: OutboxEntry, lastError: string): Promise<number> =>
  db.outbox.update(entry.id, { attempts: entry.attempts + 1, lastError })

/**
 * Pushes every outbox entry it can, in order. Stops at the first network error or server error
 * (the rest waits for the next run); writes to a case in conflict, or refused as invalid, wait
 * while later cases go on.
 */
export const pushOutbox = async (db: FieldDatabase, options: SyncOptions): Promise<SyncReport> => {
  let pushed = 0
  let conflicts = 0
  const waiting = new Set<RecordId>()
  for (const entry of await db.outbox.orderBy("id").toArray()) {
    if (waiting.has(entry.recordId)) continue
    const row = await db.cases.get(entry.recordId)
    if (row?.syncState === "conflict" || (entry.op === "update" && row?.version === null)) {
      waiting.add(entry.recordId)
      continue
    }
    let response: Response
    try {
      response = await send(entry, row?.version ?? null, options)
    } catch (error) {
      await noteFailure(db, entry, `network: ${error instanceof Error ? error.message : String(error)}`)
      return { pushed, conflicts, stopped: "network" }
    }
    const body = await readJson(response)
    if (response.ok) {
      await acknowledge(db, entry, versionIn(body))
      pushed += 1
    } else if (response.status === 409) {
      // (A retried write whose first try did reach the server is answered 200 by the server.)
      await keepConflict(db, entry, storedIn(body), options.now())
      conflicts += 1
      waiting.add(entry.recordId)
    } else if (response.status >= 500 || response.status === 408 || response.status === 429) {
      await noteFailure(db, entry, `server: HTTP ${response.status}`)
      return { pushed, conflicts, stopped: "server" }
    } else {
      // Refused as invalid: keep the write with the server's reason for the user to see.
      await noteFailure(db, entry, refusal(response.status, body))
      waiting.add(entry.recordId)
    }
  }
  return { pushed, conflicts, stopped: null }
}

/** A running sync loop: push on demand, when the browser comes online, and every `intervalMs`. */
export interface SyncLoop {
  /** Pushes now, or joins the push already running. */
  readonly syncNow: () => Promise<SyncReport>
  readonly stop: () => void
}

export const startSync = (
  db: FieldDatabase,
  options: SyncOptions & { readonly intervalMs: number; readonly onReport: (report: SyncReport) => void },
): SyncLoop => {
  let running: Promise<SyncReport> | null = null
  const syncNow = (): Promise<SyncReport> => {
    running ??= pushOutbox(db, options)
      .then((report) => {
        options.onReport(report)
        return report
      })
      .finally(() => {
        running = null
      })
    return running
  }
  const onOnline = (): void => void syncNow()
  globalThis.addEventListener("online", onOnline)
  const timer = setInterval(onOnline, options.intervalMs)
  return {
    syncNow,
    stop: () => {
      clearInterval(timer)
      globalThis.removeEventListener("online", onOnline)
    },
  }
}
