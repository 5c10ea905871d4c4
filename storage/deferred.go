package storage

import (
	"context"
	"fmt"
	"strings"
)

// deferred holds rows a transaction writes just before it commits, each
// kind in a few multi-row statements. An ingest batch of a hundred events
// would otherwise write a few hundred single rows; and SQLite's FTS5
// flushes its pending index at every statement savepoint, which nearly
// every INSERT opens, so index rows written mid-transaction cost a flush
// each. Nothing within a transaction reads these rows back.
type deferred struct {
	index     []indexWrite
	audits    [][]any
	processed []int64 // events whose processing succeeded
}

type deferredMark struct{ index, audits, processed int }

func (d *deferred) mark() deferredMark {
	return deferredMark{len(d.index), len(d.audits), len(d.processed)}
}

// reset forgets what was queued after m: a savepoint rolled back.
func (d *deferred) reset(m deferredMark) {
	d.index, d.audits, d.processed = d.index[:m.index], d.audits[:m.audits], d.processed[:m.processed]
}

// writeDeferred writes the queued rows.
func (t *tx) writeDeferred(ctx context.Context) error {
	if err := t.writeAudit(ctx); err != nil {
		return err
	}
	if err := t.writeProcessed(ctx); err != nil {
		return err
	}
	return t.writeIndex(ctx)
}

// deferredChunk is how many rows one deferred statement carries.
const deferredChunk = 32

func (t *tx) writeProcessed(ctx context.Context) error {
	for ids := t.deferred.processed; len(ids) > 0; {
		n := min(len(ids), deferredChunk)
		args := append([]any{ms(t.now)}, int64Args(ids[:n])...)
		if _, err := t.exec(ctx, `UPDATE events SET status = 'processed', attempts = attempts + 1, last_error = '', processed_at = ?
			WHERE id IN (`+placeholders(n)+`)`, args...); err != nil {
			return fmt.Errorf("marking events processed: %w", err)
		}
		ids = ids[n:]
	}
	t.deferred.processed = nil
	return nil
}

// valuesList is "(?, …), (?, …)" for rows of cols placeholders each.
func valuesList(rows, cols int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(one+", ", rows), ", ")
}
