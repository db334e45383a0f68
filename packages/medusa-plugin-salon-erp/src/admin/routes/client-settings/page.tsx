import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Plus, Tag, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  IconButton,
  StatusBadge,
  Table,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { ColorSwatch } from "../../components/clients/tag-badge"
import { FieldDefinitionDrawer } from "../../components/clients/field-definition-drawer"
import { TagDrawer } from "../../components/clients/tag-drawer"
import { EmptyState, ErrorState, LoadingState } from "../../components/common/page-states"
import { SectionHeader } from "../../components/common/section-header"
import { useDialog } from "../../components/stored-value/use-dialog"
import {
  useClientFieldDefinitions,
  useClientTags,
  useDeleteClientFieldDefinition,
  useDeleteClientTag,
} from "../../hooks/api/clients"
import type { ClientTag, CustomFieldDefinition } from "../../../types/clients/http"
import { FIELD_TYPE_LABELS, hasOptions } from "../../lib/clients"
import { errorMessage } from "../../lib/errors"

/** Headquarters' settings for client profiles: custom fields and the tags staff can use. */
const ClientSettingsPage = () => (
  <div className="flex flex-col gap-y-3">
    <FieldDefinitionsSection />
    <TagsSection />
  </div>
)

const FieldDefinitionsSection = () => {
  const { data, isLoading, error, refetch } = useClientFieldDefinitions()
  const drawer = useDialog<CustomFieldDefinition | null>()
  const remove = useDeleteClientFieldDefinition()
  const prompt = usePrompt()
  const definitions = [...(data?.client_field_definitions ?? [])].sort(
    (a, b) => a.rank - b.rank || a.label.localeCompare(b.label)
  )
  const nextRank = definitions.reduce((max, d) => Math.max(max, d.rank + 1), 0)

  const onDelete = async (definition: CustomFieldDefinition) => {
    const confirmed = await prompt({
      title: `Delete ${definition.label}?`,
      description:
        "If customers hold values for this field it is deactivated instead, and their values are kept.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(definition.id, {
      onSuccess: ({ deleted }) =>
        toast.success(
          deleted
            ? `Field "${definition.label}" deleted`
            : `Field "${definition.label}" deactivated: customers hold values for it`
        ),
      onError: (err) => toast.error("Could not delete", { description: errorMessage(err) }),
    })
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Custom client fields"
        description="Extra fields on every client profile, checked against their type when saved."
        actions={
          <Button size="small" variant="secondary" onClick={() => drawer.show(null)}>
            <Plus />
            New field
          </Button>
        }
      />
      {isLoading && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {data && !definitions.length && (
        <EmptyState
          title="No custom fields yet"
          description="Add one to record what your salons need to know, e.g. a favourite drink."
        />
      )}
      {definitions.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Label</Table.HeaderCell>
              <Table.HeaderCell>Key</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Required</Table.HeaderCell>
              <Table.HeaderCell>Options</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {definitions.map((definition) => (
              <Table.Row key={definition.id}>
                <Table.Cell>
                  <span className="txt-compact-small-plus">{definition.label}</span>
                </Table.Cell>
                <Table.Cell>
                  <code className="txt-compact-small">{definition.key}</code>
                </Table.Cell>
                <Table.Cell>{FIELD_TYPE_LABELS[definition.type] ?? definition.type}</Table.Cell>
                <Table.Cell>{definition.required ? "Yes" : "No"}</Table.Cell>
                <Table.Cell>
                  <span
                    className="block max-w-[240px] truncate"
                    title={(definition.options ?? []).join(", ")}
                  >
                    {hasOptions(definition.type) ? (definition.options ?? []).join(", ") : "—"}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={definition.is_active ? "green" : "grey"}>
                    {definition.is_active ? "Active" : "Inactive"}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>
                  <RowActions
                    name={definition.label}
                    onEdit={() => drawer.show(definition)}
                    onDelete={() => onDelete(definition)}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <FieldDefinitionDrawer
        open={drawer.open}
        onOpenChange={drawer.onOpenChange}
        session={drawer.session}
        definition={drawer.data}
        nextRank={nextRank}
      />
    </Container>
  )
}

const TagsSection = () => {
  const { data, isLoading, error, refetch } = useClientTags()
  const drawer = useDialog<ClientTag | null>()
  const remove = useDeleteClientTag()
  const prompt = usePrompt()
  const tags = [...(data?.client_tags ?? [])].sort((a, b) => a.name.localeCompare(b.name))

  const onDelete = async (tag: ClientTag) => {
    const confirmed = await prompt({
      title: `Delete ${tag.name}?`,
      description: tag.customer_count
        ? `It is removed from ${tag.customer_count} customer${tag.customer_count === 1 ? "" : "s"}.`
        : "No customer carries it.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(tag.id, {
      onSuccess: () => toast.success(`Tag "${tag.name}" deleted`),
      onError: (err) => toast.error("Could not delete", { description: errorMessage(err) }),
    })
  }

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Client tags"
        description="Tags staff put on customers; automatic tags are assigned by their rules."
        actions={
          <Button size="small" variant="secondary" onClick={() => drawer.show(null)}>
            <Plus />
            New tag
          </Button>
        }
      />
      {isLoading && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {data && !tags.length && (
        <EmptyState title="No tags yet" description="Create one, e.g. VIP or Bridal party." />
      )}
      {tags.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Description</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Customers</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tags.map((tag) => (
              <Table.Row key={tag.id}>
                <Table.Cell>
                  <span className="txt-compact-small-plus flex items-center gap-x-2">
                    <ColorSwatch color={tag.color} size={12} />
                    {tag.name}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  <span
                    className="text-ui-fg-subtle block max-w-[320px] truncate"
                    title={tag.description ?? undefined}
                  >
                    {tag.description || "—"}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={tag.kind === "automatic" ? "purple" : "grey"}>
                    {tag.kind === "automatic" ? "Automatic" : "Manual"}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {tag.customer_count ?? 0}
                </Table.Cell>
                <Table.Cell>
                  <RowActions
                    name={tag.name}
                    onEdit={() => drawer.show(tag)}
                    onDelete={() => onDelete(tag)}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <TagDrawer
        open={drawer.open}
        onOpenChange={drawer.onOpenChange}
        session={drawer.session}
        tag={drawer.data}
      />
    </Container>
  )
}

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
