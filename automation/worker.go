// Package automation runs what happens after a ticket event: the
// durable jobs storage enqueues with every new live ticket and every
// buyer message (kefu.JobAutomate) are claimed here, the buyer message is
// classified, the SLA engine is told, and the rules fire; delayed
// auto-replies (kefu.JobAutoReply) and the rules' alerts and
// translations (rules.JobRuleEffect) come due here too.
//
// Every replica may run a Worker: jobs are leased, firings and
// auto-replies are claimed by unique rows, so two workers never act
// twice on one event. A panic or a broken provider fails one job, which
// is retried with backoff; the worker goes on, and ingestion, which only
// enqueues, never waits for it.
package automation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"time"

	"kefu"
	"kefu/rules"
)

// JobSLAEvent retries telling the SLA engine about a ticket event when it
// failed during automation; the rules went ahead without waiting for it.
const JobSLAEvent = "sla_event"

// Store is the database the worker runs on; *storage.DB implements it.
type Store interface {
	rules.Store
	kefu.JobQueue
}

// SLA is told about every ticket event; *sla.Engine is one. Called
// inside the event's transaction, it joins it.
type SLA interface {
	OnTicketEvent(ctx context.Context, ticketID int64, ev kefu.Automation) error
}

// Worker claims and runs automation jobs. Store and Engine are required;
// Classifier and SLA are optional.
type Worker struct {
	Store      Store
	Engine     *rules.Engine
	Classifier Classifier
	SLA        SLA
	Logger     *slog.Logger
	// BaseURL is kefu's address as users reach it, for links in the
	// alerts raised for new disputes, fraud warnings and phishing; nil or
	// "": no links.
	BaseURL func() string

	// MinConfidence is the classifier confidence below which a ticket's
	// intent is left for an agent to set (default 0.5); its language is
	// set whatever the confidence.
	MinConfidence float64
	Poll          time.Duration // how often to look for due jobs (default 1s)
	Batch         int           // jobs per claim (default 16)
	Lease         time.Duration // how long a claimed job is hidden from other workers (default 2m)
	MaxAttempts   int           // attempts before a job fails for good (default 8)
	RetryBase     time.Duration // first retry delay, doubling up to an hour (default 15s)
	// EffectTimeout bounds one call to an alert channel or translator
	// (default 30s).
	EffectTimeout time.Duration
}

// Job kinds by loop: events change tickets and must not wait behind a
// slow provider, so effects (which call out) have a loop of their own.
var (
	eventKinds  = []string{kefu.JobAutomate, kefu.JobAutoReply, JobSLAEvent}
	effectKinds = []string{rules.JobRuleEffect}
)

func (w *Worker) defaults() {
	if w.Logger == nil {
		w.Logger = slog.Default()
	}
	if w.MinConfidence == 0 {
		w.MinConfidence = 0.5
	}
	if w.Poll <= 0 {
		w.Poll = time.Second
	}
	if w.Batch <= 0 {
		w.Batch = 16
	}
	if w.Lease <= 0 {
		w.Lease = 2 * time.Minute
	}
	if w.MaxAttempts <= 0 {
		w.MaxAttempts = 8
	}
	if w.RetryBase <= 0 {
		w.RetryBase = 15 * time.Second
	}
	if w.EffectTimeout <= 0 {
		w.EffectTimeout = 30 * time.Second
	}
}

// Run works through due jobs until ctx ends, then returns nil. A job
// already started is finished, within its own time limits.
func (w *Worker) Run(ctx context.Context) error {
	w.defaults()
	done := make(chan struct{})
	go func() { defer close(done); w.loop(ctx, effectKinds) }()
	w.loop(ctx, eventKinds)
	<-done
	return nil
}

func (w *Worker) loop(ctx context.Context, kinds []string) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := w.runDue(ctx, kinds)
		if err != nil && ctx.Err() == nil {
			w.Logger.Warn("automation: claiming jobs failed", "err", err)
		}
		wait := w.Poll
		if err == nil && n == w.Batch {
			wait = 0 // more may be due
		}
		t.Reset(wait)
	}
}

// RunDue claims one batch of due jobs of every kind and runs them,
// returning how many it took. Job failures are recorded on the jobs; the
// error is about claiming (the database).
func (w *Worker) RunDue(ctx context.Context) (int, error) {
	w.defaults()
	return w.runDue(ctx, append(append([]string(nil), eventKinds...), effectKinds...))
}

func (w *Worker) runDue(ctx context.Context, kinds []string) (int, error) {
	sys := kefu.SystemContext(ctx, "automation")
	jobs, err := w.Store.ClaimJobs(sys, kinds, w.Batch, w.Lease)
	if err != nil {
		return 0, err
	}
	if slices.Contains(kinds, rules.JobRuleEffect) || len(jobs) < 2 {
		// Effects call out to providers: never inside a transaction.
		for _, j := range jobs {
			if ctx.Err() != nil {
				return len(jobs), nil // the lease hands the rest to the next worker
			}
			// A started job runs to its end: a cancelled transaction would
			// only make it run again later.
			w.Process(context.WithoutCancel(sys), j)
		}
		return len(jobs), nil
	}
	// Ticket events share a transaction, each job in a savepoint of its
	// own: on SQLite a commit is an fsync, and one per job would take the
	// single writer from ingest for most of its time. The transaction ends
	// early when webhooks or agents wait for the writer, and the rest of
	// the jobs follow in the next one.
	waiting, _ := w.Store.(interface{ ForegroundWaiting() bool })
	for rest := jobs; len(rest) > 0 && ctx.Err() == nil; {
		err := w.Store.Batch(sys, func(ctx context.Context) error {
			for len(rest) > 0 {
				w.Process(context.WithoutCancel(ctx), rest[0])
				rest = rest[1:]
				if waiting != nil && waiting.ForegroundWaiting() {
					return nil
				}
			}
			return nil
		})
		if err != nil {
			return len(jobs), err
		}
	}
	return len(jobs), nil
}

// Process runs one claimed job and records its outcome: done (in the
// job's own transaction where it has one), or failed and retried with
// backoff until MaxAttempts. It never panics.
func (w *Worker) Process(ctx context.Context, j *kefu.Job) {
	w.defaults()
	ctx = kefu.SystemContext(ctx, "automation")
	err := w.safely(func() error { return w.handle(ctx, j) })
	if err == nil {
		return
	}
	log := w.Logger.With("job_id", j.ID, "kind", j.Kind, "ticket_id", j.TicketID, "attempt", j.Attempts)
	var retryAt *time.Time
	if j.Attempts < w.MaxAttempts && !errors.Is(err, errPermanent) {
		at := time.Now().Add(w.backoff(j.Attempts))
		retryAt = &at
		log.Warn("automation: job failed; will retry", "err", err, "retry_at", at)
	} else {
		log.Error("automation: job failed for good", "err", err)
	}
	if ferr := w.Store.FinishJob(ctx, j, err, retryAt); ferr != nil {
		log.Error("automation: recording job failure", "err", ferr)
	}
}

// errPermanent marks failures that retrying cannot fix, such as a
// payload that does not decode.
var errPermanent = errors.New("permanent")

// backoff is RetryBase doubled per attempt, capped at an hour, with a
// tenth of jitter so that replicas retrying together spread out.
func (w *Worker) backoff(attempts int) time.Duration {
	d := w.RetryBase
	for i := 1; i < attempts && d < time.Hour; i++ {
		d *= 2
	}
	d = min(d, time.Hour)
	return d + time.Duration(rand.Int64N(int64(d)/10+1))
}

// batch runs fn in one transaction, recovering a panic inside it: a
// panic unwinding past the transaction would leave it open, holding
// SQLite's only writer connection.
func (w *Worker) batch(ctx context.Context, fn func(ctx context.Context) error) error {
	return w.Store.Batch(ctx, func(ctx context.Context) error {
		return w.safely(func() error { return fn(ctx) })
	})
}

// safely runs fn, turning a panic into an error.
func (w *Worker) safely(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return fn()
}

func (w *Worker) handle(ctx context.Context, j *kefu.Job) error {
	switch j.Kind {
	case kefu.JobAutomate:
		return w.automate(ctx, j)
	case kefu.JobAutoReply:
		return w.batch(ctx, func(ctx context.Context) error {
			if err := w.Engine.RunAutoReply(ctx, j); err != nil {
				return err
			}
			return w.Store.FinishJob(ctx, j, nil, nil)
		})
	case rules.JobRuleEffect:
		ectx, cancel := context.WithTimeout(ctx, w.EffectTimeout)
		defer cancel()
		if err := w.Engine.RunEffect(ectx, j, j.Attempts >= w.MaxAttempts); err != nil {
			return err
		}
		return w.Store.FinishJob(ctx, j, nil, nil)
	case JobSLAEvent:
		var a kefu.Automation
		if err := json.Unmarshal(j.Payload, &a); err != nil {
			return fmt.Errorf("%w: sla job payload: %v", errPermanent, err)
		}
		return w.batch(ctx, func(ctx context.Context) error {
			if w.SLA != nil {
				if err := w.SLA.OnTicketEvent(ctx, j.TicketID, a); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
					return err
				}
			}
			return w.Store.FinishJob(ctx, j, nil, nil)
		})
	}
	return fmt.Errorf("%w: unknown job kind %q", errPermanent, j.Kind)
}

// automate handles a ticket event: classification first, outside any
// transaction (it is CPU work that must not hold SQLite's writer), then in
// one transaction the classification is written, the SLA engine told,
// the rules run and the job marked done, so all of it happens or none.
func (w *Worker) automate(ctx context.Context, j *kefu.Job) error {
	var a kefu.Automation
	if err := json.Unmarshal(j.Payload, &a); err != nil {
		return fmt.Errorf("%w: automation payload: %v", errPermanent, err)
	}
	if a.Event != kefu.EventTicketCreated && a.Event != kefu.EventBuyerMessage {
		// A reply or a status change moves only the SLA clocks.
		return w.batch(ctx, func(ctx context.Context) error {
			if w.SLA != nil {
				w.tellSLA(ctx, j, a)
			}
			return w.Store.FinishJob(ctx, j, nil, nil)
		})
	}
	guess, err := w.classify(ctx, j.TicketID, a)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return w.Store.FinishJob(ctx, j, nil, nil) // the ticket is gone
	} else if err != nil {
		return err
	}
	return w.batch(ctx, func(ctx context.Context) error {
		if guess != nil {
			if err := w.applyClassification(ctx, j.TicketID, guess); err != nil {
				return err
			}
		}
		if w.SLA != nil {
			w.tellSLA(ctx, j, a)
		}
		_, err := w.Engine.Automate(ctx, j.TicketID, a.Event, a.MessageID)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			err = nil
		}
		if err != nil {
			return err
		}
		if a.Event == kefu.EventTicketCreated {
			if err := w.raiseNoticeAlerts(ctx, j.TicketID); err != nil {
				return err
			}
		}
		return w.Store.FinishJob(ctx, j, nil, nil)
	})
}

// tellSLA calls the SLA hook in a savepoint of its own. When it fails,
// the rules still run now and the SLA event is retried as a job of its
// own: a late clock is better than a buyer waiting for an auto-reply
// behind an SLA bug.
func (w *Worker) tellSLA(ctx context.Context, j *kefu.Job, a kefu.Automation) {
	err := w.batch(ctx, func(ctx context.Context) error { return w.SLA.OnTicketEvent(ctx, j.TicketID, a) })
	if err == nil || kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return
	}
	w.Logger.Warn("automation: SLA hook failed; retrying it on its own", "ticket_id", j.TicketID, "event", a.Event, "err", err)
	payload, _ := json.Marshal(a)
	_, qerr := w.Store.EnqueueJob(ctx, &kefu.Job{Kind: JobSLAEvent, TicketID: j.TicketID, Payload: payload,
		DedupeKey: fmt.Sprintf("sla:%d", j.ID), DueAt: time.Now().Add(w.backoff(1))})
	if qerr != nil {
		w.Logger.Error("automation: queueing the SLA retry", "ticket_id", j.TicketID, "err", qerr)
	}
}
