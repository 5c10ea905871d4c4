package storage

import (
	"context"
	"strings"

	"kefu"
)

// CountTickets counts the tickets matching f in the caller's stores, but
// stops at limit: an inbox tab shows "999+" rather than make the database
// count a million rows for it. A full-text query cannot be counted.
func (db *DB) CountTickets(ctx context.Context, f kefu.TicketFilter, limit int) (int, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return 0, err
	}
	if strings.TrimSpace(f.Query) != "" {
		return 0, kefu.Invalid("q", "a search cannot be counted")
	}
	if err := f.Validate(); err != nil {
		return 0, err
	}
	if limit <= 0 {
		limit = 1000
	}
	c, none, err := db.ticketConds(ctx, a, &f)
	if err != nil || none {
		return 0, err
	}
	query := strings.Replace(db.dialect.q("count_tickets"), "/*filters*/", c.and(), 1)
	var n int
	err = db.queryRow(ctx, db.reader(ctx), query, append(c.args, limit)...).Scan(&n)
	return n, err
}

// CustomerTickets returns a buyer's most recent tickets in the caller's
// stores, for the ticket page's "past tickets".
func (db *DB) CustomerTickets(ctx context.Context, customerID int64, limit int) ([]*kefu.Ticket, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > kefu.MaxPageSize {
		limit = 20
	}
	var c conds
	c.add(`t.customer_id = ?`, customerID)
	if scope := a.StoreScope(); scope != nil {
		c.add(`t.store_id IN (`+placeholders(len(scope))+`)`, int64Args(scope)...)
	}
	tickets, _, err := db.ticketRows(ctx, c, "t.id", "t.id DESC", limit)
	return tickets, err
}

// FindAttachment returns an attachment and the ticket it belongs to, if
// the caller may see that ticket.
func (db *DB) FindAttachment(ctx context.Context, id int64) (*kefu.Attachment, int64, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, 0, err
	}
	var att kefu.Attachment
	var ticketID, storeID int64
	err := db.queryRow(ctx, db.reader(ctx), `SELECT a.id, a.filename, a.content_type, a.size, a.sha256, a.content_id, t.id, t.store_id
		FROM attachments a JOIN messages m ON m.id = a.message_id JOIN tickets t ON t.id = m.ticket_id WHERE a.id = ?`, id).
		Scan(&att.ID, &att.Filename, &att.ContentType, &att.Size, &att.SHA256, &att.ContentID, &ticketID, &storeID)
	if err != nil {
		return nil, 0, notFound(err, "attachment")
	}
	if !a.CanSeeStore(storeID) {
		return nil, 0, kefu.NotFound("attachment")
	}
	return &att, ticketID, nil
}

// FindCustomers returns the customers with the given ids, with their
// identities, keyed by id: one inbox page's buyers in two queries.
func (db *DB) FindCustomers(ctx context.Context, ids []int64) (map[int64]*kefu.Customer, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	out := make(map[int64]*kefu.Customer, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	q := db.reader(ctx)
	rows, err := db.query(ctx, q, `SELECT id, name, created_at, updated_at FROM customers WHERE id IN (`+placeholders(len(ids))+`)`, int64Args(ids)...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var c kefu.Customer
		var created, updated int64
		if err := rows.Scan(&c.ID, &c.Name, &created, &updated); err != nil {
			rows.Close()
			return nil, err
		}
		c.CreatedAt, c.UpdatedAt, c.Identities = fromMS(created), fromMS(updated), []kefu.Identity{}
		out[c.ID] = &c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = db.query(ctx, q, `SELECT customer_id, kind, platform, value FROM customer_identities WHERE customer_id IN (`+placeholders(len(ids))+`) ORDER BY id`, int64Args(ids)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var cid int64
		var i kefu.Identity
		if err := rows.Scan(&cid, &i.Kind, &i.Platform, &i.Value); err != nil {
			return nil, err
		}
		if c := out[cid]; c != nil {
			c.Identities = append(c.Identities, i)
		}
	}
	return out, rows.Err()
}
