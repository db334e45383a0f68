import { parseServicePackageOptions } from "../options"

describe("service package options", () => {
  it("fills defaults and ignores unset environment variables", () => {
    expect(
      parseServicePackageOptions({ late_cancel_policy: undefined, expiry_reminder_days: undefined })
    ).toEqual(
      expect.objectContaining({
        late_cancel_policy: "forfeit",
        no_show_policy: "forfeit",
        expiry_reminder_days: 30,
        refund_fee_percent: 0,
        auto_reserve_on_booking: true,
        extend_validity_on_unfreeze: true,
      })
    )
  })

  it("refuses bad values with a message naming the option", () => {
    expect(() => parseServicePackageOptions({ late_cancel_policy: "keep" })).toThrow(
      /late_cancel_policy/
    )
    expect(() => parseServicePackageOptions({ refund_fee_percent: 120 })).toThrow(
      /refund_fee_percent/
    )
  })
})
