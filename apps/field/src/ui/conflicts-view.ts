/**
 * Conflicts: the server holds another version of a case, or refused a write as it stands. Both
 * versions are shown side by side — for a refusal, first the fields the server named, with the
 * refused values and its reasons — and nothing happens until the user chooses.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from "lit"
import type { Conflict, WriteRefusal } from "../db.ts"
import type { Messages } from "../i18n/messages.ts"
import { shownValue } from "./inputs.ts"

export interface ConflictsViewProps {
  readonly m: Messages
  readonly conflicts: ReadonlyArray<Conflict>
  /** The device's copy of the conflict's case now (its later changes included). */
  readonly deviceCopy: (conflict: Conflict) => unknown
  readonly onKeepDevice: (conflict: Conflict) => void
  readonly onTakeServer: (conflict: Conflict) => void
  readonly onDiscard: (conflict: Conflict) => void
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

const refusalView = (m: Messages, conflict: Conflict, refusal: WriteRefusal): TemplateResult => {
  const c = m.conflictsView
  return html`<p>${c.refused(refusal.status)}</p>
    ${refusal.detail === null ? nothing : html`<p class="muted">${refusal.detail}</p>`}
    ${refusal.issues.length === 0
      ? nothing
      : html`<table class="differences refused-fields">
          <thead>
            <tr>
              <th>${c.field}</th>
              <th>${c.device}</th>
              <th>${c.reason}</th>
            </tr>
          </thead>
          <tbody>
            ${refusal.issues.map(
              (issue) => html`<tr>
                <td><code>${issue.path}</code></td>
                <td>${shownValue(conflict.local, issue.path) || "—"}</td>
                <td>${issue.message}</td>
              </tr>`,
            )}
          </tbody>
        </table>`}`
}

const actions = (props: ConflictsViewProps, conflict: Conflict): TemplateResult => {
  const c = props.m.conflictsView
  return conflict.refusal === null
    ? html`<div class="actions">
        <button @click=${() => props.onKeepDevice(conflict)}>${c.keepDevice}</button>
        <button @click=${() => props.onTakeServer(conflict)} ?disabled=${conflict.server === null}>${c.takeServer}</button>
      </div>`
    : html`<div class="actions">
        <a class="button" href=${`#/case/${conflict.recordId}/edit`}>${props.m.caseView.edit}</a>
        <button @click=${() => props.onDiscard(conflict)}>${conflict.server === null ? c.discardUnsent : c.discard}</button>
      </div>`
}

export const conflictsView = (props: ConflictsViewProps): TemplateResult => {
  const { m, conflicts } = props
  const c = m.conflictsView
  return html`<section class="conflicts">
    <h2>${c.title}</h2>
    ${conflicts.length === 0
      ? html`<p class="muted">${c.none}</p>`
      : conflicts.map((conflict) => {
          const device = props.deviceCopy(conflict)
          return html`<article class="conflict" data-record=${conflict.recordId}>
            <h3><a href=${`#/case/${conflict.recordId}`}>${conflict.local.reference ?? conflict.recordId.slice(0, 8)}</a></h3>
            ${conflict.refusal === null ? html`<p>${c.explain}</p>` : refusalView(m, conflict, conflict.refusal)}
            <table class="differences">
              <thead>
                <tr>
                  <th>${c.field}</th>
                  <th>${c.device}</th>
                  <th>${c.server}${conflict.serverVersion === null ? "" : ` (v${conflict.serverVersion})`}</th>
                </tr>
              </thead>
              <tbody>
                ${differences(device, conflict.server).map(
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
                <div><h4>${c.device}</h4><pre>${json(device)}</pre></div>
                <div><h4>${c.server}</h4><pre>${json(conflict.server)}</pre></div>
              </div>
            </details>
            ${actions(props, conflict)}
          </article>`
        })}
  </section>`
}
