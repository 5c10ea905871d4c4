package storage

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"kefu"
)

// Lookups the ingest handlers use to find where an inbound item belongs.

// FindTicketByCase returns the newest ticket of a store with a case or
// dispute id, e.g. Stripe's dp_… or a PayPal case.
//
// Inside a Batch it also locks the case until the batch commits: ingest
// finds a case's ticket to open one when there is none, and on
// PostgreSQL two replicas (or processors) taking two events of one new
// dispute at once would otherwise both open one.
func (db *DB) FindTicketByCase(ctx context.Context, storeID int64, caseID string) (*kefu.Ticket, error) {
	if t, ok := ctx.Value(txKey{}).(*tx); ok && t.db == db {
		if err := t.lockKeys(ctx, []string{"case|" + strconv.FormatInt(storeID, 10) + "|" + caseID}); err != nil {
			return nil, err
		}
	}
	return db.findTicketWhere(ctx, `t.store_id = ? AND t.case_id = ?`, storeID, caseID)
}

// FindTicketByMessageIDs returns the ticket of a store holding a message
// with any of the external ids (an email's In-Reply-To and References),
// preferring the newest message.
func (db *DB) FindTicketByMessageIDs(ctx context.Context, storeID int64, externalIDs []string) (*kefu.Ticket, error) {
	if len(externalIDs) == 0 {
		return nil, kefu.NotFound("ticket")
	}
	args := append([]any{storeID}, stringArgs(externalIDs)...)
	return db.findTicketWhere(ctx, `t.store_id = ? AND t.id IN (SELECT ticket_id FROM messages WHERE external_id IN (`+placeholders(len(externalIDs))+`))`, args...)
}

// FindOpenTicketByCustomerOrder returns the newest ticket of a store that
// is not closed, for a customer and (when given) an order: marketplace
// relay mail threads by relay address and order number.
func (db *DB) FindOpenTicketByCustomerOrder(ctx context.Context, storeID, customerID, orderID int64) (*kefu.Ticket, error) {
	if orderID == 0 {
		return db.findTicketWhere(ctx, `t.store_id = ? AND t.customer_id = ? AND t.status <> 'closed'`, storeID, customerID)
	}
	return db.findTicketWhere(ctx, `t.store_id = ? AND t.customer_id = ? AND t.order_id = ? AND t.status <> 'closed'`, storeID, customerID, orderID)
}

func (db *DB) findTicketWhere(ctx context.Context, where string, args ...any) (*kefu.Ticket, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	t, err := scanTicket(db.queryRow(ctx, db.reader(ctx), `SELECT `+ticketColumns+` FROM tickets t WHERE `+where+` ORDER BY t.id DESC LIMIT 1`, args...))
	if err != nil {
		return nil, notFound(err, "ticket")
	}
	if !a.CanSeeStore(t.StoreID) {
		return nil, kefu.NotFound("ticket")
	}
	return t, nil
}

// HasMessage reports whether a ticket already holds a message with an
// external id: an event applied twice adds its message once.
func (db *DB) HasMessage(ctx context.Context, ticketID int64, externalID string) (bool, error) {
	var one int
	err := db.queryRow(ctx, db.reader(ctx), `SELECT 1 FROM messages WHERE ticket_id = ? AND external_id = ? LIMIT 1`, ticketID, externalID).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

// RecordRefund sets how much of an order is refunded, as the payment
// provider reports it; the provider's total is the truth, so applying a
// refund event twice changes nothing.
func (db *DB) RecordRefund(ctx context.Context, orderID, refundedMinor int64) error {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeOrdersWrite); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		var before, storeID int64
		if err := t.queryRow(ctx, `SELECT refunded_minor, store_id FROM orders WHERE id = ?`, orderID).Scan(&before, &storeID); err != nil {
			return notFound(err, "order")
		}
		if !a.CanSeeStore(storeID) {
			return kefu.NotFound("order")
		}
		if before == refundedMinor {
			return nil
		}
		if _, err := t.exec(ctx, `UPDATE orders SET refunded_minor = ?, updated_at = ? WHERE id = ?`, refundedMinor, ms(t.now), orderID); err != nil {
			return err
		}
		return t.audit(ctx, "order.refund", "order", orderID, map[string]int64{"refunded_minor": before}, map[string]int64{"refunded_minor": refundedMinor})
	})
}

// MailboxState returns where polling of a mailbox stopped.
func (db *DB) MailboxState(ctx context.Context, storeID int64, mailbox string) (uidValidity, lastUID uint32, err error) {
	var v, l int64
	err = db.queryRow(ctx, db.reader(ctx), `SELECT uid_validity, last_uid FROM mailbox_states WHERE store_id = ? AND mailbox = ?`, storeID, mailbox).Scan(&v, &l)
	if err == sql.ErrNoRows {
		return 0, 0, nil
	}
	return uint32(v), uint32(l), err
}

// SaveMailboxState records where polling of a mailbox stopped.
func (db *DB) SaveMailboxState(ctx context.Context, storeID int64, mailbox string, uidValidity, lastUID uint32) error {
	return db.inTx(ctx, func(t *tx) error {
		_, err := t.exec(ctx, `INSERT INTO mailbox_states (store_id, mailbox, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (store_id, mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, updated_at = excluded.updated_at`,
			storeID, mailbox, int64(uidValidity), int64(lastUID), ms(t.now))
		return err
	})
}

// FindOrderByReference returns a store's order by a payment reference
// (charge, payment intent or other payment id) or, failing that, by its
// own number — in one query, since ingest asks this of every event.
// Payment references win over the number, earlier references over later.
func (db *DB) FindOrderByReference(ctx context.Context, storeID int64, paymentRefs []string, number string) (*kefu.Order, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeOrdersRead); err != nil {
		return nil, err
	}
	refs := make([]string, 0, len(paymentRefs))
	for _, r := range paymentRefs {
		if r != "" {
			refs = append(refs, r)
		}
	}
	number = strings.TrimSpace(number)
	if (len(refs) == 0 && number == "") || !a.CanSeeStore(storeID) {
		return nil, kefu.NotFound("order")
	}
	var match []string
	args := []any{storeID}
	if len(refs) > 0 {
		in := placeholders(len(refs))
		match = append(match, `charge_id IN (`+in+`)`, `payment_intent_id IN (`+in+`)`, `payment_ref IN (`+in+`)`)
		for range 3 {
			args = append(args, stringArgs(refs)...)
		}
	}
	if number != "" {
		match = append(match, `number = ?`)
		args = append(args, number)
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+orderColumns+` FROM orders WHERE store_id = ? AND (`+
		strings.Join(match, ` OR `)+`) ORDER BY id DESC LIMIT 20`, args...)
	if err != nil {
		return nil, err
	}
	var found []*kefu.Order
	for rows.Next() {
		o, err := scanOrder(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		found = append(found, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	best, rank := (*kefu.Order)(nil), len(refs)+1
	for _, o := range found {
		r := referenceRank(o, refs, number)
		if r < rank {
			best, rank = o, r
		}
	}
	if best == nil {
		return nil, kefu.NotFound("order")
	}
	return best, db.loadShipments(ctx, db.reader(ctx), []*kefu.Order{best})
}

// referenceRank is the index of the first reference o carries, len(refs)
// for a match by number alone, and more for no match.
func referenceRank(o *kefu.Order, refs []string, number string) int {
	for i, r := range refs {
		if o.ChargeID == r || o.PaymentIntentID == r || o.PaymentRef == r {
			return i
		}
	}
	if number != "" && o.Number == number {
		return len(refs)
	}
	return len(refs) + 2
}
