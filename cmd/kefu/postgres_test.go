package main

import (
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"kefu/storage/storagetest"
)

// postgresDSN returns a DSN for a fresh schema on the KEFU_TEST_POSTGRES
// server, dropped when the test ends, or skips the test.
func postgresDSN(t *testing.T) string { return storagetest.PostgresDSN(t) }
