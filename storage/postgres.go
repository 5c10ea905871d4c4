package storage

import (
	"context"
	"database/sql"
	"fmt"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"kefu/search"
)

func (db *DB) openPostgres(ctx context.Context, dsn string) error {
	pool, err := sql.Open("pgx", dsn)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	pool.SetMaxOpenConns(20)
	pool.SetMaxIdleConns(10)
	if err := pool.PingContext(ctx); err != nil {
		pool.Close()
		return fmt.Errorf("postgres: connect: %w", err)
	}
	db.write, db.read = pool, pool
	db.dialect = newDialect("postgres", true, search.TSVector, search.Query.TSQuery)
	return nil
}
