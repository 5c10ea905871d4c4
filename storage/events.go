package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"kefu"
	"kefu/ingest"
)

const eventColumns = `id, source, store_id, external_id, type, received_at, verification, headers, payload, status, attempts,
	last_error, next_attempt_at, processed_at`

// AppendEvents archives events in one transaction and reports, per event,
// whether it was already there (a redelivery). Callers acknowledge the
// sender only after this returns: then the bytes are on disk. An event
// whose Status is already processed is archived so, with its
// ProcessedAt: the pipeline applies it in the same transaction.
func (db *DB) AppendEvents(ctx context.Context, evs []*ingest.Event) (duplicate []bool, err error) {
	duplicate = make([]bool, len(evs))
	err = db.inTx(ctx, func(t *tx) error {
		for i, ev := range evs {
			var processedAt any
			if ev.Status == ingest.StatusProcessed && ev.ProcessedAt != nil {
				processedAt = ms(*ev.ProcessedAt)
			} else {
				ev.Status = ingest.StatusPending
			}
			headers := "{}"
			if len(ev.Headers) > 0 {
				headers = string(mustJSON(ev.Headers))
			}
			attempts := 0
			if processedAt != nil {
				attempts = 1
			}
			err := t.queryRow(ctx, `INSERT INTO events (source, store_id, external_id, type, received_at, verification, headers, payload,
				status, attempts, processed_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (source, store_id, external_id) DO NOTHING RETURNING id`,
				ev.Source, ev.StoreID, ev.ExternalID, ev.Type, ms(ev.ReceivedAt), ev.Verification, headers, ev.Payload,
				ev.Status, attempts, processedAt, ms(ev.ReceivedAt)).Scan(&ev.ID)
			switch {
			case err == sql.ErrNoRows:
				duplicate[i] = true
			case isForeignKeyViolation(err):
				return kefu.Invalid("store_id", "store %d does not exist", ev.StoreID)
			case err != nil:
				return err
			}
		}
		return nil
	})
	return duplicate, err
}

// ClaimEvent takes one event found by DueEvents if it is still due,
// hiding it from other processors for lease. On PostgreSQL the update
// holds the row until the transaction ends, and a second replica's claim
// then finds it no longer due.
func (db *DB) ClaimEvent(ctx context.Context, id int64, lease time.Duration) (bool, error) {
	claimed := false
	err := db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `UPDATE events SET next_attempt_at = ? WHERE id = ? AND status = 'pending' AND next_attempt_at <= ?`,
			ms(t.now.Add(lease)), id, ms(t.now))
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		claimed = n == 1
		return err
	})
	return claimed, err
}

// ClaimProcessed claims a due event by marking it processed before its
// handler runs, inside the processing transaction: one statement where a
// claim and a finish would be two. A handler failure rolls the mark back
// with everything else.
func (db *DB) ClaimProcessed(ctx context.Context, ev *ingest.Event) (bool, error) {
	claimed := false
	err := db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `UPDATE events SET status = 'processed', attempts = attempts + 1, last_error = '', processed_at = ?
			WHERE id = ? AND status = 'pending' AND next_attempt_at <= ?`, ms(t.now), ev.ID, ms(t.now))
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if claimed = n == 1; claimed {
			now := t.now
			ev.Status, ev.LastError, ev.ProcessedAt = ingest.StatusProcessed, "", &now
		}
		return err
	})
	return claimed, err
}

// DueEvents returns up to limit events that are due, without claiming
// them: the pipeline prepares them (DNS lookups) outside its transaction,
// then claims inside it.
func (db *DB) DueEvents(ctx context.Context, limit int) ([]*ingest.Event, error) {
	return db.scanEvents(ctx, db.read, `SELECT `+eventColumns+` FROM events WHERE id IN (`+db.dialect.q("due_events")+`) ORDER BY id`,
		ms(db.now()), limit)
}

// FinishEvent records the outcome of processing: done, or failed with the
// error kept and the next attempt scheduled; after the last attempt the
// event stays failed until someone replays it.
func (db *DB) FinishEvent(ctx context.Context, ev *ingest.Event, procErr error, retryAt *time.Time) error {
	return db.inTx(ctx, func(t *tx) error {
		if procErr == nil {
			ev.Status, ev.LastError = ingest.StatusProcessed, ""
			now := t.now
			ev.ProcessedAt = &now
			_, err := t.exec(ctx, `UPDATE events SET status = 'processed', attempts = attempts + 1, last_error = '', processed_at = ? WHERE id = ?`,
				ms(now), ev.ID)
			return err
		}
		ev.Attempts++
		ev.LastError = procErr.Error()
		if len(ev.LastError) > 2000 {
			ev.LastError = ev.LastError[:2000]
		}
		ev.Status, ev.NextAttemptAt = ingest.StatusPending, retryAt
		if retryAt == nil {
			ev.Status = ingest.StatusFailed
		}
		next := ms(t.now)
		if retryAt != nil {
			// Never due within this transaction, whose claims use its start time.
			next = max(ms(*retryAt), next+1)
		}
		_, err := t.exec(ctx, `UPDATE events SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?`,
			ev.Status, ev.LastError, next, ev.ID)
		return err
	})
}

// ListEvents returns archived events without their payloads.
func (db *DB) ListEvents(ctx context.Context, f ingest.EventFilter) ([]*ingest.Event, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	if f.Limit <= 0 || f.Limit > kefu.MaxPageSize {
		f.Limit = 50
	}
	var c conds
	if f.Status != "" {
		c.add(`status = ?`, f.Status)
	}
	if f.Source != "" {
		c.add(`source = ?`, f.Source)
	}
	if f.StoreID != 0 {
		c.add(`store_id = ?`, f.StoreID)
	}
	if f.BeforeID != 0 {
		c.add(`id < ?`, f.BeforeID)
	}
	cols := `id, source, store_id, external_id, type, received_at, verification, headers, '' AS payload, status, attempts,
		last_error, next_attempt_at, processed_at`
	return db.scanEvents(ctx, db.reader(ctx), `SELECT `+cols+` FROM events WHERE 1=1`+c.and()+` ORDER BY id DESC LIMIT ?`, append(c.args, f.Limit)...)
}

// RequeueEvents marks events received since a time (of one source, or all)
// for processing again: `kefu events replay`. Handlers are idempotent, so
// a replay rebuilds effects without doubling them.
func (db *DB) RequeueEvents(ctx context.Context, since time.Time, source string) (int64, error) {
	var n int64
	err := db.inTx(ctx, func(t *tx) error {
		c := conds{}
		c.add(`received_at >= ?`, ms(since))
		if source != "" {
			c.add(`source = ?`, source)
		}
		res, err := t.exec(ctx, `UPDATE events SET status = 'pending', attempts = 0, last_error = '', next_attempt_at = ? WHERE 1=1`+c.and(),
			append([]any{ms(t.now)}, c.args...)...)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	return n, err
}

func (db *DB) scanEvents(ctx context.Context, q queryer, query string, args ...any) ([]*ingest.Event, error) {
	rows, err := db.query(ctx, q, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*ingest.Event
	for rows.Next() {
		var ev ingest.Event
		var headers string
		var received, next int64
		var processed sql.NullInt64
		if err := rows.Scan(&ev.ID, &ev.Source, &ev.StoreID, &ev.ExternalID, &ev.Type, &received, &ev.Verification, &headers,
			&ev.Payload, &ev.Status, &ev.Attempts, &ev.LastError, &next, &processed); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(headers), &ev.Headers); err != nil {
			return nil, err
		}
		ev.ReceivedAt, ev.ProcessedAt = fromMS(received), fromNullMS(processed)
		if ev.Status == ingest.StatusPending {
			t := fromMS(next)
			ev.NextAttemptAt = &t
		}
		out = append(out, &ev)
	}
	return out, rows.Err()
}
