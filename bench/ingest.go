package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stripe/stripe-go/v85/webhook"

	"kefu"
	"kefu/storage"
)

// disputeEvent is Stripe's charge.dispute.created as delivered: the
// template every benchmark event is made from.
//
//go:embed testdata/dispute_event.json
var disputeEvent []byte

// IngestOptions describe one webhook load run against a running kefu.
type IngestOptions struct {
	URL         string // base URL of a running kefu, e.g. http://127.0.0.1:8080
	StoreSlug   string // a Stripe store whose webhook_secret is Secret
	Secret      string
	Events      int // how many events to send
	Concurrency int // closed loop: senders, each waiting for its answer (default 64); also the idle connections kept
	Rate        int // open loop: events per second on a fixed schedule; 0 means closed loop
	// WaitProcessed, when set, returns how many dispute tickets exist; the
	// run then waits until one exists for every acknowledged event and
	// reports the end-to-end rate.
	WaitProcessed func(ctx context.Context) (int, error)
	// WaitAutomated, when set with WaitProcessed, returns how many
	// automation jobs are pending; the run then also waits until none are
	// and reports when automation caught up.
	WaitAutomated func(ctx context.Context) (int, error)
	// RunID names this run's events (evt_bench_<run>_<n>, dispute
	// dp_bench_<run>_<n>); empty picks a random one.
	RunID string
	// Client overrides the HTTP client (default: keep-alive, idle
	// connections = Concurrency).
	Client *http.Client
}

// IngestResult is what one run measured.
type IngestResult struct {
	RunID       string
	Rate        int // 0: closed loop
	Concurrency int
	Sent        int // requests made
	OK          int // answered 200 (acknowledged: the event is durable)
	Duplicates  int // 200 with "duplicate":true; a fresh run has none
	Errors      int // everything else: other statuses, transport errors, bad bodies
	ErrorKinds  map[string]int
	FirstErrors []string // the first few error messages, verbatim

	Duration           time.Duration // first send to last answer
	Throughput         float64       // acknowledgements per second over Duration
	P50, P95, P99, Max time.Duration // acknowledgement latency; open loop: from the scheduled send time
	SenderLag          time.Duration // open loop: how far the sender itself fell behind its schedule, at most

	// With WaitProcessed: when a ticket existed for every acknowledged
	// event, from the first send, and how many were still waiting when
	// the last answer came.
	Processed     bool
	EndToEnd      time.Duration
	E2EThroughput float64
	Backlog       int
	Tickets       int // new dispute tickets seen
	// With WaitAutomated: when no automation job (rules, SLA clocks) was
	// left pending, from the first send, and how many were pending when
	// every ticket existed.
	Automated       bool
	AutomatedAfter  time.Duration
	AutomationQueue int
}

const maxFirstErrors = 5

// Ingest sends signed Stripe dispute webhooks to o.URL and measures how
// fast kefu acknowledges them — each 200 means the event is committed —
// and, with WaitProcessed, how fast they become tickets. Each event is
// the fixture with its own event id, dispute id and created time, signed
// with stripe-go's test helper. The error is for a run that could not be
// made or finished; failed requests are counted in the result.
func Ingest(ctx context.Context, o IngestOptions) (*IngestResult, error) {
	if o.Events < 1 {
		return nil, kefu.Invalid("events", "events must be at least 1")
	}
	if o.Rate < 0 {
		return nil, kefu.Invalid("rate", "rate must not be negative")
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 64
	}
	if o.RunID == "" {
		b := make([]byte, 4)
		rand.Read(b)
		o.RunID = hex.EncodeToString(b)
	}
	tpl, err := newEventTemplate(disputeEvent)
	if err != nil {
		return nil, err
	}
	client := o.Client
	if client == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConns = o.Concurrency
		tr.MaxIdleConnsPerHost = o.Concurrency
		tr.DisableCompression = true
		defer tr.CloseIdleConnections()
		client = &http.Client{Transport: tr, Timeout: 60 * time.Second}
	}
	endpoint := strings.TrimRight(o.URL, "/") + "/hooks/stripe/" + url.PathEscape(o.StoreSlug)

	baseline := 0
	if o.WaitProcessed != nil {
		if baseline, err = o.WaitProcessed(ctx); err != nil {
			return nil, fmt.Errorf("bench: counting tickets: %w", err)
		}
	}

	r := &IngestResult{RunID: o.RunID, Rate: o.Rate, Concurrency: o.Concurrency, ErrorKinds: map[string]int{}}
	lat := make([]time.Duration, o.Events) // per event; -1 when not acknowledged
	var (
		mu                   sync.Mutex
		sent, ok, dups, errs atomic.Int64
	)
	failed := func(n int, kind, msg string) {
		lat[n] = -1
		errs.Add(1)
		mu.Lock()
		defer mu.Unlock()
		r.ErrorKinds[kind]++
		if len(r.FirstErrors) < maxFirstErrors {
			r.FirstErrors = append(r.FirstErrors, msg)
		}
	}
	// send delivers event n and records its latency from when it was due
	// (open loop), or from the moment it is sent when due is zero.
	send := func(n int, due time.Time) {
		// A buffer of its own: the transport may still hold the body
		// after the answer.
		body := tpl.render(bytes.NewBuffer(make([]byte, 0, tpl.size+64)), o.RunID, n, time.Now())
		sig := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: body, Secret: o.Secret, Timestamp: time.Now(), Scheme: "v1"}).Header
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
		if err != nil {
			failed(n, "request", err.Error())
			return
		}
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
		req.Header.Set("User-Agent", "kefu-bench (Stripe webhook replica)")
		req.Header.Set("Stripe-Signature", sig)
		sent.Add(1)
		if due.IsZero() {
			due = time.Now()
		}
		resp, err := client.Do(req)
		if err != nil {
			failed(n, "transport", err.Error())
			return
		}
		answer, rerr := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		done := time.Since(due)
		if resp.StatusCode != http.StatusOK {
			failed(n, strconv.Itoa(resp.StatusCode), fmt.Sprintf("%d %s", resp.StatusCode, bytes.TrimSpace(answer)))
			return
		}
		var a struct{ Received, Duplicate bool }
		if rerr != nil || json.Unmarshal(answer, &a) != nil || !a.Received {
			failed(n, "bad answer", fmt.Sprintf("200 with %q (%v)", answer, rerr))
			return
		}
		lat[n] = done
		ok.Add(1)
		if a.Duplicate {
			dups.Add(1)
		}
	}

	start := time.Now()
	var wg sync.WaitGroup
	if o.Rate == 0 {
		var next atomic.Int64
		for range o.Concurrency {
			wg.Go(func() {
				for {
					n := int(next.Add(1) - 1)
					if n >= o.Events || ctx.Err() != nil {
						return
					}
					send(n, time.Time{})
				}
			})
		}
	} else {
		// A fixed schedule, whatever the server does: a slow answer delays
		// nothing that follows, and its latency counts from when the event
		// was due (no coordinated omission).
		for n := range o.Events {
			due := start.Add(time.Duration(int64(n) * int64(time.Second) / int64(o.Rate)))
			if d := time.Until(due); d > 0 {
				select {
				case <-time.After(d):
				case <-ctx.Done():
				}
			}
			if ctx.Err() != nil {
				for i := n; i < o.Events; i++ {
					lat[i] = -1
				}
				break
			}
			r.SenderLag = max(r.SenderLag, time.Since(due))
			wg.Go(func() { send(n, due) })
		}
	}
	wg.Wait()
	r.Duration = time.Since(start)
	r.Sent, r.OK, r.Duplicates, r.Errors = int(sent.Load()), int(ok.Load()), int(dups.Load()), int(errs.Load())
	if r.Duration > 0 {
		r.Throughput = float64(r.OK) / r.Duration.Seconds()
	}
	acks := slices.DeleteFunc(lat, func(d time.Duration) bool { return d <= 0 })
	if len(acks) > 0 {
		s := summarize("", acks)
		r.P50, r.P95, r.P99, r.Max = s.P50, s.P95, s.P99, s.Max
	}
	if err := ctx.Err(); err != nil {
		return r, err
	}
	if o.WaitProcessed == nil {
		return r, nil
	}
	if err := r.waitTickets(ctx, o.WaitProcessed, start, baseline); err != nil || o.WaitAutomated == nil {
		return r, err
	}
	return r, r.waitAutomated(ctx, o.WaitAutomated, start)
}

// waitTickets polls count until a ticket exists for every new event
// acknowledged, and gives up when the count stops moving for a minute.
func (r *IngestResult) waitTickets(ctx context.Context, count func(context.Context) (int, error), start time.Time, baseline int) error {
	want := r.OK - r.Duplicates
	first := true
	last, moved := -1, time.Now()
	for {
		n, err := count(ctx)
		if err != nil {
			return fmt.Errorf("bench: counting tickets: %w", err)
		}
		n -= baseline
		if first {
			r.Backlog, first = max(0, want-n), false
		}
		r.Tickets = n
		if n >= want {
			r.Processed, r.EndToEnd = true, time.Since(start)
			r.E2EThroughput = float64(want) / r.EndToEnd.Seconds()
			return nil
		}
		if n != last {
			last, moved = n, time.Now()
		} else if time.Since(moved) > time.Minute {
			return fmt.Errorf("bench: only %d of %d tickets after a minute without progress; see GET /api/v1/events?status=failed", n, want)
		}
		select {
		case <-time.After(100 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// waitAutomated polls pending until no automation job is left, and gives
// up when the count stops falling for a minute.
func (r *IngestResult) waitAutomated(ctx context.Context, pending func(context.Context) (int, error), start time.Time) error {
	first := true
	least, fell := -1, time.Now()
	for {
		n, err := pending(ctx)
		if err != nil {
			return fmt.Errorf("bench: counting automation jobs: %w", err)
		}
		if first {
			r.AutomationQueue, first = n, false
		}
		if n == 0 {
			r.Automated, r.AutomatedAfter = true, time.Since(start)
			return nil
		}
		if least < 0 || n < least {
			least, fell = n, time.Now()
		} else if time.Since(fell) > time.Minute {
			return fmt.Errorf("bench: %d automation jobs still pending after a minute without progress; see GET /api/v1/jobs", n)
		}
		select {
		case <-time.After(100 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Markdown writes the run as a section of the benchmark report.
func (r *IngestResult) Markdown(w io.Writer, title string) {
	fmt.Fprintf(w, "### %s\n\n", title)
	if r.Rate == 0 {
		fmt.Fprintf(w, "- Load: closed loop, %d senders each waiting for its answer (maximum throughput)\n", r.Concurrency)
	} else {
		fmt.Fprintf(w, "- Load: open loop, %d events/s offered on a fixed schedule; latency counts from each event's scheduled send time (the sender fell behind its schedule by at most %s)\n",
			r.Rate, formatDuration(r.SenderLag))
	}
	fmt.Fprintf(w, "- Sent %d: %d acknowledged (200), %d duplicates, %d errors\n", r.Sent, r.OK, r.Duplicates, r.Errors)
	if r.Errors > 0 {
		kinds := make([]string, 0, len(r.ErrorKinds))
		for k, n := range r.ErrorKinds {
			kinds = append(kinds, fmt.Sprintf("%s: %d", k, n))
		}
		sort.Strings(kinds)
		fmt.Fprintf(w, "- **Errors**: %s; first: %s\n", strings.Join(kinds, ", "), strings.Join(r.FirstErrors, " | "))
	}
	fmt.Fprintf(w, "- Acknowledged (durable): %.0f events/s (%d in %s)\n", r.Throughput, r.OK, formatSeconds(r.Duration))
	switch {
	case r.Processed:
		fmt.Fprintf(w, "- End to end: a ticket for every event after %s: %.0f events/s (%d still to process when the last answer came)\n",
			formatSeconds(r.EndToEnd), r.E2EThroughput, r.Backlog)
	case r.Tickets > 0 || r.Backlog > 0:
		fmt.Fprintf(w, "- End to end: **incomplete**, %d of %d tickets\n", r.Tickets, r.OK-r.Duplicates)
	}
	if r.Automated {
		fmt.Fprintf(w, "- Automation (rules, SLA clocks; it gives way to webhooks and agents): caught up after %s (%d jobs pending when the last ticket existed)\n",
			formatSeconds(r.AutomatedAfter), r.AutomationQueue)
	}
	fmt.Fprintf(w, "\n| Acknowledgement latency | N | p50 | p95 | p99 | max |\n")
	fmt.Fprintf(w, "|---|---:|---:|---:|---:|---:|\n")
	fmt.Fprintf(w, "| POST /hooks/stripe → 200 | %d | %s | %s | %s | %s |\n\n", r.OK,
		formatDuration(r.P50), formatDuration(r.P95), formatDuration(r.P99), formatDuration(r.Max))
}

// IngestSetup writes the report's setup lines, as Report does: dialect,
// database size, memory (server and senders share the process), Go and
// CPUs.
func IngestSetup(w io.Writer, dialect string, dbBytes int64) {
	size := "not measured"
	if dbBytes > 0 {
		size = formatBytes(dbBytes)
	}
	mem := "not available on " + runtime.GOOS
	if rss, peak, ok := processMemory(); ok {
		mem = fmt.Sprintf("RSS %s, peak %s", formatBytes(rss), formatBytes(peak))
	}
	fmt.Fprintf(w, "- Dialect: %s\n", dialect)
	fmt.Fprintf(w, "- Database size: %s\n", size)
	fmt.Fprintf(w, "- Memory of the bench process (kefu and the senders): %s\n", mem)
	fmt.Fprintf(w, "- %s on %s/%s, %d CPUs\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
}

func formatSeconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', 2, 64) + " s"
}

// Counter reads a kefu database on a read-only connection of its own,
// beside the server under load: IngestOptions' WaitProcessed and
// WaitAutomated.
type Counter struct {
	db            *sql.DB
	tickets, jobs string
	storeID       int64
}

// OpenCounter opens the database dsn names (as app.ResolveDSN returns it)
// for counting the dispute tickets of a store and the automation jobs
// still pending.
func OpenCounter(dsn string, storeID int64) (*Counter, error) {
	driver, source := "pgx", dsn
	if !storage.IsPostgres(dsn) {
		q := url.Values{}
		q.Set("mode", "ro")
		q.Add("_pragma", "busy_timeout(10000)")
		driver, source = "sqlite", "file:"+dsn+"?"+q.Encode()
	}
	db, err := sql.Open(driver, source)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	c := &Counter{db: db, storeID: storeID,
		tickets: `SELECT count(*) FROM tickets WHERE store_id = ? AND case_id LIKE 'dp\_%' ESCAPE '\'`,
		jobs:    `SELECT count(*) FROM jobs WHERE status = 'pending' AND due_at <= ?`}
	if driver == "pgx" {
		c.tickets = strings.Replace(c.tickets, "?", "$1", 1)
		c.jobs = strings.Replace(c.jobs, "?", "$1", 1)
	}
	if _, err := c.Tickets(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return c, nil
}

// Tickets counts the store's dispute tickets.
func (c *Counter) Tickets(ctx context.Context) (int, error) {
	var n int
	err := c.db.QueryRowContext(ctx, c.tickets, c.storeID).Scan(&n)
	return n, err
}

// PendingJobs counts automation jobs due and not yet taken; timers set
// for later (SLA escalations) are not counted.
func (c *Counter) PendingJobs(ctx context.Context) (int, error) {
	var n int
	err := c.db.QueryRowContext(ctx, c.jobs, time.Now().UnixMilli()).Scan(&n)
	return n, err
}

// Close closes the connection.
func (c *Counter) Close() error { return c.db.Close() }

// eventTemplate is the fixture cut where the event id, the dispute id and
// the created time go.
type eventTemplate struct {
	parts [][]byte
	holes []int // holeEvent, holeDispute or holeCreated after parts[i]
	size  int
}

const (
	holeEvent = iota
	holeDispute
	holeCreated
)

func newEventTemplate(fixture []byte) (*eventTemplate, error) {
	var ev struct {
		ID      string `json:"id"`
		Type    string `json:"type"`
		Created int64  `json:"created"`
		Data    struct {
			Object struct {
				ID string `json:"id"`
			} `json:"object"`
		} `json:"data"`
	}
	if err := json.Unmarshal(fixture, &ev); err != nil {
		return nil, fmt.Errorf("bench: dispute fixture: %w", err)
	}
	if ev.ID == "" || ev.Created == 0 || !strings.HasPrefix(ev.Data.Object.ID, "dp_") {
		return nil, errors.New("bench: the fixture is not a Stripe dispute event")
	}
	tokens := []struct {
		text   string
		hole   int
		number bool
	}{
		{`"` + ev.ID + `"`, holeEvent, false},
		{`"` + ev.Data.Object.ID + `"`, holeDispute, false},
		{strconv.FormatInt(ev.Created, 10), holeCreated, true},
	}
	t := &eventTemplate{size: len(fixture)}
	rest := fixture
	for {
		at, which := -1, -1
		for i, tok := range tokens {
			if j := indexToken(rest, tok.text, tok.number); j >= 0 && (at < 0 || j < at) {
				at, which = j, i
			}
		}
		if at < 0 {
			t.parts = append(t.parts, rest)
			break
		}
		t.parts = append(t.parts, rest[:at])
		t.holes = append(t.holes, tokens[which].hole)
		rest = rest[at+len(tokens[which].text):]
	}
	if !slices.Contains(t.holes, holeEvent) || !slices.Contains(t.holes, holeDispute) {
		return nil, errors.New("bench: the fixture's ids were not found")
	}
	return t, nil
}

// indexToken finds text in b; a number only where no digit touches it.
func indexToken(b []byte, text string, number bool) int {
	off := 0
	for {
		i := bytes.Index(b[off:], []byte(text))
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(text)
		if !number || (i == 0 || !isDigit(b[i-1])) && (end == len(b) || !isDigit(b[end])) {
			return i
		}
		off = i + 1
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// render writes event n of run into b and returns its bytes.
func (t *eventTemplate) render(b *bytes.Buffer, run string, n int, created time.Time) []byte {
	for i, p := range t.parts {
		b.Write(p)
		if i == len(t.holes) {
			break
		}
		switch t.holes[i] {
		case holeEvent:
			fmt.Fprintf(b, `"evt_bench_%s_%d"`, run, n)
		case holeDispute:
			fmt.Fprintf(b, `"%s"`, DisputeID(run, n))
		case holeCreated:
			b.WriteString(strconv.FormatInt(created.Unix(), 10))
		}
	}
	return b.Bytes()
}

// DisputeID is the dispute id of event n of a run: the case id of its
// ticket.
func DisputeID(run string, n int) string { return "dp_bench_" + run + "_" + strconv.Itoa(n) }

// DisputeEvents renders n signed-payload bodies of run's dispute events
// (unsigned: callers that archive directly need no signature).
func DisputeEvents(run string, n int, created time.Time) ([][]byte, error) {
	tpl, err := newEventTemplate(disputeEvent)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, n)
	for i := range out {
		var b bytes.Buffer
		out[i] = tpl.render(&b, run, i, created)
	}
	return out, nil
}
