package storage_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
	"kefu/storage/storagetest"
)

func TestJobs_DedupeClaimLeaseAndFinish(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := kefu.SystemContext(context.Background(), "test")
		if added, err := db.EnqueueJob(ctx, &kefu.Job{Kind: "escalate", DedupeKey: "t1:l1"}); err != nil || !added {
			t.Fatalf("first enqueue = %v, %v", added, err)
		}
		if added, err := db.EnqueueJob(ctx, &kefu.Job{Kind: "escalate", DedupeKey: "t1:l1"}); err != nil || added {
			t.Fatalf("enqueue of the same dedupe key = %v, %v; want a no-op", added, err)
		}
		later := &kefu.Job{Kind: "escalate", DueAt: time.Now().Add(time.Hour)}
		if _, err := db.EnqueueJob(ctx, later); err != nil {
			t.Fatal(err)
		}
		jobs, err := db.ClaimJobs(ctx, []string{"escalate"}, 10, time.Minute)
		if err != nil || len(jobs) != 1 || jobs[0].DedupeKey != "t1:l1" || jobs[0].Attempts != 1 {
			t.Fatalf("claim = %+v, %v; want the one due job", jobs, err)
		}
		if again, err := db.ClaimJobs(ctx, nil, 10, time.Minute); err != nil || len(again) != 0 {
			t.Fatalf("a leased job was claimed again: %+v, %v", again, err)
		}
		retry := time.Now().Add(-time.Second)
		if err := db.FinishJob(ctx, jobs[0], errors.New("channel down"), &retry); err != nil {
			t.Fatal(err)
		}
		jobs, err = db.ClaimJobs(ctx, nil, 10, time.Minute)
		if err != nil || len(jobs) != 1 || jobs[0].LastError != "channel down" || jobs[0].Attempts != 2 {
			t.Fatalf("retry claim = %+v, %v", jobs, err)
		}
		if err := db.FinishJob(ctx, jobs[0], nil, nil); err != nil {
			t.Fatal(err)
		}
		done, err := db.ListJobs(ctx, kefu.JobFilter{Status: kefu.JobDone})
		if err != nil || len(done) != 1 || done[0].DoneAt == nil {
			t.Fatalf("done jobs = %+v, %v", done, err)
		}
	})
}

func TestJobs_TwoWorkersNeverClaimTheSameJob(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := kefu.SystemContext(context.Background(), "test")
		const n = 60
		for range n {
			if _, err := db.EnqueueJob(ctx, &kefu.Job{Kind: "k"}); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		seen := map[int64]int{}
		var wg sync.WaitGroup
		for range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					jobs, err := db.ClaimJobs(ctx, []string{"k"}, 7, time.Minute)
					if err != nil {
						t.Error(err)
						return
					}
					if len(jobs) == 0 {
						return
					}
					mu.Lock()
					for _, j := range jobs {
						seen[j.ID]++
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if len(seen) != n {
			t.Errorf("%d jobs claimed, want %d", len(seen), n)
		}
		for id, c := range seen {
			if c != 1 {
				t.Errorf("job %d claimed %d times", id, c)
			}
		}
	})
}

func TestJobs_NewTicketsAndBuyerMessagesAreAutomatedImportsAreNot(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := kefu.SystemContext(context.Background(), "test")
		st := storagetest.Store(t, db, "shop", "shopify", nil)
		tk, err := db.CreateTicket(ctx, &kefu.TicketCreate{StoreID: st.ID, Subject: "where is my parcel",
			Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: "where is it?"}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Text: "hello?"}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionNote, Text: "checking"}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.CreateTickets(ctx, []*kefu.TicketCreate{{StoreID: st.ID, Subject: "imported"}}); err != nil {
			t.Fatal(err)
		}
		jobs, err := db.ListJobs(ctx, kefu.JobFilter{Kind: kefu.JobAutomate})
		if err != nil {
			t.Fatal(err)
		}
		if len(jobs) != 2 {
			t.Fatalf("%d automation jobs, want 2 (the new ticket and the buyer's follow-up): %+v", len(jobs), jobs)
		}
		for _, j := range jobs {
			if j.TicketID != tk.ID {
				t.Errorf("job for ticket %d, want %d", j.TicketID, tk.ID)
			}
		}
	})
}
