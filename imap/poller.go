// Package imap polls a store's support mailbox and hands every new mail to
// the ingest pipeline, raw and unmodified. It never changes the mailbox
// (EXAMINE, BODY.PEEK): the seller's own mail client keeps seeing the same
// unread mail it saw before kefu was installed.
package imap

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"time"

	"kefu/ingest"
)

// Defaults for the zero values of Poller's knobs.
const (
	DefaultInterval        = 30 * time.Second
	DefaultBatchSize       = 100
	DefaultMaxMessageBytes = 25 << 20 // Gmail's and Outlook's own attachment ceiling
	DefaultFolder          = "INBOX"

	// Reconnect backoff: quick enough to ride out a server restart, capped
	// so a mailbox with a wrong password does not hammer the provider (many
	// lock an account after repeated failed logins).
	minBackoff = time.Second
	maxBackoff = 5 * time.Minute
)

// Mailbox is one IMAP account kefu reads for a store.
type Mailbox struct {
	StoreID  int64
	Name     string // kefu's name for it, e.g. "support"; part of every ExternalID
	Addr     string // host:port
	TLS      string // "tls" (implicit, port 993), "starttls" or "none" (tests only)
	Username string
	Password string
	Folder   string // default INBOX
}

func (m Mailbox) folder() string {
	if m.Folder == "" {
		return DefaultFolder
	}
	return m.Folder
}

// State is what makes restarts neither skip nor re-import: the folder's
// UIDVALIDITY and the highest UID already accepted by the pipeline.
type State struct {
	UIDValidity uint32
	LastUID     uint32
}

// StateStore persists State per store and mailbox name.
type StateStore interface {
	LoadState(ctx context.Context, storeID int64, mailbox string) (State, error)
	SaveState(ctx context.Context, storeID int64, mailbox string, s State) error
}

// Poller imports one mailbox. A Poller is driven by a single goroutine.
type Poller struct {
	Mailbox         Mailbox
	Sink            ingest.Acceptor
	States          StateStore
	Logger          *slog.Logger
	Interval        time.Duration // between polls; default 30s
	BatchSize       int           // UIDs per FETCH of sizes; default 100
	MaxMessageBytes int64         // larger mails become "email.too_large" events; default 25 MiB

	// backoffBase overrides minBackoff so tests need not wait seconds.
	backoffBase time.Duration
}

// Run polls until ctx ends, then returns nil. Errors never stop it: they are
// logged and the next attempt waits an exponentially growing, jittered
// backoff, reset by the first successful poll.
func (p *Poller) Run(ctx context.Context) error {
	log := p.logger()
	failures := 0
	for {
		n, err := p.PollOnce(ctx)
		if ctx.Err() != nil {
			return nil
		}
		wait := p.interval()
		if err != nil {
			failures++
			wait = p.backoff(failures)
			log.Warn("imap poll failed", "err", err, "failures", failures, "retry_in", wait)
		} else {
			if failures > 0 {
				log.Info("imap poll recovered", "after_failures", failures)
			}
			failures = 0
			if n > 0 {
				log.Info("imap poll", "accepted", n)
			}
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// backoff returns the wait after the n-th consecutive failure: base·2^(n-1)
// capped at maxBackoff, with ±25% jitter so many stores' pollers that lost
// the same provider do not reconnect in lockstep.
func (p *Poller) backoff(n int) time.Duration {
	base := p.backoffBase
	if base <= 0 {
		base = minBackoff
	}
	d := base
	for i := 1; i < n && d < maxBackoff; i++ {
		d *= 2
	}
	d = min(d, maxBackoff)
	jitter := time.Duration(rand.Int64N(int64(d)/2+1)) - d/4
	return d + jitter
}

func (p *Poller) logger() *slog.Logger {
	l := p.Logger
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	return l.With("store_id", p.Mailbox.StoreID, "mailbox", p.Mailbox.Name)
}

func (p *Poller) interval() time.Duration {
	if p.Interval <= 0 {
		return DefaultInterval
	}
	return p.Interval
}

func (p *Poller) batchSize() int {
	if p.BatchSize <= 0 {
		return DefaultBatchSize
	}
	return p.BatchSize
}

func (p *Poller) maxMessageBytes() int64 {
	if p.MaxMessageBytes <= 0 {
		return DefaultMaxMessageBytes
	}
	return p.MaxMessageBytes
}
