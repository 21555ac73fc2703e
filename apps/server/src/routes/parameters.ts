/**
 * `GET /v1/parameters?asOf=YYYY-MM-DD&province=ha-giang`: every national (and the province's)
 * parameter with the value in force that day, its source and status. `GET /v1/provinces`: the
 * provinces with a configured rate set.
 *
 * @module
 */
import { Schema } from "effect"
import { CivilDate, ProvinceId, UnknownProvince, type Rulebook } from "@hotro/rules"
import { Hono } from "hono"
import { decodeOrThrow } from "../http-input.ts"

const ParametersQuery = Schema.Struct({ asOf: CivilDate, province: Schema.optionalKey(ProvinceId) })

export const parametersRouter = (rulebook: Rulebook) =>
  new Hono().get("/", (c) => {
    const { asOf, province } = decodeOrThrow(ParametersQuery, c.req.query())
    const known = rulebook.provinces.map((configured) => configured.id as string)
    if (province !== undefined && !known.includes(province)) throw new UnknownProvince({ province, known })
    return c.json({ asOf, ...(province === undefined ? {} : { province }), parameters: rulebook.parametersOn(asOf, province) })
  })

export const provincesRouter = (rulebook: Rulebook) => new Hono().get("/", (c) => c.json({ items: rulebook.provinces }))
