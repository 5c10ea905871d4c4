// Package kefu holds the domain of the kefu after-sales command center:
// stores, customers, orders, tickets, messages, users and the audit trail,
// with the rules that keep them valid. It imports neither net/http nor any
// SQL driver; storage and transport live in their own packages and depend
// on this one.
package kefu

import (
	"context"
	"time"
)

// Version is set at build time with -ldflags "-X kefu.Version=…".
var Version = "dev"

// Now is the clock used for timestamps. Storage keeps milliseconds, so
// values are truncated to match what a round trip returns.
func Now() time.Time { return time.Now().UTC().Truncate(time.Millisecond) }

// Millis is t as storage keeps it: UTC, whole milliseconds; nil stays nil.
func Millis(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	m := t.UTC().Truncate(time.Millisecond)
	return &m
}

type backgroundKey struct{}

// Background marks ctx as background work (automation, timers, alerts):
// on a single-writer database it lets webhook acknowledgements and
// agents' requests write first.
func Background(ctx context.Context) context.Context {
	return context.WithValue(ctx, backgroundKey{}, true)
}

// IsBackground reports whether ctx was marked by Background.
func IsBackground(ctx context.Context) bool { return ctx.Value(backgroundKey{}) != nil }
