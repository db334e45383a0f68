import { useSalesChannels } from "../../hooks/api/core-resources"
import { CheckboxList } from "../common/checkbox-list"
import { Field } from "../common/field"

/** The sales channels a new product is published in (optional; `hint` says what none means). */
export const SalesChannelsField = ({
  value,
  onChange,
  hint,
}: {
  value: string[]
  onChange: (value: string[]) => void
  hint: string
}) => {
  const salesChannels = useSalesChannels()
  return (
    <Field label="Sales channels" optional hint={hint}>
      <CheckboxList
        options={(salesChannels.data?.sales_channels ?? []).map((channel) => ({
          value: channel.id,
          label: channel.name,
        }))}
        value={value}
        onChange={onChange}
      />
    </Field>
  )
}
