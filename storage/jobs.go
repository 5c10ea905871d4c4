package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"kefu"
)

var _ kefu.JobQueue = (*DB)(nil)

const jobColumns = `id, kind, ticket_id, payload, dedupe_key, status, attempts, last_error, due_at, done_at, created_at`

// EnqueueJob adds a job in the caller's transaction. With a DedupeKey that
// exists already it reports false and adds nothing.
func (db *DB) EnqueueJob(ctx context.Context, j *kefu.Job) (bool, error) {
	added := false
	err := db.inTx(ctx, func(t *tx) error {
		var err error
		added, err = t.enqueueJob(ctx, j)
		return err
	})
	return added, err
}

func (t *tx) enqueueJob(ctx context.Context, j *kefu.Job) (bool, error) {
	if j.Kind == "" {
		return false, kefu.Invalid("kind", "a job needs a kind")
	}
	if j.DueAt.IsZero() {
		j.DueAt = t.now
	}
	payload := "{}"
	if len(j.Payload) > 0 {
		payload = string(j.Payload)
	}
	j.Status, j.CreatedAt = kefu.JobPending, t.now
	err := t.queryRow(ctx, `INSERT INTO jobs (kind, ticket_id, payload, dedupe_key, status, due_at, created_at)
		VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
		j.Kind, idOrNil(j.TicketID), payload, strOrNil(j.DedupeKey), ms(j.DueAt), ms(t.now)).Scan(&j.ID)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

// automate enqueues the automation of a ticket event.
func (t *tx) automate(ctx context.Context, ticketID int64, a kefu.Automation) error {
	_, err := t.enqueueJob(ctx, &kefu.Job{Kind: kefu.JobAutomate, TicketID: ticketID, Payload: mustJSON(a)})
	return err
}

// ClaimJobs takes due pending jobs of the given kinds (all kinds when
// none are given), oldest due first, and hides them for lease: a worker
// that dies mid-job leaves it to be claimed again when the lease ends.
func (db *DB) ClaimJobs(ctx context.Context, kinds []string, limit int, lease time.Duration) ([]*kefu.Job, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = 16
	}
	var jobs []*kefu.Job
	err := db.inTx(ctx, func(t *tx) error {
		args := []any{ms(t.now.Add(lease)), ms(t.now)}
		where := `status = 'pending' AND due_at <= ?`
		if len(kinds) > 0 {
			where += ` AND kind IN (` + placeholders(len(kinds)) + `)`
			args = append(args, stringArgs(kinds)...)
		}
		args = append(args, limit)
		rows, err := t.query(ctx, `UPDATE jobs SET due_at = ?, attempts = attempts + 1 WHERE id IN (
			SELECT id FROM jobs WHERE `+where+` ORDER BY due_at, id LIMIT ? `+db.dialect.q("claim_jobs_lock")+`)
			RETURNING `+jobColumns, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			j, err := scanJob(rows)
			if err != nil {
				return err
			}
			jobs = append(jobs, j)
		}
		return rows.Err()
	})
	return jobs, err
}

// FinishJob records a claimed job's outcome.
func (db *DB) FinishJob(ctx context.Context, j *kefu.Job, jobErr error, retryAt *time.Time) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		if jobErr == nil {
			now := t.now
			j.Status, j.LastError, j.DoneAt = kefu.JobDone, "", &now
			_, err := t.exec(ctx, `UPDATE jobs SET status = 'done', last_error = '', done_at = ? WHERE id = ?`, ms(now), j.ID)
			return err
		}
		j.LastError = jobErr.Error()
		if len(j.LastError) > 2000 {
			j.LastError = j.LastError[:2000]
		}
		j.Status, j.DueAt = kefu.JobPending, t.now
		if retryAt == nil {
			j.Status = kefu.JobFailed
		} else {
			j.DueAt = *kefu.Millis(retryAt)
		}
		_, err := t.exec(ctx, `UPDATE jobs SET status = ?, last_error = ?, due_at = ? WHERE id = ?`, j.Status, j.LastError, ms(j.DueAt), j.ID)
		return err
	})
}

// CancelJobs cancels a ticket's pending jobs of a kind.
func (db *DB) CancelJobs(ctx context.Context, kind string, ticketID int64) (int, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return 0, err
	}
	n := 0
	err := db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `UPDATE jobs SET status = 'cancelled', done_at = ? WHERE kind = ? AND ticket_id = ? AND status = 'pending'`,
			ms(t.now), kind, ticketID)
		if err != nil {
			return err
		}
		affected, err := res.RowsAffected()
		n = int(affected)
		return err
	})
	return n, err
}

// ListJobs returns jobs, newest first. Admins only.
func (db *DB) ListJobs(ctx context.Context, f kefu.JobFilter) ([]*kefu.Job, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	if f.Limit <= 0 || f.Limit > kefu.MaxPageSize {
		f.Limit = 50
	}
	query := `SELECT ` + jobColumns + ` FROM jobs WHERE 1 = 1`
	var args []any
	if f.Kind != "" {
		query += ` AND kind = ?`
		args = append(args, f.Kind)
	}
	if f.TicketID != 0 {
		query += ` AND ticket_id = ?`
		args = append(args, f.TicketID)
	}
	if f.Status != "" {
		query += ` AND status = ?`
		args = append(args, f.Status)
	}
	query += ` ORDER BY id DESC LIMIT ?`
	args = append(args, f.Limit)
	rows, err := db.query(ctx, db.reader(ctx), query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.Job
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

func scanJob(row scanner) (*kefu.Job, error) {
	var j kefu.Job
	var ticket sql.NullInt64
	var dedupe sql.NullString
	var payload string
	var due, created int64
	var done sql.NullInt64
	if err := row.Scan(&j.ID, &j.Kind, &ticket, &payload, &dedupe, &j.Status, &j.Attempts, &j.LastError, &due, &done, &created); err != nil {
		return nil, err
	}
	j.TicketID, j.DedupeKey, j.DueAt, j.CreatedAt = ticket.Int64, dedupe.String, fromMS(due), fromMS(created)
	j.Payload = json.RawMessage(payload)
	if done.Valid {
		t := fromMS(done.Int64)
		j.DoneAt = &t
	}
	return &j, nil
}
