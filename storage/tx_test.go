package storage_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"kefu"
	"kefu/storage"
)

// A ticket, its customer, its first message and its audit entry are one
// transaction: when any part fails, none of it is written.
func TestTransactions_FailedCreateTicketWritesNothing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		edit func(c *kefu.TicketCreate)
	}{
		{"message fails validation", func(c *kefu.TicketCreate) { c.Message.Text = "bad\x00text" }},
		{"message author does not exist", func(c *kefu.TicketCreate) {
			c.Message.Direction, c.Message.AuthorUserID = kefu.DirectionOutbound, 1<<40
		}},
		{"assignee does not exist", func(c *kefu.TicketCreate) { c.AssigneeID = 1 << 40 }},
	}
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				email := fmt.Sprintf("buyer%d@example.com", i)
				c := newTicket(s.ID, "Where is my order", "please help")
				c.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: email}}}
				tt.edit(c)
				auditBefore := auditHead(t, db)
				_, err := db.CreateTicket(sysCtx(t), c)
				if err == nil {
					t.Fatal("CreateTicket succeeded")
				}
				if code := kefu.ErrorCode(err); code == kefu.EINTERNAL {
					t.Errorf("a bad reference is reported as internal: %v", err)
				}
				if n := countTickets(t, db); n != 0 {
					t.Errorf("%d tickets written", n)
				}
				if n := be.count(t, `SELECT count(*) FROM messages`); n != 0 {
					t.Errorf("%d messages written", n)
				}
				_, err = db.FindCustomerByIdentity(sysCtx(t), kefu.Identity{Kind: kefu.IdentityEmail, Value: email})
				wantCode(t, err, kefu.ENOTFOUND)
				if head := auditHead(t, db); head != auditBefore {
					t.Errorf("audit head moved from %d to %d", auditBefore, head)
				}
			})
		}
		// A batch with one bad create writes none of them.
		good := newTicket(s.ID, "fine", "fine")
		bad := newTicket(s.ID, "bad", "fine")
		bad.AssigneeID = 1 << 40
		if _, err := db.CreateTickets(sysCtx(t), []*kefu.TicketCreate{good, bad}); err == nil {
			t.Error("CreateTickets with a bad create succeeded")
		}
		if n := countTickets(t, db); n != 0 {
			t.Errorf("a failed batch wrote %d tickets", n)
		}
	})
}

func TestConcurrency_ParallelCreatesAllSucceed(t *testing.T) {
	t.Parallel()
	const workers, each = 8, 50
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "busy", "amazon", "USD")
		var wg sync.WaitGroup
		errs := make(chan error, workers*each+workers)
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					c := newTicket(s.ID, fmt.Sprintf("w%d-%d", w, i), "concurrent")
					// Shared buyers: workers race to create the same customer.
					c.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: fmt.Sprintf("buyer%d@example.com", i%5)}}}
					if _, err := db.CreateTicket(sysCtx(t), c); err != nil {
						errs <- fmt.Errorf("worker %d create %d: %w", w, i, err)
					}
				}
			}()
		}
		// Readers run beside the writers.
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if _, err := db.ListTickets(sysCtx(t), kefu.TicketFilter{Limit: 50}); err != nil {
					errs <- fmt.Errorf("concurrent list: %w", err)
				}
			}
		}()
		wg.Wait()
		close(errs)
		n := 0
		for err := range errs {
			if n++; n <= 5 {
				t.Error(err)
			}
		}
		if got := countTickets(t, db); got != workers*each {
			t.Errorf("ticket count = %d, want %d", got, workers*each)
		}
		customers := map[int64]bool{}
		for _, tk := range listAll(t, sysCtx(t), db, kefu.TicketFilter{}) {
			customers[tk.CustomerID] = true
		}
		if len(customers) != 5 {
			t.Errorf("%d distinct customers for 5 buyers", len(customers))
		}
	})
}

// Counters and tags are read-modify-write: concurrent changes to one
// ticket must not lose each other's updates.
func TestConcurrency_ParallelChangesToOneTicketAreNotLost(t *testing.T) {
	t.Parallel()
	const workers, each = 8, 10
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "hot ticket", "first"))
		var wg sync.WaitGroup
		errs := make(chan error, workers*each*2)
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					if _, err := db.AddMessage(sysCtx(t), tk.ID, &kefu.Message{Direction: kefu.DirectionNote, Text: fmt.Sprintf("note %d-%d", w, i)}); err != nil {
						errs <- err
					}
				}
				if _, err := db.UpdateTicket(sysCtx(t), tk.ID, kefu.TicketUpdate{AddTags: []string{fmt.Sprintf("worker-%d", w)}}); err != nil {
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		got := mustFindTicket(t, db, tk.ID)
		if want := 1 + workers*each; got.MessageCount != want || len(got.Messages) != want {
			t.Errorf("MessageCount %d, %d messages; want %d", got.MessageCount, len(got.Messages), want)
		}
		var want []string
		for w := range workers {
			want = append(want, fmt.Sprintf("worker-%d", w))
		}
		tags := slices.Clone(got.Tags)
		slices.Sort(tags)
		if !slices.Equal(tags, want) {
			t.Errorf("tags = %q, want all %d workers' tags", got.Tags, workers)
		}
		if n := len(listAll(t, sysCtx(t), db, kefu.TicketFilter{Tags: []string{"worker-3"}})); n != 1 {
			t.Errorf("tag filter worker-3 finds %d", n)
		}
	})
}

// A panic inside a transaction rolls it back and frees the writer: the
// next write goes through instead of waiting forever.
func TestPanicInBatchReleasesTheWriter(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		func() {
			defer func() { _ = recover() }()
			_ = db.Batch(sysCtx(t), func(ctx context.Context) error {
				if err := db.CreateStore(ctx, &kefu.Store{Slug: "half", Platform: "shopify", Name: "Half", Currency: "USD"}); err != nil {
					return err
				}
				panic("handler bug")
			})
		}()
		mustCreateStore(t, db, "after", "shopify", "USD")
		stores, err := db.ListStores(sysCtx(t))
		must(t, err, "list stores")
		for _, s := range stores {
			if s.Slug == "half" {
				t.Error("the panicking transaction's store was committed")
			}
		}
	})
}
