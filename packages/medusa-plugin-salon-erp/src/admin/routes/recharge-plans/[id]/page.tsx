import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, StatusBadge } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { toastOutcome } from "../../../components/forms/toasts"
import {
  PlanFields,
  planToValues,
  planValuesToPayload,
  validatePlan,
} from "../../../components/stored-value/plan-form"
import {
  useDeleteRechargePlan,
  useRechargePlan,
  useUpdateRechargePlan,
} from "../../../hooks/api/stored-value"
import {
  describeBonus,
  describeDates,
  describeValidity,
  formatInstant,
  formatMoney,
  planAvailability,
  planValue,
} from "../../../lib/stored-value"
import { EditFormButton } from "../../../components/layout/edit-drawer"
import {
  Row,
  Section,
  DetailPage,
  DetailPageState,
  ActionSection,
  DeleteButton,
  useDeleteRecord,
} from "../../../components/layout/detail-page"

// A dynamic route: no route config, it is reached from the recharge plan list.
const RechargePlanDetailPage = () => {
  const { id = "" } = useParams()
  const query = useRechargePlan(id)
  const update = useUpdateRechargePlan(id)
  const edit = useUpdateRechargePlan(id)
  const remove = useDeleteRechargePlan(id)
  const deleteRecord = useDeleteRecord(remove, "/recharge-plans")

  if (!query.data) return <DetailPageState query={query} />
  const plan = query.data.recharge_plan
  const state = planAvailability(plan)
  const product = plan.product_variant?.product
  const channels = (product?.sales_channels ?? []).filter(Boolean).map((channel) => channel!.name)

  const toggleActive = () =>
    update.mutate(
      { is_active: !plan.is_active },
      toastOutcome(
        ({ recharge_plan }) =>
          recharge_plan.is_active ? `${plan.name} is active` : `${plan.name} deactivated`,
        "Could not save"
      )
    )

  const deletePlan = () =>
    deleteRecord(
      {
        title: `Delete ${plan.name}?`,
        description:
          "It is no longer offered at the counter or in the store's plan list, and buying its product no longer credits stored value: unpublish or delete the product under Products too. Top-ups already made keep their terms. To pause it instead, deactivate it.",
      },
      `${plan.name} deleted`,
      "Could not delete"
    )

  return (
    <DetailPage
      back={{ to: "/recharge-plans", label: "Recharge plans" }}
      main={
        <>
          <Section
            level="h1"
            title={plan.name}
            description={plan.description ?? undefined}
            actions={
              <>
                <StatusBadge color={state.color}>{state.label}</StatusBadge>
                <EditFormButton
                  label="Edit terms"
                  title={`Edit ${plan.name}`}
                  description="Terms apply to future top-ups; past ones keep theirs."
                  showDescription
                  record={plan}
                  toValues={planToValues}
                  validate={(values) => validatePlan(values, { creating: false })}
                  toPayload={planValuesToPayload}
                  mutation={edit}
                  saved={{ title: "Plan saved", description: "New terms apply to future top-ups." }}
                  failed="Could not save the plan"
                >
                  {(form) => <PlanFields {...form} creating={false} />}
                </EditFormButton>
              </>
            }
          >
            <Row label="Member pays" value={formatMoney(plan.pay_amount, plan.currency_code)} />
            <Row label="Bonus" value={describeBonus(plan)} />
            <Row
              label="Member can spend"
              value={formatMoney(planValue(plan), plan.currency_code)}
            />
            <Row
              label="Bonus validity"
              value={
                Number(plan.bonus_value)
                  ? `${describeValidity(plan.bonus_validity_days)}${
                      plan.bonus_validity_days ? " after each top-up" : ""
                    }`
                  : "No bonus"
              }
            />
            <Row label="On sale" value={describeDates(plan.starts_at, plan.ends_at)} />
            <Row label="Last changed" value={formatInstant(plan.updated_at)} />
          </Section>
        </>
      }
      side={
        <>
          <Section
            title="Sold online as"
            description="The price is the pay amount; changing it here is not possible."
            actions={
              plan.product_variant?.product_id && (
                <Button size="small" variant="secondary" asChild>
                  <Link to={`/products/${plan.product_variant.product_id}`}>
                    <ArrowUpRightOnBox />
                    Open product
                  </Link>
                </Button>
              )
            }
          >
            <Row label="Product" value={product?.title ?? plan.product_variant?.product_id} />
            <Row
              label="Sales channels"
              value={channels.length ? channels.join("\n") : "None: counter only"}
            />
          </Section>
          <ActionSection
            title="Availability"
            description={
              <>
                {plan.is_active
                  ? "Deactivate to stop offering the plan without losing it."
                  : "Not offered at the counter or in the store's plan list."}{" "}
                Its product stays published: to stop online sales, unpublish it under Products.
              </>
            }
          >
            <Button
              size="small"
              variant="secondary"
              isLoading={update.isPending}
              onClick={toggleActive}
            >
              {plan.is_active ? "Deactivate" : "Activate"}
            </Button>
            <DeleteButton label="Delete plan" isDeleting={remove.isPending} onDelete={deletePlan} />
          </ActionSection>
        </>
      }
    />
  )
}

export default RechargePlanDetailPage
