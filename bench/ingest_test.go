package bench

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/app"
	"kefu/stripe"
)

func TestEventTemplateGivesEachEventItsOwnIDs(t *testing.T) {
	tpl, err := newEventTemplate(disputeEvent)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Unix(1_800_000_000, 0)
	body := tpl.render(new(bytes.Buffer), "run1", 7, at)
	ev, err := stripe.DecodeEvent(body)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := stripe.Changes(ev)
	if err != nil || ch == nil || ch.Dispute == nil {
		t.Fatalf("changes = %+v, %v; want a dispute", ch, err)
	}
	if ev.ID != "evt_bench_run1_7" || ch.CaseID() != "dp_bench_run1_7" || ch.Dispute.ID != "dp_bench_run1_7" || !ch.Created.Equal(at) {
		t.Errorf("event %q case %q dispute %q created %v; want evt_bench_run1_7, dp_bench_run1_7 at %v", ev.ID, ch.CaseID(), ch.Dispute.ID, ch.Created, at)
	}
	if strings.Contains(string(body), "dp_1QzK8mL3kB2vR9aXyZ2oTq4n") || strings.Contains(string(body), "1795079525") {
		t.Error("the fixture's dispute id or created time is left in the event")
	}
}

// TestIngestAgainstARealApp sends 200 signed webhooks to kefu on SQLite:
// all acknowledged, and a dispute ticket for each.
func TestIngestAgainstARealApp(t *testing.T) {
	dir := t.TempDir()
	a := app.New(app.Config{DataDir: dir, Addr: "127.0.0.1:0"}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	t.Cleanup(func() { a.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	if err := a.Open(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.Listen(); err != nil {
		t.Fatal(err)
	}
	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-ran; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	waitFor(t, a.URL()+"/readyz")
	const secret = "whsec_bench_test"
	store := &kefu.Store{Slug: "bench-stripe", Platform: "stripe", Name: "Bench", Timezone: "UTC", Currency: "USD",
		Secrets: kefu.Secrets{"webhook_secret": secret}}
	if err := a.DB().CreateStore(kefu.SystemContext(ctx, "test"), store); err != nil {
		t.Fatal(err)
	}
	counter, err := OpenCounter(filepath.Join(dir, "kefu.db"), store.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer counter.Close()

	r, err := Ingest(ctx, IngestOptions{URL: a.URL(), StoreSlug: store.Slug, Secret: secret, Events: 200, Concurrency: 8,
		WaitProcessed: counter.Tickets, WaitAutomated: counter.PendingJobs})
	if err != nil {
		t.Fatal(err)
	}
	if r.Sent != 200 || r.OK != 200 || r.Errors != 0 || r.Duplicates != 0 {
		t.Fatalf("sent %d, ok %d, duplicates %d, errors %d (%v %v); want 200 acknowledged", r.Sent, r.OK, r.Duplicates, r.Errors, r.ErrorKinds, r.FirstErrors)
	}
	if !r.Automated || r.AutomatedAfter < r.EndToEnd {
		t.Errorf("automated %v after %s, tickets after %s; want automation caught up after the tickets", r.Automated, r.AutomatedAfter, r.EndToEnd)
	}
	if !r.Processed || r.Tickets != 200 {
		t.Errorf("processed %v with %d new tickets; want 200", r.Processed, r.Tickets)
	}
	if n, err := counter.Tickets(ctx); err != nil || n != 200 {
		t.Errorf("%d dispute tickets, %v; want 200", n, err)
	}
	if _, err := a.DB().FindTicketByCase(kefu.SystemContext(ctx, "test"), store.ID, DisputeID(r.RunID, 199)); err != nil {
		t.Errorf("ticket of the last dispute: %v", err)
	}
	if r.P50 <= 0 || r.P50 > r.P99 || r.P99 > r.Max || r.Throughput <= 0 || r.E2EThroughput <= 0 {
		t.Errorf("implausible numbers: %+v", r)
	}
	var md bytes.Buffer
	r.Markdown(&md, "smoke")
	for _, want := range []string{"### smoke", "200 acknowledged (200), 0 duplicates, 0 errors", "| POST /hooks/stripe → 200 | 200 |", "a ticket for every event", "Automation (rules, SLA clocks"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, md.String())
		}
	}

	// A wrong secret is counted as errors, never dropped silently.
	r, err = Ingest(ctx, IngestOptions{URL: a.URL(), StoreSlug: store.Slug, Secret: "whsec_wrong", Events: 3, Concurrency: 2})
	if err != nil {
		t.Fatal(err)
	}
	md.Reset()
	r.Markdown(&md, "wrong secret")
	if r.OK != 0 || r.Errors != 3 || r.ErrorKinds["400"] != 3 || !strings.Contains(md.String(), "**Errors**: 400: 3") {
		t.Errorf("wrong secret: ok %d errors %d %v; report:\n%s", r.OK, r.Errors, r.ErrorKinds, md.String())
	}
}

func TestOpenLoopKeepsItsSchedule(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for half a second")
	}
	// A server that answers slowly must not slow the sender down, and its
	// slowness shows in the latency counted from the schedule.
	srv := newSlowServer(t, 50*time.Millisecond)
	start := time.Now()
	r, err := Ingest(context.Background(), IngestOptions{URL: srv, StoreSlug: "s", Secret: "whsec_x", Events: 100, Rate: 200, Concurrency: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.OK != 100 || r.Errors != 0 {
		t.Fatalf("ok %d errors %d %v", r.OK, r.Errors, r.FirstErrors)
	}
	if took := time.Since(start); took > 1500*time.Millisecond {
		t.Errorf("100 events at 200/s took %s; the schedule waited for answers", took)
	}
	if r.P50 < 50*time.Millisecond {
		t.Errorf("p50 %s below the server's 50ms", r.P50)
	}
}

func newSlowServer(t *testing.T, delay time.Duration) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		time.Sleep(delay)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"received":true,"duplicate":false}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func waitFor(t *testing.T, url string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not ready: %v", url, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
