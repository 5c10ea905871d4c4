package storage

import (
	"context"
	"database/sql"
	"time"

	"kefu"
)

// TicketChanges lists tickets updated at or after since, oldest first:
// the live poller's once-a-second question. It reads for the system; the
// caller filters by each subscriber's stores.
func (db *DB) TicketChanges(ctx context.Context, since time.Time, limit int) ([]kefu.TicketChange, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 5000 {
		limit = 500
	}
	rows, err := db.query(ctx, db.reader(ctx), db.dialect.q("ticket_changes"), ms(since), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kefu.TicketChange
	for rows.Next() {
		var c kefu.TicketChange
		var created, updated int64
		var assignee sql.NullInt64
		if err := rows.Scan(&c.TicketID, &c.StoreID, &created, &updated, &c.MessageCount, &c.Status, &assignee); err != nil {
			return nil, err
		}
		c.CreatedAt, c.UpdatedAt, c.AssigneeID = fromMS(created), fromMS(updated), assignee.Int64
		out = append(out, c)
	}
	return out, rows.Err()
}
