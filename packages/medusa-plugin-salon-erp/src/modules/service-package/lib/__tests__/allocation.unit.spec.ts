import { allocatePrice } from "../allocation"

const items = [
  { service_name: "Facial", sessions: 6, list_price_cents: 39800, session_value_cents: 30000 },
  { service_name: "Massage", sessions: 4, list_price_cents: 36800, session_value_cents: 20000 },
]

describe("allocatePrice", () => {
  it("splits equally per session", () => {
    expect(allocatePrice("equal", items, 300000)).toEqual([180000, 120000])
  })

  it("splits by the services' own prices", () => {
    const parts = allocatePrice("list_price", items, 300000)
    expect(parts.reduce((a, b) => a + b, 0)).toBe(300000)
    expect(parts).toEqual([185596, 114404])
  })

  it("uses the template's session values as they are at list price", () => {
    expect(allocatePrice("fixed", items, 260000)).toEqual([180000, 80000])
  })

  it("names the service that lacks what the method needs", () => {
    expect(() =>
      allocatePrice("list_price", [{ service_name: "Lash lift", sessions: 2 }], 1000)
    ).toThrow("Lash lift has no price in the package's currency")
    expect(() =>
      allocatePrice("fixed", [{ service_name: "Lash lift", sessions: 2 }], 1000)
    ).toThrow("Lash lift has no session_value")
  })
})
