import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Plus, Tag, Trash } from "@medusajs/icons"
import { Badge, Button, IconButton } from "@medusajs/ui"
import { ColorSwatch } from "../../components/clients/tag-badge"
import { FieldDefinitionDrawer } from "../../components/clients/field-definition-drawer"
import { TagDrawer } from "../../components/clients/tag-drawer"
import { ActiveStatus } from "../../components/forms/active-badge"
import { useConfirm } from "../../components/forms/confirm"
import { toastOutcome } from "../../components/forms/toasts"
import { TableSection } from "../../components/layout/table-section"
import { useDialog } from "../../components/stored-value/use-dialog"
import {
  useClientFieldDefinitions,
  useClientTags,
  useDeleteClientFieldDefinition,
  useDeleteClientTag,
} from "../../hooks/api/clients"
import type { ClientTag, CustomFieldDefinition } from "../../../types/clients/http"
import { FIELD_TYPE_LABELS, hasOptions } from "../../lib/clients"

/** Headquarters' settings for client profiles: custom fields and the tags staff can use. */
const ClientSettingsPage = () => (
  <div className="flex flex-col gap-y-3">
    <FieldDefinitionsSection />
    <TagsSection />
  </div>
)

const FieldDefinitionsSection = () => {
  const query = useClientFieldDefinitions()
  const drawer = useDialog<CustomFieldDefinition | null>()
  const remove = useDeleteClientFieldDefinition()
  const confirm = useConfirm()
  const definitions = [...(query.data?.client_field_definitions ?? [])].sort(
    (a, b) => a.rank - b.rank || a.label.localeCompare(b.label)
  )
  const nextRank = definitions.reduce((max, d) => Math.max(max, d.rank + 1), 0)

  const onDelete = (definition: CustomFieldDefinition) =>
    confirm(
      {
        title: `Delete ${definition.label}?`,
        description:
          "If customers hold values for this field it is deactivated instead, and their values are kept.",
      },
      () =>
        remove.mutate(
          definition.id,
          toastOutcome(
            ({ deleted }) =>
              deleted
                ? `Field "${definition.label}" deleted`
                : `Field "${definition.label}" deactivated: customers hold values for it`,
            "Could not delete"
          )
        )
    )

  return (
    <TableSection
      level="h1"
      title="Custom client fields"
      description="Extra fields on every client profile, checked against their type when saved."
      actions={<NewButton label="New field" onClick={() => drawer.show(null)} />}
      query={query}
      rows={definitions}
      rowKey={(definition) => definition.id}
      empty={{
        title: "No custom fields yet",
        description: "Add one to record what your salons need to know, e.g. a favourite drink.",
      }}
      columns={[
        {
          header: "Label",
          cell: (definition) => <span className="txt-compact-small-plus">{definition.label}</span>,
        },
        {
          header: "Key",
          cell: (definition) => <code className="txt-compact-small">{definition.key}</code>,
        },
        {
          header: "Type",
          cell: (definition) => FIELD_TYPE_LABELS[definition.type] ?? definition.type,
        },
        { header: "Required", cell: (definition) => (definition.required ? "Yes" : "No") },
        {
          header: "Options",
          cell: (definition) => (
            <span
              className="block max-w-[240px] truncate"
              title={(definition.options ?? []).join(", ")}
            >
              {hasOptions(definition.type) ? (definition.options ?? []).join(", ") : "—"}
            </span>
          ),
        },
        { header: "Status", cell: (definition) => <ActiveStatus active={definition.is_active} /> },
        {
          header: "",
          cell: (definition) => (
            <RowActions
              name={definition.label}
              onEdit={() => drawer.show(definition)}
              onDelete={() => onDelete(definition)}
            />
          ),
        },
      ]}
    >
      <FieldDefinitionDrawer
        open={drawer.open}
        onOpenChange={drawer.onOpenChange}
        session={drawer.session}
        definition={drawer.data}
        nextRank={nextRank}
      />
    </TableSection>
  )
}

const TagsSection = () => {
  const query = useClientTags()
  const drawer = useDialog<ClientTag | null>()
  const remove = useDeleteClientTag()
  const confirm = useConfirm()
  const tags = [...(query.data?.client_tags ?? [])].sort((a, b) => a.name.localeCompare(b.name))

  const onDelete = (tag: ClientTag) =>
    confirm(
      {
        title: `Delete ${tag.name}?`,
        description: tag.customer_count
          ? `It is removed from ${tag.customer_count} customer${tag.customer_count === 1 ? "" : "s"}.`
          : "No customer carries it.",
      },
      () => remove.mutate(tag.id, toastOutcome(`Tag "${tag.name}" deleted`, "Could not delete"))
    )

  return (
    <TableSection
      title="Client tags"
      description="Tags staff put on customers; automatic tags are assigned by their rules."
      actions={<NewButton label="New tag" onClick={() => drawer.show(null)} />}
      query={query}
      rows={tags}
      rowKey={(tag) => tag.id}
      empty={{ title: "No tags yet", description: "Create one, e.g. VIP or Bridal party." }}
      columns={[
        {
          header: "Name",
          cell: (tag) => (
            <span className="txt-compact-small-plus flex items-center gap-x-2">
              <ColorSwatch color={tag.color} size={12} />
              {tag.name}
            </span>
          ),
        },
        {
          header: "Description",
          cell: (tag) => (
            <span
              className="text-ui-fg-subtle block max-w-[320px] truncate"
              title={tag.description ?? undefined}
            >
              {tag.description || "—"}
            </span>
          ),
        },
        {
          header: "Kind",
          cell: (tag) => (
            <Badge size="2xsmall" color={tag.kind === "automatic" ? "purple" : "grey"}>
              {tag.kind === "automatic" ? "Automatic" : "Manual"}
            </Badge>
          ),
        },
        {
          header: "Customers",
          className: "text-right tabular-nums",
          cell: (tag) => tag.customer_count ?? 0,
        },
        {
          header: "",
          cell: (tag) => (
            <RowActions
              name={tag.name}
              onEdit={() => drawer.show(tag)}
              onDelete={() => onDelete(tag)}
            />
          ),
        },
      ]}
    >
      <TagDrawer
        open={drawer.open}
        onOpenChange={drawer.onOpenChange}
        session={drawer.session}
        tag={drawer.data}
      />
    </TableSection>
  )
}

const NewButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <Button size="small" variant="secondary" onClick={onClick}>
    <Plus />
    {label}
  </Button>
)

const RowActions = ({
  name,
  onEdit,
  onDelete,
}: {
  name: string
  onEdit: () => void
  onDelete: () => void
}) => (
  <div className="flex items-center justify-end gap-x-1">
    <IconButton size="small" variant="transparent" aria-label={`Edit ${name}`} onClick={onEdit}>
      <PencilSquare />
    </IconButton>
    <IconButton size="small" variant="transparent" aria-label={`Delete ${name}`} onClick={onDelete}>
      <Trash />
    </IconButton>
  </div>
)

export const config = defineRouteConfig({
  label: "Client fields & tags",
  icon: Tag,
})

export default ClientSettingsPage
