import { ArrowUpRightOnBox, Trash } from "@medusajs/icons"
import { Badge, Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { CheckboxList } from "../../../components/common/checkbox-list"
import {
  ServiceFields,
  type ServiceFormErrors,
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
import { errorMessage } from "../../../lib/errors"
import { formatMinutes } from "../../../lib/time"
import type { SalonService } from "../../../../types/booking/http"
import { EditDrawer, useEditValues } from "../../../components/layout/edit-drawer"
import {
  Row,
  Section,
  DetailPage,
  DetailPageState,
  ActionSection,
} from "../../../components/layout/detail-page"

// A dynamic route: no route config, it is reached from the salon service list.
const SalonServiceDetailPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data, isLoading, error, refetch } = useSalonService(id)
  const remove = useDeleteSalonService(id)
  const [editing, setEditing] = useState(false)

  if (!data) {
    return <DetailPageState isLoading={isLoading} error={error} onRetry={() => refetch()} />
  }
  const service = data.salon_service
  const variant = service.product_variant

  const deleteService = async () => {
    const confirmed = await prompt({
      title: `Delete ${service.name}?`,
      description:
        "Past appointments keep their record. The product variant it is sold as stays in Products.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(`${service.name} deleted`)
        navigate("/salon-services")
      },
      onError: (err) => toast.error("Could not delete", { description: errorMessage(err) }),
    })
  }

  return (
    <DetailPage
      back={{ to: "/salon-services", label: "Salon services" }}
      main={
        <>
          <Section
            level="h1"
            title={service.name}
            description={service.category ?? "No category"}
            actions={
              <>
                <Badge color={service.is_active ? "green" : "grey"} size="small">
                  {service.is_active ? "Active" : "Inactive"}
                </Badge>
                <Badge color={service.is_bookable_online ? "blue" : "grey"} size="small">
                  {service.is_bookable_online ? "Bookable online" : "Front desk only"}
                </Badge>
                <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
                  Edit
                </Button>
              </>
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
          <ActionSection
            title="Danger zone"
            description="To stop bookings but keep the service, make it inactive under Edit."
          >
            <Button
              size="small"
              variant="danger"
              isLoading={remove.isPending}
              onClick={deleteService}
            >
              <Trash />
              Delete service
            </Button>
          </ActionSection>
        </>
      }
    >
      <EditServiceDrawer service={service} open={editing} onOpenChange={setEditing} />
    </DetailPage>
  )
}

const EditServiceDrawer = ({
  service,
  open,
  onOpenChange,
}: {
  service: SalonService
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { values, setValues, errors, setErrors } = useEditValues(
    open,
    service,
    serviceToValues,
    {} as ServiceFormErrors
  )
  const update = useUpdateSalonService(service.id)

  const submit = () => {
    const found = validateService(values)
    setErrors(found)
    if (Object.keys(found).length) return
    update.mutate(serviceValuesToPayload(values), {
      onSuccess: () => {
        toast.success("Service saved")
        onOpenChange(false)
      },
      onError: (error) =>
        toast.error("Could not save the service", { description: errorMessage(error) }),
    })
  }

  return (
    <EditDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Edit ${service.name}`}
      description="Name, timing and booking options"
      isSaving={update.isPending}
      onSave={submit}
    >
      <ServiceFields values={values} onChange={setValues} errors={errors} />
    </EditDrawer>
  )
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((value) => b.includes(value))

const QualifiedStaffSection = ({ service }: { service: SalonService }) => {
  const staff = useStaffMembers({ limit: 200 })
  const initial = service.staff_member_ids ?? []
  const [value, setValue] = useState(initial)
  useEffect(() => setValue(service.staff_member_ids ?? []), [service.staff_member_ids])
  const update = useUpdateSalonService(service.id)
  const dirty = !sameSet(value, initial)

  const save = () =>
    update.mutate(
      { staff_member_ids: value },
      {
        onSuccess: () => toast.success("Qualified staff saved"),
        onError: (error) => toast.error("Could not save", { description: errorMessage(error) }),
      }
    )

  return (
    <Section
      title="Qualified staff"
      description="Who may perform this service; they also need a branch and shifts to be booked."
      actions={
        <>
          <Button
            size="small"
            variant="secondary"
            disabled={!dirty}
            onClick={() => setValue(initial)}
          >
            Reset
          </Button>
          <Button size="small" disabled={!dirty} isLoading={update.isPending} onClick={save}>
            Save
          </Button>
        </>
      }
    >
      <div className="px-6 py-4">
        {staff.error ? (
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(staff.error)}
          </Text>
        ) : (
          <CheckboxList
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
            value={value}
            onChange={setValue}
            emptyText="No staff members yet."
          />
        )}
      </div>
    </Section>
  )
}

export default SalonServiceDetailPage
