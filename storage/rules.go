package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"kefu"
)

var _ kefu.RuleService = (*DB)(nil)

const ruleColumns = `id, name, store_id, position, enabled, trigger_on, conditions, actions, stop, created_at, updated_at`

// CreateRule adds a rule at r.Position (0: at the end), moving the rules
// from there on down by one. Admins only.
func (db *DB) CreateRule(ctx context.Context, r *kefu.Rule) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := r.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		if err := t.checkRuleReferences(ctx, r); err != nil {
			return err
		}
		r.CreatedAt, r.UpdatedAt = t.now, t.now
		var err error
		r.ID, err = t.insert(ctx, `INSERT INTO rules (name, store_id, position, enabled, trigger_on, conditions, actions, stop, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.Name, idOrNil(r.StoreID), 1<<30, r.Enabled, r.Trigger, string(mustJSON(r.Conditions)), string(mustJSON(r.Actions)), r.Stop, ms(t.now), ms(t.now))
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", r.StoreID)
		} else if err != nil {
			return err
		}
		if r.Position, err = t.placeRule(ctx, r.ID, r.Position); err != nil {
			return err
		}
		return t.audit(ctx, "rule.create", "rule", r.ID, nil, r)
	})
}

// placeRule moves rule id to position (1-based; 0 or past the end: last)
// and renumbers every rule 1…n, returning where it landed. Positions stay
// dense so that "move to 3" means the same thing to everyone.
func (t *tx) placeRule(ctx context.Context, id int64, position int) (int, error) {
	rows, err := t.query(ctx, `SELECT id, position FROM rules ORDER BY position, id`)
	if err != nil {
		return 0, err
	}
	var ids []int64
	current := map[int64]int{}
	for rows.Next() {
		var rid int64
		var pos int
		if err := rows.Scan(&rid, &pos); err != nil {
			rows.Close()
			return 0, err
		}
		if rid != id {
			ids = append(ids, rid)
		}
		current[rid] = pos
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if position <= 0 || position > len(ids)+1 {
		position = len(ids) + 1
	}
	ids = slices.Insert(ids, position-1, id)
	for i, rid := range ids {
		if current[rid] == i+1 {
			continue
		}
		if _, err := t.exec(ctx, `UPDATE rules SET position = ? WHERE id = ?`, i+1, rid); err != nil {
			return 0, err
		}
	}
	return position, nil
}

// checkRuleReferences refuses what only the database can judge: an
// auto-reply template that does not exist, an assignee who is not an
// agent. Errors name the parameter at fault.
func (t *tx) checkRuleReferences(ctx context.Context, r *kefu.Rule) error {
	for i, a := range r.Actions {
		p, err := a.Parse()
		if err != nil {
			return err
		}
		switch {
		case a.Type == kefu.ActionAutoReply && p.Template != "":
			var n int
			if err := t.queryRow(ctx, `SELECT count(*) FROM auto_reply_templates WHERE name = ? AND (store_id IS NULL OR ? = 0 OR store_id = ?)`,
				p.Template, r.StoreID, r.StoreID).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				field := fmt.Sprintf("actions.%d.params.template", i)
				return kefu.Invalid(field, "%s: no auto-reply template named %q for this rule's store", field, p.Template)
			}
		case a.Type == kefu.ActionAssign && p.UserID != 0:
			var role string
			var disabled sql.NullInt64
			err := t.queryRow(ctx, `SELECT role, disabled_at FROM users WHERE id = ?`, p.UserID).Scan(&role, &disabled)
			field := fmt.Sprintf("actions.%d.params.user_id", i)
			if err == sql.ErrNoRows {
				return kefu.Invalid(field, "%s: user %d does not exist", field, p.UserID)
			} else if err != nil {
				return err
			}
			if disabled.Valid {
				return kefu.Invalid(field, "%s: user %d is disabled", field, p.UserID)
			}
			if role == kefu.RoleViewer {
				return kefu.Invalid(field, "%s: user %d is a viewer and cannot work tickets", field, p.UserID)
			}
		}
	}
	return nil
}

// FindRule returns a rule. Admins only.
func (db *DB) FindRule(ctx context.Context, id int64) (*kefu.Rule, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	r, err := scanRule(db.queryRow(ctx, db.reader(ctx), `SELECT `+ruleColumns+` FROM rules WHERE id = ?`, id))
	return r, notFound(err, "rule")
}

// ListRules returns rules in evaluation order. Admins, and the system
// evaluating them.
func (db *DB) ListRules(ctx context.Context, f kefu.RuleFilter) ([]*kefu.Rule, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	var c conds
	if f.StoreID != 0 {
		c.add(`(store_id IS NULL OR store_id = ?)`, f.StoreID)
	}
	if f.EnabledOnly {
		c.add(`enabled = ?`, true)
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+ruleColumns+` FROM rules WHERE 1=1`+c.and()+` ORDER BY position, id`, c.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*kefu.Rule{}
	for rows.Next() {
		r, err := scanRule(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// UpdateRule changes a rule; a new position moves it. Admins only.
func (db *DB) UpdateRule(ctx context.Context, id int64, u kefu.RuleUpdate) (*kefu.Rule, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	var r *kefu.Rule
	err := db.inTx(ctx, func(t *tx) error {
		var err error
		if r, err = scanRule(t.queryRow(ctx, `SELECT `+ruleColumns+` FROM rules WHERE id = ?`, id)); err != nil {
			return notFound(err, "rule")
		}
		before := *r
		if err := u.Apply(r); err != nil {
			return err
		}
		if err := t.checkRuleReferences(ctx, r); err != nil {
			return err
		}
		r.UpdatedAt = t.now
		_, err = t.exec(ctx, `UPDATE rules SET name = ?, store_id = ?, enabled = ?, trigger_on = ?, conditions = ?, actions = ?, stop = ?, updated_at = ?
			WHERE id = ?`, r.Name, idOrNil(r.StoreID), r.Enabled, r.Trigger, string(mustJSON(r.Conditions)), string(mustJSON(r.Actions)), r.Stop, ms(t.now), id)
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", r.StoreID)
		} else if err != nil {
			return err
		}
		if u.Position != nil && *u.Position != before.Position {
			if r.Position, err = t.placeRule(ctx, id, *u.Position); err != nil {
				return err
			}
		}
		return t.audit(ctx, "rule.update", "rule", id, before, r)
	})
	return r, err
}

// DeleteRule removes a rule; its firings stay on their tickets, by name.
// Admins only.
func (db *DB) DeleteRule(ctx context.Context, id int64) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		before, err := scanRule(t.queryRow(ctx, `SELECT `+ruleColumns+` FROM rules WHERE id = ?`, id))
		if err != nil {
			return notFound(err, "rule")
		}
		if _, err := t.exec(ctx, `DELETE FROM rules WHERE id = ?`, id); err != nil {
			return err
		}
		if _, err := t.exec(ctx, `UPDATE rules SET position = position - 1 WHERE position > ?`, before.Position); err != nil {
			return err
		}
		return t.audit(ctx, "rule.delete", "rule", id, before, nil)
	})
}

func scanRule(row scanner) (*kefu.Rule, error) {
	var r kefu.Rule
	var store sql.NullInt64
	var conditions, actions string
	var created, updated int64
	if err := row.Scan(&r.ID, &r.Name, &store, &r.Position, &r.Enabled, &r.Trigger, &conditions, &actions, &r.Stop, &created, &updated); err != nil {
		return nil, err
	}
	r.StoreID, r.CreatedAt, r.UpdatedAt = store.Int64, fromMS(created), fromMS(updated)
	if err := json.Unmarshal([]byte(conditions), &r.Conditions); err != nil {
		return nil, fmt.Errorf("rule %d: conditions: %w", r.ID, err)
	}
	if err := json.Unmarshal([]byte(actions), &r.Actions); err != nil {
		return nil, fmt.Errorf("rule %d: actions: %w", r.ID, err)
	}
	if r.Conditions == nil {
		r.Conditions = []kefu.RuleCondition{}
	}
	return &r, nil
}
