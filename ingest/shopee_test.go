package ingest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/ingest"
	"kefu/storage"
	"kefu/storage/storagetest"
)

// shopeeEvent reads a push from the shopee package's fixtures: the same
// bodies its decoder is tested with.
func shopeeEvent(t *testing.T, storeID int64, file string) *ingest.Event {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "shopee", "testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return &ingest.Event{Source: ingest.SourceShopee, StoreID: storeID, ExternalID: file, Type: "shopee",
		ReceivedAt: time.Now().UTC(), Payload: raw}
}

func shopeeOrder(t *testing.T, db *storage.DB, storeID int64) *kefu.Order {
	t.Helper()
	o := &kefu.Order{StoreID: storeID, Number: "240611K7QW3M2T", Status: "UNPAID", Currency: "THB", TotalMinor: 45900, RefundedMinor: 1000,
		Items:     []kefu.OrderItem{{SKU: "TSHIRT-M", Title: "เสื้อยืด M", Quantity: 1, PriceMinor: 45900}},
		Shipments: []kefu.Shipment{{Carrier: "Flash Express", TrackingNumber: "TH0001"}},
		Customer:  &kefu.Customer{Name: "Nattaya", Identities: []kefu.Identity{{Kind: kefu.IdentityBuyerID, Platform: "shopee", Value: "nattaya.s"}}}}
	if _, err := db.UpsertOrder(sysCtx(), o); err != nil {
		t.Fatal(err)
	}
	return o
}

func TestShopee_BuyerChatIsOneTicketPerConversation(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "th", "shopee", nil)
		order := shopeeOrder(t, db, store.ID)
		h := ingest.ShopeeHandler{Domain: db}
		for range 2 { // each push twice: redeliveries double nothing
			for _, f := range []string{"webchat_text_th.json", "webchat_image.json", "webchat_order.json", "webchat_read.json", "webchat_seller_reply.json"} {
				mustHandle(t, h, shopeeEvent(t, store.ID, f))
			}
		}
		tk := oneTicket(t, db)
		if tk.CaseID != "shopee-conv:481920133092842016" || tk.Channel != "shopee_chat" || tk.OrderID != order.ID || tk.CustomerID != order.CustomerID {
			t.Errorf("ticket %+v: want the conversation's case, the order and its buyer (matched by user name)", tk)
		}
		if !strings.HasPrefix(tk.Subject, "สวัสดีค่ะ") {
			t.Errorf("subject %q, want the buyer's first words", tk.Subject)
		}
		if len(tk.Messages) != 4 {
			t.Fatalf("%d messages, want 3 from the buyer and the seller's reply", len(tk.Messages))
		}
		first, image, reply := tk.Messages[0], tk.Messages[1], tk.Messages[3]
		if first.ExternalID != "shopee:msg:2214093178112940221" || first.Direction != kefu.DirectionInbound || first.AuthorName != "nattaya.s" {
			t.Errorf("first message %+v", first)
		}
		if !strings.Contains(image.Text, "https://cf.shopee.co.th/file/") {
			t.Errorf("image message %q lacks the image link", image.Text)
		}
		if reply.Direction != kefu.DirectionOutbound || reply.DeliveryState != kefu.DeliverySent || !strings.Contains(reply.Text, "TH24061188214571A") {
			t.Errorf("seller reply %+v", reply)
		}
		if tk.FirstResponseAt == nil || tk.Status != kefu.StatusOpen {
			t.Errorf("the seller's reply from Seller Centre is a response: status %s, first response %v", tk.Status, tk.FirstResponseAt)
		}
		c, err := db.FindCustomerByIdentity(sysCtx(), kefu.Identity{Kind: kefu.IdentityBuyerID, Platform: "shopee", Value: "901233187"})
		if err != nil || c.ID != tk.CustomerID {
			t.Errorf("buyer by Shopee user id: %+v, %v", c, err)
		}
	})
}

func TestShopee_SellerReplyWithoutTicketAndClosedConversations(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "th", "shopee", nil)
		h := ingest.ShopeeHandler{Domain: db}
		mustHandle(t, h, shopeeEvent(t, store.ID, "webchat_seller_reply.json"))
		if n := countTickets(t, db); n != 0 {
			t.Fatalf("a seller reply to no ticket made %d tickets", n)
		}
		// Without a known order the ticket has none; numbers sent as JSON
		// numbers or strings are the same buyer.
		mustHandle(t, h, shopeeEvent(t, store.ID, "webchat_text_my.json"))
		tk := oneTicket(t, db)
		if tk.OrderID != 0 || tk.CustomerID == 0 || tk.CaseID != "shopee-conv:481920133092907554" {
			t.Errorf("ticket %+v", tk)
		}
		closed := kefu.StatusClosed
		if _, err := db.UpdateTicket(sysCtx(), tk.ID, kefu.TicketUpdate{Status: &closed}); err != nil {
			t.Fatal(err)
		}
		// A replay of the first message stays on the closed ticket; the
		// buyer's next message opens a new one for the conversation.
		mustHandle(t, h, shopeeEvent(t, store.ID, "webchat_text_my.json"))
		mustHandle(t, h, shopeeEvent(t, store.ID, "webchat_unknown_type.json"))
		ts := allTickets(t, db)
		if len(ts) != 2 || ts[0].MessageCount != 1 || ts[1].MessageCount != 1 || ts[1].CaseID != ts[0].CaseID || ts[1].CustomerID != ts[0].CustomerID {
			t.Fatalf("after closing: %d tickets; want the closed one and a new one for the same conversation and buyer", len(ts))
		}
		if m := ts[1].Messages[0]; strings.TrimSpace(m.Text) == "" {
			t.Error("an unknown message type became an empty message")
		}
	})
}

func TestShopee_OrderStatusAndTrackingUpdateKnownOrders(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		store := storagetest.Store(t, db, "th", "shopee", nil)
		h := ingest.ShopeeHandler{Domain: db}
		// Unknown order: nothing to update, nothing created, no error.
		mustHandle(t, h, shopeeEvent(t, store.ID, "order_status.json"))
		mustHandle(t, h, shopeeEvent(t, store.ID, "tracking_number.json"))
		if orders, _ := db.ListOrders(sysCtx(), kefu.OrderFilter{StoreID: store.ID}); len(orders) != 0 {
			t.Fatalf("pushes about an unknown order created %d orders", len(orders))
		}
		before := shopeeOrder(t, db, store.ID)
		for range 2 {
			mustHandle(t, h, shopeeEvent(t, store.ID, "order_status.json"))
			mustHandle(t, h, shopeeEvent(t, store.ID, "tracking_number.json"))
			mustHandle(t, h, shopeeEvent(t, store.ID, "shop_deauthorization.json"))
		}
		o, err := db.FindOrderByID(sysCtx(), before.ID)
		if err != nil {
			t.Fatal(err)
		}
		if o.Status != "READY_TO_SHIP" {
			t.Errorf("status %q, want READY_TO_SHIP", o.Status)
		}
		if o.TotalMinor != 45900 || o.RefundedMinor != 1000 || len(o.Items) != 1 || o.CustomerID != before.CustomerID || o.Currency != "THB" {
			t.Errorf("order %+v: the push must keep everything it does not mention", o)
		}
		if len(o.Shipments) != 2 || o.Shipments[0].TrackingNumber != "TH0001" || o.Shipments[1].TrackingNumber != "TH24061188214571A" {
			t.Errorf("shipments %+v, want the old one and the pushed tracking number once", o.Shipments)
		}
	})
}
