package storage

import (
	"context"
	"database/sql"
	"strings"

	"kefu"
)

const ticketColumns = `t.id, t.store_id, t.customer_id, t.order_id, t.subject, t.status, t.priority, t.intent, t.notice_kind,
	t.language, t.channel, t.case_id, t.suspected_phishing, t.tags, t.assignee_id, t.team, t.currency, t.amount_minor,
	t.first_response_at, t.solved_at, t.first_response_due, t.next_response_due, t.resolution_due,
	t.last_message_at, t.message_count, t.created_at, t.updated_at`

// CreateTicket creates a ticket with its first message in one transaction.
func (db *DB) CreateTicket(ctx context.Context, c *kefu.TicketCreate) (*kefu.Ticket, error) {
	var t *kefu.Ticket
	err := db.inTx(ctx, func(tx *tx) error {
		var err error
		t, err = tx.createTicket(ctx, c, true)
		return err
	})
	return t, err
}

// CreateTickets creates many tickets in one transaction (imports, demo
// data, benchmarks). Any failure writes none of them.
func (db *DB) CreateTickets(ctx context.Context, cs []*kefu.TicketCreate) ([]int64, error) {
	ids := make([]int64, 0, len(cs))
	err := db.inTx(ctx, func(tx *tx) error {
		for _, c := range cs {
			t, err := tx.createTicket(ctx, c, false)
			if err != nil {
				return err
			}
			ids = append(ids, t.ID)
		}
		return nil
	})
	return ids, err
}

// createTicket writes a new ticket with its conversation so far. automate
// enqueues the automation job (classification, SLA, rules): live tickets
// want it; imports of history must not answer years-old mail.
func (tx *tx) createTicket(ctx context.Context, c *kefu.TicketCreate, automate bool) (*kefu.Ticket, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsWrite); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if !a.CanSeeStore(c.StoreID) {
		return nil, kefu.Invalid("store_id", "store %d does not exist or is outside your stores", c.StoreID)
	}
	at := tx.now
	if c.ReceivedAt != nil && c.ReceivedAt.Before(at) {
		at = *kefu.Millis(c.ReceivedAt)
	}
	t := &kefu.Ticket{
		StoreID: c.StoreID, Subject: c.Subject, Status: c.Status, Priority: c.Priority, Intent: c.Intent,
		NoticeKind: c.NoticeKind, Language: c.Language, Channel: c.Channel, CaseID: c.CaseID,
		SuspectedPhishing: c.SuspectedPhishing, Tags: c.Tags, AssigneeID: c.AssigneeID, Team: c.Team,
		Currency: c.Currency, AmountMinor: c.AmountMinor, LastMessageAt: at, CreatedAt: at, UpdatedAt: at,
	}
	var err error
	if t.CustomerID, err = tx.resolveCustomer(ctx, c.Customer); err != nil {
		return nil, err
	}
	if c.OrderNumber != "" {
		var customerID sql.NullInt64
		err := tx.queryRow(ctx, `SELECT id, customer_id FROM orders WHERE store_id = ? AND number = ?`, c.StoreID, c.OrderNumber).Scan(&t.OrderID, &customerID)
		if err != nil && err != sql.ErrNoRows {
			return nil, err
		}
		if t.CustomerID == 0 {
			t.CustomerID = customerID.Int64
		}
	}
	if err := tx.checkAssignee(ctx, t.AssigneeID); err != nil {
		return nil, err
	}
	t.FirstResponseDue, t.NextResponseDue, t.ResolutionDue = c.FirstResponseDue, c.NextResponseDue, c.ResolutionDue
	// The conversation so far is history: it moves no status. Its effects
	// (count, last message, first response) go into the INSERT, so the row
	// and its fourteen indexes are written once, not written and updated.
	var msgs []*kefu.Message
	if c.Message != nil {
		if c.Message.CreatedAt.IsZero() {
			c.Message.CreatedAt = at
		}
		msgs = append([]*kefu.Message{c.Message}, c.Messages...)
	}
	for _, m := range msgs {
		tx.prepareMessage(ctx, t, m, true)
		applyMessage(t, m, true)
	}
	t.ID, err = tx.insert(ctx, `INSERT INTO tickets (store_id, customer_id, order_id, subject, status, priority, intent, notice_kind,
		language, channel, case_id, suspected_phishing, tags, assignee_id, team, currency, amount_minor,
		first_response_due, next_response_due, resolution_due, sla_due, first_response_at, last_message_at, message_count, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		t.StoreID, idOrNil(t.CustomerID), idOrNil(t.OrderID), t.Subject, t.Status, t.Priority, t.Intent, t.NoticeKind,
		t.Language, t.Channel, strOrNil(t.CaseID), t.SuspectedPhishing, strings.Join(t.Tags, ","), idOrNil(t.AssigneeID), t.Team,
		t.Currency, t.AmountMinor, msOrNil(t.FirstResponseDue), msOrNil(t.NextResponseDue), msOrNil(t.ResolutionDue), msOrNil(t.SLADue()),
		msOrNil(t.FirstResponseAt), ms(t.LastMessageAt), t.MessageCount, ms(at), ms(t.UpdatedAt))
	if isForeignKeyViolation(err) {
		// The assignee, customer and order are checked or found above;
		// what is left is the store.
		return nil, kefu.Invalid("store_id", "store %d does not exist", t.StoreID)
	} else if err != nil {
		return nil, err
	}
	if err := tx.writeTags(ctx, t.ID, t.Tags, false); err != nil {
		return nil, err
	}
	tx.indexLater("index_subject", t.ID, t.Subject)
	if err := tx.audit(ctx, "ticket.create", "ticket", t.ID, nil, t); err != nil {
		return nil, err
	}
	job := kefu.Automation{Event: kefu.EventTicketCreated}
	for _, m := range msgs {
		if err := tx.insertMessage(ctx, t, m); err != nil {
			return nil, err
		}
		if m.Direction == kefu.DirectionInbound && job.MessageID == 0 {
			job.MessageID = m.ID
		}
		t.Messages = append(t.Messages, m)
	}
	if automate {
		if err := tx.automate(ctx, t.ID, job); err != nil {
			return nil, err
		}
	}
	if t.Status == kefu.StatusSolved || t.Status == kefu.StatusClosed {
		// An imported solved ticket was solved with its last message.
		solved := t.LastMessageAt
		t.SolvedAt = &solved
		if _, err := tx.exec(ctx, `UPDATE tickets SET solved_at = ? WHERE id = ?`, ms(solved), t.ID); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func (tx *tx) writeTags(ctx context.Context, ticketID int64, tags []string, replace bool) error {
	if replace {
		if _, err := tx.exec(ctx, `DELETE FROM ticket_tags WHERE ticket_id = ?`, ticketID); err != nil {
			return err
		}
	}
	for _, tag := range tags {
		if _, err := tx.exec(ctx, `INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)`, ticketID, tag); err != nil {
			return err
		}
	}
	return nil
}

// FindTicketByID returns a ticket in the caller's stores with its messages.
func (db *DB) FindTicketByID(ctx context.Context, id int64) (*kefu.Ticket, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	t, err := db.findTicket(ctx, db.reader(ctx), a, id)
	if err != nil {
		return nil, err
	}
	t.Messages, err = db.ticketMessages(ctx, db.reader(ctx), id)
	return t, err
}

// lockTicket finds a ticket for a read-modify-write inside tx, holding
// its row so that concurrent changes queue instead of overwriting.
func (db *DB) lockTicket(ctx context.Context, t *tx, a *kefu.Actor, id int64) (*kefu.Ticket, error) {
	var ignored int64
	if err := t.queryRow(ctx, db.dialect.q("ticket_for_update"), id).Scan(&ignored); err != nil {
		return nil, notFound(err, "ticket")
	}
	return db.findTicket(ctx, t, a, id)
}

func (db *DB) findTicket(ctx context.Context, q queryer, a *kefu.Actor, id int64) (*kefu.Ticket, error) {
	t, err := scanTicket(db.queryRow(ctx, q, `SELECT `+ticketColumns+` FROM tickets t WHERE t.id = ?`, id))
	if err != nil {
		return nil, notFound(err, "ticket")
	}
	if !a.CanSeeStore(t.StoreID) {
		return nil, kefu.NotFound("ticket")
	}
	return t, nil
}

// UpdateTicket changes a ticket's fields and records before and after.
func (db *DB) UpdateTicket(ctx context.Context, id int64, u kefu.TicketUpdate) (*kefu.Ticket, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsWrite); err != nil {
		return nil, err
	}
	var t *kefu.Ticket
	err := db.inTx(ctx, func(tx *tx) error {
		var err error
		if t, err = db.lockTicket(ctx, tx, a, id); err != nil {
			return err
		}
		before := *t
		if err := u.Apply(t, tx.now); err != nil {
			return err
		}
		if t.AssigneeID != before.AssigneeID {
			if err := tx.checkAssignee(ctx, t.AssigneeID); err != nil {
				return err
			}
		}
		if t.OrderID != before.OrderID {
			if err := tx.checkTicketOrder(ctx, t.OrderID, t.StoreID); err != nil {
				return err
			}
		}
		if t.Intent != before.Intent {
			if err := tx.recordCorrection(ctx, t); err != nil {
				return err
			}
		}
		if t.Status != before.Status {
			// Pending pauses the resolution clock, solved stops it.
			if err := tx.automate(ctx, t.ID, kefu.Automation{Event: kefu.EventStatusChanged}); err != nil {
				return err
			}
		}
		t.UpdatedAt = tx.now
		_, err = tx.exec(ctx, `UPDATE tickets SET order_id = ?, subject = ?, status = ?, priority = ?, intent = ?, notice_kind = ?,
			language = ?, suspected_phishing = ?, tags = ?, assignee_id = ?, team = ?, solved_at = ?,
			first_response_due = ?, next_response_due = ?, resolution_due = ?, sla_due = ?, updated_at = ?
			WHERE id = ?`,
			idOrNil(t.OrderID), t.Subject, t.Status, t.Priority, t.Intent, t.NoticeKind,
			t.Language, t.SuspectedPhishing, strings.Join(t.Tags, ","), idOrNil(t.AssigneeID), t.Team, msOrNil(t.SolvedAt),
			msOrNil(t.FirstResponseDue), msOrNil(t.NextResponseDue), msOrNil(t.ResolutionDue), msOrNil(t.SLADue()), ms(tx.now), id)
		if isForeignKeyViolation(err) {
			// Both references were checked above in this transaction.
			return kefu.Errorf(kefu.ECONFLICT, "the assignee or order was removed meanwhile; try again")
		} else if err != nil {
			return err
		}
		if strings.Join(before.Tags, ",") != strings.Join(t.Tags, ",") {
			if err := tx.writeTags(ctx, id, t.Tags, true); err != nil {
				return err
			}
		}
		if before.Subject != t.Subject {
			tx.indexLater("index_subject", id, t.Subject)
		}
		return tx.audit(ctx, "ticket.update", "ticket", id, before, t)
	})
	return t, err
}

// checkAssignee refuses an assignee that is not a user, naming the field,
// rather than leaving it to the foreign key, whose error cannot tell the
// assignee from the store. 0 means unassigned.
func (tx *tx) checkAssignee(ctx context.Context, userID int64) error {
	if userID == 0 {
		return nil
	}
	var one int
	err := tx.queryRow(ctx, `SELECT 1 FROM users WHERE id = ?`, userID).Scan(&one)
	if err == sql.ErrNoRows {
		return kefu.Invalid("assignee_id", "user %d does not exist", userID)
	}
	return err
}

// checkTicketOrder refuses linking a ticket to an order that does not
// exist or belongs to another store. Both read the same, so that a caller
// learns nothing about stores outside the ticket's. 0 unlinks.
func (tx *tx) checkTicketOrder(ctx context.Context, orderID, storeID int64) error {
	if orderID == 0 {
		return nil
	}
	var one int
	err := tx.queryRow(ctx, `SELECT 1 FROM orders WHERE id = ? AND store_id = ?`, orderID, storeID).Scan(&one)
	if err == sql.ErrNoRows {
		return kefu.Invalid("order_id", "order %d does not exist in the ticket's store", orderID)
	}
	return err
}

func scanTicket(row scanner) (*kefu.Ticket, error) {
	var t kefu.Ticket
	var customer, order, assignee sql.NullInt64
	var caseID sql.NullString
	var tags string
	var firstResp, solved, frDue, nrDue, resDue sql.NullInt64
	var last, created, updated int64
	if err := row.Scan(&t.ID, &t.StoreID, &customer, &order, &t.Subject, &t.Status, &t.Priority, &t.Intent, &t.NoticeKind,
		&t.Language, &t.Channel, &caseID, &t.SuspectedPhishing, &tags, &assignee, &t.Team, &t.Currency, &t.AmountMinor,
		&firstResp, &solved, &frDue, &nrDue, &resDue, &last, &t.MessageCount, &created, &updated); err != nil {
		return nil, err
	}
	t.CustomerID, t.OrderID, t.AssigneeID, t.CaseID = customer.Int64, order.Int64, assignee.Int64, caseID.String
	t.Tags = []string{}
	if tags != "" {
		t.Tags = strings.Split(tags, ",")
	}
	t.FirstResponseAt, t.SolvedAt = fromNullMS(firstResp), fromNullMS(solved)
	t.FirstResponseDue, t.NextResponseDue, t.ResolutionDue = fromNullMS(frDue), fromNullMS(nrDue), fromNullMS(resDue)
	t.LastMessageAt, t.CreatedAt, t.UpdatedAt = fromMS(last), fromMS(created), fromMS(updated)
	return &t, nil
}
