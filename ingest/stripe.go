package ingest

import (
	"context"
	"time"

	"kefu"
	"kefu/stripe"
)

// StripeHandler turns archived Stripe events into disputes, refunds,
// payment failures and fraud warnings: one ticket per case (dispute,
// refund, payment), one system message per event.
type StripeHandler struct{ Domain Domain }

// stripeChange is a decoded event: what Prepare leaves for Handle.
type stripeChange struct {
	change *stripe.Change
	err    error
}

// Prepare decodes the event outside the processing transaction, where
// the JSON work does not hold up the one SQLite writer.
func (h StripeHandler) Prepare(_ context.Context, ev *Event) {
	ev.Prepared = decodeStripe(ev)
}

func decodeStripe(ev *Event) stripeChange {
	sev, err := stripe.DecodeEvent(ev.Payload)
	if err != nil {
		return stripeChange{err: err}
	}
	return PrepareStripe(sev).(stripeChange)
}

// PrepareStripe is Prepare for a caller that has already decoded the
// event's envelope (the webhook, to read its id): its result goes in
// Event.Prepared, and the envelope is not decoded a second time.
func PrepareStripe(sev *stripe.Event) any {
	ch, err := stripe.Changes(sev)
	return stripeChange{change: ch, err: err}
}

// Handle applies one Stripe event. Events come in any order and more than
// once; the dispute record keeps the newest state and the ticket follows it.
func (h StripeHandler) Handle(ctx context.Context, ev *Event) error {
	decoded, ok := ev.Prepared.(stripeChange)
	if !ok {
		decoded = decodeStripe(ev)
	}
	ch, err := decoded.change, decoded.err
	if err != nil || ch == nil {
		return err // nil, nil: a type kefu does not map, archived and done
	}
	order, err := findOrder(ctx, h.Domain, ev.StoreID, []string{ch.Links.ChargeID, ch.Links.PaymentIntentID}, ch.Links.OrderID)
	if err != nil {
		return err
	}
	var dispute *kefu.Dispute
	newest := true
	if ch.Dispute != nil {
		dispute = disputeOf(ev.StoreID, ch, order)
		// Look up the stored state first: only the newest event may move
		// the ticket's deadline and kind.
		if old, err := h.Domain.FindDispute(ctx, "stripe", dispute.ExternalID); err == nil {
			newest = !dispute.LastEventAt.Before(old.LastEventAt)
		} else if !isNotFound(err) {
			return err
		}
	}
	msg := &kefu.Message{Direction: kefu.DirectionSystem, Channel: "stripe", ExternalID: "stripe:" + ch.EventID, Text: ch.NoticeText(), CreatedAt: ch.Created}
	t, created, err := h.ticket(ctx, ev, ch, order, dispute, newest, msg)
	if err != nil {
		return err
	}
	if dispute != nil {
		dispute.TicketID = t.ID
		if _, err := h.Domain.UpsertDispute(ctx, dispute); err != nil {
			return err
		}
	}
	if r := ch.Refund; r != nil && order != nil && r.ChargeAmountRefunded > 0 {
		if err := h.Domain.RecordRefund(ctx, order.ID, r.ChargeAmountRefunded); err != nil {
			return err
		}
	}
	if created {
		return nil // the ticket was opened with the event's message
	}
	return addOnce(ctx, h.Domain, t.ID, msg)
}

// ticket finds the case's ticket or opens one; the newest event of a
// dispute sets its kind (notice or outcome) and deadline.
func (h StripeHandler) ticket(ctx context.Context, ev *Event, ch *stripe.Change, order *kefu.Order, d *kefu.Dispute, newest bool,
	msg *kefu.Message) (t *kefu.Ticket, created bool, err error) {
	t, err = h.Domain.FindTicketByCase(ctx, ev.StoreID, ch.CaseID())
	if err == nil && t.Status != kefu.StatusClosed { // a closed ticket is read-only: a new one follows it
		if d == nil || !newest {
			return t, false, nil
		}
		kind := ch.NoticeKind()
		t, err = h.Domain.UpdateTicket(ctx, t.ID, kefu.TicketUpdate{NoticeKind: &kind, ResolutionDue: d.DueBy})
		return t, false, err
	} else if err != nil && !isNotFound(err) {
		return nil, false, err
	}
	c := &kefu.TicketCreate{
		StoreID: ev.StoreID, Subject: ch.NoticeText(), NoticeKind: ch.NoticeKind(), Channel: "stripe",
		CaseID: ch.CaseID(), Priority: stripePriority(ch), ReceivedAt: &ch.Created,
	}
	if len(c.Subject) > kefu.MaxSubjectLen {
		c.Subject = c.Subject[:kefu.MaxSubjectLen]
	}
	c.Currency, c.AmountMinor = changeAmount(ch)
	if order != nil {
		c.OrderNumber = order.Number
	}
	if email := ch.Links.ReceiptEmail; email != "" {
		c.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: email}}}
		if c.Customer.Validate() != nil {
			c.Customer = nil // a malformed receipt email must not lose the dispute
		}
	}
	if d != nil {
		c.ResolutionDue = d.DueBy
	}
	c.Message = msg
	t, err = h.Domain.CreateTicket(ctx, c)
	return t, err == nil, err
}

func disputeOf(storeID int64, ch *stripe.Change, order *kefu.Order) *kefu.Dispute {
	sd := ch.Dispute
	d := &kefu.Dispute{
		StoreID: storeID, Provider: "stripe", ExternalID: sd.ID, ChargeID: sd.ChargeID, PaymentIntentID: sd.PaymentIntentID,
		Reason: sd.Reason, NetworkReasonCode: sd.NetworkReasonCode, CardBrand: sd.CardBrand, CaseType: sd.CaseType,
		AmountMinor: sd.AmountMinor, Currency: sd.Currency, Status: sd.Status, DueBy: sd.DueBy,
		EvidenceSubmitted: sd.HasEvidence && sd.SubmissionCount > 0, LastEventAt: ch.Created,
	}
	if order != nil {
		d.OrderID = order.ID
	}
	return d
}

func changeAmount(ch *stripe.Change) (string, int64) {
	switch {
	case ch.Dispute != nil:
		return ch.Dispute.Currency, ch.Dispute.AmountMinor
	case ch.Refund != nil:
		return ch.Refund.Currency, ch.Refund.AmountMinor
	case ch.PaymentFailure != nil:
		return ch.PaymentFailure.Currency, ch.PaymentFailure.AmountMinor
	}
	return "", 0
}

// stripePriority: money already taken back or about to be is urgent; a
// refund that went through is routine.
func stripePriority(ch *stripe.Change) string {
	switch {
	case ch.FraudWarning != nil:
		return "urgent"
	case ch.Dispute != nil && !ch.Dispute.Outcome:
		if ch.Dispute.DueBy != nil && time.Until(*ch.Dispute.DueBy) < 72*time.Hour {
			return "urgent"
		}
		return "high"
	case ch.Refund != nil && ch.Refund.Status == "failed":
		return "high"
	case ch.Refund != nil:
		return "low"
	}
	return kefu.PriorityNormal
}
