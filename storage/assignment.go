package storage

import (
	"context"
	"slices"
	"time"

	"kefu"
)

// AssignmentCandidates returns the users a rule may assign a store's
// ticket to: agents and supervisors, enabled, whose store scope includes
// the store, signed in to the UI with a session seen since onlineSince
// (the UI touches last_seen_at at most once a minute), optionally members
// of a team. Each comes with their open load: tickets assigned to them
// and not yet solved. Ordered by user id.
func (db *DB) AssignmentCandidates(ctx context.Context, storeID int64, team string, onlineSince time.Time) ([]kefu.AssignmentCandidate, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return nil, err
	}
	now := db.now()
	var c conds
	c.add(`u.role IN (?, ?) AND u.disabled_at IS NULL`, kefu.RoleAgent, kefu.RoleSupervisor)
	c.add(`EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id AND s.pending = ? AND s.last_seen_at >= ? AND s.expires_at > ?)`,
		false, ms(onlineSince), ms(now))
	c.add(`(NOT EXISTS (SELECT 1 FROM user_stores us WHERE us.user_id = u.id)
		OR EXISTS (SELECT 1 FROM user_stores us WHERE us.user_id = u.id AND us.store_id = ?))`, storeID)
	if team != "" {
		c.add(`EXISTS (SELECT 1 FROM team_members tm JOIN teams tt ON tt.id = tm.team_id WHERE tm.user_id = u.id AND tt.name = ?)`, team)
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT u.id, u.name, u.role,
		(SELECT count(*) FROM tickets t WHERE t.assignee_id = u.id AND t.status IN ('new', 'open', 'pending', 'on_hold'))
		FROM users u WHERE 1=1`+c.and()+` ORDER BY u.id`, c.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kefu.AssignmentCandidate
	for rows.Next() {
		var a kefu.AssignmentCandidate
		if err := rows.Scan(&a.UserID, &a.Name, &a.Role, &a.OpenTickets); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// NextRoundRobin picks the rule's next assignee among userIDs: the first
// after the one it picked last, wrapping around, and remembers the pick.
// The upsert locks the rule's row until the transaction ends, so two
// workers assigning at once take turns instead of picking the same user.
func (db *DB) NextRoundRobin(ctx context.Context, ruleID int64, userIDs []int64) (int64, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return 0, err
	}
	if len(userIDs) == 0 {
		return 0, kefu.Invalid("user_ids", "no candidates to choose from")
	}
	ids := slices.Clone(userIDs)
	slices.Sort(ids)
	var next int64
	err := db.inTx(ctx, func(t *tx) error {
		var last int64
		if err := t.queryRow(ctx, `INSERT INTO rule_round_robin (rule_id, last_user_id, updated_at) VALUES (?, 0, ?)
			ON CONFLICT (rule_id) DO UPDATE SET updated_at = excluded.updated_at RETURNING last_user_id`, ruleID, ms(t.now)).Scan(&last); err != nil {
			if isForeignKeyViolation(err) {
				return kefu.NotFound("rule")
			}
			return err
		}
		next = ids[0]
		for _, id := range ids {
			if id > last {
				next = id
				break
			}
		}
		_, err := t.exec(ctx, `UPDATE rule_round_robin SET last_user_id = ? WHERE rule_id = ?`, next, ruleID)
		return err
	})
	return next, err
}

// CustomerHistory counts a customer's tickets other than ticketID, and
// their disputes (through their orders or tickets) not on ticketID.
func (db *DB) CustomerHistory(ctx context.Context, customerID, ticketID int64) (kefu.CustomerHistory, error) {
	var h kefu.CustomerHistory
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return h, err
	}
	if customerID == 0 {
		return h, nil
	}
	err := db.queryRow(ctx, db.reader(ctx), `SELECT
		(SELECT count(*) FROM tickets WHERE customer_id = ? AND id <> ?),
		(SELECT count(*) FROM disputes d WHERE (d.ticket_id IS NULL OR d.ticket_id <> ?) AND (
			d.order_id IN (SELECT id FROM orders WHERE customer_id = ?) OR
			d.ticket_id IN (SELECT id FROM tickets WHERE customer_id = ?)))`,
		customerID, ticketID, ticketID, customerID, customerID).Scan(&h.Tickets, &h.Disputes)
	return h, err
}
