package storage

import (
	"context"
	"sort"
	"strings"

	"kefu"
	"kefu/search"
)

// searchCandidates bounds the work of one search: the newest matching
// messages (and subjects) up to this many are ranked. An agent looking for
// "退款" wants this week's refunds, not all of them since 2019, and the
// bound keeps a common word as fast as a rare one.
const searchCandidates = 1000

// subjectWeight ranks a match in the subject above one in a message body.
const subjectWeight = 2

type searchHit struct {
	ticketID  int64
	messageID int64
	score     float64
}

func (db *DB) searchTickets(ctx context.Context, f *kefu.TicketFilter, c conds) (*kefu.TicketPage, error) {
	q := search.Parse(f.Query)
	if q.IsEmpty() {
		return nil, kefu.Invalid("q", "the search has no letters, digits or characters to look for")
	}
	offset, err := decodeSearchCursor(f.Cursor)
	if err != nil {
		return nil, err
	}
	match := db.dialect.match(q)
	hits := map[int64]*searchHit{}
	for _, name := range []string{"search_messages", "search_subjects"} {
		query := strings.Replace(db.dialect.q(name), "/*filters*/", c.and(), 1)
		args := append(append([]any{match}, c.args...), searchCandidates)
		if err := db.collectHits(ctx, query, args, name == "search_subjects", hits); err != nil {
			return nil, err
		}
	}
	ranked := make([]*searchHit, 0, len(hits))
	for _, h := range hits {
		ranked = append(ranked, h)
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].score != ranked[j].score {
			return ranked[i].score > ranked[j].score
		}
		return ranked[i].ticketID > ranked[j].ticketID
	})
	page := &kefu.TicketPage{Tickets: []*kefu.Ticket{}}
	if offset >= len(ranked) {
		return page, nil
	}
	end := min(offset+f.Limit, len(ranked))
	if end < len(ranked) {
		page.NextCursor = searchCursor(end)
	}
	ranked = ranked[offset:end]
	page.Tickets, err = db.ticketsWithSnippets(ctx, ranked, q)
	return page, err
}

func (db *DB) collectHits(ctx context.Context, query string, args []any, subject bool, hits map[int64]*searchHit) error {
	rows, err := db.query(ctx, db.read, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h searchHit
		if err := rows.Scan(&h.ticketID, &h.messageID, &h.score); err != nil {
			return err
		}
		prev := hits[h.ticketID]
		switch {
		case prev == nil:
			if subject {
				h.score *= subjectWeight
			}
			hits[h.ticketID] = &h
		case subject:
			prev.score += subjectWeight * h.score
		case h.score > prev.score:
			prev.score, prev.messageID = h.score, h.messageID
		}
	}
	return rows.Err()
}

// ticketsWithSnippets loads the ranked tickets and a highlighted excerpt of
// the best-matching message (or the subject), computed from the original
// text so highlights land on "hoàn tiền" when the query was "hoan tien".
func (db *DB) ticketsWithSnippets(ctx context.Context, ranked []*searchHit, q search.Query) ([]*kefu.Ticket, error) {
	ids := make([]int64, len(ranked))
	var msgIDs []int64
	for i, h := range ranked {
		ids[i] = h.ticketID
		if h.messageID != 0 {
			msgIDs = append(msgIDs, h.messageID)
		}
	}
	byID := map[int64]*kefu.Ticket{}
	rows, err := db.query(ctx, db.read, `SELECT `+ticketColumns+` FROM tickets t WHERE t.id IN (`+placeholders(len(ids))+`)`, int64Args(ids)...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		t, err := scanTicket(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		byID[t.ID] = t
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	bodies := map[int64]string{}
	if len(msgIDs) > 0 {
		rows, err := db.query(ctx, db.read, `SELECT id, body_text FROM messages WHERE id IN (`+placeholders(len(msgIDs))+`)`, int64Args(msgIDs)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			var body string
			if err := rows.Scan(&id, &body); err != nil {
				rows.Close()
				return nil, err
			}
			bodies[id] = body
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	out := make([]*kefu.Ticket, 0, len(ranked))
	for _, h := range ranked {
		t := byID[h.ticketID]
		if t == nil {
			continue // deleted between the two reads
		}
		text := t.Subject
		if h.messageID != 0 {
			text = bodies[h.messageID]
		}
		t.Hit = &kefu.SearchHit{Score: h.score, MessageID: h.messageID, Snippet: search.Snippet(text, q, 200)}
		out = append(out, t)
	}
	return out, nil
}
