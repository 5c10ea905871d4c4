// Package storage keeps kefu's data in SQLite (embedded, the default) or
// PostgreSQL (for several replicas). Both run the same Go code; where the
// dialects differ, each has its own SQL file. DB implements the services
// declared in package kefu and checks the acting user's permissions.
package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// Config says where the data lives.
type Config struct {
	// DSN is a path to an SQLite file (optionally "sqlite:" prefixed) or a
	// postgres:// URL. A search_path query parameter selects a schema.
	DSN string
	// SecretKey seals store secrets (32 bytes, AES-256-GCM).
	SecretKey []byte
}

// DB is an open kefu database.
type DB struct {
	write   *sql.DB // SQLite: one connection, so writers queue in Go, not on busy locks
	read    *sql.DB // SQLite: a pool of readers; PostgreSQL: the same pool as write
	dialect *dialect
	sealer  *sealer
	now     func() time.Time
	stmts   *stmtCache // SQLite's writer statements, kept across transactions
	// writerQueue lets foreground writes go before background ones on
	// SQLite's single writer; nil on PostgreSQL.
	writerQueue *writerQueue
	// readStmts keeps SQLite's reads prepared on the read pool: parsing
	// costs more than running most of kefu's indexed lookups.
	readStmts *stmtCache
	// checkpointer moves SQLite's checkpoints off the writer; nil on
	// PostgreSQL.
	checkpointer *checkpointer
	slaPolicies  tableCache[*kefu.SLAPolicy]
}

// Open connects to the database named by cfg.DSN. It does not migrate.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	sealer, err := newSealer(cfg.SecretKey)
	if err != nil {
		return nil, err
	}
	db := &DB{sealer: sealer, now: kefu.Now}
	db.slaPolicies.fingerprint = `SELECT count(*), CAST(coalesce(sum(id), 0) AS BIGINT), CAST(coalesce(sum(updated_at), 0) AS BIGINT) FROM sla_policies`
	if IsPostgres(cfg.DSN) {
		err = db.openPostgres(ctx, cfg.DSN)
	} else {
		err = db.openSQLite(ctx, strings.TrimPrefix(cfg.DSN, "sqlite:"))
	}
	if err != nil {
		return nil, err
	}
	return db, nil
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Close closes every connection.
func (db *DB) Close() error {
	db.stmts.close()
	db.readStmts.close()
	err := db.checkpointer.close()
	if werr := db.write.Close(); err == nil {
		err = werr
	}
	if db.read != db.write {
		if rerr := db.read.Close(); err == nil {
			err = rerr
		}
	}
	return err
}

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.read.PingContext(ctx); err != nil {
		return fmt.Errorf("database unreachable: %w", err)
	}
	return nil
}

// Dialect names the backend: "sqlite" or "postgres".
func (db *DB) Dialect() string { return db.dialect.name }

// Stats reports connection pool statistics for metrics.
func (db *DB) Stats() (write, read sql.DBStats) {
	return db.write.Stats(), db.read.Stats()
}

// tx is a transaction with the dialect's placeholder rewriting.
type tx struct {
	*sql.Tx
	db    *DB
	now   time.Time
	stmts map[string]*sql.Stmt // prepared once per transaction (SQLite)
	// owners remembers identity → customer within the transaction, so a
	// bulk import of one buyer's hundred orders looks them up once.
	owners map[kefu.Identity]int64
	named  map[int64]bool // customers known to have a name

	savepoints int // nested calls within a Batch
	// Rows written just before commit, in a few statements; see
	// writeDeferred.
	deferred deferred
}

type txKey struct{}

// atomicKey marks a context inside a Batch: the caller rolls the whole
// transaction (or savepoint) back on any error, so the service calls
// within need no savepoint of their own.
type atomicKey struct{}

// inTx runs fn in a write transaction: committed when fn returns nil,
// rolled back otherwise, so a failed request leaves nothing behind. Inside
// a Batch it runs in a savepoint of the batch's transaction instead, so the
// call still succeeds or fails as a whole.
func (db *DB) inTx(ctx context.Context, fn func(tx *tx) error) error {
	if outer, ok := ctx.Value(txKey{}).(*tx); ok && outer.db == db {
		if ctx.Value(atomicKey{}) != nil {
			return fn(outer)
		}
		return outer.savepoint(ctx, fn)
	}
	if db.writerQueue != nil {
		done := db.writerQueue.enter(ctx)
		defer done()
	}
	sqlTx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	t := &tx{Tx: sqlTx, db: db, now: db.now()}
	// A panic must not leave the transaction open: on SQLite it would hold
	// the one writer connection and every later write would wait forever.
	defer func() {
		if r := recover(); r != nil {
			_ = sqlTx.Rollback()
			panic(r)
		}
	}()
	if err := fn(t); err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	if err := t.writeDeferred(ctx); err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	db.checkpointer.committed()
	db.stmts.learn(t.stmts)
	return nil
}

// stmt returns a statement prepared in this transaction. Bulk work (order
// imports, seeding) runs the same few statements thousands of times, and
// SQLite spends most of a small statement's time parsing it. PostgreSQL's
// driver already caches prepared statements per connection.
func (t *tx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := t.stmts[query]; ok {
		return s, nil
	}
	var s *sql.Stmt
	if shared := t.db.stmts.get(query); shared != nil {
		s = t.StmtContext(ctx, shared)
	} else {
		var err error
		if s, err = t.PrepareContext(ctx, t.db.dialect.rebind(query)); err != nil {
			return nil, err
		}
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[query] = s
	return s, nil
}

// Batch runs fn in one transaction that every service call made with the
// ctx it is given joins. Ingest processes many events per commit this way:
// on SQLite a commit is an fsync, and one per event would cap the pipeline
// at the disk's fsync rate.
//
// The calls join without savepoints of their own (each would cost SQLite's
// FTS5 a flush), so fn must return every error it meets; the whole Batch
// then rolls back. A Batch inside a Batch is a savepoint: the way to let
// one piece of work fail alone.
func (db *DB) Batch(ctx context.Context, fn func(ctx context.Context) error) error {
	if outer, ok := ctx.Value(txKey{}).(*tx); ok && outer.db == db {
		return outer.savepoint(ctx, func(t *tx) error { return fn(ctx) })
	}
	return db.inTx(ctx, func(t *tx) error {
		return fn(context.WithValue(context.WithValue(ctx, txKey{}, t), atomicKey{}, true))
	})
}

func (t *tx) savepoint(ctx context.Context, fn func(tx *tx) error) error {
	t.savepoints++
	name := "sp" + strconv.Itoa(t.savepoints)
	if _, err := t.ExecContext(ctx, "SAVEPOINT "+name); err != nil {
		return err
	}
	mark := t.deferred.mark()
	if err := fn(t); err != nil {
		t.owners, t.named = nil, nil // may name customers the rollback removes
		t.deferred.reset(mark)
		if _, rerr := t.ExecContext(ctx, "ROLLBACK TO SAVEPOINT "+name); rerr != nil {
			return errors.Join(err, rerr)
		}
		_, _ = t.ExecContext(ctx, "RELEASE SAVEPOINT "+name)
		return err
	}
	_, err := t.ExecContext(ctx, "RELEASE SAVEPOINT "+name)
	return err
}

// reader is where a read runs: the batch's transaction when there is one,
// so that a batch sees its own writes, else the read pool.
func (db *DB) reader(ctx context.Context) queryer {
	if t, ok := ctx.Value(txKey{}).(*tx); ok && t.db == db {
		return t
	}
	return db.read
}

func (t *tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if !t.db.dialect.prepareInTx {
		return t.ExecContext(ctx, t.db.dialect.rebind(query), args...)
	}
	s, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

func (t *tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if !t.db.dialect.prepareInTx {
		return t.QueryContext(ctx, t.db.dialect.rebind(query), args...)
	}
	s, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// queryRow is query for one row; errors surface from Scan as usual.
func (t *tx) queryRow(ctx context.Context, query string, args ...any) rowScanner {
	if !t.db.dialect.prepareInTx {
		return t.QueryRowContext(ctx, t.db.dialect.rebind(query), args...)
	}
	s, err := t.stmt(ctx, query)
	if err != nil {
		return errRow{err}
	}
	return s.QueryRowContext(ctx, args...)
}

type rowScanner interface{ Scan(dest ...any) error }

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// insert runs an INSERT … RETURNING id and returns the id.
func (t *tx) insert(ctx context.Context, query string, args ...any) (int64, error) {
	var id int64
	err := t.queryRow(ctx, query+" RETURNING id", args...).Scan(&id)
	return id, err
}

// queryer is what read helpers need: a transaction or the read pool.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (db *DB) query(ctx context.Context, q queryer, query string, args ...any) (*sql.Rows, error) {
	if t, ok := q.(*tx); ok {
		return t.query(ctx, query, args...)
	}
	if q == db.read {
		if s := db.readStmts.prepare(ctx, query); s != nil {
			return s.QueryContext(ctx, args...)
		}
	}
	return q.QueryContext(ctx, db.dialect.rebind(query), args...)
}

func (db *DB) queryRow(ctx context.Context, q queryer, query string, args ...any) rowScanner {
	if t, ok := q.(*tx); ok {
		return t.queryRow(ctx, query, args...)
	}
	if q == db.read {
		if s := db.readStmts.prepare(ctx, query); s != nil {
			return s.QueryRowContext(ctx, args...)
		}
	}
	return q.QueryRowContext(ctx, db.dialect.rebind(query), args...)
}
