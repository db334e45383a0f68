import { Badge, Container, Heading, Text } from "@medusajs/ui"

export type Run = (path: string, body: Record<string, unknown>, done: string) => Promise<boolean>

export const Section = ({
  title,
  actions,
  children,
}: {
  title: string
  actions?: React.ReactNode
  children: React.ReactNode
}) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {actions}
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)

export const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-[140px_1fr] items-center gap-2 py-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-small">{children}</div>
  </div>
)

export const Met = ({ met }: { met: boolean | null | undefined }) =>
  met === true ? (
    <Badge size="2xsmall" color="green">
      met
    </Badge>
  ) : met === false ? (
    <Badge size="2xsmall" color="red">
      missed
    </Badge>
  ) : (
    <Badge size="2xsmall" color="grey">
      running
    </Badge>
  )
