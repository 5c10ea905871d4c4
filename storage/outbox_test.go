package storage_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
	"kefu/storage/storagetest"
)

const buyerRelay = "8k3j2h1g0f@marketplace.amazon.com"

// emailTicket is an Amazon buyer's mail as ingest stores it: channel
// email, the Message-ID in "<…>" form, a customer known by relay alias.
func emailTicket(t *testing.T, db *storage.DB, storeID int64) *kefu.Ticket {
	t.Helper()
	tk, err := db.CreateTicket(sysCtx(t), &kefu.TicketCreate{
		StoreID: storeID, Subject: "我的订单什么时候发货？", Channel: "email",
		Customer: &kefu.Customer{Name: "张伟", Identities: []kefu.Identity{
			{Kind: kefu.IdentityEmail, Value: "zhang.wei@example.com"},
			{Kind: kefu.IdentityRelay, Value: buyerRelay},
		}},
		Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email",
			ExternalID: "<buyer-1@marketplace.amazon.com>", Text: "请问什么时候发货？"},
	})
	must(t, err, "CreateTicket")
	return tk
}

func addMessage(t *testing.T, db *storage.DB, ticketID int64, m *kefu.Message) *kefu.Message {
	t.Helper()
	got, err := db.AddMessage(sysCtx(t), ticketID, m)
	must(t, err, "AddMessage "+m.Text)
	return got
}

func claim(t *testing.T, db *storage.DB, lease time.Duration) []*storage.OutboundMail {
	t.Helper()
	got, err := db.ClaimOutbound(sysCtx(t), 10, lease)
	must(t, err, "ClaimOutbound")
	return got
}

func TestOutbox_AgentReplyOnEmailTicketIsClaimedThreadedToTheBuyersMail(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		s := storagetest.Store(t, db, "amazon-us", "amazon", nil)
		tk := emailTicket(t, db, s.ID)
		addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email",
			ExternalID: "<buyer-2@marketplace.amazon.com>", Text: "还在吗？"})
		note := addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionNote, Text: "check the warehouse"})
		sha := strings.Repeat("ab", 32)
		reply := addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "您好，已发货。",
			HTML:        "<p>您好，已发货。</p>",
			Attachments: []kefu.Attachment{{Filename: "发票.pdf", ContentType: "application/pdf", Size: 16, SHA256: sha}}})
		if reply.DeliveryState != kefu.DeliveryQueued || note.DeliveryState != "" {
			t.Fatalf("delivery states: reply %q, note %q; want queued and none", reply.DeliveryState, note.DeliveryState)
		}

		got := claim(t, db, time.Minute)
		if len(got) != 1 {
			t.Fatalf("claimed %d mails, want 1", len(got))
		}
		m := got[0]
		if m.MessageID != reply.ID || m.TicketID != tk.ID || m.StoreID != s.ID || m.Attempts != 0 {
			t.Errorf("claimed %+v", m)
		}
		if m.To != buyerRelay || m.ToName != "张伟" {
			t.Errorf("recipient %q <%s>, want the relay alias", m.ToName, m.To)
		}
		if m.Subject != "Re: 我的订单什么时候发货？" || m.Text != "您好，已发货。" || m.HTML != "<p>您好，已发货。</p>" {
			t.Errorf("subject %q, text %q, html %q", m.Subject, m.Text, m.HTML)
		}
		if m.InReplyTo != "<buyer-2@marketplace.amazon.com>" ||
			!slices.Equal(m.References, []string{"<buyer-1@marketplace.amazon.com>", "<buyer-2@marketplace.amazon.com>"}) {
			t.Errorf("In-Reply-To %q, References %q", m.InReplyTo, m.References)
		}
		if len(m.Attachments) != 1 || m.Attachments[0].SHA256 != sha || m.Attachments[0].Filename != "发票.pdf" {
			t.Errorf("attachments %+v", m.Attachments)
		}
		if again := claim(t, db, time.Minute); len(again) != 0 {
			t.Errorf("a leased reply was claimed again: %d", len(again))
		}
	})
}

func TestOutbox_OnlyLiveOutboundRepliesOnEmailTicketsAreQueued(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		s := storagetest.Store(t, db, "shop", "shopify", nil)
		// An imported conversation: its outbound message went out long ago.
		imported, err := db.CreateTicket(sysCtx(t), &kefu.TicketCreate{StoreID: s.ID, Subject: "old", Channel: "email",
			Message:  &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "hi"},
			Messages: []*kefu.Message{{Direction: kefu.DirectionOutbound, Text: "hello"}}})
		must(t, err, "CreateTicket")
		api, err := db.CreateTicket(sysCtx(t), &kefu.TicketCreate{StoreID: s.ID, Subject: "chat", Channel: "shopee_chat",
			Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: "hi"}})
		must(t, err, "CreateTicket")
		chat := addMessage(t, db, api.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "hello"})
		if imported.Messages[1].DeliveryState != "" || chat.DeliveryState != "" {
			t.Errorf("delivery states: imported %q, chat %q; want none", imported.Messages[1].DeliveryState, chat.DeliveryState)
		}
		if got := claim(t, db, time.Minute); len(got) != 0 {
			t.Errorf("claimed %d mails, want none", len(got))
		}
	})
}

func TestOutbox_MarkSentRecordsMessageIDAndNextReplyThreadsUnderIt(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := storagetest.Store(t, db, "amazon-us", "amazon", nil)
		tk := emailTicket(t, db, s.ID)
		first := addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "已发货"})
		if got := claim(t, db, time.Minute); len(got) != 1 || got[0].InReplyTo != "<buyer-1@marketplace.amazon.com>" {
			t.Fatalf("claimed %+v", got)
		}
		must(t, db.MarkSent(ctx, first.ID, "<r1@shop.example>"), "MarkSent")
		if err := db.MarkSent(ctx, first.ID, "<r1@shop.example>"); kefu.ErrorCode(err) != kefu.ECONFLICT {
			t.Errorf("MarkSent twice: %v, want conflict", err)
		}
		got, err := db.FindTicketByID(ctx, tk.ID)
		must(t, err, "FindTicketByID")
		sent := got.Messages[len(got.Messages)-1]
		if sent.DeliveryState != kefu.DeliverySent || sent.ExternalID != "<r1@shop.example>" || sent.Channel != "email" {
			t.Errorf("sent message %+v", sent)
		}
		if d, err := db.FindDelivery(ctx, first.ID); err != nil || d.State != kefu.DeliverySent {
			t.Errorf("FindDelivery = %+v, %v", d, err)
		}
		if again := claim(t, db, 0); len(again) != 0 {
			t.Errorf("a sent reply was claimed again")
		}

		addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email",
			ExternalID: "<buyer-2@marketplace.amazon.com>", Text: "收到了，谢谢"})
		second := addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "不客气"})
		next := claim(t, db, time.Minute)
		if len(next) != 1 || next[0].MessageID != second.ID {
			t.Fatalf("claimed %+v", next)
		}
		want := []string{"<buyer-1@marketplace.amazon.com>", "<r1@shop.example>", "<buyer-2@marketplace.amazon.com>"}
		if next[0].InReplyTo != want[2] || !slices.Equal(next[0].References, want) {
			t.Errorf("In-Reply-To %q, References %q; want %q", next[0].InReplyTo, next[0].References, want)
		}
	})
}

func TestOutbox_ExpiredLeaseAndRetryTimeMakeAReplyDueAgain(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := storagetest.Store(t, db, "amazon-us", "amazon", nil)
		tk := emailTicket(t, db, s.ID)
		reply := addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "已发货"})

		// A sender that died holding a zero lease: taken again at once.
		if got := claim(t, db, 0); len(got) != 1 {
			t.Fatalf("claimed %d, want 1", len(got))
		}
		if got := claim(t, db, time.Minute); len(got) != 1 {
			t.Fatalf("after the lease ended: claimed %d, want 1", len(got))
		}

		later := kefu.Now().Add(time.Hour)
		must(t, db.MarkFailed(ctx, reply.ID, errors.New("smtp: 421 4.7.0 try again later"), &later), "MarkFailed")
		if got := claim(t, db, 0); len(got) != 0 {
			t.Errorf("a reply waiting to retry was claimed")
		}
		d, err := db.FindDelivery(ctx, reply.ID)
		must(t, err, "FindDelivery")
		if d.State != kefu.DeliveryQueued || d.Attempts != 1 || !strings.Contains(d.LastError, "421") ||
			d.NextAttemptAt == nil || !d.NextAttemptAt.Equal(later) {
			t.Errorf("delivery after a transient failure: %+v", d)
		}

		past := kefu.Now().Add(-time.Second)
		must(t, db.MarkFailed(ctx, reply.ID, errors.New("smtp: dial: connection refused"), &past), "MarkFailed")
		got := claim(t, db, time.Minute)
		if len(got) != 1 || got[0].Attempts != 2 {
			t.Fatalf("due retry claimed %+v, want attempts 2", got)
		}
	})
}

func TestOutbox_PermanentFailureKeepsTheErrorAndStopsSending(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := storagetest.Store(t, db, "amazon-us", "amazon", nil)
		tk := emailTicket(t, db, s.ID)
		reply := addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "已发货"})
		claim(t, db, time.Minute)
		must(t, db.MarkFailed(ctx, reply.ID, errors.New("smtp: RCPT TO: 550 5.1.1 No such recipient"), nil), "MarkFailed")
		d, err := db.FindDelivery(ctx, reply.ID)
		must(t, err, "FindDelivery")
		if d.State != kefu.DeliveryFailed || d.Attempts != 1 || !strings.Contains(d.LastError, "550 5.1.1") || d.NextAttemptAt != nil {
			t.Errorf("delivery after a rejection: %+v", d)
		}
		if got := claim(t, db, 0); len(got) != 0 {
			t.Errorf("a failed reply was claimed")
		}
		if err := db.MarkSent(ctx, reply.ID, "<late@shop.example>"); kefu.ErrorCode(err) != kefu.ECONFLICT {
			t.Errorf("MarkSent of a failed reply: %v, want conflict", err)
		}
		if _, err := db.FindDelivery(ctx, 1<<40); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("FindDelivery of nothing: %v", err)
		}
	})
}

func TestOutbox_ConcurrentClaimsNeverShareAReply(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		s := storagetest.Store(t, db, "amazon-us", "amazon", nil)
		tk := emailTicket(t, db, s.ID)
		const n = 20
		for i := range n {
			addMessage(t, db, tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: strings.Repeat("x", i+1)})
		}
		results := make(chan []*storage.OutboundMail, 4)
		errs := make(chan error, 4)
		for range 4 {
			go func() {
				var mine []*storage.OutboundMail
				for {
					got, err := db.ClaimOutbound(kefu.SystemContext(context.Background(), "test"), 3, time.Hour)
					if err != nil {
						errs <- err
						return
					}
					if len(got) == 0 {
						results <- mine
						return
					}
					mine = append(mine, got...)
				}
			}()
		}
		seen := map[int64]bool{}
		for range 4 {
			select {
			case err := <-errs:
				t.Fatal(err)
			case got := <-results:
				for _, m := range got {
					if seen[m.MessageID] {
						t.Errorf("message %d claimed twice", m.MessageID)
					}
					seen[m.MessageID] = true
				}
			}
		}
		if len(seen) != n {
			t.Errorf("claimed %d distinct replies, want %d", len(seen), n)
		}
	})
}
