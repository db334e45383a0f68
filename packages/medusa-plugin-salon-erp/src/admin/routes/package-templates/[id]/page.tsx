import { Badge, Button, Drawer, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import {
  errorMessage,
  useDeletePackageTemplate,
  usePackageTemplate,
  useServicePackages,
  useUpdatePackageTemplate,
} from "../../../hooks/api/service-packages"
import { TemplateForm } from "../components/template-form"
import {
  allocationLabel,
  formatDay,
  formatMoney,
  scopeLabel,
  validityLabel,
} from "../components/format"
import { Row, Section, DetailPage, DetailPageState } from "../../../components/layout/detail-page"
import { StaticTable } from "../../../components/layout/table-section"

/** One template: its terms, editing, deactivation, and the packages sold from it. */
const PackageTemplatePage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [editing, setEditing] = useState(false)
  const query = usePackageTemplate(id)
  const sold = useServicePackages({ template_id: id, limit: 10, order: "-purchased_at" })
  const update = useUpdatePackageTemplate(id, {
    onSuccess: () => {
      toast.success("Template saved; packages already sold keep their terms")
      setEditing(false)
    },
    onError: (err) => toast.error(errorMessage(err)),
  })
  const remove = useDeletePackageTemplate(id, {
    onSuccess: () => {
      toast.success("Template deleted")
      navigate("/package-templates")
    },
    onError: (err) => toast.error(errorMessage(err)),
  })

  if (!query.data) return <DetailPageState query={query} notFound="Template not found" />
  const template = query.data.package_template
  const price = template.product_variant?.prices?.find(
    (candidate) => candidate.currency_code === template.currency_code
  )

  return (
    <DetailPage
      main={
        <>
          <Section
            level="h1"
            title={template.name}
            status={
              <Badge size="2xsmall" color={template.is_active ? "green" : "grey"}>
                {template.is_active ? "On sale" : "Inactive"}
              </Badge>
            }
            actions={
              <>
                <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
                  Edit
                </Button>
                <Button
                  size="small"
                  variant="danger"
                  isLoading={remove.isPending}
                  onClick={async () => {
                    const ok = await prompt({
                      title: `Delete ${template.name}?`,
                      description:
                        "Only a template that never sold can be deleted; deactivate one that did.",
                    })
                    if (ok) remove.mutate()
                  }}
                >
                  Delete
                </Button>
              </>
            }
          >
            {template.description && <Row label="Description">{template.description}</Row>}
            <Row label="Services">
              {template.items
                .map(
                  (item) =>
                    `${item.sessions} × ${item.salon_service?.name ?? item.salon_service_id}`
                )
                .join(", ")}
            </Row>
            <Row label="Price">
              {formatMoney(price?.amount, template.currency_code)}{" "}
              {template.product_variant && (
                <Link
                  className="text-ui-fg-interactive"
                  to={`/products/${template.product_variant.product_id}`}
                >
                  (edit prices on the product)
                </Link>
              )}
            </Row>
            <Row label="Validity">{validityLabel(template)}</Row>
            <Row label="Where it can be used">{scopeLabel(template.branch_scope)}</Row>
            <Row label="Price allocation">{allocationLabel[template.allocation_method]}</Row>
            <Row label="Refund fee">
              {template.refund_fee_percent === null
                ? "Chain default"
                : `${template.refund_fee_percent}%`}
            </Row>
          </Section>

          <Section title={`Sold packages (${sold.data?.count ?? 0})`}>
            <StaticTable
              rows={sold.data?.service_packages ?? []}
              rowKey={(pkg) => pkg.id}
              columns={[
                { header: "Package", cell: (pkg) => `#${pkg.display_id}` },
                {
                  header: "Customer",
                  cell: (pkg) => (
                    <Link className="text-ui-fg-interactive" to={`/customers/${pkg.customer_id}`}>
                      {[pkg.customer?.first_name, pkg.customer?.last_name]
                        .filter(Boolean)
                        .join(" ") ||
                        pkg.customer?.email ||
                        pkg.customer_id}
                    </Link>
                  ),
                },
                { header: "Status", cell: (pkg) => pkg.status },
                {
                  header: "Remaining",
                  cell: (pkg) => `${pkg.remaining_sessions} / ${pkg.total_sessions}`,
                },
                { header: "Expires", cell: (pkg) => formatDay(pkg.expires_at) },
              ]}
            />
          </Section>
        </>
      }
    >
      <Drawer open={editing} onOpenChange={setEditing}>
        <Drawer.Content className="max-w-2xl">
          <Drawer.Header>
            <Drawer.Title>Edit {template.name}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            <TemplateForm
              template={template}
              submitting={update.isPending}
              onSubmit={({ prices: _prices, sales_channel_ids: _channels, ...payload }) =>
                update.mutate(payload)
              }
              onCancel={() => setEditing(false)}
            />
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </DetailPage>
  )
}

export default PackageTemplatePage
