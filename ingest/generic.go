package ingest

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kefu"
	"kefu/hookspec"
)

// GenericHandler applies kefu's generic signed webhooks (hookspec): buyer
// messages, orders, disputes and other notices from anything without a
// dedicated integration.
type GenericHandler struct{ Domain Domain }

// genericChannel is the channel of everything that came in this way.
const genericChannel = "webhook"

// Handle applies one envelope. Messages are deduplicated by the sender's
// external_id, orders by number, disputes by provider and id, so a
// redelivery under a new webhook-id doubles nothing either.
func (h GenericHandler) Handle(ctx context.Context, ev *Event) error {
	env, err := hookspec.DecodeEnvelope(ev.Payload)
	if err != nil {
		return err
	}
	switch env.Type {
	case hookspec.TypeMessage:
		return h.message(ctx, ev, env.Message)
	case hookspec.TypeOrder:
		s, err := h.Domain.FindStoreByID(ctx, ev.StoreID)
		if err != nil {
			return err
		}
		_, err = h.Domain.UpsertOrder(ctx, env.Order.KefuOrder(ev.StoreID, s.Platform))
		return err
	case hookspec.TypeDispute:
		return h.dispute(ctx, ev, env.Dispute)
	case hookspec.TypeNotice:
		return h.notice(ctx, ev, env.Notice)
	}
	return nil // DecodeEnvelope admits only the types above
}

// message adds a buyer message to its conversation's ticket: by
// conversation id when the sender has one, else the customer's open
// ticket about the same order (hookspec.Message documents this).
func (h GenericHandler) message(ctx context.Context, ev *Event, m *hookspec.Message) error {
	extID := "generic:" + m.ExternalID
	if seen, err := hasMessage(ctx, h.Domain, ev.StoreID, extID); err != nil || seen {
		return err
	}
	s, err := h.Domain.FindStoreByID(ctx, ev.StoreID)
	if err != nil {
		return err
	}
	customer := m.Customer.KefuCustomer(s.Platform)
	if customer != nil && customer.Validate() != nil {
		customer = nil // a malformed address must not lose the message
	}
	order, err := findOrder(ctx, h.Domain, ev.StoreID, nil, m.OrderNumber)
	if err != nil {
		return err
	}
	msg := &kefu.Message{Direction: kefu.DirectionInbound, Channel: genericChannel, ExternalID: clip(extID, 500),
		Text: m.Text, HTML: m.HTML, AuthorName: clip(customerName(customer), kefu.MaxNameLen)}
	if m.SentAt != nil {
		msg.CreatedAt = *m.SentAt
	}
	caseID := ""
	if m.ConversationID != "" {
		caseID = clip("conv:"+m.ConversationID, 200)
	}
	t, err := h.conversation(ctx, ev.StoreID, caseID, customer, order)
	if err != nil || t != nil {
		if err != nil {
			return err
		}
		return addOnce(ctx, h.Domain, t.ID, msg)
	}
	subject := m.Subject
	if subject == "" {
		subject = firstLine(m.Text, 120)
	}
	if subject == "" {
		subject = "(no subject)"
	}
	c := &kefu.TicketCreate{StoreID: ev.StoreID, Subject: clip(subject, kefu.MaxSubjectLen), Channel: genericChannel,
		Language: m.Language, CaseID: caseID, Customer: customer, Message: msg, ReceivedAt: m.SentAt}
	if order != nil {
		c.OrderNumber = order.Number
	}
	_, err = h.Domain.CreateTicket(ctx, c)
	return err
}

// conversation finds the open ticket a message continues, or nil.
func (h GenericHandler) conversation(ctx context.Context, storeID int64, caseID string, customer *kefu.Customer, order *kefu.Order) (*kefu.Ticket, error) {
	if caseID != "" {
		t, err := h.Domain.FindTicketByCase(ctx, storeID, caseID)
		if err == nil && t.Status != kefu.StatusClosed {
			return t, nil
		} else if err != nil && !isNotFound(err) {
			return nil, err
		}
		return nil, nil // the conversation id is the thread: no guessing beyond it
	}
	if customer == nil {
		return nil, nil
	}
	for _, id := range customer.Identities {
		c, err := h.Domain.FindCustomerByIdentity(ctx, id)
		if isNotFound(err) {
			continue
		} else if err != nil {
			return nil, err
		}
		var orderID int64
		if order != nil {
			orderID = order.ID
		}
		t, err := h.Domain.FindOpenTicketByCustomerOrder(ctx, storeID, c.ID, orderID)
		if isNotFound(err) {
			return nil, nil
		}
		return t, err
	}
	return nil, nil
}

// dispute records the provider's dispute and keeps one ticket per case,
// like StripeHandler: events come in any order, and only the newest may
// move the ticket's kind and deadline.
func (h GenericHandler) dispute(ctx context.Context, ev *Event, hd *hookspec.Dispute) error {
	// Applied before, perhaps onto a ticket closed since: a replay must
	// not open a new ticket for it.
	extID := clip("generic:"+ev.ExternalID, 500)
	if seen, err := hasMessage(ctx, h.Domain, ev.StoreID, extID); err != nil || seen {
		return err
	}
	order, err := findOrder(ctx, h.Domain, ev.StoreID, []string{hd.ChargeID}, hd.OrderNumber)
	if err != nil {
		return err
	}
	d := hd.KefuDispute(ev.StoreID)
	d.LastEventAt = webhookTime(ev)
	if order != nil {
		d.OrderID = order.ID
	}
	newest := true
	if old, err := h.Domain.FindDispute(ctx, d.Provider, d.ExternalID); err == nil {
		newest = !d.LastEventAt.Before(old.LastEventAt)
	} else if !isNotFound(err) {
		return err
	}
	// A decided dispute has no deadline left to run against.
	kind, due := "dispute_notice", d.DueBy
	if !d.Open() {
		kind, due = "dispute_outcome", nil
	}
	text := disputeText(hd)
	caseID := clip(hd.Provider+":"+hd.ID, 200)
	t, err := h.Domain.FindTicketByCase(ctx, ev.StoreID, caseID)
	switch {
	case err == nil && t.Status != kefu.StatusClosed: // a closed ticket is read-only: a new one follows it
		if newest && (t.NoticeKind != kind || due != nil && !sameTime(t.ResolutionDue, due)) {
			if t, err = h.Domain.UpdateTicket(ctx, t.ID, kefu.TicketUpdate{NoticeKind: &kind, ResolutionDue: due}); err != nil {
				return err
			}
		}
	case err != nil && !isNotFound(err):
		return err
	default:
		c := &kefu.TicketCreate{StoreID: ev.StoreID, Subject: clip(text, kefu.MaxSubjectLen), NoticeKind: kind, Channel: genericChannel,
			CaseID: caseID, AmountMinor: d.AmountMinor, Currency: d.Currency, ResolutionDue: due,
			Priority: disputePriority(d, kind), ReceivedAt: &d.LastEventAt}
		if order != nil {
			c.OrderNumber = order.Number
		}
		if t, err = h.Domain.CreateTicket(ctx, c); err != nil {
			return err
		}
	}
	d.TicketID = t.ID
	if _, err := h.Domain.UpsertDispute(ctx, d); err != nil {
		return err
	}
	return addOnce(ctx, h.Domain, t.ID, &kefu.Message{Direction: kefu.DirectionSystem, Channel: genericChannel,
		ExternalID: extID, Text: text, CreatedAt: d.LastEventAt})
}

func sameTime(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Truncate(time.Millisecond).Equal(b.Truncate(time.Millisecond))
}

// webhookTime is when the sender says the event happened: the signed
// webhook-timestamp header, which orders a provider's events; the
// arrival time when the receiver did not keep it.
func webhookTime(ev *Event) time.Time {
	for k, v := range ev.Headers {
		if http.CanonicalHeaderKey(k) == http.CanonicalHeaderKey(hookspec.HeaderTimestamp) {
			if sec, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err == nil && sec > 0 {
				return time.Unix(sec, 0).UTC()
			}
		}
	}
	if ev.ReceivedAt.IsZero() {
		return kefu.Now()
	}
	return ev.ReceivedAt
}

func disputeText(d *hookspec.Dispute) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s dispute %s", d.Provider, d.ID)
	if d.Status != "" {
		fmt.Fprintf(&b, ": %s", d.Status)
	}
	fmt.Fprintf(&b, ", %s", money(d.AmountMinor, d.Currency))
	if d.Reason != "" {
		fmt.Fprintf(&b, ", reason %s", d.Reason)
	}
	if d.ReasonCode != "" {
		fmt.Fprintf(&b, " (%s)", d.ReasonCode)
	}
	if d.OrderNumber != "" {
		fmt.Fprintf(&b, ", order %s", d.OrderNumber)
	}
	if d.DueBy != nil {
		fmt.Fprintf(&b, ", evidence due %s", d.DueBy.UTC().Format("2006-01-02 15:04 UTC"))
	}
	return b.String()
}

// money formats minor units for a message; two decimals is right for all
// but a few currencies, and the amount is also stored exactly.
func money(minor int64, currency string) string {
	return fmt.Sprintf("%s %d.%02d", currency, minor/100, minor%100)
}

// disputePriority: an open dispute close to its deadline is urgent, any
// other open one high; a decided one is routine.
func disputePriority(d *kefu.Dispute, kind string) string {
	if kind != "dispute_notice" {
		return kefu.PriorityNormal
	}
	if d.DueBy != nil && time.Until(*d.DueBy) < 72*time.Hour {
		return "urgent"
	}
	return "high"
}

// notice opens a ticket of the notice's kind, or continues its case.
func (h GenericHandler) notice(ctx context.Context, ev *Event, n *hookspec.Notice) error {
	extID := clip("generic:"+ev.ExternalID, 500)
	if seen, err := hasMessage(ctx, h.Domain, ev.StoreID, extID); err != nil || seen {
		return err
	}
	msg := &kefu.Message{Direction: kefu.DirectionInbound, Channel: genericChannel, ExternalID: extID, Text: n.Text}
	if strings.TrimSpace(msg.Text) == "" {
		msg.Text = n.Subject
	}
	caseID := clip(n.CaseID, 200)
	if caseID != "" {
		t, err := h.Domain.FindTicketByCase(ctx, ev.StoreID, caseID)
		if err == nil && t.Status != kefu.StatusClosed {
			return addOnce(ctx, h.Domain, t.ID, msg)
		} else if err != nil && !isNotFound(err) {
			return err
		}
	}
	subject := n.Subject
	if subject == "" {
		subject = firstLine(n.Text, 120)
	}
	c := &kefu.TicketCreate{StoreID: ev.StoreID, Subject: clip(subject, kefu.MaxSubjectLen), NoticeKind: n.Kind, Channel: genericChannel,
		CaseID: caseID, OrderNumber: n.OrderNumber, AmountMinor: n.AmountMinor, Currency: n.Currency,
		ResolutionDue: n.Deadline, Priority: noticePriority(n.Kind, n.Deadline, kefu.Now()), Message: msg}
	_, err := h.Domain.CreateTicket(ctx, c)
	return err
}

// Helpers shared by the source handlers.

// hasMessage reports whether any ticket of the store holds a message with
// externalID: an event applied before, even onto a ticket closed since,
// is not applied again.
func hasMessage(ctx context.Context, d Domain, storeID int64, externalID string) (bool, error) {
	_, err := d.FindTicketByMessageIDs(ctx, storeID, []string{externalID})
	if isNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

// noticePriority: a regulator complaint is urgent; a notice due within
// three days is high, since answering late loses the case by default.
func noticePriority(kind string, deadline *time.Time, now time.Time) string {
	switch {
	case kind == "regulator_complaint":
		return "urgent"
	case deadline != nil && deadline.Sub(now) < 72*time.Hour:
		return "high"
	}
	return kefu.PriorityNormal
}

// clip cuts s to at most n bytes at a character boundary, so that an
// over-long value is shortened rather than failing the whole event.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for i := 0; i < utf8.UTFMax && len(s) > 0; i++ {
		if r, size := utf8.DecodeLastRuneInString(s); r != utf8.RuneError || size > 1 {
			break
		}
		s = s[:len(s)-1] // part of a character the cut split
	}
	return s
}

// firstLine is the first non-empty line of s, cut to n bytes: a subject
// for messages that come without one.
func firstLine(s string, n int) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return clip(l, n)
		}
	}
	return ""
}

func customerName(c *kefu.Customer) string {
	if c == nil {
		return ""
	}
	return c.Name
}
