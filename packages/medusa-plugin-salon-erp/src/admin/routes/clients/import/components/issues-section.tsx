import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Code, Container, Table, toast } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState, LoadingState } from "../../../../components/common/page-states"
import { SectionHeader } from "../../../../components/common/section-header"
import type { ClientImport } from "../../../../../types/clients/imports"
import {
  useClientImportIssues,
  useDownloadClientImportIssues,
} from "../../../../lib/client-imports"
import { errorMessage } from "../../../../lib/errors"
import { plural } from "./format"

const ISSUES_PAGE_SIZE = 20

export const IssuesSection = ({ item }: { item: ClientImport }) => {
  const [pageIndex, setPageIndex] = useState(0)
  const { data, isLoading, error, refetch } = useClientImportIssues(item.id, {
    limit: ISSUES_PAGE_SIZE,
    offset: pageIndex * ISSUES_PAGE_SIZE,
  })
  const report = useDownloadClientImportIssues(item.id)
  const issueCount = data?.count ?? item.issue_count
  const pageCount = Math.max(1, Math.ceil(issueCount / ISSUES_PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Issues"
        description={
          issueCount
            ? `${plural(issueCount, "issue")} by line in the file (the header is line 1).${
                item.status === "failed"
                  ? ""
                  : " A row with an error is skipped; a warning does not stop its row."
              }`
            : item.status === "failed"
              ? "No line-level issue was recorded."
              : "None: every row is valid."
        }
        actions={
          issueCount > 0 && (
            <Button
              size="small"
              variant="secondary"
              isLoading={report.isPending}
              onClick={() =>
                report.mutate(undefined, {
                  onError: (err) =>
                    toast.error("Could not download the error report", {
                      description: errorMessage(err),
                    }),
                })
              }
            >
              <ArrowDownTray />
              Download error report
            </Button>
          )
        }
      />
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {!error && isLoading && issueCount > 0 && <LoadingState />}
      {!error && !!data?.issues.length && (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="w-[72px]">Line</Table.HeaderCell>
                <Table.HeaderCell className="w-[260px]">Column</Table.HeaderCell>
                <Table.HeaderCell className="w-[220px]">Value</Table.HeaderCell>
                <Table.HeaderCell>Problem</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.issues.map((issue, index) => (
                <Table.Row key={`${issue.line}-${issue.column ?? ""}-${index}`}>
                  <Table.Cell className="tabular-nums">{issue.line}</Table.Cell>
                  <Table.Cell>
                    {issue.column ? (
                      <Code className="inline-block max-w-[244px] truncate align-middle">
                        {issue.column}
                      </Code>
                    ) : (
                      <span className="text-ui-fg-muted">—</span>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {issue.value ? (
                      <span className="block max-w-[204px] truncate" title={issue.value}>
                        {issue.value}
                      </span>
                    ) : (
                      <span className="text-ui-fg-muted">—</span>
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal py-2">
                    {issue.severity === "warning" && (
                      <Badge size="2xsmall" color="orange" className="mr-2">
                        Warning
                      </Badge>
                    )}
                    {issue.message}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={issueCount}
            pageSize={ISSUES_PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex + 1 < pageCount}
            previousPage={() => setPageIndex((current) => Math.max(0, current - 1))}
            nextPage={() => setPageIndex((current) => current + 1)}
          />
        </div>
      )}
    </Container>
  )
}
