/**
 * Entry point: opens the database, starts the sync loop and the app, registers the service
 * worker. The server's base URL is the origin that served the app unless overridden for
 * development (`?server=http://localhost:8787`, remembered, or `VITE_HOTRO_SERVER_URL`).
 *
 * @module
 */
import { registerSW } from "virtual:pwa-register"
import { FieldApp } from "./app.ts"
import { FieldDatabase } from "./db.ts"
import { startSync } from "./sync.ts"
import "./styles.css"

const serverUrl = (): string => {
  const fromQuery = new URLSearchParams(location.search).get("server")
  if (fromQuery !== null) localStorage.setItem("hotro.serverUrl", fromQuery)
  const configured = fromQuery ?? localStorage.getItem("hotro.serverUrl") ?? import.meta.env["VITE_HOTRO_SERVER_URL"] ?? ""
  return String(configured).replace(/\/+$/, "")
}

const root = document.querySelector<HTMLElement>("#app")
if (root === null) throw new Error("index.html has no #app element")

const db = new FieldDatabase()
const app = new FieldApp({ root, db, storage: localStorage, syncNow: () => loop.syncNow() })
const loop = startSync(db, {
  baseUrl: serverUrl(),
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  intervalMs: 30_000,
  onReport: app.onSyncReport,
})
app.start()
void loop.syncNow()
registerSW({ immediate: true })
