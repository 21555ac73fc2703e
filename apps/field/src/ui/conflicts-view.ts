/**
 * Conflicts: the server holds another version of a case. Both versions are shown side by side
 * and nothing happens until the user chooses one.
 *
 * @module
 */
import { html, type TemplateResult } from "lit"
import type { Conflict } from "../db.ts"
import type { Messages } from "../i18n/messages.ts"

export interface ConflictsViewProps {
  readonly m: Messages
  readonly conflicts: ReadonlyArray<Conflict>
  readonly onKeepDevice: (conflict: Conflict) => void
  readonly onTakeServer: (conflict: Conflict) => void
}

const json = (value: unknown): string => JSON.stringify(value, null, 2)

/** Every leaf of a JSON value by its path (`person.poorHousehold`, `supports.0.kind`). */
const leaves = (value: unknown, path = ""): ReadonlyArray<readonly [string, unknown]> =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, path === "" ? key : `${path}.${key}`))
    : [[path, value]]

/** The fields whose values differ between the two versions, in the device version's order. */
export const differences = (
  device: unknown,
  server: unknown,
): ReadonlyArray<{ readonly path: string; readonly device: unknown; readonly server: unknown }> => {
  const onDevice = new Map(leaves(device))
  const onServer = new Map(leaves(server))
  return [...new Set([...onDevice.keys(), ...onServer.keys()])]
    .filter((path) => onDevice.get(path) !== onServer.get(path))
    .map((path) => ({ path, device: onDevice.get(path), server: onServer.get(path) }))
}

const shown = (value: unknown): string => (value === undefined ? "—" : String(value))

export const conflictsView = ({ m, conflicts, onKeepDevice, onTakeServer }: ConflictsViewProps): TemplateResult => {
  const c = m.conflictsView
  return html`<section class="conflicts">
    <h2>${c.title}</h2>
    ${conflicts.length === 0
      ? html`<p class="muted">${c.none}</p>`
      : conflicts.map(
          (conflict) => html`<article class="conflict" data-record=${conflict.recordId}>
            <h3><a href=${`#/case/${conflict.recordId}`}>${conflict.local.reference ?? conflict.recordId.slice(0, 8)}</a></h3>
            <p>${c.explain}</p>
            <table class="differences">
              <thead>
                <tr>
                  <th>${c.field}</th>
                  <th>${c.device}</th>
                  <th>${c.server}${conflict.serverVersion === null ? "" : ` (v${conflict.serverVersion})`}</th>
                </tr>
              </thead>
              <tbody>
                ${differences(conflict.local, conflict.server).map(
                  (difference) => html`<tr>
                    <td><code>${difference.path}</code></td>
                    <td>${shown(difference.device)}</td>
                    <td>${shown(difference.server)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
            <details>
              <summary>${c.wholeRecords}</summary>
              <div class="versions">
                <div><h4>${c.device}</h4><pre>${json(conflict.local)}</pre></div>
                <div><h4>${c.server}</h4><pre>${json(conflict.server)}</pre></div>
              </div>
            </details>
            <div class="actions">
              <button @click=${() => onKeepDevice(conflict)}>${c.keepDevice}</button>
              <button @click=${() => onTakeServer(conflict)} ?disabled=${conflict.server === null}>${c.takeServer}</button>
            </div>
          </article>`,
        )}
  </section>`
}
