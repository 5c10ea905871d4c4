package storage_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

// Two processors that meet one new case at once (two replicas on
// PostgreSQL, each with one event of a new dispute) open one ticket: the
// second waits on the case until the first commits, then finds it.
func TestLookups_FindTicketByCaseInABatchOpensACaseOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		st := mustCreateStore(t, db, "cases", "stripe", "USD")
		ctx := sysCtx(t)
		var wg sync.WaitGroup
		for range 2 {
			wg.Go(func() {
				err := db.Batch(ctx, func(ctx context.Context) error {
					_, err := db.FindTicketByCase(ctx, st.ID, "dp_race")
					if kefu.ErrorCode(err) != kefu.ENOTFOUND {
						return err // found: nothing to open
					}
					time.Sleep(100 * time.Millisecond) // the other processor looks now
					_, err = db.CreateTicket(ctx, &kefu.TicketCreate{StoreID: st.ID, Subject: "dispute", CaseID: "dp_race", NoticeKind: "dispute_notice"})
					return err
				})
				if err != nil {
					t.Errorf("batch: %v", err)
				}
			})
		}
		wg.Wait()
		if n := len(listAll(t, ctx, db, kefu.TicketFilter{})); n != 1 {
			t.Errorf("%d tickets for one case, want 1", n)
		}
	})
}
