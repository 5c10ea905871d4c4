package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"kefu"
)

// Store is what the dispatcher needs of the database; *storage.DB is one.
type Store interface {
	kefu.AlertQueue
	FindAlertChannel(ctx context.Context, id int64) (*kefu.AlertChannel, error)
	ListAlertChannels(ctx context.Context) ([]*kefu.AlertChannel, error)
}

// Dispatcher sends queued alert deliveries. Store and Senders are
// required; everything else has a default. It is safe to run in every
// replica: deliveries are claimed with a lease and the digest is queued
// once per channel and day whoever queues it.
type Dispatcher struct {
	Store   Store
	Senders map[string]Sender // by channel type; see Senders
	// BaseURL is kefu's public address; an alert link outside it is
	// dropped, so alerts only ever link to kefu. Empty keeps links.
	BaseURL string
	Logger  *slog.Logger
	Now     func() time.Time                  // default time.Now
	Rates   map[string][]Rate                 // default DefaultRates
	Digest  DigestSchedule                    // when the daily digest goes out
	Jitter  func(time.Duration) time.Duration // the random part of a backoff; default uniform in [0, d)

	Poll        time.Duration // how often to look for due deliveries (default 2s)
	Batch       int           // deliveries per claim (default 20)
	SendTimeout time.Duration // one send, HTTP or SMTP (default 30s; webhooks also stop at 10s)
	MaxAttempts int           // failed sends before a delivery fails for good (default 8)
	RetryBase   time.Duration // first retry delay, doubling up to an hour (default 30s)
	// MaxAge bounds how long a delivery may wait on rate limits before it
	// fails (default 24h): a digest that cannot go out today is stale.
	MaxAge time.Duration

	setup      sync.Once
	limit      *limiter
	digestDate string // the local date whose digests this process has queued
}

func (d *Dispatcher) defaults() {
	d.setup.Do(func() {
		if d.Logger == nil {
			d.Logger = slog.Default()
		}
		if d.Now == nil {
			d.Now = time.Now
		}
		if d.Rates == nil {
			d.Rates = DefaultRates
		}
		if d.Jitter == nil {
			d.Jitter = func(max time.Duration) time.Duration { return time.Duration(rand.Int64N(int64(max) + 1)) }
		}
		if d.Poll <= 0 {
			d.Poll = 2 * time.Second
		}
		if d.Batch <= 0 {
			d.Batch = 20
		}
		if d.SendTimeout <= 0 {
			d.SendTimeout = 30 * time.Second
		}
		if d.MaxAttempts <= 0 {
			d.MaxAttempts = 8
		}
		if d.RetryBase <= 0 {
			d.RetryBase = 30 * time.Second
		}
		if d.MaxAge <= 0 {
			d.MaxAge = 24 * time.Hour
		}
		d.Digest = d.Digest.withDefaults()
		d.limit = newLimiter(d.Rates)
	})
}

// Run sends due deliveries and queues the daily digest until ctx ends,
// then returns nil. Failures are logged; the loop goes on.
func (d *Dispatcher) Run(ctx context.Context) error {
	d.defaults()
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if _, err := d.EnqueueDigests(ctx); err != nil && ctx.Err() == nil {
			d.Logger.Warn("alerts: queueing the daily digest failed", "err", err)
		}
		n, err := d.SendDue(ctx)
		if err != nil && ctx.Err() == nil {
			d.Logger.Warn("alerts: sending failed", "err", err)
		}
		wait := d.Poll
		if err == nil && n == d.Batch {
			wait = 0 // more may be due
		}
		t.Reset(wait)
	}
}

// SendDue claims one batch of due deliveries and sends them, each
// channel's in order and the channels side by side. It returns how many
// it claimed; an error is about the queue (the database), never a robot.
func (d *Dispatcher) SendDue(ctx context.Context) (int, error) {
	d.defaults()
	ctx = kefu.SystemContext(ctx, "alerts")
	// The lease covers the worst case: the whole batch on one channel,
	// each send running to its timeout.
	lease := time.Duration(d.Batch)*d.SendTimeout + time.Minute
	claimed, err := d.Store.ClaimAlertDeliveries(ctx, d.Batch, lease)
	if err != nil || len(claimed) == 0 {
		return 0, err
	}
	var order []int64
	byChannel := map[int64][]*kefu.AlertDelivery{}
	for _, del := range claimed {
		if _, ok := byChannel[del.ChannelID]; !ok {
			order = append(order, del.ChannelID)
		}
		byChannel[del.ChannelID] = append(byChannel[del.ChannelID], del)
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for _, id := range order {
		ch, err := d.Store.FindAlertChannel(ctx, id)
		if err != nil {
			if kefu.ErrorCode(err) != kefu.ENOTFOUND {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
			continue // deleted meanwhile: its deliveries went with it
		}
		wg.Go(func() {
			for _, del := range byChannel[id] {
				if ctx.Err() != nil {
					return // shutting down: the lease returns the rest
				}
				if err := d.deliver(ctx, ch, del); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	return len(claimed), errors.Join(errs...)
}

// deliver sends one delivery and records the outcome; the error returned
// is only a failure to record it.
func (d *Dispatcher) deliver(ctx context.Context, ch *kefu.AlertChannel, del *kefu.AlertDelivery) error {
	log := d.Logger.With("delivery_id", del.ID, "channel_id", ch.ID, "channel_type", ch.Type, "kind", del.Alert.Kind)
	now := d.Now()
	if !ch.Enabled {
		return d.record(ctx, del.ID, kefu.AlertOutcome{Status: kefu.AlertFailed, Error: "the channel was disabled"})
	}
	if wait := d.limit.reserve(ch.ID, ch.Type, now); wait > 0 {
		// Over the channel's rate: queue, never drop.
		if now.Sub(del.CreatedAt) > d.MaxAge {
			return d.record(ctx, del.ID, kefu.AlertOutcome{Status: kefu.AlertFailed,
				Error: fmt.Sprintf("still held by the %s rate limit after %s", ch.Type, d.MaxAge)})
		}
		retry := now.Add(wait)
		return d.record(ctx, del.ID, kefu.AlertOutcome{Status: kefu.AlertQueued, RetryAt: &retry})
	}
	sctx, cancel := context.WithTimeout(ctx, d.SendTimeout)
	res := d.send(sctx, ch, &del.Alert)
	cancel()
	if !res.OK && ctx.Err() != nil {
		return nil // interrupted, not refused: the lease brings it back
	}
	o := d.outcome(del, res, now)
	if res.RateLimited {
		d.limit.hold(ch.ID, now.Add(res.RetryAfter))
	}
	switch o.Status {
	case kefu.AlertSent:
		log.Info("alerts: sent", "attempt", del.Attempts+1)
	case kefu.AlertQueued:
		log.Warn("alerts: not sent; will retry", "retry_at", *o.RetryAt, "err", o.Error)
	default:
		log.Error("alerts: failed for good", "attempt", del.Attempts+1, "err", o.Error)
	}
	return d.record(ctx, del.ID, o)
}

// record stores an outcome even while shutting down: a sent alert left
// queued would go out twice.
func (d *Dispatcher) record(ctx context.Context, id int64, o kefu.AlertOutcome) error {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	return d.Store.RecordAlertDelivery(rctx, id, o)
}

// outcome decides what becomes of a delivery after a send at now.
func (d *Dispatcher) outcome(del *kefu.AlertDelivery, res *kefu.AlertSendResult, now time.Time) kefu.AlertOutcome {
	o := kefu.AlertOutcome{Attempted: true, Error: describe(res), ProviderCode: res.ProviderCode}
	switch {
	case res.OK:
		o.Status = kefu.AlertSent
	case res.RateLimited:
		// Refused before it was looked at: not an attempt, but not
		// forever either.
		o.Attempted = false
		if now.Sub(del.CreatedAt) > d.MaxAge {
			o.Status, o.Error = kefu.AlertFailed, fmt.Sprintf("still rate limited after %s: %s", d.MaxAge, o.Error)
			break
		}
		retry := now.Add(max(res.RetryAfter, time.Second))
		o.Status, o.RetryAt = kefu.AlertQueued, &retry
	case !res.Retryable:
		o.Status = kefu.AlertFailed
	case del.Attempts+1 >= d.MaxAttempts:
		o.Status, o.Error = kefu.AlertFailed, fmt.Sprintf("gave up after %d attempts: %s", del.Attempts+1, o.Error)
	default:
		retry := now.Add(d.backoff(del.Attempts + 1))
		o.Status, o.RetryAt = kefu.AlertQueued, &retry
	}
	return o
}

// backoff is the wait after failed attempt n: exponential from RetryBase,
// capped at an hour, half of it random, so that deliveries failing
// together against one struggling robot do not retry in step.
func (d *Dispatcher) backoff(attempt int) time.Duration {
	full := min(d.RetryBase<<min(attempt-1, 20), time.Hour)
	return full/2 + min(d.Jitter(full/2), full/2)
}

// describe turns a failed result into the delivery's last_error.
func describe(res *kefu.AlertSendResult) string {
	if res.OK {
		return ""
	}
	var parts []string
	if res.Status != 0 {
		parts = append(parts, fmt.Sprintf("HTTP %d", res.Status))
	}
	if res.ProviderCode != 0 {
		parts = append(parts, fmt.Sprintf("code %d", res.ProviderCode))
	}
	if len(parts) == 0 {
		return res.Message
	}
	return strings.Join(parts, ", ") + ": " + res.Message
}

// send passes the alert to the channel type's sender with only kefu's own
// link left in it.
func (d *Dispatcher) send(ctx context.Context, ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult {
	s := d.Senders[ch.Type]
	if s == nil {
		return &kefu.AlertSendResult{Message: "no sender for channel type " + ch.Type}
	}
	own := *a
	if !d.isOwnLink(own.URL) {
		own.URL = ""
	}
	return s.Send(ctx, ch, &own)
}

func (d *Dispatcher) isOwnLink(u string) bool {
	if d.BaseURL == "" || u == "" {
		return true
	}
	base := strings.TrimSuffix(d.BaseURL, "/")
	return u == base || strings.HasPrefix(u, base+"/")
}

// TestChannel sends a test alert through a channel now, enabled or not,
// and returns the provider's answer. The channel's rate limit applies: a
// test over it is answered, not queued. Admins only (checked by Store).
func (d *Dispatcher) TestChannel(ctx context.Context, id int64) (*kefu.AlertSendResult, error) {
	d.defaults()
	ch, err := d.Store.FindAlertChannel(ctx, id)
	if err != nil {
		return nil, err
	}
	now := d.Now()
	if wait := d.limit.reserve(ch.ID, ch.Type, now); wait > 0 {
		return &kefu.AlertSendResult{Retryable: true, RateLimited: true, RetryAfter: wait,
			Message: fmt.Sprintf("rate limit: the channel can take another message in %s", wait.Round(time.Second))}, nil
	}
	sctx, cancel := context.WithTimeout(ctx, d.SendTimeout)
	defer cancel()
	res := d.send(sctx, ch, TestAlert(d.BaseURL))
	if res.RateLimited {
		d.limit.hold(ch.ID, now.Add(res.RetryAfter))
	}
	return res, nil
}
