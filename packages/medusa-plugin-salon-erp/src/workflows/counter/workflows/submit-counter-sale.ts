import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  createReservationsStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { captureCounterTendersStep } from "../steps/capture-counter-tenders"
import { checkCounterOrderStep } from "../steps/check-counter-order"
import { claimCounterSaleStep } from "../steps/claim-counter-sale"
import { completeCounterSaleStep } from "../steps/complete-counter-sale"
import {
  completeCounterAppointmentsStep,
  linkCounterAppointmentsStep,
} from "../steps/link-counter-appointments"
import { planCounterSaleStep } from "../steps/plan-counter-sale"
import { redeemCounterSessionsStep } from "../steps/redeem-counter-sessions"
import { spendCounterStoredValueStep } from "../steps/spend-counter-stored-value"
import { counterOrderInput } from "../../../lib/counter/order-input"
import type { SubmitCounterSaleInput } from "../../../lib/counter/sale-plan"

export type SubmitCounterSaleWorkflowInput = SubmitCounterSaleInput

export const submitCounterSaleWorkflowId = "submit-counter-sale"
/**
 * This workflow rings up a counter sale as one Medusa order paid by split tenders. In order: claim
 * the idempotency key (a replay returns the first sale, and nothing moves again); read and check
 * everything; create the order; check the tenders add up to its total; link the appointments;
 * reserve retail stock at the branch's location (the last unit goes to one sale); pay covered
 * services with package sessions; debit stored value; record one captured payment per tender;
 * fulfil every line at the branch (stock leaves it); record the sale, its lines and tenders and
 * the cash kept; complete the appointments; publish the events (`counter.sale_completed`,
 * `order.placed`, which issues packages and top-ups sold and records retail commissions).
 * Every step before the record undoes itself when a later one fails.
 */
export const submitCounterSaleWorkflow = createWorkflow(
  submitCounterSaleWorkflowId,
  (input: SubmitCounterSaleWorkflowInput) => {
    const claim = claimCounterSaleStep(input)

    const submitted = when(
      "counter-sale-not-replayed",
      { claim },
      ({ claim }) => !claim.replayed
    ).then(() => {
      const plan = planCounterSaleStep(
        transform({ input, claim }, ({ input, claim }) => ({ ...input, sale_id: claim.sale_id }))
      )
      const order = createOrderWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => counterOrderInput(plan)),
      })
      const orderId = transform({ order }, ({ order }) => order.id)
      const facts = checkCounterOrderStep({ plan, order_id: orderId })
      linkCounterAppointmentsStep({ plan, order_id: orderId })
      createReservationsStep(
        transform({ plan, facts }, ({ plan, facts }) =>
          plan.lines.flatMap((line) =>
            line.inventory.map((stock) => ({
              inventory_item_id: stock.inventory_item_id,
              location_id: plan.stock_location_id,
              quantity: stock.quantity,
              allow_backorder: stock.allow_backorder,
              line_item_id: facts.lines.find((fact) => fact.position === line.position)!
                .order_line_id!,
            }))
          )
        )
      )
      const sessions = redeemCounterSessionsStep({ plan })
      const storedValue = spendCounterStoredValueStep({ plan, order_id: orderId })
      const collection = createOrderPaymentCollectionWorkflow.runAsStep({
        input: transform({ facts }, ({ facts }) => ({
          order_id: facts.order_id,
          amount: Number(facts.total),
        })),
      })
      const captured = captureCounterTendersStep({
        plan,
        order_id: orderId,
        payment_collection_id: transform({ collection }, ({ collection }) => collection[0].id),
        stored_value: storedValue,
      })
      createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ plan, facts }, ({ plan, facts }) => ({
          order_id: facts.order_id,
          items: facts.lines.map((line) => ({ id: line.order_line_id!, quantity: line.quantity })),
          location_id: plan.stock_location_id,
          shipping_option_id: plan.shipping_option_id,
          created_by: plan.created_by,
          no_notification: true,
        })),
      })
      completeCounterSaleStep({ plan, order: facts, sessions, stored_value: storedValue, captured })
      completeCounterAppointmentsStep({ plan })
      return { plan, storedValue, sessions, orderId }
    })

    when("counter-sale-submitted", { submitted }, ({ submitted }) => !!submitted).then(() => {
      const aggregates = transform({ submitted }, ({ submitted }) => ({
        counter: [submitted!.plan.sale_id, submitted!.plan.shift_id],
        stored_value: [submitted!.storedValue?.account_id],
        service_package: submitted!.sessions.map((session) => session.package_id),
        booking: [
          ...new Set(
            submitted!.plan.lines.map((line) => line.appointment_id).filter(Boolean) as string[]
          ),
        ],
        order: { id: submitted!.orderId },
      }))
      publishOutboxEventsStep({
        module: "counter",
        aggregate_ids: transform({ aggregates }, ({ aggregates }) => aggregates.counter),
      }).config({ name: "publish-counter-events" })
      publishOutboxEventsStep({
        module: "stored_value",
        aggregate_ids: transform({ aggregates }, ({ aggregates }) => aggregates.stored_value),
      }).config({ name: "publish-stored-value-events" })
      publishOutboxEventsStep({
        module: "service_package",
        aggregate_ids: transform({ aggregates }, ({ aggregates }) => aggregates.service_package),
      }).config({ name: "publish-service-package-events" })
      publishOutboxEventsStep({
        module: "booking",
        aggregate_ids: transform({ aggregates }, ({ aggregates }) => aggregates.booking),
      }).config({ name: "publish-booking-events" })
      emitEventStep({
        eventName: OrderWorkflowEvents.PLACED,
        data: transform({ aggregates }, ({ aggregates }) => aggregates.order),
      })
    })

    return new WorkflowResponse(
      transform({ claim }, ({ claim }) => ({ sale_id: claim.sale_id, replayed: claim.replayed }))
    )
  }
)
