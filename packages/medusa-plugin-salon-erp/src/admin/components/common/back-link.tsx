import { ArrowLeft } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { Link } from "react-router-dom"

/** The "← Parent" link above a sub-page. */
export const BackLink = ({ to, label }: { to: string; label: string }) => (
  <div>
    <Button size="small" variant="transparent" asChild>
      <Link to={to}>
        <ArrowLeft />
        {label}
      </Link>
    </Button>
  </div>
)
