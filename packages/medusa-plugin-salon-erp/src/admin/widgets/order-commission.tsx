import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container } from "@medusajs/ui"
import { AttributionLines } from "../components/commissions/attribution"
import { ErrorState } from "../components/common/page-states"
import { SectionHeader } from "../components/common/section-header"
import { useCommissionAttribution } from "../hooks/api/commissions"

/**
 * Who earns sales commission on each retail line of an order, with an editor: online orders have
 * no seller until staff set one here, and a counter sale can be split or corrected while its month
 * is open. Renders nothing for orders with no line that earns commission.
 */
const OrderCommissionWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, error, refetch } = useCommissionAttribution({
    source_type: "order",
    source_id: order.id,
  })

  if (error) {
    return (
      <Container className="divide-y p-0">
        <SectionHeader title="Commission" />
        <ErrorState error={error} onRetry={() => refetch()} />
      </Container>
    )
  }
  const attribution = data?.commission_attribution
  if (!attribution?.lines.length) return null

  const unattributed = attribution.lines.filter((line) => !line.earners.length).length
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Commission"
        description={
          unattributed
            ? `${unattributed} line${unattributed === 1 ? "" : "s"} without a seller: nobody earns commission on ${unattributed === 1 ? "it" : "them"} yet.`
            : "Who earns sales commission on each product line."
        }
      />
      <AttributionLines attribution={attribution} />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderCommissionWidget
