package ingest_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/hookspec"
	"kefu/ingest"
	"kefu/storage"
	"kefu/storage/storagetest"
)

// genericEvent reads an envelope from the hookspec package's fixtures,
// as the receiver archives it: the webhook-id is the event's key.
func genericEvent(t *testing.T, storeID int64, file, webhookID string) *ingest.Event {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "hookspec", "testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return &ingest.Event{Source: ingest.SourceGeneric, StoreID: storeID, ExternalID: webhookID, Type: strings.TrimSuffix(file, ".json"),
		ReceivedAt: time.Now().UTC(), Headers: map[string]string{hookspec.HeaderID: webhookID}, Payload: raw}
}

func TestGeneric_OrderIsUpserted(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "my", "shopee", nil)
		h := ingest.GenericHandler{Domain: db}
		mustHandle(t, h, genericEvent(t, store.ID, "order.json", "msg_o1"))
		mustHandle(t, h, genericEvent(t, store.ID, "order.json", "msg_o2")) // resent under a new id
		orders, err := db.ListOrders(sysCtx(), kefu.OrderFilter{StoreID: store.ID})
		if err != nil || len(orders) != 1 {
			t.Fatalf("%d orders, %v; want 1", len(orders), err)
		}
		o := orders[0]
		if o.Number != "MY-240611-0042" || o.TotalMinor != 15990 || len(o.Items) != 2 || len(o.Shipments) != 1 || o.ShipCountry != "MY" || o.CustomerID == 0 {
			t.Errorf("order %+v", o)
		}
	})
}

func TestGeneric_MessagesThreadByConversationOnce(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "th", "shopee", nil)
		order := &kefu.Order{StoreID: store.ID, Number: "TH-100482", Currency: "THB", TotalMinor: 59000}
		if _, err := db.UpsertOrder(sysCtx(), order); err != nil {
			t.Fatal(err)
		}
		h := ingest.GenericHandler{Domain: db}
		ev := genericEvent(t, store.ID, "message.json", "msg_m1")
		mustHandle(t, h, ev)
		mustHandle(t, h, ev)
		// The sender retried with a new webhook-id: external_id dedupes.
		mustHandle(t, h, genericEvent(t, store.ID, "message.json", "msg_m1-retry"))
		// A later message of the same conversation joins the ticket.
		next := genericEvent(t, store.ID, "message.json", "msg_m2")
		next.Payload = []byte(strings.NewReplacer(`"erp-msg-88213"`, `"erp-msg-88214"`, "ยังไม่ได้รับเลยค่ะ", "ได้รับแล้วค่ะ ขอบคุณ").Replace(string(next.Payload)))
		mustHandle(t, h, next)

		tk := oneTicket(t, db)
		if tk.CaseID != "conv:line-oa:U4af4980629" || tk.OrderID != order.ID || tk.Language != "th" || tk.Subject != "ยังไม่ได้รับสินค้า" || tk.Channel != "webhook" {
			t.Errorf("ticket %+v", tk)
		}
		if len(tk.Messages) != 2 || tk.Messages[0].ExternalID != "generic:erp-msg-88213" || tk.Messages[1].ExternalID != "generic:erp-msg-88214" {
			t.Fatalf("messages %+v, want the two messages once each", tk.Messages)
		}
		if m := tk.Messages[0]; m.Direction != kefu.DirectionInbound || m.AuthorName != "Nattaya S." || !m.CreatedAt.Equal(time.Date(2026, 11, 3, 13, 26, 10, 0, time.UTC)) {
			t.Errorf("message %+v", m)
		}
		for _, id := range []kefu.Identity{
			{Kind: kefu.IdentityEmail, Value: "nattaya.s@example.co.th"},
			{Kind: kefu.IdentityBuyerID, Platform: "shopee", Value: "nattaya.s"},
			{Kind: kefu.IdentityPhone, Value: "+66812345678"},
		} {
			if c, err := db.FindCustomerByIdentity(sysCtx(), id); err != nil || c.ID != tk.CustomerID {
				t.Errorf("customer by %+v: %+v, %v", id, c, err)
			}
		}
	})
}

func TestGeneric_MessageWithoutConversationFindsCustomersOpenTicket(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "th", "shopee", nil)
		h := ingest.GenericHandler{Domain: db}
		for i, text := range []string{"first", "second"} {
			ev := genericEvent(t, store.ID, "message.json", "msg_"+text)
			ev.Payload = []byte(strings.NewReplacer(`"conversation_id": "line-oa:U4af4980629",`, "", `"erp-msg-88213"`, `"erp-`+strconv.Itoa(i)+`"`).Replace(string(ev.Payload)))
			mustHandle(t, h, ev)
		}
		if tk := oneTicket(t, db); len(tk.Messages) != 2 || tk.CaseID != "" {
			t.Errorf("ticket %+v with %d messages; want the second message on the customer's open ticket", tk, len(tk.Messages))
		}
	})
}

func TestGeneric_NoticeMakesTicketOfItsKind(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "my", "shopee", nil)
		h := ingest.GenericHandler{Domain: db}
		ev := genericEvent(t, store.ID, "notice.json", "msg_n1")
		mustHandle(t, h, ev)
		mustHandle(t, h, ev)
		// Another event about the same case continues its ticket.
		mustHandle(t, h, genericEvent(t, store.ID, "notice.json", "msg_n2"))
		tk := oneTicket(t, db)
		due := time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC)
		if tk.NoticeKind != "refund_event" || tk.CaseID != "rf_2231" || tk.AmountMinor != 15990 || tk.Currency != "MYR" ||
			tk.ResolutionDue == nil || !tk.ResolutionDue.Equal(due) || tk.Subject != "Refund failed for order MY-240611-0042" {
			t.Errorf("ticket %+v", tk)
		}
		if len(tk.Messages) != 2 || !strings.Contains(tk.Messages[0].Text, "issuer declined") {
			t.Errorf("%d messages, want one per event", len(tk.Messages))
		}
	})
}

// disputeEvent is the dispute fixture with another status, signed at ts.
func disputeEvent(t *testing.T, storeID int64, webhookID, status string, ts time.Time) *ingest.Event {
	ev := genericEvent(t, storeID, "dispute.json", webhookID)
	ev.Payload = []byte(strings.Replace(string(ev.Payload), `"needs_response"`, strconv.Quote(status), 1))
	ev.Headers[hookspec.HeaderTimestamp] = strconv.FormatInt(ts.Unix(), 10)
	return ev
}

func TestGeneric_DisputeIsRecordedWithItsTicket(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "my", "shopee", nil)
		order := &kefu.Order{StoreID: store.ID, Number: "MY-240611-0042", Currency: "MYR", TotalMinor: 15990}
		if _, err := db.UpsertOrder(sysCtx(), order); err != nil {
			t.Fatal(err)
		}
		h := ingest.GenericHandler{Domain: db}
		ev := disputeEvent(t, store.ID, "msg_d1", "needs_response", time.Date(2026, 6, 12, 8, 0, 0, 0, time.UTC))
		mustHandle(t, h, ev)
		mustHandle(t, h, ev)
		tk := oneTicket(t, db)
		due := time.Date(2026, 7, 2, 23, 59, 59, 0, time.UTC)
		if tk.NoticeKind != "dispute_notice" || tk.CaseID != "uqpay:dsp_01HZX3Q8K2" || tk.ResolutionDue == nil || !tk.ResolutionDue.Equal(due) ||
			tk.OrderID != order.ID || tk.AmountMinor != 15990 || tk.Currency != "MYR" {
			t.Errorf("ticket %+v", tk)
		}
		if len(tk.Messages) != 1 || tk.Messages[0].Direction != kefu.DirectionSystem || !strings.Contains(tk.Messages[0].Text, "dsp_01HZX3Q8K2") {
			t.Errorf("messages %+v, want one system message", tk.Messages)
		}
		d, err := db.FindDispute(sysCtx(), "uqpay", "dsp_01HZX3Q8K2")
		if err != nil || d.TicketID != tk.ID || d.OrderID != order.ID || d.Status != "needs_response" || d.NetworkReasonCode != "13.1" {
			t.Errorf("dispute %+v, %v", d, err)
		}
	})
}

func TestGeneric_OutOfOrderDisputeKeepsTheNewerState(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "my", "shopee", nil)
		h := ingest.GenericHandler{Domain: db}
		opened := time.Date(2026, 6, 12, 8, 0, 0, 0, time.UTC)
		// The outcome arrives first, the opening (sent earlier) after it.
		mustHandle(t, h, disputeEvent(t, store.ID, "msg_won", "won", opened.Add(20*24*time.Hour)))
		mustHandle(t, h, disputeEvent(t, store.ID, "msg_open", "needs_response", opened))
		d, err := db.FindDispute(sysCtx(), "uqpay", "dsp_01HZX3Q8K2")
		if err != nil || d.Status != "won" || !d.LastEventAt.Equal(opened.Add(20*24*time.Hour)) {
			t.Fatalf("dispute %+v, %v; want the newer state, won", d, err)
		}
		tk := oneTicket(t, db)
		if tk.NoticeKind != "dispute_outcome" || tk.ResolutionDue != nil {
			t.Errorf("ticket kind %q due %v; the stale opening must not turn the outcome back into a running notice", tk.NoticeKind, tk.ResolutionDue)
		}
		if len(tk.Messages) != 2 {
			t.Errorf("%d messages, want both events in the history", len(tk.Messages))
		}
	})
}
