import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createAdminUser } from "../utils/admin"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("foundation", () => {
      it("answers /health", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
        expect(response.data).toBe("OK")
      })

      it("logs an admin in with email and password and reads /admin/users/me", async () => {
        const { email, password } = await createAdminUser(getContainer())
        const login = await api.post("/auth/user/emailpass", { email, password })
        expect(login.status).toBe(200)
        expect(typeof login.data.token).toBe("string")

        const me = await api.get("/admin/users/me", {
          headers: { authorization: `Bearer ${login.data.token}` },
        })
        expect(me.status).toBe(200)
        expect(me.data.user.email).toBe(email)
      })

      it("refuses a wrong password", async () => {
        const { email } = await createAdminUser(getContainer())
        const error = await api
          .post("/auth/user/emailpass", { email, password: "not-the-password" })
          .catch((e: any) => e)
        expect(error.response.status).toBe(401)
      })

      it("answers 401 to an admin route without a session", async () => {
        const error = await api.get("/admin/users/me").catch((e: any) => e)
        expect(error.response.status).toBe(401)
      })

      it("accepts the test helper's admin headers", async () => {
        const { headers } = await adminHeaders(api, getContainer())
        const me = await api.get("/admin/users/me", { headers })
        expect(me.status).toBe(200)
      })
    })
  },
})
