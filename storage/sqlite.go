package storage

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"kefu/search"
)

// sqlitePragmas are set on every connection. WAL lets readers run beside
// the writer; synchronous=FULL fsyncs every commit, because kefu
// acknowledges inbound events only once they are durable.
var sqlitePragmas = []string{
	"busy_timeout(10000)",
	"journal_mode(WAL)",
	"synchronous(FULL)",
	"foreign_keys(1)",
	"temp_store(MEMORY)",
	"cache_size(-65536)", // 64 MiB per connection
	"wal_autocheckpoint(" + strconv.Itoa(writerCheckpointPages) + ")",
}

func (db *DB) openSQLite(ctx context.Context, path string) error {
	if path == "" {
		return fmt.Errorf("sqlite: empty database path")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return fmt.Errorf("sqlite: create directory: %w", err)
		}
	}
	q := url.Values{}
	for _, p := range sqlitePragmas {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate") // take the write lock at BEGIN, not mid-transaction
	dsn := "file:" + path + "?" + q.Encode()

	write, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	// One writer connection: SQLite allows one writer at a time anyway, and
	// queuing in database/sql is cheaper and fairer than busy retries.
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	write.SetConnMaxLifetime(0)
	if err := write.PingContext(ctx); err != nil {
		write.Close()
		return fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	read, err := sql.Open("sqlite", dsn)
	if err != nil {
		write.Close()
		return fmt.Errorf("sqlite: %w", err)
	}
	n := max(4, 2*runtime.GOMAXPROCS(0))
	read.SetMaxOpenConns(n)
	read.SetMaxIdleConns(n)
	read.SetConnMaxLifetime(0)
	ckpt, err := sql.Open("sqlite", dsn)
	if err != nil {
		write.Close()
		read.Close()
		return fmt.Errorf("sqlite: %w", err)
	}
	ckpt.SetMaxOpenConns(1)
	db.write, db.read = write, read
	db.checkpointer = startCheckpointer(ckpt)
	db.dialect = newDialect("sqlite", false, search.Joined, search.Query.FTS5)
	db.dialect.prepareInTx = true
	db.stmts = newStmtCache(write, db.dialect.rebind, true)
	db.readStmts = newStmtCache(read, db.dialect.rebind, true)
	db.writerQueue = &writerQueue{}
	return nil
}
