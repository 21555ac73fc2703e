/**
 * An in-memory stand-in for `/v1/cases` with the server's contract: POST with the same id and an
 * identical body answers 200 with the stored record, a different body 409 with both; PUT with a
 * stale `baseVersion` 409; GET of one case answers it or 404. It can drop the connection, lose a
 * response to test retries, or refuse a write with a problem.
 */
interface Stored {
  readonly version: number
  readonly record: unknown
}

export interface FakeApi {
  readonly fetch: typeof globalThis.fetch
  readonly records: Map<string, Stored>
  /** Requests that reached the handler, in order (`POST /v1/cases`). */
  readonly requests: Array<string>
  /** The next request fails before reaching the server. */
  refuseNext: () => void
  /** The next request is handled, then its response is lost (the client sees a network error). */
  loseNextResponse: () => void
  /** The next write is answered `status` with `problem`, and not stored. */
  refuseNextWrite: (status: number, problem: unknown) => void
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

export const createFakeApi = (): FakeApi => {
  const records = new Map<string, Stored>()
  const requests: Array<string> = []
  let refuse = false
  let lose = false
  let refusal: { readonly status: number; readonly problem: unknown } | null = null
  const stored = (id: string, entry: Stored) => ({ id, version: entry.version, record: entry.record })

  const handle = (method: string, path: string, body: unknown): Response => {
    requests.push(`${method} ${path}`)
    if (refusal !== null && method !== "GET") {
      const { status, problem } = refusal
      refusal = null
      return json(status, problem)
    }
    if (method === "POST" && path === "/v1/cases") {
      const record = body as { id: string }
      const existing = records.get(record.id)
      if (existing === undefined) {
        const entry = { version: 1, record }
        records.set(record.id, entry)
        return json(201, stored(record.id, entry))
      }
      return same(existing.record, record)
        ? json(200, stored(record.id, existing))
        : json(409, { status: 409, stored: stored(record.id, existing), submitted: record })
    }
    const id = /^\/v1\/cases\/([^/]+)$/.exec(path)?.[1]
    if (method === "GET" && id !== undefined) {
      const existing = records.get(id)
      return existing === undefined ? json(404, { status: 404, detail: "not found" }) : json(200, stored(id, existing))
    }
    if (method === "PUT" && id !== undefined) {
      const { baseVersion, record } = body as { baseVersion: number; record: unknown }
      const existing = records.get(id)
      if (existing === undefined) return json(404, { status: 404, detail: "not found" })
      if (same(existing.record, record)) return json(200, stored(id, existing))
      if (existing.version !== baseVersion) {
        return json(409, { status: 409, baseVersion, stored: stored(id, existing), submitted: record })
      }
      const entry = { version: existing.version + 1, record }
      records.set(id, entry)
      return json(200, stored(id, entry))
    }
    return json(404, { status: 404, detail: "no route" })
  }

  return {
    records,
    requests,
    refuseNext: () => {
      refuse = true
    },
    loseNextResponse: () => {
      lose = true
    },
    refuseNextWrite: (status, problem) => {
      refusal = { status, problem }
    },
    fetch: async (input, init) => {
      if (refuse) {
        refuse = false
        throw new TypeError("Failed to fetch")
      }
      const url = new URL(String(input), "http://field.test")
      const response = handle(init?.method ?? "GET", url.pathname, init?.body === undefined ? undefined : JSON.parse(String(init.body)))
      if (lose) {
        lose = false
        throw new TypeError("Failed to fetch")
      }
      return response
    },
  }
}
