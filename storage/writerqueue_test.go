package storage_test

import (
	"context"
	"testing"

	"kefu"
	"kefu/storage/storagetest"
)

// Webhooks and agents count as foreground while they hold SQLite's writer,
// so background loops know to end their shared transactions; background
// transactions themselves do not count.
func TestForegroundWaitingSeesForegroundTransactionsOnly(t *testing.T) {
	db := storagetest.OpenSQLite(t)
	ctx := kefu.SystemContext(context.Background(), "test")
	if db.ForegroundWaiting() {
		t.Fatal("foreground reported with no transaction open")
	}
	inside := false
	must(t, db.Batch(ctx, func(context.Context) error { inside = db.ForegroundWaiting(); return nil }), "foreground batch")
	if !inside {
		t.Error("a foreground transaction was not seen")
	}
	must(t, db.Batch(kefu.Background(ctx), func(context.Context) error { inside = db.ForegroundWaiting(); return nil }), "background batch")
	if inside {
		t.Error("a background transaction counted as foreground")
	}
	if db.ForegroundWaiting() {
		t.Error("foreground still reported after the transactions ended")
	}
}
