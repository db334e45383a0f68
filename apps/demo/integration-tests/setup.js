const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each test file loads the modules afresh; stale entity metadata from a previous file would leak into it.
MetadataStorage.clear()

// A failed request's error holds the socket's request and response, which refer to each other:
// jest cannot send such an error from its worker, crashes the worker and loses the failure. Every
// client the test runner creates therefore gives its errors a plain JSON form and a message naming
// the request and the answer.
function explainFailures(axios) {
  if (!axios || axios.__explainsFailures) return
  axios.__explainsFailures = true
  const createClient = axios.create.bind(axios)
  axios.create = (...args) => {
    const client = createClient(...args)
    client.interceptors.response.use(undefined, (error) => {
      if (error && typeof error === "object") {
        const answer = error.response
          ? ` → ${error.response.status} ${JSON.stringify(error.response.data)}`
          : ""
        const request = error.config
          ? `${String(error.config.method).toUpperCase()} ${error.config.url}`
          : ""
        if (!String(error.message).includes(" → ")) {
          error.message = `${error.message}: ${request}${answer}`
        }
        error.toJSON = () => ({ name: error.name, message: error.message })
      }
      return Promise.reject(error)
    })
    return client
  }
}
// Medusa's test runner imports axios as an ES module, a copy apart from the CommonJS one.
explainFailures(require("axios"))
void import("axios").then((module) => explainFailures(module.default))
