package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"kefu"
)

// Archive is what the pipeline needs from storage.
type Archive interface {
	// AppendEvents durably stores events in one transaction, reporting
	// which were already there.
	AppendEvents(ctx context.Context, evs []*Event) (duplicate []bool, err error)
	// DueEvents peeks at due events without claiming them; ClaimEvent
	// takes one of them if it is still due.
	DueEvents(ctx context.Context, limit int) ([]*Event, error)
	ClaimEvent(ctx context.Context, id int64, lease time.Duration) (bool, error)
	// ClaimProcessed claims a due event by marking it processed, for a
	// transaction that rolls back if its handler fails.
	ClaimProcessed(ctx context.Context, ev *Event) (bool, error)
	FinishEvent(ctx context.Context, ev *Event, procErr error, retryAt *time.Time) error
	// Batch runs fn in one transaction that the calls made with its ctx
	// join, each atomically (a savepoint).
	Batch(ctx context.Context, fn func(ctx context.Context) error) error
}

// Options tune the pipeline; zero values take the defaults.
type Options struct {
	Logger       *slog.Logger
	Metrics      *Metrics
	MaxBatch     int // events per archive commit (default 1024)
	ProcessBatch int // events per processing transaction (default 64)
	InlineBatch  int // largest batch processed as it is archived (default 8)
	// Processors is how many process loops run side by side (default 1).
	// More only help a database with concurrent writers (PostgreSQL),
	// where one loop waits on a round trip per statement.
	Processors int
	// Quantum is how long a processing transaction keeps SQLite's writer
	// once acknowledgements queue for it (default 10ms).
	Quantum     time.Duration
	MaxAttempts int           // processing attempts before an event is failed (default 10)
	Lease       time.Duration // how long a claimed batch is hidden from other processors (default 2m)
	Poll        time.Duration // how often to look for due events when nothing arrives (default 1s)
	RetryBase   time.Duration // first retry delay, doubling per attempt up to an hour (default 2s)
}

// Pipeline archives inbound events with group commit and processes them
// with the handler of their source.
type Pipeline struct {
	archive  Archive
	handlers map[string]Handler
	opt      Options
	requests chan *acceptRequest
	// backlog counts events this process archived for the process loop
	// and has not seen processed: while there are any, the writer does not
	// process inline (store).
	backlog  atomic.Int64
	wake     chan struct{}
	stopped  chan struct{} // closed once the writer has exited
	archived archivedQueue // events archived for the process loop, in memory
}

type acceptRequest struct {
	ev   *Event
	done chan acceptResult
}

type acceptResult struct {
	duplicate bool
	err       error
}

// New returns a pipeline; Run must be running for Accept to return.
func New(archive Archive, handlers map[string]Handler, opt Options) *Pipeline {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Metrics == nil {
		opt.Metrics = NewMetrics(nil)
	}
	if opt.MaxBatch <= 0 {
		opt.MaxBatch = 1024
	}
	// On SQLite acknowledgements wait for the one writer connection
	// while a batch holds it; a batch ends early when they queue, so its
	// size bounds throughput more than their wait. 64 events share a
	// commit's page writes; more gained nothing measurable.
	if opt.ProcessBatch <= 0 {
		opt.ProcessBatch = 64
	}
	// Small inline batches keep an acknowledgement's wait for processing
	// to a few milliseconds; bigger ones mean senders are ahead anyway.
	if opt.InlineBatch <= 0 {
		opt.InlineBatch = 8
	}
	// A processing transaction that gave way to acknowledgements after
	// every event would commit per event and never catch up. At 3,000
	// events/s offered, 4 ms still left a backlog growing by hundreds a
	// second; 10 ms kept up, and an acknowledgement waits at most that.
	if opt.Quantum <= 0 {
		opt.Quantum = 10 * time.Millisecond
	}
	if opt.Processors <= 0 {
		opt.Processors = 1
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 10
	}
	if opt.Lease <= 0 {
		opt.Lease = 2 * time.Minute
	}
	if opt.Poll <= 0 {
		opt.Poll = time.Second
	}
	if opt.RetryBase <= 0 {
		opt.RetryBase = 2 * time.Second
	}
	return &Pipeline{archive: archive, handlers: handlers, opt: opt,
		requests: make(chan *acceptRequest, opt.MaxBatch), wake: make(chan struct{}, 1),
		stopped: make(chan struct{})}
}

// ErrStopped means the pipeline is not running, so nothing was stored.
var ErrStopped = kefu.Errorf(kefu.EINTERNAL, "ingest pipeline is not running")

// Accept archives ev and returns once it is committed — the caller may
// acknowledge the sender then, and only then. Concurrent calls share
// commits (group commit): on SQLite each commit is an fsync, so one per
// request would cap ingest at the disk's fsync rate.
func (p *Pipeline) Accept(ctx context.Context, ev *Event) (bool, error) {
	if ev.ReceivedAt.IsZero() {
		ev.ReceivedAt = kefu.Now()
	}
	// Slow or CPU-heavy preparation (decoding, DKIM's DNS lookups) runs
	// here, on the caller's goroutine, so that the writer can process the
	// event in the transaction that archives it.
	if pr, ok := p.handlers[ev.Source].(Preparer); ok && ev.Prepared == nil {
		pr.Prepare(ctx, ev)
	}
	r := &acceptRequest{ev: ev, done: make(chan acceptResult, 1)}
	select {
	case p.requests <- r:
	case <-p.stopped:
		return false, ErrStopped
	case <-ctx.Done():
		return false, ctx.Err()
	}
	var res acceptResult
	select {
	case res = <-r.done:
	case <-p.stopped:
		select {
		case res = <-r.done: // written just before the writer stopped
		default:
			return false, ErrStopped
		}
	case <-ctx.Done():
		// The write may still commit; a redelivery then finds it.
		return false, ctx.Err()
	}
	{
		switch {
		case res.err != nil:
		case res.duplicate:
			p.opt.Metrics.Duplicate.WithLabelValues(ev.Source).Inc()
		default:
			p.opt.Metrics.Received.WithLabelValues(ev.Source).Inc()
		}
		return res.duplicate, res.err
	}
}

// Run writes accepted events and processes due ones until ctx ends. The
// writer drains what is queued when ctx ends, so requests already handed
// over get their answer.
func (p *Pipeline) Run(ctx context.Context) error {
	written := make(chan struct{})
	go func() { defer close(written); defer close(p.stopped); p.writeLoop(ctx) }()
	var wg sync.WaitGroup
	for range p.opt.Processors {
		wg.Go(func() { p.processLoop(ctx) })
	}
	wg.Wait()
	<-written
	return nil
}

func (p *Pipeline) writeLoop(ctx context.Context) {
	for {
		var first *acceptRequest
		select {
		case first = <-p.requests:
		case <-ctx.Done():
			p.failQueued()
			return
		}
		batch := []*acceptRequest{first}
	drain:
		for len(batch) < p.opt.MaxBatch {
			select {
			case r := <-p.requests:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		if queued := p.store(ctx, batch); queued {
			p.signal()
		}
	}
}

// signal wakes a process loop, unless one is already being woken.
func (p *Pipeline) signal() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// store archives a batch of accepted events and answers each request
// once the batch is committed. While the writer keeps up — a small batch
// and nothing left for the process loop — the batch is also processed in
// the transaction that archives it: one commit for both, no second
// reading of the events. Otherwise it is only archived: acknowledgements
// must not wait for processing when senders are ahead, and the process
// loop catches up. Should an event fail to process, the batch is archived
// alone and the process loop retries that event. store reports whether
// it left events for the process loop.
func (p *Pipeline) store(ctx context.Context, batch []*acceptRequest) (queued bool) {
	ctx = context.WithoutCancel(ctx) // a batch handed over before shutdown is still written
	evs := make([]*Event, len(batch))
	for i, r := range batch {
		evs[i] = r.ev
	}
	if len(evs) <= p.opt.InlineBatch && p.backlog.Load() == 0 {
		if dups, err := p.archiveProcessed(ctx, evs); err == nil {
			for i, r := range batch {
				r.done <- acceptResult{duplicate: dups[i]}
			}
			return false
		}
	}
	dups, err := p.archive.AppendEvents(ctx, evs)
	if err != nil && len(batch) > 1 {
		// One bad event (say, an unknown store) must not fail its
		// neighbours: write them one by one.
		for _, r := range batch {
			d, err := p.archive.AppendEvents(ctx, []*Event{r.ev})
			r.done <- acceptResult{duplicate: err == nil && d[0], err: err}
		}
		return true
	}
	for i, r := range batch {
		res := acceptResult{err: err}
		if err == nil {
			res.duplicate = dups[i]
			if !dups[i] {
				p.backlog.Add(1)
				queued := *r.ev // the caller keeps r.ev; processing must not write to it
				p.archived.push(&queued)
			}
		}
		r.done <- res
	}
	return err == nil
}

// archiveProcessed archives events already marked processed and applies
// them, in one transaction. On any error it leaves nothing behind and
// the events as they came.
func (p *Pipeline) archiveProcessed(ctx context.Context, evs []*Event) ([]bool, error) {
	ctx = kefu.SystemContext(ctx, "ingest")
	now := kefu.Now()
	for _, ev := range evs {
		ev.Status, ev.ProcessedAt = StatusProcessed, &now
	}
	var dups []bool
	err := p.archive.Batch(ctx, func(ctx context.Context) error {
		var err error
		if dups, err = p.archive.AppendEvents(ctx, evs); err != nil {
			return err
		}
		for i, ev := range evs {
			if dups[i] {
				continue // archived (and processed or queued) before
			}
			if err := p.handle(ctx, ev); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		for _, ev := range evs {
			ev.ID, ev.Status, ev.ProcessedAt = 0, "", nil
		}
		return nil, err
	}
	for i, ev := range evs {
		if !dups[i] {
			p.opt.Metrics.Processed.WithLabelValues(ev.Source).Inc()
		}
	}
	return dups, nil
}

func (p *Pipeline) failQueued() {
	for {
		select {
		case r := <-p.requests:
			r.done <- acceptResult{err: ErrStopped}
		default:
			return
		}
	}
}

func (p *Pipeline) processLoop(ctx context.Context) {
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-p.wake:
		case <-timer.C:
		}
		for {
			n, err := p.ProcessDue(ctx)
			if err != nil && ctx.Err() == nil {
				p.opt.Logger.Error("ingest: processing batch failed", "err", err)
			}
			if n == 0 && err == nil {
				p.backlog.Store(0) // nothing due: whatever was left is done or waits for a retry
				p.archived.clear() // processed by another replica, if anything is left
			}
			if n == 0 || err != nil {
				break
			}
			if p.opt.Processors > 1 {
				p.signal() // more may be due: a sibling loop joins in
			}
		}
		timer.Reset(p.opt.Poll)
	}
}

// ProcessDue processes one batch of due events and returns how many it
// took. The events are read first and prepared (DNS) outside any
// transaction, then claimed one by one inside the processing transaction,
// so one commit covers the claims, every event's effects and its mark.
//
// The batch first runs without a savepoint per event: on SQLite each
// savepoint makes FTS5 flush its pending index data, which costs as much
// as the rest of an event's work. When an event fails, that attempt rolls
// back whole and the batch runs again with a savepoint per event, so the
// failure is recorded alone and its neighbours still go through.
func (p *Pipeline) ProcessDue(ctx context.Context) (int, error) {
	ctx = kefu.SystemContext(ctx, "ingest")
	due := p.archived.take(p.opt.ProcessBatch)
	if len(due) == 0 {
		var err error
		if due, err = p.archive.DueEvents(ctx, p.opt.ProcessBatch); err != nil || len(due) == 0 {
			return 0, err
		}
		for _, ev := range due {
			if pr, ok := p.handlers[ev.Source].(Preparer); ok {
				pr.Prepare(ctx, ev)
			}
		}
	}
	n, rest, err := p.processBatch(ctx, due, nil)
	var failed *eventFailure
	if errors.As(err, &failed) {
		n, rest, err = p.processBatch(ctx, due, failed)
	}
	if err != nil {
		rest = nil // left to DueEvents, prepared afresh
	}
	p.archived.putBack(rest)
	return n, err
}

// eventFailure ends a batch run without savepoints: an event failed, and
// its effects so far cannot be undone alone.
type eventFailure struct {
	ev  *Event
	err error
}

func (f *eventFailure) Error() string { return fmt.Sprintf("event %d failed: %v", f.ev.ID, f.err) }

// processBatch runs the batch in one transaction. Without an earlier
// failure it runs the handlers directly; after one, each event gets a
// savepoint, and the event that failed has that failure recorded rather
// than being run a second time at once. It returns how many events it
// processed and those it left for the next batch.
func (p *Pipeline) processBatch(ctx context.Context, due []*Event, failed *eventFailure) (int, []*Event, error) {
	n := 0
	var rest []*Event
	var fast []string // sources of events processed without a savepoint, counted once committed
	err := p.archive.Batch(ctx, func(ctx context.Context) error {
		n, rest, fast = 0, nil, fast[:0]
		start := time.Now()
		for i, ev := range due {
			// End the batch early when acknowledgements are waiting: they
			// get the writer next (on SQLite there is one).
			if n > 0 && len(p.requests) > 0 && time.Since(start) >= p.opt.Quantum {
				rest = due[i:]
				return nil
			}
			var claimed bool
			var err error
			if failed == nil {
				claimed, err = p.archive.ClaimProcessed(ctx, ev)
			} else {
				claimed, err = p.archive.ClaimEvent(ctx, ev.ID, p.opt.Lease)
			}
			if err != nil {
				return err
			}
			if !claimed {
				continue // another processor took it
			}
			switch {
			case failed == nil:
				if err := p.handle(ctx, ev); err != nil {
					return &eventFailure{ev: ev, err: err}
				}
				fast = append(fast, ev.Source)
			case failed.ev == ev:
				if err := p.finish(ctx, ev, failed.err); err != nil {
					return err
				}
			default:
				if err := p.process(ctx, ev); err != nil {
					return err
				}
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	for _, source := range fast {
		p.opt.Metrics.Processed.WithLabelValues(source).Inc()
	}
	p.drained(n)
	return n, rest, nil
}

// process handles one claimed event in a savepoint of its own and records
// the outcome; only a failure to record it is returned.
func (p *Pipeline) process(ctx context.Context, ev *Event) error {
	herr := p.archive.Batch(ctx, func(ctx context.Context) error { return p.handle(ctx, ev) })
	return p.finish(ctx, ev, herr)
}

// finish records an event's outcome: processed, or failed with a retry
// scheduled until MaxAttempts.
func (p *Pipeline) finish(ctx context.Context, ev *Event, herr error) error {
	var retryAt *time.Time
	if herr != nil {
		p.opt.Metrics.Failed.WithLabelValues(ev.Source).Inc()
		p.opt.Logger.Warn("ingest: event failed", "id", ev.ID, "source", ev.Source, "type", ev.Type, "attempt", ev.Attempts+1, "err", herr)
		if ev.Attempts+1 < p.opt.MaxAttempts {
			t := kefu.Now().Add(backoff(p.opt.RetryBase, ev.Attempts+1))
			retryAt = &t
		}
	}
	if err := p.archive.FinishEvent(ctx, ev, herr, retryAt); err != nil {
		return err
	}
	if herr == nil {
		p.opt.Metrics.Processed.WithLabelValues(ev.Source).Inc()
	}
	return nil
}

func (p *Pipeline) handle(ctx context.Context, ev *Event) (err error) {
	h := p.handlers[ev.Source]
	if h == nil {
		return fmt.Errorf("no handler for source %q", ev.Source)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handler panicked: %v", r)
		}
	}()
	return h.Handle(ctx, ev)
}

// backoff is the wait before attempt n+1: exponential from base, capped at
// an hour, with jitter so that a burst of failures does not retry in step.
func backoff(base time.Duration, attempt int) time.Duration {
	d := base << min(attempt-1, 20)
	d = min(d, time.Hour)
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// drained counts n events of the backlog processed (or processed by
// another replica: the count only gates inline processing, so it must
// not stay above zero once the loop finds nothing due).
func (p *Pipeline) drained(n int) {
	if p.backlog.Add(-int64(n)) < 0 {
		p.backlog.Store(0)
	}
}
