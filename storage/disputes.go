package storage

import (
	"context"
	"database/sql"

	"kefu"
)

const disputeColumns = `id, store_id, provider, external_id, ticket_id, order_id, charge_id, payment_intent_id, reason,
	network_reason_code, card_brand, case_type, amount_minor, currency, status, due_by, evidence_submitted,
	last_event_at, created_at, updated_at`

// UpsertDispute creates a dispute or applies a newer state of it. Events
// arrive in any order (payments.md: no ordering guarantee), so a state
// older than the stored one is ignored; ticket and order links, once set,
// are kept.
func (db *DB) UpsertDispute(ctx context.Context, d *kefu.Dispute) (bool, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsWrite); err != nil {
		return false, err
	}
	if err := d.Validate(); err != nil {
		return false, err
	}
	if !a.CanSeeStore(d.StoreID) {
		return false, kefu.Invalid("store_id", "store %d does not exist or is outside your stores", d.StoreID)
	}
	applied := false
	err := db.inTx(ctx, func(t *tx) error {
		old, err := scanDispute(t.queryRow(ctx, `SELECT `+disputeColumns+` FROM disputes WHERE provider = ? AND external_id = ?`, d.Provider, d.ExternalID))
		switch {
		case err == sql.ErrNoRows:
			d.CreatedAt, d.UpdatedAt = t.now, t.now
			d.ID, err = t.insert(ctx, `INSERT INTO disputes (store_id, provider, external_id, ticket_id, order_id, charge_id, payment_intent_id,
				reason, network_reason_code, card_brand, case_type, amount_minor, currency, status, due_by, evidence_submitted,
				last_event_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				d.StoreID, d.Provider, d.ExternalID, idOrNil(d.TicketID), idOrNil(d.OrderID), d.ChargeID, d.PaymentIntentID,
				d.Reason, d.NetworkReasonCode, d.CardBrand, d.CaseType, d.AmountMinor, d.Currency, d.Status, msOrNil(d.DueBy),
				d.EvidenceSubmitted, ms(d.LastEventAt), ms(t.now), ms(t.now))
			if err != nil {
				return err
			}
			applied = true
			return t.audit(ctx, "dispute.create", "dispute", d.ID, nil, d)
		case err != nil:
			return err
		}
		d.ID, d.CreatedAt = old.ID, old.CreatedAt
		if d.TicketID == 0 {
			d.TicketID = old.TicketID
		}
		if d.OrderID == 0 {
			d.OrderID = old.OrderID
		}
		if d.LastEventAt.Before(old.LastEventAt) {
			// A stale event may still bring links the newer ones lacked.
			if (old.TicketID == 0 && d.TicketID != 0) || (old.OrderID == 0 && d.OrderID != 0) {
				_, err := t.exec(ctx, `UPDATE disputes SET ticket_id = ?, order_id = ? WHERE id = ?`, idOrNil(d.TicketID), idOrNil(d.OrderID), d.ID)
				return err
			}
			*d = *old
			return nil
		}
		d.UpdatedAt = t.now
		_, err = t.exec(ctx, `UPDATE disputes SET ticket_id = ?, order_id = ?, charge_id = ?, payment_intent_id = ?, reason = ?,
			network_reason_code = ?, card_brand = ?, case_type = ?, amount_minor = ?, currency = ?, status = ?, due_by = ?,
			evidence_submitted = ?, last_event_at = ?, updated_at = ? WHERE id = ?`,
			idOrNil(d.TicketID), idOrNil(d.OrderID), d.ChargeID, d.PaymentIntentID, d.Reason, d.NetworkReasonCode, d.CardBrand,
			d.CaseType, d.AmountMinor, d.Currency, d.Status, msOrNil(d.DueBy), d.EvidenceSubmitted, ms(d.LastEventAt), ms(t.now), d.ID)
		if err != nil {
			return err
		}
		applied = true
		return t.audit(ctx, "dispute.update", "dispute", d.ID, old, d)
	})
	return applied, err
}

// FindDispute returns a dispute by its provider's id.
func (db *DB) FindDispute(ctx context.Context, provider, externalID string) (*kefu.Dispute, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	d, err := scanDispute(db.queryRow(ctx, db.reader(ctx), `SELECT `+disputeColumns+` FROM disputes WHERE provider = ? AND external_id = ?`, provider, externalID))
	if err != nil {
		return nil, notFound(err, "dispute")
	}
	if !a.CanSeeStore(d.StoreID) {
		return nil, kefu.NotFound("dispute")
	}
	return d, nil
}

// ListDisputes returns the disputes linked to a ticket.
func (db *DB) ListDisputes(ctx context.Context, ticketID int64) ([]*kefu.Dispute, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	if _, err := db.findTicket(ctx, db.reader(ctx), a, ticketID); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+disputeColumns+` FROM disputes WHERE ticket_id = ? ORDER BY id`, ticketID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.Dispute
	for rows.Next() {
		d, err := scanDispute(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

func scanDispute(row scanner) (*kefu.Dispute, error) {
	var d kefu.Dispute
	var ticket, order, due sql.NullInt64
	var last, created, updated int64
	if err := row.Scan(&d.ID, &d.StoreID, &d.Provider, &d.ExternalID, &ticket, &order, &d.ChargeID, &d.PaymentIntentID, &d.Reason,
		&d.NetworkReasonCode, &d.CardBrand, &d.CaseType, &d.AmountMinor, &d.Currency, &d.Status, &due, &d.EvidenceSubmitted,
		&last, &created, &updated); err != nil {
		return nil, err
	}
	d.TicketID, d.OrderID, d.DueBy = ticket.Int64, order.Int64, fromNullMS(due)
	d.LastEventAt, d.CreatedAt, d.UpdatedAt = fromMS(last), fromMS(created), fromMS(updated)
	return &d, nil
}
