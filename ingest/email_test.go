package ingest_test

import (
	"cmp"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/blob"
	"kefu/email"
	"kefu/ingest"
	"kefu/storage"
	"kefu/storage/storagetest"
)

// mailNow is the handler's clock in these tests: the fixtures are from
// late November 2026.
var mailNow = time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)

func noDNS(string) ([]string, error) { return nil, errors.New("no DNS in tests") }

func emailHandler(db *storage.DB) ingest.EmailHandler {
	return ingest.EmailHandler{Domain: db, Verifier: email.Verifier{LookupTXT: noDNS}, Now: func() time.Time { return mailNow }}
}

func sysCtx() context.Context { return kefu.SystemContext(context.Background(), "test") }

func mailEvent(t *testing.T, storeID int64, file string) *ingest.Event {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return &ingest.Event{Source: ingest.SourceEmail, StoreID: storeID, ExternalID: file + "|INBOX", Type: ingest.TypeEmail,
		ReceivedAt: time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC), Payload: raw}
}

func mustHandle(t *testing.T, h ingest.Handler, ev *ingest.Event) {
	t.Helper()
	if err := h.Handle(sysCtx(), ev); err != nil {
		t.Fatalf("handle %s: %v", ev.ExternalID, err)
	}
}

// allTickets returns every ticket with its messages, oldest first.
func allTickets(t *testing.T, db *storage.DB) []*kefu.Ticket {
	t.Helper()
	page, err := db.ListTickets(sysCtx(), kefu.TicketFilter{Limit: kefu.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	var out []*kefu.Ticket
	for _, lt := range page.Tickets {
		full, err := db.FindTicketByID(sysCtx(), lt.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, full)
	}
	slices.SortFunc(out, func(a, b *kefu.Ticket) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func oneTicket(t *testing.T, db *storage.DB) *kefu.Ticket {
	t.Helper()
	ts := allTickets(t, db)
	if len(ts) != 1 {
		t.Fatalf("%d tickets, want 1", len(ts))
	}
	return ts[0]
}

func upsertOrder(t *testing.T, db *storage.DB, storeID int64, number string) *kefu.Order {
	t.Helper()
	o := &kefu.Order{StoreID: storeID, Number: number, Status: "Shipped", Currency: "USD", TotalMinor: 4999,
		Items: []kefu.OrderItem{{SKU: "B0C1234XYZ", Title: "Wireless Earbuds", Quantity: 1, PriceMinor: 4999}}}
	if _, err := db.UpsertOrder(sysCtx(), o); err != nil {
		t.Fatal(err)
	}
	return o
}

func TestEmail_RelayMailOpensTicketWithRelayCustomerAndOrder(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "amazon", nil)
		order := upsertOrder(t, db, store.ID, "113-4567890-1234567")
		mustHandle(t, emailHandler(db), mailEvent(t, store.ID, "amazon_relay.eml"))

		tk := oneTicket(t, db)
		if tk.OrderID != order.ID || tk.Channel != "email" || tk.SuspectedPhishing || tk.NoticeKind != "" || tk.Language != "" {
			t.Errorf("ticket %+v: want the order linked, channel email, no notice, no language", tk)
		}
		if !strings.Contains(tk.Subject, "113-4567890-1234567") {
			t.Errorf("subject %q", tk.Subject)
		}
		c, err := db.FindCustomerByIdentity(sysCtx(), kefu.Identity{Kind: kefu.IdentityRelay, Value: "0k8f3v2qz9yxw1c@marketplace.amazon.com"})
		if err != nil || c.ID != tk.CustomerID || c.Name != "Emma Wilson" {
			t.Errorf("relay customer %+v, %v; ticket customer %d", c, err, tk.CustomerID)
		}
		m := tk.Messages[0]
		if m.ExternalID != "<0100018f3a2b-4c5d-amazon-relay-1@email.amazonses.com>" || m.Direction != kefu.DirectionInbound || m.AuthorName != "Emma Wilson" {
			t.Errorf("message %+v", m)
		}
		if !strings.Contains(m.Text, "earbuds still haven't arrived") || strings.Contains(m.Text, "Was this email helpful") {
			t.Errorf("text %q: want the buyer's words without Amazon's wrapper", m.Text)
		}
		if !m.CreatedAt.Equal(time.Date(2026, 11, 20, 9, 14, 2, 0, time.UTC)) {
			t.Errorf("created %v, want the mail's Date", m.CreatedAt)
		}
	})
}

func TestEmail_RepliesThreadByMessageIDAndByRelayAndOrder(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "amazon", nil)
		upsertOrder(t, db, store.ID, "113-4567890-1234567")
		upsertOrder(t, db, store.ID, "113-7654321-7654321")
		h := emailHandler(db)
		mustHandle(t, h, mailEvent(t, store.ID, "amazon_relay.eml"))
		// From the buyer's own address: only In-Reply-To can thread it.
		mustHandle(t, h, mailEvent(t, store.ID, "emma_reply.eml"))
		// No In-Reply-To: the relay alias and the order number thread it.
		mustHandle(t, h, mailEvent(t, store.ID, "amazon_relay_followup.eml"))

		tk := oneTicket(t, db)
		if len(tk.Messages) != 3 {
			t.Fatalf("%d messages, want 3", len(tk.Messages))
		}
		reply := tk.Messages[1]
		if reply.ExternalID != "<CAE1x9Qp-emma-reply@mail.gmail.com>" || !strings.Contains(reply.Text, "empty mailbox") {
			t.Errorf("reply %+v", reply)
		}
		if strings.Contains(reply.Text, "> Hi, my earbuds") {
			t.Errorf("quoted history kept in the new text: %q", reply.Text)
		}
		// Attachments stay in the mailbox, but the agent is told.
		if !strings.Contains(reply.Text, "2 attachments not imported: mailbox.jpg, receipt.pdf") {
			t.Errorf("reply text %q does not say what was not imported", reply.Text)
		}
		if !strings.Contains(tk.Messages[2].Text, "Still nothing") {
			t.Errorf("follow-up %q", tk.Messages[2].Text)
		}

		// The same buyer about another order is another case.
		mustHandle(t, h, mailEvent(t, store.ID, "amazon_relay_other_order.eml"))
		ts := allTickets(t, db)
		if len(ts) != 2 || ts[1].CustomerID != ts[0].CustomerID || ts[1].OrderID == ts[0].OrderID {
			t.Fatalf("a mail about another order: %d tickets; want a second one for the same customer", len(ts))
		}
	})
}

func TestEmail_SameMailTwiceIsOneMessage(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "amazon", nil)
		upsertOrder(t, db, store.ID, "113-4567890-1234567")
		h := emailHandler(db)
		for range 2 {
			mustHandle(t, h, mailEvent(t, store.ID, "amazon_relay.eml"))
			mustHandle(t, h, mailEvent(t, store.ID, "emma_reply.eml"))
		}
		if tk := oneTicket(t, db); len(tk.Messages) != 2 {
			t.Errorf("%d messages after handling each mail twice, want 2", len(tk.Messages))
		}

		// Through the pipeline's batch transaction, replayed: still once.
		p := ingest.New(db, map[string]ingest.Handler{ingest.SourceEmail: h}, ingest.Options{})
		ev := mailEvent(t, store.ID, "amazon_relay_followup.eml")
		if _, err := db.AppendEvents(context.Background(), []*ingest.Event{ev}); err != nil {
			t.Fatal(err)
		}
		for i := range 2 {
			if n, err := p.ProcessDue(context.Background()); err != nil || n != 1 {
				t.Fatalf("ProcessDue = %d, %v", n, err)
			}
			evs, _ := db.ListEvents(sysCtx(), ingest.EventFilter{})
			if len(evs) != 1 || evs[0].Status != ingest.StatusProcessed {
				t.Fatalf("event after processing: %+v", evs)
			}
			if i == 0 {
				if _, err := db.RequeueEvents(sysCtx(), time.Time{}, ""); err != nil {
					t.Fatal(err)
				}
			}
		}
		if tk := oneTicket(t, db); len(tk.Messages) != 3 {
			t.Errorf("%d messages after a replay, want 3", len(tk.Messages))
		}
	})
}

func TestEmail_FakePayPalIsSuspectedPhishing(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "shopify", nil)
		mustHandle(t, emailHandler(db), mailEvent(t, store.ID, "phish_paypal.eml"))
		tk := oneTicket(t, db)
		if !tk.SuspectedPhishing || !slices.Contains(tk.Tags, "phishing") {
			t.Errorf("ticket %+v: want suspected_phishing and the phishing tag", tk)
		}
		if tk.NoticeKind != "dispute_notice" {
			t.Errorf("notice kind %q: phishing is flagged on top of the kind", tk.NoticeKind)
		}
		// Nothing the forger claims steers cases, deadlines or customers.
		if tk.CaseID != "" || tk.ResolutionDue != nil || tk.AmountMinor != 0 || tk.CustomerID != 0 || tk.Priority != kefu.PriorityNormal {
			t.Errorf("ticket %+v trusts the phishing mail's case, deadline, amount or sender", tk)
		}
	})
}

func TestEmail_ProviderNoticeHasKindCaseAndDeadline(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "shopify", nil)
		h := emailHandler(db)
		mustHandle(t, h, mailEvent(t, store.ID, "stripe_dispute.eml"))
		tk := oneTicket(t, db)
		due := time.Date(2026, 12, 8, 23, 59, 59, 0, time.UTC)
		if tk.NoticeKind != "dispute_notice" || tk.CaseID != "dp_1QxYz2AbCdEfGhIj" || tk.ResolutionDue == nil || !tk.ResolutionDue.Equal(due) {
			t.Errorf("ticket %+v: want dispute_notice, case dp_1QxYz2AbCdEfGhIj, due %v", tk, due)
		}
		if tk.AmountMinor != 12900 || tk.Currency != "USD" || tk.SuspectedPhishing {
			t.Errorf("ticket %+v: want USD 129.00, not phishing", tk)
		}
		if tk.CustomerID != 0 {
			t.Error("Stripe became a customer")
		}
		if tk.Priority != kefu.PriorityNormal {
			t.Errorf("priority %s: ten days before the deadline is normal", tk.Priority)
		}

		// Two days before the deadline the same kind of notice is high,
		// and a regulator complaint is always urgent.
		h.Now = func() time.Time { return due.Add(-48 * time.Hour) }
		ev := mailEvent(t, store.ID, "stripe_dispute.eml")
		ev.Payload = []byte(strings.NewReplacer("dp_1QxYz2AbCdEfGhIj", "dp_2SecondCase00000", "<dispute-notice-", "<second-").Replace(string(ev.Payload)))
		mustHandle(t, h, ev)
		mustHandle(t, h, mailEvent(t, store.ID, "regulator_zh.eml"))
		ts := allTickets(t, db)
		if len(ts) != 3 || ts[1].Priority != "high" || ts[2].NoticeKind != "regulator_complaint" || ts[2].Priority != "urgent" {
			for _, tk := range ts {
				t.Logf("%+v", tk)
			}
			t.Fatal("want a high dispute notice due in two days and an urgent regulator complaint")
		}
	})
}

func TestEmail_ChineseGBKMailIsStoredReadable(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "shopee", nil)
		mustHandle(t, emailHandler(db), mailEvent(t, store.ID, "chinese_gbk.eml"))
		tk := oneTicket(t, db)
		if tk.Subject != "订单 240611ABCD1234 还没收到" {
			t.Errorf("subject %q, want the GBK subject decoded without the reply prefix", tk.Subject)
		}
		m := tk.Messages[0]
		if !strings.Contains(m.Text, "我的订单还没收到") || strings.Contains(m.Text, "您的订单已发货") {
			t.Errorf("text %q: want the new Chinese text, quote folded away", m.Text)
		}
		if m.AuthorName != "李娜" {
			t.Errorf("author %q", m.AuthorName)
		}
		c, err := db.FindCustomerByIdentity(sysCtx(), kefu.Identity{Kind: kefu.IdentityEmail, Value: "lina_2024@163.com"})
		if err != nil || c.ID != tk.CustomerID {
			t.Errorf("email customer %+v, %v", c, err)
		}
	})
}

func TestEmail_MailToClosedTicketOpensNewOne(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "amazon", nil)
		upsertOrder(t, db, store.ID, "113-4567890-1234567")
		h := emailHandler(db)
		mustHandle(t, h, mailEvent(t, store.ID, "amazon_relay.eml"))
		first := oneTicket(t, db)
		closed := kefu.StatusClosed
		if _, err := db.UpdateTicket(sysCtx(), first.ID, kefu.TicketUpdate{Status: &closed}); err != nil {
			t.Fatal(err)
		}
		mustHandle(t, h, mailEvent(t, store.ID, "emma_reply.eml"))
		mustHandle(t, h, mailEvent(t, store.ID, "amazon_relay_followup.eml"))
		// A replay of the first mail stays where it is.
		mustHandle(t, h, mailEvent(t, store.ID, "amazon_relay.eml"))
		ts := allTickets(t, db)
		if len(ts) != 2 {
			t.Fatalf("%d tickets, want the closed one and a new one", len(ts))
		}
		if ts[0].MessageCount != 1 || ts[1].MessageCount != 2 || ts[1].Status == kefu.StatusClosed {
			t.Errorf("closed ticket has %d messages, new one %d (%s); want 1 and 2", ts[0].MessageCount, ts[1].MessageCount, ts[1].Status)
		}
		// The buyer answered from their own address; the new ticket is
		// still theirs and about the same order.
		if ts[1].CustomerID != ts[0].CustomerID || ts[1].OrderID != ts[0].OrderID || ts[1].OrderID == 0 {
			t.Errorf("new ticket customer %d order %d, want the closed one's %d and %d", ts[1].CustomerID, ts[1].OrderID, ts[0].CustomerID, ts[0].OrderID)
		}
	})
}

func TestEmail_TooLargeMailBecomesANote(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "shopify", nil)
		ev := mailEvent(t, store.ID, "emma_reply.eml")
		head, _, _ := strings.Cut(string(ev.Payload), "\n\n")
		ev.Type, ev.Payload, ev.Headers = ingest.TypeEmailTooLarge, []byte(head+"\n\n"), map[string]string{"Size": "31457280"}
		mustHandle(t, emailHandler(db), ev)
		tk := oneTicket(t, db)
		if tk.Subject != "Inquiry from Amazon customer Emma Wilson" || !strings.Contains(tk.Messages[0].Text, "too large to import (31457280 bytes)") {
			t.Errorf("ticket %q, text %q", tk.Subject, tk.Messages[0].Text)
		}
	})
}

func TestEmail_AttachmentsAreStoredContentAddressed(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "acme", "amazon", nil)
		blobs, err := blob.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		h := emailHandler(db)
		h.Blobs = blobs
		mustHandle(t, h, mailEvent(t, store.ID, "emma_reply.eml"))
		tk := oneTicket(t, db)
		atts := tk.Messages[0].Attachments
		if len(atts) != 2 || atts[0].Filename != "mailbox.jpg" || atts[1].Filename != "receipt.pdf" {
			t.Fatalf("attachments %+v, want mailbox.jpg and receipt.pdf", atts)
		}
		for _, a := range atts {
			f, err := blobs.Open(a.SHA256)
			if err != nil {
				t.Fatalf("blob of %s: %v", a.Filename, err)
			}
			st, _ := f.Stat()
			f.Close()
			if st.Size() != a.Size || a.Size == 0 {
				t.Errorf("%s: blob of %d bytes, record says %d", a.Filename, st.Size(), a.Size)
			}
		}
		if strings.Contains(tk.Messages[0].Text, "not imported") {
			t.Errorf("text %q says attachments were not imported, but they were", tk.Messages[0].Text)
		}
	})
}
