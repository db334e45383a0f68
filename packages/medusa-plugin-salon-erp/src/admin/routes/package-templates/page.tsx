import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  FocusModal,
  Heading,
  Input,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  errorMessage,
  useCreatePackageTemplate,
  usePackageTemplates,
} from "../../hooks/api/service-packages"
import { TemplateForm } from "./components/template-form"
import { formatMoney, scopeLabel, validityLabel } from "./components/format"

const PAGE_SIZE = 20

/** Headquarters' package templates (course cards): what is sold, for how long, where it is valid. */
const PackageTemplatesPage = () => {
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [creating, setCreating] = useState(false)
  const { data, isLoading, error } = usePackageTemplates({
    q: q || undefined,
    limit: PAGE_SIZE,
    offset,
  })
  const create = useCreatePackageTemplate({
    onSuccess: ({ package_template }) => {
      toast.success(`${package_template.name} created`)
      setCreating(false)
      navigate(`/package-templates/${package_template.id}`)
    },
    onError: (err) => toast.error(errorMessage(err)),
  })
  const templates = data?.package_templates ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Package templates</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Course cards sold online and at the counter. Sold packages keep the terms they were sold
            on.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input
            size="small"
            type="search"
            placeholder="Search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setOffset(0)
            }}
          />
          <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
            Create
          </Button>
        </div>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{errorMessage(error)}</Text>}
      {isLoading && <Text className="px-6 py-4 text-ui-fg-subtle">Loading…</Text>}
      {!isLoading && !error && !templates.length && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No templates yet.</Text>
      )}
      {!!templates.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Services</Table.HeaderCell>
              <Table.HeaderCell>Validity</Table.HeaderCell>
              <Table.HeaderCell>Branches</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Price</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {templates.map((template) => {
              const price = template.product_variant?.prices?.find(
                (candidate) => candidate.currency_code === template.currency_code
              )
              return (
                <Table.Row
                  key={template.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/package-templates/${template.id}`)}
                >
                  <Table.Cell>{template.name}</Table.Cell>
                  <Table.Cell>
                    {template.items
                      .map(
                        (item) =>
                          `${item.sessions} × ${item.salon_service?.name ?? item.salon_service_id}`
                      )
                      .join(", ")}
                  </Table.Cell>
                  <Table.Cell>{validityLabel(template)}</Table.Cell>
                  <Table.Cell>{scopeLabel(template.branch_scope)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {formatMoney(price?.amount, template.currency_code)}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={template.is_active ? "green" : "grey"}>
                      {template.is_active ? "On sale" : "Inactive"}
                    </Badge>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      {count > PAGE_SIZE && (
        <Table.Pagination
          count={count}
          pageSize={PAGE_SIZE}
          pageIndex={Math.floor(offset / PAGE_SIZE)}
          pageCount={Math.ceil(count / PAGE_SIZE)}
          canPreviousPage={offset > 0}
          canNextPage={offset + PAGE_SIZE < count}
          previousPage={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          nextPage={() => setOffset(offset + PAGE_SIZE)}
        />
      )}
      <FocusModal open={creating} onOpenChange={setCreating}>
        <FocusModal.Content>
          <FocusModal.Header />
          <FocusModal.Body className="flex justify-center overflow-y-auto py-8">
            <div className="w-full max-w-3xl">
              <Heading className="mb-6">New package template</Heading>
              <TemplateForm
                submitting={create.isPending}
                onSubmit={(payload) => create.mutate(payload)}
                onCancel={() => setCreating(false)}
              />
            </div>
          </FocusModal.Body>
        </FocusModal.Content>
      </FocusModal>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Package templates", icon: Gift })

export default PackageTemplatesPage
