package storage

import (
	"context"
	"strings"
)

// deferred holds rows a transaction writes just before it commits, each
// kind in a few multi-row statements. An ingest batch of a hundred events
// would otherwise write a few hundred single rows; and SQLite's FTS5
// flushes its pending index at every statement savepoint, which nearly
// every INSERT opens, so index rows written mid-transaction cost a flush
// each. Nothing within a transaction reads these rows back.
type deferred struct {
	index  []indexWrite
	audits [][]any
}

type deferredMark struct{ index, audits int }

func (d *deferred) mark() deferredMark { return deferredMark{len(d.index), len(d.audits)} }

// reset forgets what was queued after m: a savepoint rolled back.
func (d *deferred) reset(m deferredMark) {
	d.index, d.audits = d.index[:m.index], d.audits[:m.audits]
}

// writeDeferred writes the queued rows.
func (t *tx) writeDeferred(ctx context.Context) error {
	if err := t.writeAudit(ctx); err != nil {
		return err
	}
	return t.writeIndex(ctx)
}

// deferredChunk is how many rows one deferred statement carries.
const deferredChunk = 32

// valuesList is "(?, …), (?, …)" for rows of cols placeholders each.
func valuesList(rows, cols int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(one+", ", rows), ", ")
}
