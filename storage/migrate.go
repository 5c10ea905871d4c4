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
		if err := t.migrationLock(ctx); err != nil {
			return err
		}
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
			if err := t.migrationLock(ctx); err != nil {
				return err
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
	var n, v int
	if err := db.queryRow(ctx, db.reader(ctx), db.dialect.q("migrations_table_exists")).Scan(&n); err != nil || n == 0 {
		return 0, err
	}
	err := db.queryRow(ctx, db.reader(ctx), `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// migrationLock serialises replicas that start together, so none runs a
// migration twice. SQLite's write transaction is already exclusive.
func (t *tx) migrationLock(ctx context.Context) error {
	_, err := t.exec(ctx, t.db.dialect.q("migration_lock"))
	return err
}

// Optimize refreshes the query planner's statistics where they are stale.
// The app runs it at start and every few hours; bulk loaders at the end.
func (db *DB) Optimize(ctx context.Context) error {
	q := db.dialect.q("optimize")
	if q == "" {
		return nil
	}
	_, err := db.write.ExecContext(ctx, q)
	return err
}
