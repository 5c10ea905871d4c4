package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"kefu"
	"kefu/blob"
	"kefu/email"
)

// Event types of the email source (the IMAP poller's imap.TypeEmail and
// imap.TypeEmailTooLarge; ingest cannot import imap, which imports ingest).
const (
	TypeEmail         = "email"
	TypeEmailTooLarge = "email.too_large"
)

// EmailHandler turns archived mail into tickets and messages: a reply
// threads onto its ticket by Message-ID, In-Reply-To and References, a
// marketplace relay mail by relay address and order number, a provider
// notice by its case id; anything else opens a ticket. Attachments and
// inline images are stored content-addressed in Blobs; without a blob
// store the message says how many were left in the mailbox instead.
type EmailHandler struct {
	Domain   Domain
	Blobs    *blob.Store
	Verifier email.Verifier
	Now      func() time.Time // decides DKIM expiry and how close a deadline is; default kefu.Now
}

// mail is one parsed inbound email and what was understood of it.
type mail struct {
	m        *email.Message
	id       string // the message's external id: "<message-id>" as imap.MessageID writes it
	auth     email.Auth
	notice   *email.NoticeInfo
	hint     email.PlatformHint
	tooLarge bool
	size     string // the mailbox's size of a too-large mail
}

// Handle imports one mail. Handling it again finds its message by
// Message-ID and changes nothing.
func (h EmailHandler) Handle(ctx context.Context, ev *Event) error {
	ml, ok := ev.Prepared.(*mail)
	var err error
	if !ok {
		ml, err = h.parse(ev)
	}
	if err != nil {
		return err
	}
	// The message is here already (a replay, or the same mail fetched
	// twice): it stays on the ticket it went to, even a closed one.
	if seen, err := hasMessage(ctx, h.Domain, ev.StoreID, ml.id); err != nil || seen {
		return err
	}
	order, err := h.order(ctx, ev.StoreID, ml.m)
	if err != nil {
		return err
	}
	t, closed, err := h.thread(ctx, ev.StoreID, ml, order)
	if err != nil {
		return err
	}
	msg := h.message(ev, ml)
	if t == nil {
		c := h.ticket(ev, ml, order, msg)
		if closed != nil {
			if err := h.follow(ctx, c, closed); err != nil {
				return err
			}
		}
		_, err := h.Domain.CreateTicket(ctx, c)
		return err
	}
	if ml.auth.SuspectedPhishing && !t.SuspectedPhishing {
		flag := true
		if _, err := h.Domain.UpdateTicket(ctx, t.ID, kefu.TicketUpdate{SuspectedPhishing: &flag, AddTags: []string{"phishing"}}); err != nil {
			return err
		}
	}
	return addOnce(ctx, h.Domain, t.ID, msg)
}

func (h EmailHandler) now() time.Time {
	if h.Now != nil {
		return h.Now()
	}
	return kefu.Now()
}

// parse reads the mail. A mail too large to import arrives as its header
// only; one the parser refuses as too large is cut to its header here, so
// the agent still learns who wrote about what.
func (h EmailHandler) parse(ev *Event) (*mail, error) {
	raw := ev.Payload
	ml := &mail{tooLarge: ev.Type == TypeEmailTooLarge, size: ev.Headers["Size"]}
	m, err := email.Parse(raw, email.Options{})
	if kefu.ErrorCode(err) == kefu.ETOOLARGE {
		ml.tooLarge, ml.size = true, fmt.Sprint(len(raw))
		raw = headerOnly(raw)
		m, err = email.Parse(raw, email.Options{})
	}
	if err != nil {
		return nil, err
	}
	ml.m = m
	if m.MessageID != "" {
		ml.id = "<" + m.MessageID + ">"
	} else {
		// No Message-ID: the bytes themselves are the message's identity.
		sum := sha256.Sum256(ev.Payload)
		ml.id = "sha256:" + hex.EncodeToString(sum[:])
	}
	ml.auth = h.Verifier.Authenticity(raw, m, h.now())
	ml.notice = email.Notice(m)
	ml.hint = email.Platform(m)
	return ml, nil
}

// Prepare parses the mail and checks its sender's DKIM keys before the
// pipeline opens its transaction: DNS lookups may take seconds, and on
// SQLite the transaction holds the only writer.
func (h EmailHandler) Prepare(ctx context.Context, ev *Event) {
	if ml, err := h.parse(ev); err == nil {
		ev.Prepared = ml
	}
}

// headerOnly returns the header block of raw, up to the first blank line.
func headerOnly(raw []byte) []byte {
	for _, sep := range []string{"\r\n\r\n", "\n\n"} {
		if i := bytes.Index(raw, []byte(sep)); i >= 0 {
			return raw[:i+len(sep)]
		}
	}
	return raw[:min(len(raw), email.DefaultMaxHeaderBytes)]
}

// order returns the first order number in the subject or new text that
// is one of the store's orders. Mail mentions tracking and phone numbers
// too; OrderNumbers leaves those out, and a few lookups bound the cost.
func (h EmailHandler) order(ctx context.Context, storeID int64, m *email.Message) (*kefu.Order, error) {
	refs := email.OrderNumbers(m.Subject + "\n" + m.Text)
	for _, ref := range refs[:min(len(refs), 5)] {
		o, err := findOrder(ctx, h.Domain, storeID, nil, ref.Number)
		if err != nil || o != nil {
			return o, err
		}
	}
	return nil, nil
}

// thread finds the open ticket the mail continues, or nil for a new one;
// closed is a closed ticket the mail answers, which the new one follows.
// Only authenticated mail threads by case id or relay address: those
// claims are written by the sender, and a forged PayPal case number or
// Amazon relay alias must not put a phisher's words into a real case.
// A Message-ID it answers is proof enough, since only the conversation's
// participants know it.
func (h EmailHandler) thread(ctx context.Context, storeID int64, ml *mail, order *kefu.Order) (t, closed *kefu.Ticket, err error) {
	keys := email.Thread(ml.m)
	if ids := bracketIDs(keys.MessageIDs); len(ids) > 0 {
		t, err := h.Domain.FindTicketByMessageIDs(ctx, storeID, ids)
		switch {
		case err == nil && t.Status == kefu.StatusClosed: // read-only: a new ticket follows it
			closed = t
		case err == nil:
			return t, nil, nil
		case !isNotFound(err):
			return nil, nil, err
		}
	}
	if ml.auth.SuspectedPhishing {
		return nil, closed, nil
	}
	if n := ml.notice; n != nil && n.CaseID != "" {
		t, err := h.Domain.FindTicketByCase(ctx, storeID, n.CaseID)
		if err == nil && t.Status != kefu.StatusClosed {
			return t, nil, nil
		} else if err != nil && !isNotFound(err) {
			return nil, nil, err
		}
	}
	if ml.hint.RelayAddress == "" {
		return nil, closed, nil
	}
	c, err := h.Domain.FindCustomerByIdentity(ctx, kefu.Identity{Kind: kefu.IdentityRelay, Value: ml.hint.RelayAddress})
	if isNotFound(err) {
		return nil, closed, nil
	} else if err != nil {
		return nil, nil, err
	}
	var orderID int64
	if order != nil {
		orderID = order.ID
	}
	t, err = h.Domain.FindOpenTicketByCustomerOrder(ctx, storeID, c.ID, orderID)
	if isNotFound(err) {
		return nil, closed, nil
	}
	return t, nil, err
}

// follow makes a new ticket continue a closed one the mail answers: same
// customer and order, whoever the reply came from (a buyer answering an
// Amazon relay thread from their own address is still that buyer).
func (h EmailHandler) follow(ctx context.Context, c *kefu.TicketCreate, closed *kefu.Ticket) error {
	if c.Customer != nil && closed.CustomerID != 0 {
		cu, err := h.Domain.FindCustomerByID(ctx, closed.CustomerID)
		if err != nil {
			return err
		}
		c.Customer = &kefu.Customer{Name: cu.Name, Identities: cu.Identities}
	}
	if c.OrderNumber == "" && closed.OrderID != 0 {
		o, err := h.Domain.FindOrderByID(ctx, closed.OrderID)
		if err != nil && !isNotFound(err) {
			return err
		}
		if o != nil {
			c.OrderNumber = o.Number
		}
	}
	return nil
}

// bracketIDs puts Message-IDs in the "<id>" form messages are stored with.
func bracketIDs(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != "" {
			out = append(out, "<"+id+">")
		}
	}
	return out
}

// message is the mail as a ticket message: the new text (quoted history
// folded away by the parser), and a note of what was not imported.
func (h EmailHandler) message(ev *Event, ml *mail) *kefu.Message {
	m := ml.m
	var notes []string
	if ml.tooLarge {
		size := ml.size
		if size == "" {
			size = "unknown"
		}
		notes = append(notes, fmt.Sprintf("This email was too large to import (%s bytes); read it in the mailbox.", size))
	}
	attachments, left := h.storeAttachments(m.Attachments)
	if n := len(left); n > 0 {
		names := make([]string, 0, n)
		for _, a := range left {
			if a.Filename != "" {
				names = append(names, a.Filename)
			}
		}
		s := fmt.Sprintf("%d attachment%s not imported", n, plural(n))
		if len(names) > 0 {
			s += ": " + strings.Join(names[:min(len(names), 10)], ", ")
		}
		notes = append(notes, s+"; see the mailbox.")
	}
	if m.Truncated {
		notes = append(notes, "Parts of this email were not imported: "+strings.Join(m.Notes, "; "))
	}
	text, htm := m.Text, m.HTML
	if len(notes) > 0 {
		note := "[" + strings.Join(notes, " ") + "]"
		text = strings.TrimSpace(text + "\n\n" + note)
		if htm != "" {
			htm += "<p><em>" + html.EscapeString(note) + "</em></p>"
		}
	}
	if strings.TrimSpace(text) == "" && htm == "" {
		text = "(no text)"
	}
	name := ml.hint.BuyerName
	if name == "" {
		name = m.From.Name
	}
	created := ev.ReceivedAt
	if d := m.Date; !d.IsZero() && !created.IsZero() && d.After(created.AddDate(-1, 0, 0)) && d.Before(created.Add(24*time.Hour)) {
		// The sender's clock, when it is plausible (not ahead of arrival,
		// not from another era): it orders a conversation better than
		// our fetch time, which may be a mailbox migration's.
		created = d
	}
	return &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", ExternalID: clip(ml.id, 500),
		AuthorName: clip(name, kefu.MaxNameLen), Text: clip(text, kefu.MaxBodyLen), HTML: clip(htm, kefu.MaxBodyLen), CreatedAt: created,
		Attachments: attachments}
}

// maxAttachments is how many files of one mail are kept.
const maxAttachments = 50

// storeAttachments writes a mail's files to the blob store (each stored
// once, whatever the number of mails carrying it) and returns their
// records and the files it could not keep.
func (h EmailHandler) storeAttachments(files []email.Attachment) (kept []kefu.Attachment, left []email.Attachment) {
	for i, a := range files {
		if h.Blobs == nil || i >= maxAttachments {
			left = append(left, a)
			continue
		}
		sum, size, err := h.Blobs.Put(bytes.NewReader(a.Data), email.DefaultMaxAttachmentBytes)
		if err != nil {
			left = append(left, a)
			continue
		}
		name := clip(strings.TrimSpace(a.Filename), 255)
		if name == "" {
			name = "attachment-" + strconv.Itoa(i+1)
		}
		kept = append(kept, kefu.Attachment{Filename: name, ContentType: clip(a.ContentType, 100), Size: size, SHA256: sum, ContentID: clip(a.ContentID, 200)})
	}
	return kept, left
}

// ticket opens a ticket for a mail that continues none. Nothing claimed
// by a suspected phishing mail — case id, deadline, amount — may steer
// the case matching, deadlines or money totals, so it keeps only its kind.
func (h EmailHandler) ticket(ev *Event, ml *mail, order *kefu.Order, msg *kefu.Message) *kefu.TicketCreate {
	subject := email.BaseSubject(ml.m.Subject)
	if subject == "" {
		subject = "(no subject)"
	}
	c := &kefu.TicketCreate{StoreID: ev.StoreID, Subject: clip(subject, kefu.MaxSubjectLen), Channel: "email",
		SuspectedPhishing: ml.auth.SuspectedPhishing, Message: msg}
	if !ev.ReceivedAt.IsZero() {
		c.ReceivedAt = &ev.ReceivedAt
	}
	if order != nil && !ml.auth.SuspectedPhishing {
		// Not for phishing: a linked order would make its buyer the
		// ticket's customer, and the forger may well know an order number.
		c.OrderNumber = order.Number
	}
	if ml.auth.SuspectedPhishing {
		c.Tags = []string{"phishing"}
	}
	if n := ml.notice; n != nil {
		c.NoticeKind = n.Kind
		if !ml.auth.SuspectedPhishing {
			c.CaseID = clip(n.CaseID, 200)
			if n.AmountMinor > 0 && kefu.CheckCurrency("currency", n.Currency) == nil {
				c.AmountMinor, c.Currency = n.AmountMinor, n.Currency
			}
			if !n.Deadline.IsZero() {
				due := n.Deadline
				c.ResolutionDue = &due
			}
			c.Priority = noticePriority(n.Kind, c.ResolutionDue, h.now())
		}
	}
	c.Customer = ml.customer()
	return c
}

// customer is who wrote: the relay alias of a marketplace buyer, the
// buyer's real address from a contact form, or the sender. A notice comes
// from a provider, not a buyer (PayPal is nobody's customer), and a
// suspected phishing mail from nobody we should link to a buyer.
func (ml *mail) customer() *kefu.Customer {
	if ml.notice != nil || ml.auth.SuspectedPhishing {
		return nil
	}
	id := kefu.Identity{Kind: kefu.IdentityEmail, Value: ml.m.From.Address}
	switch {
	case ml.hint.RelayAddress != "":
		id = kefu.Identity{Kind: kefu.IdentityRelay, Value: ml.hint.RelayAddress}
	case ml.hint.BuyerEmail != "":
		id.Value = ml.hint.BuyerEmail
	}
	name := ml.hint.BuyerName
	if name == "" {
		name = ml.m.From.Name
	}
	c := &kefu.Customer{Name: clip(name, kefu.MaxNameLen), Identities: []kefu.Identity{id}}
	if c.Validate() != nil {
		return nil // a malformed address must not lose the mail
	}
	return c
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
