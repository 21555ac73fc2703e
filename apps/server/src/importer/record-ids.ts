/**
 * Deterministic record ids for imports: a name-based UUID (version 5, RFC 9562 §5.5) of the
 * file's SHA-256 and the row's line, so importing the same file again names the same records
 * (the server then answers "already present") instead of doubling them, while identical rows
 * on different lines stay different records.
 *
 * @module
 */
import { createHash } from "node:crypto"
import type { RecordId } from "@hotro/rules"

/** The namespace of hotro import ids (a fixed random UUID). */
const importNamespace = Buffer.from("6f1d3c8e2b7a4c5d9e0f1a2b3c4d5e6f", "hex")

/** UUIDv5 of `name` in hotro's import namespace, lowercase. */
export const importRecordId = (name: string): RecordId => {
  const bytes = createHash("sha1").update(importNamespace).update(name, "utf8").digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString("hex")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` as RecordId
}

/** The id of the row on `line` of a file whose content hashes to `fileSha256`. */
export const rowRecordId = (fileSha256: string, line: number): RecordId => importRecordId(`${fileSha256}:${line}`)

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex")
