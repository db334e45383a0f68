import { parseBookingOptions } from "../../modules/booking/lib/options"
import { parseClientOptions } from "../../modules/client/lib/options"
import { parseCommissionOptions } from "../../modules/commission/lib/options"
import { parseFeedbackOptions } from "../../modules/feedback/lib/options"
import { parseServicePackageOptions } from "../../modules/service-package/lib/options"

describe("plugin options: one object, a section per capability", () => {
  it("gives each capability its own section with defaults for what is left out", () => {
    const options = {
      booking: { slot_interval_minutes: 30 },
      commissions: { enabled: false },
      clients: { automatic_tags: false },
    }
    expect(parseBookingOptions(options)).toMatchObject({
      slot_interval_minutes: 30,
      min_notice_minutes: 120,
    })
    expect(parseCommissionOptions(options)).toMatchObject({
      enabled: false,
      timezone: "Asia/Shanghai",
    })
    expect(parseClientOptions(options)).toMatchObject({
      automatic_tags: false,
      import_file_retention_days: 7,
    })
    expect(parseFeedbackOptions(options).survey_enabled).toBe(true)
    expect(parseServicePackageOptions(options).late_cancel_policy).toBe("forfeit")
  })

  it("names the bad key with its full path and the value given", () => {
    expect(() => parseBookingOptions({ booking: { slot_interval_minutes: 3 } })).toThrow(
      /Invalid medusa-plugin-salon-erp options: booking\.slot_interval_minutes = 3: /
    )
    expect(() =>
      parseServicePackageOptions({ servicePackages: { late_cancel_policy: "keep" } })
    ).toThrow(/servicePackages\.late_cancel_policy = "keep"/)
  })

  it("refuses a misspelt key inside a section and an unknown section", () => {
    expect(() => parseBookingOptions({ booking: { slot_interval: 30 } })).toThrow(
      /booking\.slot_interval = 30: unknown option/
    )
    expect(() => parseBookingOptions({ booking: {}, storeValue: {} })).toThrow(
      /unknown section "storeValue"/
    )
    expect(() => parseBookingOptions({ booking: 5 })).toThrow(/option booking: expected an object/)
  })

  it("still reads flat options when a module is registered on its own", () => {
    expect(parseBookingOptions({ slot_interval_minutes: 20 }).slot_interval_minutes).toBe(20)
  })
})
