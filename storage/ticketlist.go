package storage

import (
	"context"
	"encoding/base64"
	"math"
	"strconv"
	"strings"

	"kefu"
)

// ListTickets returns one page of tickets matching f, newest first (or by
// deadline), or ranked by relevance when f.Query is set.
func (db *DB) ListTickets(ctx context.Context, f kefu.TicketFilter) (*kefu.TicketPage, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	c, none, err := db.ticketConds(ctx, a, &f)
	if err != nil {
		return nil, err
	}
	if none {
		return &kefu.TicketPage{Tickets: []*kefu.Ticket{}}, nil
	}
	if strings.TrimSpace(f.Query) != "" {
		return db.searchTickets(ctx, &f, c)
	}
	return db.listTickets(ctx, &f, c)
}

// sortKeys maps a sort to its ORDER BY and the cursor comparison; each is
// served by an index ending in (…, id), so pages never need a sort step.
var sortKeys = map[string]struct{ column, order, after string }{
	kefu.SortUpdated: {"t.updated_at", "t.updated_at DESC, t.id DESC", "(t.updated_at, t.id) < (?, ?)"},
	kefu.SortCreated: {"t.created_at", "t.created_at DESC, t.id DESC", "(t.created_at, t.id) < (?, ?)"},
	kefu.SortSLADue:  {"t.sla_due", "t.sla_due ASC, t.id ASC", "(t.sla_due, t.id) > (?, ?)"},
}

// noDeadline is the cursor key of the second leg of a deadline sort: the
// tickets without a deadline, after all those with one, by id.
const noDeadline = math.MaxInt64

func (db *DB) listTickets(ctx context.Context, f *kefu.TicketFilter, c conds) (*kefu.TicketPage, error) {
	key := sortKeys[f.Sort]
	var after *[2]int64
	if f.Cursor != "" {
		v, id, err := decodeCursor(f.Cursor, f.Sort)
		if err != nil {
			return nil, err
		}
		after = &[2]int64{v, id}
	}
	page := &kefu.TicketPage{Tickets: make([]*kefu.Ticket, 0, f.Limit)}
	var keys []int64
	var err error
	if f.Sort != kefu.SortSLADue || after == nil || after[0] != noDeadline {
		leg := c.clone()
		if f.Sort == kefu.SortSLADue {
			leg.add(`t.sla_due IS NOT NULL`)
		}
		if after != nil {
			leg.add(key.after, after[0], after[1])
		}
		if page.Tickets, keys, err = db.ticketRows(ctx, leg, key.column, key.order, f.Limit+1); err != nil {
			return nil, err
		}
	}
	// A deadline sort lists tickets without a deadline last, by id; the
	// index on sla_due serves the first leg, the primary key this one.
	if f.Sort == kefu.SortSLADue && len(page.Tickets) <= f.Limit {
		leg := c.clone()
		leg.add(`t.sla_due IS NULL`)
		if after != nil && after[0] == noDeadline {
			leg.add(`t.id > ?`, after[1])
		}
		more, _, err := db.ticketRows(ctx, leg, "t.id", "t.id ASC", f.Limit+1-len(page.Tickets))
		if err != nil {
			return nil, err
		}
		for range more {
			keys = append(keys, noDeadline)
		}
		page.Tickets = append(page.Tickets, more...)
	}
	if len(page.Tickets) > f.Limit {
		page.Tickets = page.Tickets[:f.Limit]
		last := page.Tickets[f.Limit-1]
		page.NextCursor = encodeCursor(f.Sort, keys[f.Limit-1], last.ID)
	}
	return page, nil
}

// ticketRows runs one leg of a list: tickets plus their sort key.
func (db *DB) ticketRows(ctx context.Context, c conds, column, order string, limit int) ([]*kefu.Ticket, []int64, error) {
	query := `SELECT ` + ticketColumns + `, ` + column + ` FROM tickets t WHERE 1=1` + c.and() + ` ORDER BY ` + order + ` LIMIT ?`
	rows, err := db.query(ctx, db.reader(ctx), query, append(c.args, limit)...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var tickets []*kefu.Ticket
	var keys []int64
	for rows.Next() {
		var k int64
		t, err := scanTicket(rowWithExtra{rows, &k})
		if err != nil {
			return nil, nil, err
		}
		tickets, keys = append(tickets, t), append(keys, k)
	}
	return tickets, keys, rows.Err()
}

// rowWithExtra scans a ticket row followed by one extra column.
type rowWithExtra struct {
	row   scanner
	extra any
}

func (r rowWithExtra) Scan(dest ...any) error { return r.row.Scan(append(dest, r.extra)...) }

// Cursors are opaque to clients: the sort, the last row's sort key and id.
func encodeCursor(sort string, key, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(sort + ":" + strconv.FormatInt(key, 10) + ":" + strconv.FormatInt(id, 10)))
}

func decodeCursor(cursor, sort string) (key, id int64, err error) {
	bad := kefu.Invalid("cursor", "cursor is not one this list returned for sort=%s", sort)
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return 0, 0, bad
	}
	parts := strings.Split(string(raw), ":")
	if len(parts) != 3 || parts[0] != sort {
		return 0, 0, bad
	}
	key, err1 := strconv.ParseInt(parts[1], 10, 64)
	id, err2 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, bad
	}
	return key, id, nil
}

func searchCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("search:" + strconv.Itoa(offset)))
}

func decodeSearchCursor(cursor string) (int, error) {
	if cursor == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	s, ok := strings.CutPrefix(string(raw), "search:")
	n, err2 := strconv.Atoi(s)
	if err != nil || !ok || err2 != nil || n < 0 || n > searchCandidates {
		return 0, kefu.Invalid("cursor", "cursor is not one this search returned")
	}
	return n, nil
}
