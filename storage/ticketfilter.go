package storage

import (
	"context"
	"strings"
	"time"

	"kefu"
)

// conds is a small typed builder for the inbox's dynamic filters: each
// condition is SQL with ? placeholders plus its arguments, ANDed together.
type conds struct {
	sql  []string
	args []any
}

func (c *conds) add(cond string, args ...any) {
	c.sql = append(c.sql, cond)
	c.args = append(c.args, args...)
}

func (c *conds) in(column string, values []string) {
	if len(values) > 0 {
		c.add(column+` IN (`+placeholders(len(values))+`)`, stringArgs(values)...)
	}
}

// clone copies c so that adding to the copy leaves c alone.
func (c conds) clone() conds {
	return conds{sql: append([]string(nil), c.sql...), args: append([]any(nil), c.args...)}
}

// and renders " AND a AND b", or "" when empty.
func (c *conds) and() string {
	if len(c.sql) == 0 {
		return ""
	}
	return " AND " + strings.Join(c.sql, " AND ")
}

// ticketConds turns a validated filter into conditions on tickets t,
// intersected with the actor's store scope. none is true when the filter
// can match nothing (e.g. a platform without stores).
func (db *DB) ticketConds(ctx context.Context, a *kefu.Actor, f *kefu.TicketFilter) (c conds, none bool, err error) {
	stores, none, err := db.storeSet(ctx, a, f)
	if err != nil || none {
		return c, none, err
	}
	if stores != nil {
		c.add(`t.store_id IN (`+placeholders(len(stores))+`)`, int64Args(stores)...)
	}
	c.in(`t.status`, f.Status)
	c.in(`t.intent`, f.Intent)
	c.in(`t.notice_kind`, f.NoticeKind)
	c.in(`t.language`, f.Language)
	c.in(`t.currency`, f.Currency)
	c.in(`t.priority`, f.Priority)
	for _, tag := range f.Tags {
		cond, err := db.tagCond(ctx, tag)
		if err != nil {
			return c, false, err
		}
		c.add(cond, tag)
	}
	if f.AssigneeID != nil {
		if *f.AssigneeID == 0 {
			c.add(`t.assignee_id IS NULL`)
		} else {
			c.add(`t.assignee_id = ?`, *f.AssigneeID)
		}
	}
	if f.Team != "" {
		c.add(`t.team = ?`, f.Team)
	}
	if f.Phishing != nil {
		c.add(`t.suspected_phishing = ?`, *f.Phishing)
	}
	for _, r := range []struct {
		cond string
		at   *time.Time
	}{
		{`t.created_at >= ?`, f.CreatedAfter}, {`t.created_at < ?`, f.CreatedBefore},
		{`t.updated_at >= ?`, f.UpdatedAfter}, {`t.updated_at < ?`, f.UpdatedBefore},
		{`t.sla_due < ?`, f.SLADueBefore},
	} {
		if r.at != nil {
			c.add(r.cond, ms(*r.at))
		}
	}
	if f.OrderNumber != "" {
		c.add(`t.order_id IN (SELECT id FROM orders WHERE number = ?)`, strings.TrimSpace(f.OrderNumber))
	}
	if f.Customer != "" {
		// The value may be an address (stored lower-case), a buyer id (kept
		// as the platform spells it) or a phone (stored as digits).
		raw := strings.TrimSpace(f.Customer)
		phone := kefu.Identity{Kind: kefu.IdentityPhone, Value: raw}.Normalize().Value
		c.add(`t.customer_id IN (SELECT customer_id FROM customer_identities WHERE value IN (?, ?, ?))`, strings.ToLower(raw), raw, phone)
	}
	if f.CardLast4 != "" {
		c.add(`t.order_id IN (SELECT id FROM orders WHERE card_last4 = ?)`, f.CardLast4)
	}
	if f.PaymentID != "" {
		p := strings.TrimSpace(f.PaymentID)
		c.add(`(t.case_id = ? OR t.order_id IN (SELECT id FROM orders WHERE charge_id = ? UNION SELECT id FROM orders WHERE payment_intent_id = ?
			UNION SELECT id FROM orders WHERE payment_ref = ?))`, p, p, p, p)
	}
	return c, false, nil
}

// commonTag is the number of tickets from which a tag counts as common.
const commonTag = 2000

// tagCond picks how to filter by a tag from how many tickets carry it: a
// rare tag lists its few tickets and sorts them; a common one walks the
// inbox in order and checks each ticket, stopping after one page. Either
// way no query touches more than a few thousand rows.
func (db *DB) tagCond(ctx context.Context, tag string) (string, error) {
	var n int
	err := db.queryRow(ctx, db.reader(ctx), `SELECT count(*) FROM (SELECT 1 FROM ticket_tags WHERE tag = ? LIMIT ?) AS sample`, tag, commonTag).Scan(&n)
	if err != nil {
		return "", err
	}
	if n < commonTag {
		return `t.id IN (SELECT ticket_id FROM ticket_tags WHERE tag = ?)`, nil
	}
	return `EXISTS (SELECT 1 FROM ticket_tags tt WHERE tt.ticket_id = t.id AND tt.tag = ?)`, nil
}

// storeSet resolves the store and platform filters and the actor's scope
// into one id list; nil means every store.
func (db *DB) storeSet(ctx context.Context, a *kefu.Actor, f *kefu.TicketFilter) ([]int64, bool, error) {
	var set []int64
	restricted := false
	intersect := func(ids []int64) {
		if !restricted {
			set, restricted = append([]int64{}, ids...), true
			return
		}
		keep := set[:0]
		for _, id := range set {
			for _, x := range ids {
				if id == x {
					keep = append(keep, id)
					break
				}
			}
		}
		set = keep
	}
	if scope := a.StoreScope(); scope != nil {
		intersect(scope)
	}
	if len(f.StoreID) > 0 {
		intersect(f.StoreID)
	}
	if len(f.Platform) > 0 {
		rows, err := db.query(ctx, db.reader(ctx), `SELECT id FROM stores WHERE platform IN (`+placeholders(len(f.Platform))+`)`, stringArgs(f.Platform)...)
		if err != nil {
			return nil, false, err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, false, err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, false, err
		}
		intersect(ids)
	}
	if restricted && len(set) == 0 {
		return nil, true, nil
	}
	return set, false, nil
}
