import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { ExclamationCircle, PencilSquare, Plus } from "@medusajs/icons"
import { Badge, Button, Container, DropdownMenu, Text, toast } from "@medusajs/ui"
import type { ReactNode } from "react"
import { AccessLogDrawer } from "../components/clients/access-log-drawer"
import { EraseCustomerPrompt } from "../components/clients/erase-customer-prompt"
import { ProfileDrawer } from "../components/clients/profile-drawer"
import { ColorSwatch, TagBadge } from "../components/clients/tag-badge"
import { useClientLookups } from "../components/clients/use-lookups"
import { ErrorState, LoadingState } from "../components/common/page-states"
import { SectionHeader } from "../components/common/section-header"
import { useDialog } from "../components/stored-value/use-dialog"
import {
  useAddCustomerTag,
  useClientProfile,
  useClientTags,
  useExportCustomerData,
  useHealthDataAccess,
  useRemoveCustomerTag,
} from "../hooks/api/clients"
import type { ClientProfile } from "../../types/clients/http"
import {
  ACCESS_ACTION_LABELS,
  GENDER_LABELS,
  SKIN_TYPE_LABELS,
  SOURCE_LABELS,
  ageOn,
  formatCustomValue,
  formatLocalDate,
  formatWhen,
} from "../lib/clients"
import { errorMessage } from "../lib/errors"

/**
 * The client profile (客户档案) at the top of the customer page's side column: health data
 * first, so a technician sees allergies and contraindications before she starts.
 */
const CustomerClientProfileWidget = ({
  data: customer,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, error, refetch } = useClientProfile(customer.id)
  const edit = useDialog()
  const profile = data?.client_profile

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Client profile"
        actions={
          profile && (
            <Button size="small" variant="secondary" onClick={() => edit.show(undefined)}>
              <PencilSquare />
              Edit
            </Button>
          )
        }
      />
      {isLoading && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {profile && (
        <>
          <HealthBlock profile={profile} />
          <ProfileDetails profile={profile} />
          <TagsSection profile={profile} />
          <PrivacySection customer={customer} erasedAt={profile.erased_at ?? null} />
          <ProfileDrawer {...edit.props} profile={profile} />
        </>
      )}
    </Container>
  )
}

const HealthBlock = ({ profile }: { profile: ClientProfile }) => {
  const allergies = profile.allergies ?? []
  const contraindications = profile.contraindications ?? []
  const concerns = profile.skin_concerns ?? []
  const alert = allergies.length > 0 || contraindications.length > 0
  return (
    <div className="px-6 py-4">
      <div
        className={[
          "flex flex-col gap-y-3 rounded-lg border px-4 py-3",
          alert ? "border-ui-tag-red-border bg-ui-tag-red-bg" : "bg-ui-bg-subtle",
        ].join(" ")}
      >
        <div className="flex items-center gap-x-2">
          <ExclamationCircle className={alert ? "text-ui-tag-red-icon" : "text-ui-fg-muted"} />
          <Text size="small" weight="plus">
            Health — check before any treatment
          </Text>
        </div>
        <HealthList label="Allergies" items={allergies} danger />
        <HealthList label="Contraindications" items={contraindications} danger />
        <HealthList label="Skin concerns" items={concerns} />
        <div className="flex flex-col gap-y-1">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle uppercase">
            Health notes
          </Text>
          <Text size="small" className="whitespace-pre-wrap">
            {profile.health_notes || <span className="text-ui-fg-muted">None recorded</span>}
          </Text>
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle">
          Viewing health data is recorded in this customer&apos;s access log.
        </Text>
      </div>
    </div>
  )
}

const HealthList = ({
  label,
  items,
  danger,
}: {
  label: string
  items: string[]
  danger?: boolean
}) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle uppercase">
      {label}
    </Text>
    {items.length ? (
      <div className="flex flex-wrap gap-1">
        {items.map((item) => (
          <Badge key={item} size="small" color={danger ? "red" : "orange"}>
            {item}
          </Badge>
        ))}
      </div>
    ) : (
      <Text size="small" className="text-ui-fg-muted">
        None recorded
      </Text>
    )}
  </div>
)

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[110px_1fr] items-start gap-x-3 py-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" as="div" className="min-w-0 break-words">
      {children ?? <span className="text-ui-fg-muted">—</span>}
    </Text>
  </div>
)

const ProfileDetails = ({ profile }: { profile: ClientProfile }) => {
  const lookups = useClientLookups()
  const age = profile.birthday ? ageOn(profile.birthday) : null
  const staff = (profile.preferred_staff_member_ids ?? []).map(
    (id) => lookups.staffName.get(id) ?? id
  )
  const preferences = Object.entries(profile.preferences ?? {})
  const definitions = [...(profile.custom_field_definitions ?? [])].sort((a, b) => a.rank - b.rank)

  return (
    <div className="flex flex-col px-6 py-4">
      {profile.id === null && (
        <Text size="small" className="text-ui-fg-subtle pb-2">
          Nothing recorded yet: use Edit to start this client&apos;s profile.
        </Text>
      )}
      <Row label="Gender">{profile.gender ? GENDER_LABELS[profile.gender] : null}</Row>
      <Row label="Birthday">
        {profile.birthday
          ? `${formatLocalDate(profile.birthday)}${age !== null ? ` · ${age} years` : ""}`
          : null}
      </Row>
      <Row label="Skin type">{profile.skin_type ? SKIN_TYPE_LABELS[profile.skin_type] : null}</Row>
      <Row label="Source">{profile.source ? SOURCE_LABELS[profile.source] : null}</Row>
      <Row label="Home branch">
        {profile.home_branch_id
          ? (lookups.branchName.get(profile.home_branch_id) ?? profile.home_branch_id)
          : null}
      </Row>
      <Row label="Preferred staff">{staff.length ? staff.join(", ") : null}</Row>
      <Row label="Preferences">
        {profile.preferences_text || preferences.length ? (
          <div className="flex flex-col gap-y-0.5">
            {profile.preferences_text && (
              <span className="whitespace-pre-wrap">{profile.preferences_text}</span>
            )}
            {preferences.map(([key, value]) => (
              <span key={key}>
                <span className="text-ui-fg-subtle">{key}:</span> {value}
              </span>
            ))}
          </div>
        ) : null}
      </Row>
      <Row label="Consent">
        {profile.consent_version
          ? `Version ${profile.consent_version}${
              profile.consent_given_at ? ` · ${formatWhen(profile.consent_given_at)}` : ""
            }`
          : "Not given"}
      </Row>
      {definitions.map((definition) => (
        <Row key={definition.id} label={definition.label}>
          {formatCustomValue(definition, profile.custom_fields?.[definition.key] ?? null)}
        </Row>
      ))}
    </div>
  )
}

const TagsSection = ({ profile }: { profile: ClientProfile }) => {
  const tags = profile.tags ?? []
  const allTags = useClientTags()
  const add = useAddCustomerTag(profile.customer_id)
  const remove = useRemoveCustomerTag(profile.customer_id)
  const assigned = new Set(tags.map((tag) => tag.id))
  // Automatic tags are assigned by their rules, never by hand.
  const available = (allTags.data?.client_tags ?? []).filter(
    (tag) => tag.kind !== "automatic" && !assigned.has(tag.id)
  )
  const onError = (error: unknown) => toast.error(errorMessage(error))

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          Tags
        </Text>
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <Button size="small" variant="transparent" isLoading={add.isPending}>
              <Plus />
              Add tag
            </Button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="end" className="max-h-72 overflow-y-auto">
            {available.map((tag) => (
              <DropdownMenu.Item
                key={tag.id}
                className="gap-x-2"
                onClick={() => add.mutate(tag.id, { onError })}
              >
                <ColorSwatch color={tag.color} />
                {tag.name}
              </DropdownMenu.Item>
            ))}
            {!available.length && (
              <Text size="small" className="text-ui-fg-subtle px-2 py-1.5">
                {allTags.isLoading ? "Loading…" : "No other tag to add"}
              </Text>
            )}
          </DropdownMenu.Content>
        </DropdownMenu>
      </div>
      {tags.length ? (
        <div className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <TagBadge
              key={tag.id}
              name={tag.name}
              color={tag.color}
              title={tag.source === "rule" ? "Assigned by a rule" : "Assigned by hand"}
              disabled={remove.isPending}
              onRemove={
                tag.source === "manual" ? () => remove.mutate(tag.id, { onError }) : undefined
              }
            />
          ))}
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          No tags yet.
        </Text>
      )}
    </div>
  )
}

const PrivacySection = ({
  customer,
  erasedAt,
}: {
  customer: HttpTypes.AdminCustomer
  erasedAt: string | null
}) => {
  const customerId = customer.id
  const log = useDialog()
  const erase = useDialog()
  const recent = useHealthDataAccess(customerId, 3)
  const exportData = useExportCustomerData(customerId, {
    onSuccess: ({ filename }) => toast.success("Data exported", { description: filename }),
    onError: (error) =>
      toast.error("Could not export the data", { description: errorMessage(error) }),
  })
  const rows = recent.data?.pages[0]?.health_data_access ?? []
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          Privacy
        </Text>
        <div className="flex items-center gap-x-1">
          <Button size="small" variant="transparent" onClick={() => log.show(undefined)}>
            Viewed by…
          </Button>
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <Button size="small" variant="transparent" isLoading={exportData.isPending}>
                Data…
              </Button>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              <DropdownMenu.Item onClick={() => exportData.mutate()}>Export data</DropdownMenu.Item>
              <DropdownMenu.Item disabled={!!erasedAt} onClick={() => erase.show(undefined)}>
                Erase customer…
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        </div>
      </div>
      {erasedAt && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Erased {formatWhen(erasedAt)}: personal data removed, ledgers kept.
        </Text>
      )}
      {recent.error ? (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(recent.error)}
        </Text>
      ) : (
        <ul className="flex flex-col gap-y-1">
          {rows.map((row) => (
            <li key={row.id}>
              <Text size="xsmall" className="text-ui-fg-subtle">
                <span className="text-ui-fg-base">{row.actor?.email ?? row.actor_id}</span>
                {" · "}
                {ACCESS_ACTION_LABELS[row.action] ?? row.action}
                {" · "}
                {formatWhen(row.created_at)}
              </Text>
            </li>
          ))}
          {!recent.isLoading && !rows.length && (
            <Text size="xsmall" className="text-ui-fg-muted">
              No access recorded yet.
            </Text>
          )}
        </ul>
      )}
      <AccessLogDrawer open={log.open} onOpenChange={log.onOpenChange} customerId={customerId} />
      <EraseCustomerPrompt
        {...erase.props}
        customer={{ id: customerId, email: customer.email ?? null }}
      />
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.before",
})

export default CustomerClientProfileWidget
