package storage

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Migrate applies the embedded migrations that have not run yet, each in
// its own transaction, and records them. Migrations are forward-only.
func (db *DB) Migrate(ctx context.Context) error {
	dir := "migrations/" + db.dialect.name
	entries, err := fs.ReadDir(sqlFiles, dir)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	if err := db.inTx(ctx, func(t *tx) error {
		_, err := t.exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`)
		return err
	}); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, e := range entries {
		version, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migrate: bad migration file name %s", e.Name())
		}
		src, err := fs.ReadFile(sqlFiles, path.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		err = db.inTx(ctx, func(t *tx) error {
			// Replicas that start together must not run a migration twice.
			if db.dialect.positional {
				if _, err := t.exec(ctx, `SELECT pg_advisory_xact_lock(7316001)`); err != nil {
					return err
				}
			}
			var n int
			if err := t.queryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil || n > 0 {
				return err
			}
			if _, err := t.ExecContext(ctx, string(src)); err != nil {
				return fmt.Errorf("%s: %w", e.Name(), err)
			}
			_, err := t.exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`, version, e.Name(), t.now.UnixMilli())
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	}
	return nil
}

// SchemaVersion returns the newest applied migration, 0 for an empty database.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.queryRow(ctx, db.read, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}
