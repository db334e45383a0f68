import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Plus } from "@medusajs/icons"
import { Badge, Button, Container, Text } from "@medusajs/ui"
import { NoteDrawer } from "../components/clients/note-drawer"
import { PhotoThumb } from "../components/clients/photo-thumb"
import { EmptyState, ErrorState, LoadingState } from "../components/common/page-states"
import { SectionHeader } from "../components/common/section-header"
import { useDialog } from "../components/stored-value/use-dialog"
import { useTreatmentNotes } from "../hooks/api/clients"
import type { TreatmentNote } from "../../types/clients/http"
import { formatWhen } from "../lib/clients"
import { ShowMore } from "../components/common/show-more"

/** What was done at each visit, newest first, so no customer has to repeat herself. */
const CustomerTreatmentNotesWidget = ({
  data: customer,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const notes = useTreatmentNotes(customer.id)
  const add = useDialog()
  const pages = notes.data?.pages ?? []
  const rows = pages
    .flatMap((page) => page.treatment_notes)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
  const count = pages[pages.length - 1]?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Treatment notes"
        description={
          notes.data
            ? `${count} note${count === 1 ? "" : "s"} · visible to all staff; reads are recorded`
            : "Visible to all staff; reads are recorded"
        }
        actions={
          <Button size="small" variant="secondary" onClick={() => add.show(undefined)}>
            <Plus />
            Add note
          </Button>
        }
      />
      {notes.isLoading && <LoadingState />}
      {notes.error && <ErrorState error={notes.error} onRetry={() => notes.refetch()} />}
      {notes.data && !rows.length && (
        <EmptyState
          title="No treatment notes yet"
          description="Add one after a visit: the next technician will read it."
        />
      )}
      {rows.map((note) => (
        <NoteRow key={note.id} note={note} />
      ))}
      {notes.hasNextPage && (
        <ShowMore isLoading={notes.isFetchingNextPage} onClick={() => notes.fetchNextPage()} />
      )}
      <NoteDrawer {...add.props} customerId={customer.id} />
    </Container>
  )
}

const NoteRow = ({ note }: { note: TreatmentNote }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4">
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <Text size="small" weight="plus" className="tabular-nums">
        {formatWhen(note.created_at)}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {[note.staff_member?.name ?? "Staff not recorded", note.branch?.name]
          .filter(Boolean)
          .join(" · ")}
      </Text>
    </div>
    {(note.services ?? []).length > 0 && (
      <div className="flex flex-wrap items-center gap-1">
        <Text size="xsmall" className="text-ui-fg-subtle mr-1">
          Services
        </Text>
        {note.services.map((service) => (
          <Badge key={service} size="2xsmall" color="blue">
            {service}
          </Badge>
        ))}
      </div>
    )}
    {(note.products_used ?? []).length > 0 && (
      <div className="flex flex-wrap items-center gap-1">
        <Text size="xsmall" className="text-ui-fg-subtle mr-1">
          Products
        </Text>
        {note.products_used.map((product) => (
          <Badge key={product} size="2xsmall" color="grey">
            {product}
          </Badge>
        ))}
      </div>
    )}
    <Text size="small" className="whitespace-pre-wrap">
      {note.notes}
    </Text>
    {(note.photo_urls ?? []).length > 0 && (
      <div className="flex flex-wrap gap-2">
        {note.photo_urls.map((url, index) => (
          <a
            key={url}
            href={url}
            target="_blank"
            rel="noreferrer"
            title="Open the full photo"
            className="focus-visible:shadow-borders-focus overflow-hidden rounded-md border"
          >
            <PhotoThumb
              src={url}
              alt={`Photo ${index + 1} of the ${formatWhen(note.created_at)} note`}
              caption={`Photo ${index + 1}`}
            />
          </a>
        ))}
      </div>
    )}
  </div>
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerTreatmentNotesWidget
