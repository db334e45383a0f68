import { UploadSection } from "./components/upload-section"
import { ImportSection } from "./components/import-section"
import { RecentImportsSection } from "./components/recent-imports-section"
import { BackLink } from "../../../components/common/back-link"
import { useUrlParams } from "../../../lib/use-url-params"

/** The search param that holds the import on screen, so a reload keeps it. */
const IMPORT_PARAM = "import"

/**
 * Brings existing customers over from a CSV file: every row is checked first (a dry run that
 * writes nothing), then staff import the valid rows. Reached from the clients list.
 */
const ClientImportPage = () => {
  const [params, setParam] = useUrlParams({ push: true })
  const selectedId = params.get(IMPORT_PARAM) ?? ""

  const select = (id: string | null) => setParam({ [IMPORT_PARAM]: id })

  return (
    <div className="flex flex-col gap-y-3">
      <BackLink to="/clients" label="Clients" />
      <UploadSection onCreated={select} />
      {selectedId && (
        <ImportSection key={selectedId} id={selectedId} onClose={() => select(null)} />
      )}
      <RecentImportsSection selectedId={selectedId} onSelect={select} />
    </div>
  )
}

export default ClientImportPage
