/**
 * Creates btree_gist unless it exists. A database user who may not create extensions gets a
 * message saying what the database administrator must run, instead of a bare "permission denied".
 */
export const ENSURE_BTREE_GIST_SQL = `DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gist') THEN
    CREATE EXTENSION btree_gist;
  END IF;
EXCEPTION
  WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'medusa-plugin-salon-erp: bookings need the PostgreSQL extension btree_gist, and database user % may not create it. A database administrator must run, in database %: CREATE EXTENSION IF NOT EXISTS btree_gist; then run the migrations again.', current_user, current_database();
  WHEN undefined_file THEN
    RAISE EXCEPTION 'medusa-plugin-salon-erp: bookings need the PostgreSQL extension btree_gist, which is not installed on this server. Install PostgreSQL''s contrib extensions (on Debian: the postgresql-contrib package), then a database administrator must run, in database %: CREATE EXTENSION IF NOT EXISTS btree_gist;', current_database();
END
$$;`
