package storage_test

import (
	"fmt"
	"os"
	"testing"
	"time"

	"kefu"
)

// The writer leaves checkpoints to the checkpointer: commits far below
// SQLite's own threshold still reach the database file soon after, and
// not in the commit that happens to cross it.
func TestSQLite_CheckpointsRunBesideTheWriter(t *testing.T) {
	be := newSQLiteBackend(t)
	db := be.mustOpen(t, testSecretKey, true)
	ctx := sysCtx(t)
	st := &kefu.Store{Slug: "ckpt", Platform: "shopify", Name: "Checkpoints", Timezone: "UTC", Currency: "USD"}
	if err := db.CreateStore(ctx, st); err != nil {
		t.Fatal(err)
	}
	size := func() int64 {
		fi, err := os.Stat(be.dsn)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	// Let the migrations' checkpoint land first.
	time.Sleep(500 * time.Millisecond)
	before := size()
	for i := range 200 {
		if _, err := db.CreateTicket(ctx, &kefu.TicketCreate{StoreID: st.ID, Subject: fmt.Sprintf("checkpoint %d", i),
			Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: fmt.Sprintf("%0*d", 4000, i)}}); err != nil {
			t.Fatal(err)
		}
	}
	// About 1 MB went to the log: well under the writer's own threshold
	// of 64 MiB, so only the checkpointer moves it into the file.
	deadline := time.Now().Add(10 * time.Second)
	for size() <= before+512<<10 {
		if time.Now().After(deadline) {
			t.Fatalf("database file %d bytes, %d before 200 tickets: nothing was checkpointed", size(), before)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
