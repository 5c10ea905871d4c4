// Package storagetest opens real kefu databases for tests in other
// packages: a fresh SQLite file always, and a PostgreSQL schema of its own
// when KEFU_TEST_POSTGRES names a server.
package storagetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver for schema setup

	"kefu"
	"kefu/storage"
)

// SecretKey seals store secrets in test databases.
var SecretKey = make([]byte, 32)

// Each runs fn as subtest "sqlite" and, when KEFU_TEST_POSTGRES is set,
// "postgres", each with a migrated empty database.
func Each(t *testing.T, fn func(t *testing.T, db *storage.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, OpenSQLite(t)) })
	t.Run("postgres", func(t *testing.T) {
		dsn := os.Getenv("KEFU_TEST_POSTGRES")
		if dsn == "" {
			t.Skip("KEFU_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)")
		}
		fn(t, OpenPostgres(t, dsn))
	})
}

// OpenSQLite returns a migrated database in a temporary file.
func OpenSQLite(t testing.TB) *storage.DB {
	t.Helper()
	return open(t, filepath.Join(t.TempDir(), "kefu.db"))
}

// OpenPostgres returns a migrated database in a new schema of base's
// database, dropped when the test ends.
func OpenPostgres(t testing.TB, base string) *storage.DB {
	t.Helper()
	return open(t, PostgresSchema(t, base))
}

// PostgresDSN returns a DSN for a fresh schema on the KEFU_TEST_POSTGRES
// server, dropped when the test ends, or skips the test when none is set.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv("KEFU_TEST_POSTGRES")
	if base == "" {
		t.Skip("KEFU_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)")
	}
	return PostgresSchema(t, base)
}

// PostgresSchema creates a schema of its own on base's database and
// returns base with search_path set to it, so tests run side by side.
func PostgresSchema(t testing.TB, base string) string {
	t.Helper()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	schema := "kefu_test_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		_, _ = admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("KEFU_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema) // pgx passes unknown parameters on as runtime parameters
	u.RawQuery = q.Encode()
	return u.String()
}

func open(t testing.TB, dsn string) *storage.DB {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, storage.Config{DSN: dsn, SecretKey: SecretKey})
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return db
}

// Store creates a store for tests.
func Store(t testing.TB, db *storage.DB, slug, platform string, secrets kefu.Secrets) *kefu.Store {
	t.Helper()
	s := &kefu.Store{Slug: slug, Platform: platform, Name: slug, Timezone: "UTC", Currency: "USD", Secrets: secrets}
	if err := db.CreateStore(kefu.SystemContext(context.Background(), "test"), s); err != nil {
		t.Fatalf("create store %s: %v", slug, err)
	}
	return s
}
