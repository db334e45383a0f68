import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, Button } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ActiveBadge } from "../../../components/forms/active-badge"
import { CheckboxGroup } from "../../../components/forms/checkbox-group"
import { DraftActions, sameSet, useDraft } from "../../../components/forms/draft"
import { toastOutcome } from "../../../components/forms/toasts"
import {
  ServiceFields,
  describeTiming,
  formatPrice,
  serviceToValues,
  serviceValuesToPayload,
  validateService,
} from "../../../components/salon-services/service-form"
import {
  useDeleteSalonService,
  useSalonService,
  useUpdateSalonService,
} from "../../../hooks/api/salon-services"
import { useStaffMembers } from "../../../hooks/api/staff-members"
import { formatMinutes } from "../../../lib/time"
import type { SalonService } from "../../../../types/booking/http"
import { EditFormButton } from "../../../components/layout/edit-drawer"
import {
  Row,
  Section,
  DetailPage,
  DetailPageState,
  DangerZone,
  useDeleteRecord,
} from "../../../components/layout/detail-page"

// A dynamic route: no route config, it is reached from the salon service list.
const SalonServiceDetailPage = () => {
  const { id = "" } = useParams()
  const query = useSalonService(id)
  const update = useUpdateSalonService(id)
  const remove = useDeleteSalonService(id)
  const deleteRecord = useDeleteRecord(remove, "/salon-services")

  if (!query.data) return <DetailPageState query={query} />
  const service = query.data.salon_service
  const variant = service.product_variant

  const deleteService = () =>
    deleteRecord(
      {
        title: `Delete ${service.name}?`,
        description:
          "Past appointments keep their record. The product variant it is sold as stays in Products.",
      },
      `${service.name} deleted`,
      "Could not delete"
    )

  return (
    <DetailPage
      back={{ to: "/salon-services", label: "Salon services" }}
      main={
        <>
          <Section
            level="h1"
            title={service.name}
            description={service.category ?? "No category"}
            status={
              <>
                <ActiveBadge active={service.is_active} />
                <Badge color={service.is_bookable_online ? "blue" : "grey"} size="small">
                  {service.is_bookable_online ? "Bookable online" : "Front desk only"}
                </Badge>
              </>
            }
            actions={
              <EditFormButton
                title={`Edit ${service.name}`}
                description="Name, timing and booking options"
                record={service}
                toValues={serviceToValues}
                validate={validateService}
                toPayload={serviceValuesToPayload}
                mutation={update}
                saved="Service saved"
                failed="Could not save the service"
              >
                {(form) => <ServiceFields {...form} />}
              </EditFormButton>
            }
          >
            <Row label="Description" value={service.description} />
            <Row label="Time" value={describeTiming(service)} />
            <Row
              label="Client in the salon"
              value={formatMinutes(service.duration_minutes + service.processing_minutes)}
            />
            <Row
              label="Room type"
              value={service.room_type?.replace(/_/g, " ") ?? "No room needed"}
            />
            <Row
              label="Revisit interval"
              value={service.revisit_interval_days ? `${service.revisit_interval_days} days` : null}
            />
          </Section>
          <QualifiedStaffSection service={service} />
        </>
      }
      side={
        <>
          <Section
            title="Sold as"
            description="Prices live on the product variant."
            actions={
              variant && (
                <Button size="small" variant="secondary" asChild>
                  <Link to={`/products/${variant.product_id}`}>
                    <ArrowUpRightOnBox />
                    Edit prices
                  </Link>
                </Button>
              )
            }
          >
            <Row
              label="Variant"
              value={variant ? (variant.title ?? variant.id) : service.variant_id}
            />
            <Row
              label="Prices"
              value={(variant?.prices ?? []).map(formatPrice).join("\n") || "No prices"}
            />
          </Section>
          <DangerZone
            description="To stop bookings but keep the service, make it inactive under Edit."
            label="Delete service"
            isDeleting={remove.isPending}
            onDelete={deleteService}
          />
        </>
      }
    />
  )
}

const QualifiedStaffSection = ({ service }: { service: SalonService }) => {
  const staff = useStaffMembers({ limit: 200 })
  const qualified = useDraft(service.staff_member_ids ?? [], sameSet)
  const update = useUpdateSalonService(service.id)

  const save = () =>
    update.mutate(
      { staff_member_ids: qualified.draft },
      toastOutcome("Qualified staff saved", "Could not save")
    )

  return (
    <Section
      title="Qualified staff"
      description="Who may perform this service; they also need a branch and shifts to be booked."
      actions={
        <DraftActions
          dirty={qualified.dirty}
          isSaving={update.isPending}
          onReset={qualified.reset}
          onSave={save}
        />
      }
    >
      <CheckboxGroup
        className="px-6 py-4"
        query={staff}
        options={(staff.data?.staff_members ?? []).map((member) => ({
          value: member.id,
          label: member.name,
          description: [
            member.level,
            (member.staff_branches ?? [])
              .map((link) => link?.branch?.name)
              .filter(Boolean)
              .join(", "),
            member.is_active ? null : "inactive",
          ]
            .filter(Boolean)
            .join(" · "),
        }))}
        value={qualified.draft}
        onChange={qualified.setDraft}
        emptyText="No staff members yet."
      />
    </Section>
  )
}

export default SalonServiceDetailPage
