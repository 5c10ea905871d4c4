package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"kefu"
)

// What the SLA clocks keep and produce: each ticket's clock state, the
// escalations that fired, incidents and refund freezes (package sla).

const ticketSLAColumns = `s.ticket_id, s.policy_id, s.policy_name, s.clock_started_at, s.paused_at, s.paused_total_ms,
	s.no_response_needed, s.due_by, s.updated_at`

// visibleTicket checks that ticket id exists in the actor's stores.
func (db *DB) visibleTicket(ctx context.Context, q queryer, a *kefu.Actor, id int64) error {
	var store int64
	if err := db.queryRow(ctx, q, `SELECT store_id FROM tickets WHERE id = ?`, id).Scan(&store); err != nil {
		return notFound(err, "ticket")
	}
	if !a.CanSeeStore(store) {
		return kefu.NotFound("ticket")
	}
	return nil
}

// TicketSLA returns the state of a ticket's clocks; not found before the
// clocks first ran for it.
func (db *DB) TicketSLA(ctx context.Context, ticketID int64) (*kefu.TicketSLA, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	q := db.reader(ctx)
	if err := db.visibleTicket(ctx, q, a, ticketID); err != nil {
		return nil, err
	}
	return db.readTicketSLA(ctx, q, ticketID)
}

// LockTicketSLA is TicketSLA for a read-modify-write: inside a Batch it
// holds the ticket's row until the batch ends, so two replicas moving one
// ticket's clocks take turns instead of overwriting each other. A ticket
// whose clocks never ran has a zero state.
func (db *DB) LockTicketSLA(ctx context.Context, ticketID int64) (*kefu.TicketSLA, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsWrite); err != nil {
		return nil, err
	}
	var s *kefu.TicketSLA
	err := db.inTx(ctx, func(t *tx) error {
		if _, err := db.lockTicket(ctx, t, a, ticketID); err != nil {
			return err
		}
		var err error
		if s, err = db.readTicketSLA(ctx, t, ticketID); kefu.ErrorCode(err) == kefu.ENOTFOUND {
			s, err = &kefu.TicketSLA{TicketID: ticketID}, nil
		}
		return err
	})
	return s, err
}

func (db *DB) readTicketSLA(ctx context.Context, q queryer, ticketID int64) (*kefu.TicketSLA, error) {
	var s kefu.TicketSLA
	var policy, started, paused, due sql.NullInt64
	var pausedMS, updated int64
	err := db.queryRow(ctx, q, `SELECT `+ticketSLAColumns+` FROM ticket_sla s WHERE s.ticket_id = ?`, ticketID).Scan(
		&s.TicketID, &policy, &s.PolicyName, &started, &paused, &pausedMS, &s.NoResponseNeeded, &due, &updated)
	if err != nil {
		return nil, notFound(err, "ticket SLA state")
	}
	s.PolicyID, s.ClockStartedAt, s.PausedAt, s.DueBy = policy.Int64, fromNullMS(started), fromNullMS(paused), fromNullMS(due)
	s.PausedTotal, s.UpdatedAt = time.Duration(pausedMS)*time.Millisecond, fromMS(updated)
	return &s, nil
}

// SaveTicketSLA writes the state of a ticket's clocks.
func (db *DB) SaveTicketSLA(ctx context.Context, s *kefu.TicketSLA) error {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsWrite); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		if err := db.visibleTicket(ctx, t, a, s.TicketID); err != nil {
			return err
		}
		s.UpdatedAt = t.now
		_, err := t.exec(ctx, `INSERT INTO ticket_sla (ticket_id, policy_id, policy_name, clock_started_at, paused_at, paused_total_ms,
			no_response_needed, due_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (ticket_id) DO UPDATE SET policy_id = excluded.policy_id, policy_name = excluded.policy_name,
			clock_started_at = excluded.clock_started_at, paused_at = excluded.paused_at, paused_total_ms = excluded.paused_total_ms,
			no_response_needed = excluded.no_response_needed, due_by = excluded.due_by, updated_at = excluded.updated_at`,
			s.TicketID, idOrNil(s.PolicyID), s.PolicyName, msOrNil(kefu.Millis(s.ClockStartedAt)), msOrNil(kefu.Millis(s.PausedAt)),
			s.PausedTotal.Milliseconds(), s.NoResponseNeeded, msOrNil(kefu.Millis(s.DueBy)), ms(t.now))
		if isForeignKeyViolation(err) {
			return kefu.Errorf(kefu.ECONFLICT, "SLA policy %d was deleted meanwhile; try again", s.PolicyID)
		}
		return err
	})
}

// MarkNoResponseNeeded stops the ticket's response clock and clears its
// response deadlines until the buyer writes again (Amazon's "no response
// needed"). The resolution clock runs on.
func (db *DB) MarkNoResponseNeeded(ctx context.Context, ticketID int64) (*kefu.Ticket, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsWrite); err != nil {
		return nil, err
	}
	var tk *kefu.Ticket
	err := db.inTx(ctx, func(t *tx) error {
		var err error
		if tk, err = db.lockTicket(ctx, t, a, ticketID); err != nil {
			return err
		}
		if tk.Status == kefu.StatusClosed {
			return kefu.Errorf(kefu.ECONFLICT, "ticket %d is closed and read-only", ticketID)
		}
		if _, err := t.exec(ctx, `INSERT INTO ticket_sla (ticket_id, no_response_needed, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (ticket_id) DO UPDATE SET no_response_needed = excluded.no_response_needed, clock_started_at = NULL,
			updated_at = excluded.updated_at`, ticketID, true, ms(t.now)); err != nil {
			return err
		}
		before := map[string]any{"first_response_due": tk.FirstResponseDue, "next_response_due": tk.NextResponseDue}
		tk.FirstResponseDue, tk.NextResponseDue, tk.UpdatedAt = nil, nil, t.now
		if _, err := t.exec(ctx, `UPDATE tickets SET first_response_due = NULL, next_response_due = NULL, sla_due = ?, updated_at = ? WHERE id = ?`,
			msOrNil(tk.SLADue()), ms(t.now), ticketID); err != nil {
			return err
		}
		return t.audit(ctx, "ticket.no_response_needed", "ticket", ticketID, before,
			map[string]any{"first_response_due": nil, "next_response_due": nil, "no_response_needed": true})
	})
	return tk, err
}

// RecordEscalation records that a level fired for one clock run. It
// reports false, and writes nothing, when that level already fired for
// that run: whichever replica records it first does the rest.
func (db *DB) RecordEscalation(ctx context.Context, e *kefu.Escalation) (bool, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return false, err
	}
	added := false
	err := db.inTx(ctx, func(t *tx) error {
		if e.At.IsZero() {
			e.At = t.now
		}
		e.At, e.ClockStartedAt = *kefu.Millis(&e.At), *kefu.Millis(&e.ClockStartedAt)
		err := t.queryRow(ctx, `INSERT INTO sla_escalations (ticket_id, store_id, policy_id, level, clock_started_at, at)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id, level, clock_started_at) DO NOTHING RETURNING id`,
			e.TicketID, e.StoreID, idOrNil(e.PolicyID), e.Level, ms(e.ClockStartedAt), ms(e.At)).Scan(&e.ID)
		if err == sql.ErrNoRows {
			return nil
		} else if err != nil {
			return err
		}
		added = true
		return t.audit(ctx, "ticket.escalate", "ticket", e.TicketID, nil, e)
	})
	return added, err
}

// ListEscalations returns a ticket's escalations, oldest first.
func (db *DB) ListEscalations(ctx context.Context, ticketID int64) ([]*kefu.Escalation, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	q := db.reader(ctx)
	if err := db.visibleTicket(ctx, q, a, ticketID); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, q, `SELECT id, ticket_id, store_id, policy_id, level, clock_started_at, at
		FROM sla_escalations WHERE ticket_id = ? ORDER BY at, id`, ticketID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*kefu.Escalation{}
	for rows.Next() {
		var e kefu.Escalation
		var policy sql.NullInt64
		var started, at int64
		if err := rows.Scan(&e.ID, &e.TicketID, &e.StoreID, &policy, &e.Level, &started, &at); err != nil {
			return nil, err
		}
		e.PolicyID, e.ClockStartedAt, e.At = policy.Int64, fromMS(started), fromMS(at)
		out = append(out, &e)
	}
	return out, rows.Err()
}

// OpenIncident stores an incident report.
func (db *DB) OpenIncident(ctx context.Context, inc *kefu.Incident) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		if inc.OpenedAt.IsZero() {
			inc.OpenedAt = t.now
		}
		inc.OpenedAt = *kefu.Millis(&inc.OpenedAt)
		var err error
		inc.ID, err = t.insert(ctx, `INSERT INTO incidents (store_id, ticket_id, level, title, opened_at, report, report_text)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, inc.StoreID, idOrNil(inc.TicketID), inc.Level, inc.Title, ms(inc.OpenedAt),
			string(mustJSON(inc.Report)), inc.Markdown)
		if err != nil {
			return err
		}
		return t.audit(ctx, "incident.open", "incident", inc.ID, nil, map[string]any{
			"store_id": inc.StoreID, "ticket_id": inc.TicketID, "level": inc.Level, "title": inc.Title})
	})
}

// ListIncidents returns incidents in the caller's stores, newest first.
func (db *DB) ListIncidents(ctx context.Context, f kefu.IncidentFilter) ([]*kefu.Incident, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	if f.Limit <= 0 || f.Limit > kefu.MaxPageSize {
		f.Limit = 50
	}
	query := `SELECT id, store_id, ticket_id, level, title, opened_at, report, report_text FROM incidents WHERE 1 = 1`
	var args []any
	if scope := a.StoreScope(); scope != nil {
		query += ` AND store_id IN (` + placeholders(len(scope)) + `)`
		args = append(args, int64Args(scope)...)
	}
	for _, c := range []struct {
		cond string
		v    int64
	}{{` AND store_id = ?`, f.StoreID}, {` AND ticket_id = ?`, f.TicketID}, {` AND id < ?`, f.BeforeID}} {
		if c.v != 0 {
			query += c.cond
			args = append(args, c.v)
		}
	}
	query += ` ORDER BY id DESC LIMIT ?`
	args = append(args, f.Limit)
	rows, err := db.query(ctx, db.reader(ctx), query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*kefu.Incident{}
	for rows.Next() {
		var inc kefu.Incident
		var ticket sql.NullInt64
		var opened int64
		var report string
		if err := rows.Scan(&inc.ID, &inc.StoreID, &ticket, &inc.Level, &inc.Title, &opened, &report, &inc.Markdown); err != nil {
			return nil, err
		}
		inc.TicketID, inc.OpenedAt = ticket.Int64, fromMS(opened)
		if err := json.Unmarshal([]byte(report), &inc.Report); err != nil {
			return nil, err
		}
		out = append(out, &inc)
	}
	return out, rows.Err()
}

// FreezeRefunds stops refund actions for a store until f.Until.
func (db *DB) FreezeRefunds(ctx context.Context, f *kefu.RefundFreeze) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		f.CreatedAt, f.Until = t.now, *kefu.Millis(&f.Until)
		var err error
		f.ID, err = t.insert(ctx, `INSERT INTO store_refund_freezes (store_id, frozen_until, reason, incident_id, created_at)
			VALUES (?, ?, ?, ?, ?)`, f.StoreID, ms(f.Until), f.Reason, idOrNil(f.IncidentID), ms(t.now))
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", f.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "store.refund_freeze", "store", f.StoreID, nil, f)
	})
}

// FindRefundFreeze returns the store's active refund freeze that lasts
// longest, or not found when refunds may go ahead.
func (db *DB) FindRefundFreeze(ctx context.Context, storeID int64) (*kefu.RefundFreeze, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	if !a.CanSeeStore(storeID) {
		return nil, kefu.NotFound("store")
	}
	var f kefu.RefundFreeze
	var incident sql.NullInt64
	var until, created int64
	err := db.queryRow(ctx, db.reader(ctx), `SELECT id, store_id, frozen_until, reason, incident_id, created_at FROM store_refund_freezes
		WHERE store_id = ? AND frozen_until > ? ORDER BY frozen_until DESC, id DESC LIMIT 1`, storeID, ms(db.now())).Scan(
		&f.ID, &f.StoreID, &until, &f.Reason, &incident, &created)
	if err != nil {
		return nil, notFound(err, "refund freeze")
	}
	f.Until, f.IncidentID, f.CreatedAt = fromMS(until), incident.Int64, fromMS(created)
	return &f, nil
}

// RefundsFrozen reports whether refund actions for the store are frozen,
// until when and why: what refund and dispute code asks before paying out.
func (db *DB) RefundsFrozen(ctx context.Context, storeID int64) (frozen bool, until time.Time, reason string, err error) {
	f, err := db.FindRefundFreeze(ctx, storeID)
	switch {
	case err == nil:
		return true, f.Until, f.Reason, nil
	case kefu.ErrorCode(err) == kefu.ENOTFOUND && kefu.ActorFrom(ctx).CanSeeStore(storeID):
		return false, time.Time{}, "", nil // no freeze; the store itself is not checked
	}
	return false, time.Time{}, "", err
}

// LiftRefundFreeze ends the store's active refund freezes now. Admins only.
func (db *DB) LiftRefundFreeze(ctx context.Context, storeID int64) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `UPDATE store_refund_freezes SET frozen_until = ? WHERE store_id = ? AND frozen_until > ?`, ms(t.now), storeID, ms(t.now))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return kefu.NotFound("refund freeze")
		}
		return t.audit(ctx, "store.refund_freeze_lift", "store", storeID, nil, map[string]any{"lifted_at": t.now})
	})
}
