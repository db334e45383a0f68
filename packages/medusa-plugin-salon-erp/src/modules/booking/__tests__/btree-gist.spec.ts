import { Client } from "pg"
import { ENSURE_BTREE_GIST_SQL } from "../lib/btree-gist"

// The booking migration's first statement, run as a database user who may not create extensions.
const server = {
  host: process.env.DB_HOST ?? "127.0.0.1",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD || undefined,
}
const database = `salon_btree_gist_${process.pid}`
const role = `salon_no_extensions_${process.pid}`

async function connect(options: { database: string; user?: string; password?: string }) {
  const client = new Client({ ...server, ...options })
  await client.connect()
  return client
}

describe("booking migration: the btree_gist extension", () => {
  let admin: Client
  beforeAll(async () => {
    admin = await connect({ database: "postgres" })
    await admin.query(`CREATE DATABASE "${database}"`)
    await admin.query(`CREATE ROLE "${role}" LOGIN PASSWORD 'salon'`)
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await admin.query(`DROP ROLE IF EXISTS "${role}"`)
    await admin.end()
  })

  it("fails for a user who may not create it, saying what the administrator must run", async () => {
    const user = await connect({ database, user: role, password: "salon" })
    try {
      await expect(user.query(ENSURE_BTREE_GIST_SQL)).rejects.toThrow(
        `database user ${role} may not create it. A database administrator must run, in database ${database}: CREATE EXTENSION IF NOT EXISTS btree_gist;`
      )
    } finally {
      await user.end()
    }
  })

  it("passes for that user once the administrator created it", async () => {
    const owner = await connect({ database })
    await owner.query("CREATE EXTENSION IF NOT EXISTS btree_gist")
    await owner.end()
    const user = await connect({ database, user: role, password: "salon" })
    try {
      await expect(user.query(ENSURE_BTREE_GIST_SQL)).resolves.toBeDefined()
    } finally {
      await user.end()
    }
  })
})
