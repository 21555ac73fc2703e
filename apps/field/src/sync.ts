/**
 * Pushes the outbox to the server, oldest write first. Idempotent: a case is created with the
 * id the device chose, so a retried `POST /v1/cases` finds the record it already made; an update
 * names the server version it was based on (`baseVersion`). A `409`, or a write the server refuses
 * as it stands (another 4xx: invalid, unprocessable, not found), is moved to `conflicts` with the
 * server's record and shown to the user; it is never resolved here.
 *
 * @module
 */
import type { InputIssue, RecordId } from "@hotro/rules"
import type { FieldDatabase, OutboxEntry, WriteRefusal } from "./db.ts"

export interface SyncOptions {
  /** Server origin and path prefix; `""` for the origin that served the app. */
  readonly baseUrl: string
  readonly fetch: typeof globalThis.fetch
  /** Device time in milliseconds, for the conflict's `detectedAt`. */
  readonly now: () => number
}

/**
 * What one push did: `conflicts` counts the writes moved to the conflicts screen (409 or refused).
 * `stopped` says why it ended before the outbox was empty, if it did.
 */
export interface SyncReport {
  readonly pushed: number
  readonly conflicts: number
  readonly stopped: "network" | "server" | null
}

const fieldOf = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined

// The server answers a write with the stored case: `{ id, version, record, ... }`.
const versionIn = (body: unknown): number | null => {
  const version = fieldOf(body, "version")
  return typeof version === "number" ? version : null
}

interface ServerCase {
  readonly record: unknown
  readonly version: number | null
}

// A stored case as the server gives it, alone or as a 409 problem's `stored`.
const serverCase = (stored: unknown): ServerCase => ({ record: fieldOf(stored, "record") ?? null, version: versionIn(stored) })

const isIssue = (issue: unknown): issue is InputIssue =>
  typeof fieldOf(issue, "path") === "string" && typeof fieldOf(issue, "message") === "string"

// An update's record travels under `record`: its issues are named as the case record's fields.
const refusalIn = (status: number, problem: unknown, op: OutboxEntry["op"]): WriteRefusal => {
  const detail = fieldOf(problem, "detail")
  const issues = fieldOf(problem, "issues")
  return {
    status,
    detail: typeof detail === "string" ? detail : null,
    issues: (Array.isArray(issues) ? issues.filter(isIssue) : []).map((issue) =>
      op === "update" && issue.path.startsWith("record.") ? { ...issue, path: issue.path.slice("record.".length) } : issue,
    ),
  }
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

// The write leaves the outbox for the conflicts screen; the case's later writes wait behind it.
const keepConflict = (
  db: FieldDatabase,
  entry: OutboxEntry,
  server: ServerCase | null,
  refusal: WriteRefusal | null,
  detectedAt: number,
): Promise<void> =>
  db.transaction("rw", db.cases, db.outbox, db.conflicts, async () => {
    await db.outbox.delete(entry.id)
    await db.conflicts.add({
      recordId: entry.recordId,
      op: entry.op,
      local: entry.body,
      server: server?.record ?? null,
      serverVersion: server?.version ?? null,
      detectedAt,
      refusal,
    })
    await db.cases.update(entry.recordId, { syncState: refusal === null ? "conflict" : "refused" })
  })

const noteFailure = (db: FieldDatabase, entry: OutboxEntry, lastError: string): Promise<number> =>
  db.outbox.update(entry.id, { attempts: entry.attempts + 1, lastError })

const networkFailure = (error: unknown): string => `network: ${error instanceof Error ? error.message : String(error)}`

// A write refused as it stands would be refused again and hold back its case's later writes: it
// moves to the conflicts with the server's copy of the case (`null`: none), to compare and to fall
// back on. When that copy cannot be read the write stays queued and the push stops (the reason).
const keepRefusal = async (
  db: FieldDatabase,
  entry: OutboxEntry,
  refusal: WriteRefusal,
  options: SyncOptions,
): Promise<SyncReport["stopped"]> => {
  let answer: Response
  try {
    answer = await options.fetch(`${options.baseUrl}/v1/cases/${entry.recordId}`)
  } catch (error) {
    await noteFailure(db, entry, networkFailure(error))
    return "network"
  }
  if (!answer.ok && answer.status !== 404) {
    await noteFailure(db, entry, `server: HTTP ${answer.status}`)
    return "server"
  }
  await keepConflict(db, entry, answer.ok ? serverCase(await readJson(answer)) : null, refusal, options.now())
  return null
}

/**
 * Pushes every outbox entry it can, in order. Stops at the first network error or server error
 * (the rest waits for the next run); writes to a case in conflict or refused wait while later
 * cases go on.
 */
export const pushOutbox = async (db: FieldDatabase, options: SyncOptions): Promise<SyncReport> => {
  let pushed = 0
  let conflicts = 0
  const waiting = new Set<RecordId>()
  for (const entry of await db.outbox.orderBy("id").toArray()) {
    if (waiting.has(entry.recordId)) continue
    const row = await db.cases.get(entry.recordId)
    if (row?.syncState === "conflict" || row?.syncState === "refused" || (entry.op === "update" && row?.version === null)) {
      waiting.add(entry.recordId)
      continue
    }
    let response: Response
    try {
      response = await send(entry, row?.version ?? null, options)
    } catch (error) {
      await noteFailure(db, entry, networkFailure(error))
      return { pushed, conflicts, stopped: "network" }
    }
    const body = await readJson(response)
    if (response.ok) {
      await acknowledge(db, entry, versionIn(body))
      pushed += 1
    } else if (response.status === 409) {
      // (A retried write whose first try did reach the server is answered 200 by the server.)
      await keepConflict(db, entry, serverCase(fieldOf(body, "stored")), null, options.now())
      conflicts += 1
      waiting.add(entry.recordId)
    } else if (response.status >= 500 || response.status === 408 || response.status === 429) {
      await noteFailure(db, entry, `server: HTTP ${response.status}`)
      return { pushed, conflicts, stopped: "server" }
    } else {
      const stopped = await keepRefusal(db, entry, refusalIn(response.status, body, entry.op), options)
      if (stopped !== null) return { pushed, conflicts, stopped }
      conflicts += 1
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
