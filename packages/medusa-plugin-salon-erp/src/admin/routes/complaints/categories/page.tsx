import { Trash } from "@medusajs/icons"
import { Button, Container, IconButton, Input, Switch, Table } from "@medusajs/ui"
import { useState } from "react"
import {
  type ComplaintCategory,
  type ComplaintSeverity,
  useComplaintCategories,
  useComplaintCategoryChange,
} from "../../../hooks/api/feedback"
import { SEVERITY_LABELS, runChange } from "../components/labels"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { SectionHeader } from "../../../components/common/section-header"
import { labelOptions, OptionSelect } from "../../../components/forms/option-select"

/** The complaint taxonomy headquarters maintains for every branch. */
const ComplaintCategoriesPage = () => {
  const { data, isLoading, error } = useComplaintCategories()
  const change = useComplaintCategoryChange()
  const [draft, setDraft] = useState({
    code: "",
    name: "",
    default_severity: "medium" as ComplaintSeverity,
  })

  const apply = (input: Parameters<typeof change.mutateAsync>[0], done: string) =>
    runChange(() => change.mutateAsync(input), done)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Complaint categories"
        description="Headquarters' taxonomy. A category in use cannot be deleted: deactivate it and it is no longer offered, while its complaints keep it."
      />
      {error && <ErrorState error={error} />}
      {isLoading ? (
        <LoadingState />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Code</Table.HeaderCell>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Default severity</Table.HeaderCell>
              <Table.HeaderCell>Offered</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.complaint_categories ?? []).map((category) => (
              <CategoryRow key={category.id} category={category} apply={apply} />
            ))}
            <Table.Row>
              <Table.Cell>
                <Input
                  size="small"
                  placeholder="snake_case_code"
                  value={draft.code}
                  onChange={(event) => setDraft({ ...draft, code: event.target.value })}
                />
              </Table.Cell>
              <Table.Cell>
                <Input
                  size="small"
                  placeholder="Name"
                  value={draft.name}
                  onChange={(event) => setDraft({ ...draft, name: event.target.value })}
                />
              </Table.Cell>
              <Table.Cell>
                <SeveritySelect
                  value={draft.default_severity}
                  onChange={(value) => setDraft({ ...draft, default_severity: value })}
                />
              </Table.Cell>
              <Table.Cell />
              <Table.Cell>
                <Button
                  size="small"
                  disabled={!draft.code || !draft.name}
                  onClick={async () => {
                    const ok = await apply(
                      {
                        action: "create",
                        body: { ...draft, rank: data?.complaint_categories.length ?? 0 },
                      },
                      `Category "${draft.name}" added`
                    )
                    if (ok) setDraft({ code: "", name: "", default_severity: "medium" })
                  }}
                >
                  Add
                </Button>
              </Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

const SeveritySelect = ({
  value,
  onChange,
}: {
  value: ComplaintSeverity
  onChange: (value: ComplaintSeverity) => void
}) => (
  <OptionSelect
    value={value}
    onValueChange={(v) => onChange(v as ComplaintSeverity)}
    options={labelOptions(SEVERITY_LABELS)}
  />
)

const CategoryRow = ({
  category,
  apply,
}: {
  category: ComplaintCategory
  apply: (
    input: Parameters<ReturnType<typeof useComplaintCategoryChange>["mutateAsync"]>[0],
    done: string
  ) => Promise<boolean>
}) => {
  const [name, setName] = useState(category.name)
  return (
    <Table.Row>
      <Table.Cell>
        <code className="txt-compact-small">{category.code}</code>
      </Table.Cell>
      <Table.Cell>
        <Input
          size="small"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onBlur={() =>
            name.trim() &&
            name !== category.name &&
            apply({ action: "update", id: category.id, body: { name: name.trim() } }, "Renamed")
          }
        />
      </Table.Cell>
      <Table.Cell>
        <SeveritySelect
          value={category.default_severity}
          onChange={(value) =>
            apply(
              { action: "update", id: category.id, body: { default_severity: value } },
              "Default severity changed"
            )
          }
        />
      </Table.Cell>
      <Table.Cell>
        <Switch
          checked={category.is_active}
          onCheckedChange={(checked) =>
            apply(
              { action: "update", id: category.id, body: { is_active: checked } },
              checked ? "Offered again" : "No longer offered"
            )
          }
        />
      </Table.Cell>
      <Table.Cell>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Delete ${category.name}`}
          onClick={() =>
            apply({ action: "delete", id: category.id }, `Category "${category.name}" deleted`)
          }
        >
          <Trash />
        </IconButton>
      </Table.Cell>
    </Table.Row>
  )
}

export default ComplaintCategoriesPage
