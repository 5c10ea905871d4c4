package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kefu"
	"kefu/ingest"
	"kefu/storage"
	"kefu/storage/storagetest"
)

// ticketHandler makes one ticket per event, found again by its case id,
// so handling an event twice must not make a second ticket.
type ticketHandler struct {
	db    *storage.DB
	fail  atomic.Int32 // fail this many more calls
	calls atomic.Int32
}

func (h *ticketHandler) Handle(ctx context.Context, ev *ingest.Event) error {
	h.calls.Add(1)
	if h.fail.Load() > 0 {
		h.fail.Add(-1)
		// Write something first: a failed event must leave nothing behind.
		if _, err := h.db.CreateTicket(ctx, &kefu.TicketCreate{StoreID: ev.StoreID, Subject: "half-written", CaseID: "half-" + ev.ExternalID}); err != nil {
			return err
		}
		return errors.New("provider unreachable")
	}
	if _, err := h.db.FindTicketByCase(ctx, ev.StoreID, ev.ExternalID); err == nil {
		return nil
	}
	_, err := h.db.CreateTicket(ctx, &kefu.TicketCreate{StoreID: ev.StoreID, Subject: "event " + ev.ExternalID, CaseID: ev.ExternalID,
		NoticeKind: "dispute_notice", Message: &kefu.Message{Direction: kefu.DirectionSystem, Text: string(ev.Payload), ExternalID: "evt:" + ev.ExternalID}})
	return err
}

func startPipeline(t *testing.T, db *storage.DB, h ingest.Handler) (*ingest.Pipeline, context.CancelFunc) {
	t.Helper()
	return startPipelineWith(t, db, h, ingest.Options{Poll: 20 * time.Millisecond})
}

func startPipelineWith(t *testing.T, db *storage.DB, h ingest.Handler, opt ingest.Options) (*ingest.Pipeline, context.CancelFunc) {
	t.Helper()
	p := ingest.New(db, map[string]ingest.Handler{ingest.SourceGeneric: h}, opt)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = p.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	return p, cancel
}

// acceptAll sends events new events (ids prefix-001 …) from senders
// goroutines at once, then waits until each has its ticket.
func acceptAll(t *testing.T, db *storage.DB, p *ingest.Pipeline, storeID int64, prefix string, events, senders int) {
	t.Helper()
	var next atomic.Int32
	var wg sync.WaitGroup
	for range senders {
		wg.Go(func() {
			for i := int(next.Add(1)); i <= events; i = int(next.Add(1)) {
				if _, err := p.Accept(context.Background(), &ingest.Event{Source: ingest.SourceGeneric, StoreID: storeID,
					ExternalID: fmt.Sprintf("%s-%03d", prefix, i), Type: "test", Payload: []byte(`{}`)}); err != nil {
					t.Errorf("accept: %v", err)
				}
			}
		})
	}
	wg.Wait()
	waitFor(t, "tickets", func() bool { return countTickets(t, db) == events })
	time.Sleep(100 * time.Millisecond)
	if n := countTickets(t, db); n != events {
		t.Errorf("%d tickets, want %d", n, events)
	}
}

func countTickets(t *testing.T, db *storage.DB) int {
	t.Helper()
	ctx := kefu.SystemContext(context.Background(), "test")
	n, cursor := 0, ""
	for {
		page, err := db.ListTickets(ctx, kefu.TicketFilter{Limit: kefu.MaxPageSize, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		n += len(page.Tickets)
		if cursor = page.NextCursor; cursor == "" {
			return n
		}
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestPipeline_RedeliveriesAreAcknowledgedAndMakeOneTicketEach(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "shop", "shopify", nil)
		h := &ticketHandler{db: db}
		p, _ := startPipeline(t, db, h)
		ctx := context.Background()
		const events, senders = 50, 8
		var dups atomic.Int32
		var wg sync.WaitGroup
		for s := range senders {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range events {
					dup, err := p.Accept(ctx, &ingest.Event{Source: ingest.SourceGeneric, StoreID: store.ID,
						ExternalID: fmt.Sprintf("e%03d", i), Type: "test", Payload: []byte(fmt.Sprintf(`{"n":%d,"sender":%d}`, i, s))})
					if err != nil {
						t.Errorf("accept: %v", err)
					}
					if dup {
						dups.Add(1)
					}
				}
			}()
		}
		wg.Wait()
		if got, want := int(dups.Load()), events*(senders-1); got != want {
			t.Errorf("%d deliveries reported duplicate, want %d", got, want)
		}
		waitFor(t, "tickets", func() bool { return countTickets(t, db) == events })
		time.Sleep(100 * time.Millisecond)
		if n := countTickets(t, db); n != events {
			t.Errorf("%d tickets, want %d", n, events)
		}
		evs, err := db.ListEvents(kefu.SystemContext(ctx, "test"), ingest.EventFilter{Limit: kefu.MaxPageSize})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != events {
			t.Errorf("%d archived events, want %d", len(evs), events)
		}
	})
}

func TestPipeline_AcceptReturnsOnlyOnceTheEventIsStored(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "shop", "shopify", nil)
		// No handler for the source: processing fails, archiving must not.
		p := ingest.New(db, nil, ingest.Options{})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); _ = p.Run(ctx) }()
		payload := []byte("{\"exact\":\"bytes\\u0000\",\"中文\":1}\n")
		if _, err := p.Accept(context.Background(), &ingest.Event{Source: "custom", StoreID: store.ID, ExternalID: "x1", Payload: payload}); err != nil {
			t.Fatal(err)
		}
		cancel()
		<-done
		evs, err := db.ListEvents(kefu.SystemContext(context.Background(), "test"), ingest.EventFilter{})
		if err != nil || len(evs) != 1 {
			t.Fatalf("events = %d, %v; want 1 archived before Accept returned", len(evs), err)
		}
		claimed, err := db.DueEvents(context.Background(), 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range claimed {
			if string(ev.Payload) != string(payload) {
				t.Errorf("payload %q, want the exact bytes %q", ev.Payload, payload)
			}
		}
		if _, err := p.Accept(context.Background(), &ingest.Event{Source: "custom", StoreID: store.ID, ExternalID: "x2"}); err == nil {
			t.Error("Accept after the pipeline stopped succeeded; it must fail so the sender retries")
		}
	})
}

func TestPipeline_FailedProcessingLeavesNothingAndIsRetried(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "shop", "shopify", nil)
		h := &ticketHandler{db: db}
		h.fail.Store(1)
		p := ingest.New(db, map[string]ingest.Handler{ingest.SourceGeneric: h}, ingest.Options{})
		ctx := context.Background()
		// Archive directly, then process by hand: deterministic.
		if _, err := db.AppendEvents(ctx, []*ingest.Event{{Source: ingest.SourceGeneric, StoreID: store.ID, ExternalID: "f1", ReceivedAt: kefu.Now(), Payload: []byte("{}")}}); err != nil {
			t.Fatal(err)
		}
		if n, err := p.ProcessDue(ctx); err != nil || n != 1 {
			t.Fatalf("ProcessDue = %d, %v", n, err)
		}
		if n := countTickets(t, db); n != 0 {
			t.Errorf("a failed event left %d tickets; its effects must roll back", n)
		}
		sys := kefu.SystemContext(ctx, "test")
		evs, _ := db.ListEvents(sys, ingest.EventFilter{})
		if len(evs) != 1 || evs[0].Status != ingest.StatusPending || evs[0].Attempts != 1 || evs[0].LastError == "" || evs[0].NextAttemptAt == nil {
			t.Fatalf("after a failure the event is %+v; want pending, 1 attempt, the error kept and a retry scheduled", evs[0])
		}
		// Not due yet: nothing to do.
		if n, _ := p.ProcessDue(ctx); n != 0 {
			t.Errorf("processed %d events before their retry time", n)
		}
		if _, err := db.RequeueEvents(sys, time.Time{}, ""); err != nil {
			t.Fatal(err)
		}
		if n, err := p.ProcessDue(ctx); err != nil || n != 1 {
			t.Fatalf("retry: ProcessDue = %d, %v", n, err)
		}
		if n := countTickets(t, db); n != 1 {
			t.Errorf("%d tickets after the retry, want 1", n)
		}
		// A replay of everything doubles nothing.
		if _, err := db.RequeueEvents(sys, time.Time{}, ""); err != nil {
			t.Fatal(err)
		}
		if n, err := p.ProcessDue(ctx); err != nil || n != 1 {
			t.Fatalf("replay: ProcessDue = %d, %v", n, err)
		}
		if n := countTickets(t, db); n != 1 {
			t.Errorf("%d tickets after a replay, want 1", n)
		}
	})
}

func TestPipeline_GivesUpAfterMaxAttempts(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "shop", "shopify", nil)
		h := &ticketHandler{db: db}
		h.fail.Store(100)
		p := ingest.New(db, map[string]ingest.Handler{ingest.SourceGeneric: h}, ingest.Options{MaxAttempts: 3, RetryBase: time.Millisecond})
		ctx := context.Background()
		sys := kefu.SystemContext(ctx, "test")
		if _, err := db.AppendEvents(ctx, []*ingest.Event{{Source: ingest.SourceGeneric, StoreID: store.ID, ExternalID: "g1", ReceivedAt: kefu.Now(), Payload: []byte("{}")}}); err != nil {
			t.Fatal(err)
		}
		for attempt := 1; attempt <= 3; attempt++ {
			time.Sleep(20 * time.Millisecond) // the retry is due after a few ms
			if n, err := p.ProcessDue(ctx); err != nil || n != 1 {
				t.Fatalf("attempt %d: ProcessDue = %d, %v", attempt, n, err)
			}
		}
		evs, _ := db.ListEvents(sys, ingest.EventFilter{})
		if len(evs) != 1 || evs[0].Status != ingest.StatusFailed || evs[0].Attempts != 3 {
			t.Fatalf("after MaxAttempts the event is %+v, want failed after 3 attempts", evs[0])
		}
		time.Sleep(20 * time.Millisecond)
		if n, _ := p.ProcessDue(ctx); n != 0 {
			t.Error("a failed event was processed again without a replay")
		}
		if n, err := db.RequeueEvents(sys, time.Time{}, ingest.SourceGeneric); err != nil || n != 1 {
			t.Fatalf("replay requeued %d, %v", n, err)
		}
	})
}

// A batch the writer keeps up with is processed in the transaction that
// archives it: when Accept returns, the ticket is there too. A batch with
// a failing event is archived without effects, and the process loop
// takes the event up again.
func TestPipeline_AcceptedEventIsProcessedWithItsArchiveCommit(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "shop", "shopify", nil)
		h := &ticketHandler{db: db}
		p, _ := startPipelineWith(t, db, h, ingest.Options{Poll: time.Hour})
		ctx := context.Background()

		ev := &ingest.Event{Source: ingest.SourceGeneric, StoreID: store.ID, ExternalID: "inline-1", Type: "test", Payload: []byte(`{}`)}
		if _, err := p.Accept(ctx, ev); err != nil {
			t.Fatal(err)
		}
		if ev.Status != ingest.StatusProcessed {
			t.Errorf("after Accept the event is %s, want processed", ev.Status)
		}
		if _, err := db.FindTicketByCase(kefu.SystemContext(ctx, "test"), store.ID, "inline-1"); err != nil {
			t.Errorf("no ticket when Accept returned: %v", err)
		}

		h.fail.Store(1)
		failing := &ingest.Event{Source: ingest.SourceGeneric, StoreID: store.ID, ExternalID: "inline-2", Type: "test", Payload: []byte(`{}`)}
		if dup, err := p.Accept(ctx, failing); err != nil || dup {
			t.Fatalf("accept of an event whose processing fails = %v, %v; want acknowledged", dup, err)
		}
		if failing.Status != ingest.StatusPending {
			t.Errorf("an event whose processing failed is %s, want pending", failing.Status)
		}
		// The writer wakes the process loop for what it left pending.
		waitFor(t, "the failed event's retry", func() bool { return countTickets(t, db) == 2 })
		if _, err := db.FindTicketByCase(kefu.SystemContext(ctx, "test"), store.ID, "half-inline-2"); err == nil {
			t.Error("the failed attempt's half-written ticket survived; it must roll back")
		}
	})
}

// preparingHandler counts its Prepare calls and checks that every event
// reaches Handle prepared; Handle is slow enough that senders get ahead
// and events are archived for the process loop.
type preparingHandler struct {
	ticketHandler
	prepared, unprepared atomic.Int32
}

func (h *preparingHandler) Prepare(_ context.Context, ev *ingest.Event) {
	h.prepared.Add(1)
	ev.Prepared = ev.ExternalID
}

func (h *preparingHandler) Handle(ctx context.Context, ev *ingest.Event) error {
	if ev.Prepared != ev.ExternalID {
		h.unprepared.Add(1)
	}
	time.Sleep(200 * time.Microsecond)
	return h.ticketHandler.Handle(ctx, ev)
}

func TestPipeline_EventsArchivedUnderLoadAreProcessedOnceAsPrepared(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "shop", "shopify", nil)
		h := &preparingHandler{ticketHandler: ticketHandler{db: db}}
		p, _ := startPipeline(t, db, h)
		const events = 400
		acceptAll(t, db, p, store.ID, "load", events, 16)
		if n := h.unprepared.Load(); n != 0 {
			t.Errorf("%d events reached Handle unprepared", n)
		}
		// Each event is prepared once, on its sender's goroutine, and the
		// process loop takes it from memory; it prepares again only an
		// event it read back from the database in the moment between its
		// archive commit and its queueing.
		if n := h.prepared.Load(); n < events || n > events+events/4 {
			t.Errorf("Prepare ran %d times for %d events; want about once each", n, events)
		}
		if n := h.calls.Load(); n != events {
			t.Errorf("Handle ran %d times for %d events; want once each", n, events)
		}
	})
}

// Several process loops (PostgreSQL runs four) share the queue and the
// archive; the claim in each processing transaction keeps any event from
// running twice.
func TestPipeline_SeveralProcessorsHandleEachEventOnce(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "shop", "shopify", nil)
		h := &preparingHandler{ticketHandler: ticketHandler{db: db}}
		p, _ := startPipelineWith(t, db, h, ingest.Options{Poll: 20 * time.Millisecond, Processors: 4, ProcessBatch: 8})
		const events = 300
		acceptAll(t, db, p, store.ID, "multi", events, 16)
		if n := h.calls.Load(); n != events {
			t.Errorf("Handle ran %d times for %d events; want once each", n, events)
		}
	})
}
