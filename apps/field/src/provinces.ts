/**
 * Provinces the register form offers (those with a shipped provincial rate set in
 * `@hotro/rules`), with the names field staff know them by.
 *
 * @module
 */
export const provinces = [
  { id: "ha-giang", name: "Hà Giang" },
  { id: "khanh-hoa", name: "Khánh Hòa" },
  { id: "quang-nam", name: "Quảng Nam" },
] as const

/** The province's name, or its id when it is not one of the above. */
export const provinceName = (id: string): string => provinces.find((province) => province.id === id)?.name ?? id
