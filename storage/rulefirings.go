package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"kefu"
)

const firingColumns = `id, rule_id, rule_name, ticket_id, message_id, trigger_on, actions, blocked, at`

// StartRuleFiring records that a rule fired for a ticket event before its
// actions run. The unique (rule, ticket, message) row is the claim: when
// the event is processed again, by this worker or another, the insert
// does nothing and the caller skips the rule.
func (db *DB) StartRuleFiring(ctx context.Context, f *kefu.RuleFiring) (bool, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return false, err
	}
	if f.RuleID <= 0 || f.TicketID <= 0 {
		return false, kefu.Invalid("rule_id", "a firing needs a saved rule and a ticket")
	}
	if f.Actions == nil {
		f.Actions = []kefu.ActionResult{}
	}
	claimed := false
	err := db.inTx(ctx, func(t *tx) error {
		f.At = t.now
		err := t.queryRow(ctx, `INSERT INTO rule_firings (rule_id, rule_name, ticket_id, message_id, trigger_on, actions, blocked, at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rule_id, ticket_id, message_id) DO NOTHING RETURNING id`,
			f.RuleID, f.RuleName, f.TicketID, f.MessageID, f.Trigger, string(mustJSON(f.Actions)), firingBlocked(f.Actions), ms(t.now)).Scan(&f.ID)
		if err == sql.ErrNoRows {
			return nil
		}
		if err != nil {
			return err
		}
		claimed = true
		return t.audit(ctx, "rule.fire", "ticket", f.TicketID, nil, map[string]any{"rule_id": f.RuleID, "rule_name": f.RuleName,
			"message_id": f.MessageID, "trigger": f.Trigger})
	})
	return claimed, err
}

// UpdateRuleFiring stores the outcomes of a firing's actions.
func (db *DB) UpdateRuleFiring(ctx context.Context, f *kefu.RuleFiring) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return err
	}
	f.Blocked = firingBlocked(f.Actions)
	return db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `UPDATE rule_firings SET actions = ?, blocked = ? WHERE id = ?`, string(mustJSON(f.Actions)), f.Blocked, f.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return kefu.NotFound("rule firing")
		}
		return nil
	})
}

// SetRuleFiringAction records the outcome of one action of a firing that
// finished after the firing itself: a delayed auto-reply, an alert.
func (db *DB) SetRuleFiringAction(ctx context.Context, firingID int64, index int, res kefu.ActionResult) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		var raw string
		if err := t.queryRow(ctx, db.dialect.q("rule_firing_for_update"), firingID).Scan(&raw); err != nil {
			return notFound(err, "rule firing")
		}
		var actions []kefu.ActionResult
		if err := json.Unmarshal([]byte(raw), &actions); err != nil {
			return fmt.Errorf("rule firing %d: %w", firingID, err)
		}
		if index < 0 || index >= len(actions) {
			return kefu.Invalid("index", "rule firing %d has no action %d", firingID, index)
		}
		actions[index] = res
		_, err := t.exec(ctx, `UPDATE rule_firings SET actions = ?, blocked = ? WHERE id = ?`, string(mustJSON(actions)), firingBlocked(actions), firingID)
		return err
	})
}

func firingBlocked(actions []kefu.ActionResult) bool {
	for _, a := range actions {
		if a.Outcome == kefu.OutcomeBlocked {
			return true
		}
	}
	return false
}

// ListRuleFirings returns a ticket's firings, oldest first, to whoever may
// see the ticket. A delayed auto-reply shows where it stands now, e.g.
// cancelled by an agent's reply.
func (db *DB) ListRuleFirings(ctx context.Context, ticketID int64) ([]*kefu.RuleFiring, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	q := db.reader(ctx)
	if _, err := db.findTicket(ctx, q, a, ticketID); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, q, `SELECT `+firingColumns+` FROM rule_firings WHERE ticket_id = ? ORDER BY id`, ticketID)
	if err != nil {
		return nil, err
	}
	out := []*kefu.RuleFiring{}
	byID := map[int64]*kefu.RuleFiring{}
	for rows.Next() {
		f, err := scanFiring(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, f)
		byID[f.ID] = f
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = db.query(ctx, q, `SELECT firing_id, action_index, status, detail, message_id FROM auto_replies
		WHERE ticket_id = ? AND firing_id IS NOT NULL`, ticketID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var firingID int64
		var index int
		var status, detail string
		var message sql.NullInt64
		if err := rows.Scan(&firingID, &index, &status, &detail, &message); err != nil {
			return nil, err
		}
		if f := byID[firingID]; f != nil && index < len(f.Actions) && f.Actions[index].Outcome == kefu.OutcomeScheduled && status != kefu.OutcomeScheduled {
			f.Actions[index] = kefu.ActionResult{Type: kefu.ActionAutoReply, Outcome: status, Detail: detail, MessageID: message.Int64}
			f.Blocked = f.Blocked || status == kefu.OutcomeBlocked
		}
	}
	return out, rows.Err()
}

func scanFiring(row scanner) (*kefu.RuleFiring, error) {
	var f kefu.RuleFiring
	var rule sql.NullInt64
	var actions string
	var at int64
	if err := row.Scan(&f.ID, &rule, &f.RuleName, &f.TicketID, &f.MessageID, &f.Trigger, &actions, &f.Blocked, &at); err != nil {
		return nil, err
	}
	f.RuleID, f.At = rule.Int64, fromMS(at)
	if err := json.Unmarshal([]byte(actions), &f.Actions); err != nil {
		return nil, fmt.Errorf("rule firing %d: %w", f.ID, err)
	}
	return &f, nil
}

// ClaimAutoReply takes a rule's one auto-reply slot on a ticket; false
// when it is taken already (sent, scheduled, blocked …), whoever took it.
func (db *DB) ClaimAutoReply(ctx context.Context, s *kefu.AutoReplyState) (bool, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return false, err
	}
	if s.Status == "" {
		s.Status = kefu.OutcomeScheduled
	}
	claimed := false
	err := db.inTx(ctx, func(t *tx) error {
		s.CreatedAt, s.UpdatedAt = t.now, t.now
		var ruleID int64
		err := t.queryRow(ctx, `INSERT INTO auto_replies (rule_id, ticket_id, firing_id, action_index, status, message_id, detail, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rule_id, ticket_id) DO NOTHING RETURNING rule_id`,
			s.RuleID, s.TicketID, idOrNil(s.FiringID), s.ActionIndex, s.Status, idOrNil(s.MessageID), s.Detail, ms(t.now), ms(t.now)).Scan(&ruleID)
		if err == sql.ErrNoRows {
			return nil
		}
		claimed = err == nil
		return err
	})
	return claimed, err
}

// FindAutoReply returns the state of a rule's auto-reply on a ticket.
func (db *DB) FindAutoReply(ctx context.Context, ruleID, ticketID int64) (*kefu.AutoReplyState, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return nil, err
	}
	var s kefu.AutoReplyState
	var firing, message sql.NullInt64
	var created, updated int64
	err := db.queryRow(ctx, db.reader(ctx), `SELECT rule_id, ticket_id, firing_id, action_index, status, message_id, detail, created_at, updated_at
		FROM auto_replies WHERE rule_id = ? AND ticket_id = ?`, ruleID, ticketID).Scan(
		&s.RuleID, &s.TicketID, &firing, &s.ActionIndex, &s.Status, &message, &s.Detail, &created, &updated)
	if err != nil {
		return nil, notFound(err, "auto-reply")
	}
	s.FiringID, s.MessageID, s.CreatedAt, s.UpdatedAt = firing.Int64, message.Int64, fromMS(created), fromMS(updated)
	return &s, nil
}

// SetAutoReply records where a claimed auto-reply stands now.
func (db *DB) SetAutoReply(ctx context.Context, s *kefu.AutoReplyState) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		s.UpdatedAt = t.now
		res, err := t.exec(ctx, `UPDATE auto_replies SET status = ?, message_id = ?, detail = ?, updated_at = ? WHERE rule_id = ? AND ticket_id = ?`,
			s.Status, idOrNil(s.MessageID), kefu.CutUTF8(s.Detail, 2000), ms(t.now), s.RuleID, s.TicketID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return kefu.NotFound("auto-reply")
		}
		return nil
	})
}

// cancelAutoReplies calls off a ticket's delayed auto-replies: a person
// answered, so the buyer must not get a canned reply after it. Called by
// addMessage in the reply's own transaction; the job runner checks again
// when a job fires, for replies that come another way.
func (t *tx) cancelAutoReplies(ctx context.Context, ticketID int64) error {
	if _, err := t.exec(ctx, `UPDATE jobs SET status = 'cancelled', done_at = ? WHERE kind = ? AND ticket_id = ? AND status = 'pending'`,
		ms(t.now), kefu.JobAutoReply, ticketID); err != nil {
		return err
	}
	_, err := t.exec(ctx, `UPDATE auto_replies SET status = ?, detail = ?, updated_at = ? WHERE ticket_id = ? AND status = ?`,
		kefu.OutcomeCancelled, "an agent replied first", ms(t.now), ticketID, kefu.OutcomeScheduled)
	return err
}
