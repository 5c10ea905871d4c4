package app

import (
	"bytes"
	"context"
	"io"
	"log"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"kefu"
	"kefu/hookspec"
	"kefu/shopee"
)

// waitTickets polls until the store has want tickets, or fails.
func waitTickets(t *testing.T, a *App, storeID int64, want int) []*kefu.Ticket {
	t.Helper()
	ctx := kefu.SystemContext(context.Background(), "test")
	deadline := time.Now().Add(15 * time.Second)
	for {
		page, err := a.DB().ListTickets(ctx, kefu.TicketFilter{StoreID: []int64{storeID}})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Tickets) >= want || time.Now().After(deadline) {
			if len(page.Tickets) != want {
				t.Fatalf("store %d has %d tickets, want %d", storeID, len(page.Tickets), want)
			}
			return page.Tickets
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// TestMailboxMailBecomesATicketThroughTheRealPipeline runs a real IMAP
// server (go-imap's in-memory backend) and a real App configured with it.
func TestMailboxMailBecomesATicketThroughTheRealPipeline(t *testing.T) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser("support@shop.example", "mail-pass")
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         goimap.CapSet{goimap.CapIMAP4rev1: {}},
		InsecureAuth: true,
		Logger:       log.New(io.Discard, "", 0),
	})
	go srv.Serve(ln)
	defer srv.Close()
	raw, err := os.ReadFile("../ingest/testdata/amazon_relay.eml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := user.Append("INBOX", bytes.NewReader(raw), &goimap.AppendOptions{Time: time.Now()}); err != nil {
		t.Fatal(err)
	}

	a := mustOpenApp(t, Config{})
	ctx := kefu.SystemContext(context.Background(), "test")
	store := &kefu.Store{Slug: "amazon-us", Platform: "amazon", Site: "US", Name: "Amazon US", Timezone: "America/Los_Angeles", Currency: "USD",
		Secrets: kefu.Secrets{"imap_support": "imap://support%40shop.example:mail-pass@" + ln.Addr().String() + "/INBOX?tls=none"}}
	if err := a.DB().CreateStore(ctx, store); err != nil {
		t.Fatal(err)
	}
	stop := start(t, a)
	defer stop()
	tickets := waitTickets(t, a, store.ID, 1)
	tk, err := a.DB().FindTicketByID(ctx, tickets[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if tk.Channel != "email" || len(tk.Messages) != 1 || tk.Messages[0].Direction != kefu.DirectionInbound || tk.CustomerID == 0 {
		t.Errorf("ticket %+v with %d messages; want an email ticket with the buyer's inbound message and customer", tk, len(tk.Messages))
	}
	c, err := a.DB().FindCustomerByID(ctx, tk.CustomerID)
	if err != nil || len(c.Identities) == 0 || c.Identities[0].Kind != kefu.IdentityRelay {
		t.Errorf("customer %+v, %v; want the Amazon relay identity", c, err)
	}
}

func TestShopeeAndGenericWebhooksBecomeTickets(t *testing.T) {
	a := mustOpenApp(t, Config{})
	stop := start(t, a)
	defer stop()
	ctx := kefu.SystemContext(context.Background(), "test")
	secret, err := hookspec.NewSecret()
	if err != nil {
		t.Fatal(err)
	}
	shop := &kefu.Store{Slug: "shopee-my", Platform: "shopee", Site: "MY", Name: "Shopee MY", Timezone: "Asia/Kuala_Lumpur", Currency: "MYR",
		Secrets: kefu.Secrets{"shopee_partner_key": "partner-key-123"}}
	site := &kefu.Store{Slug: "own-site", Platform: "independent", Name: "Own site", Timezone: "UTC", Currency: "USD",
		Secrets: kefu.Secrets{"webhook_secret": secret}}
	for _, s := range []*kefu.Store{shop, site} {
		if err := a.DB().CreateStore(ctx, s); err != nil {
			t.Fatal(err)
		}
	}

	// Shopee: the push is signed over the callback URL and the body.
	chat, err := os.ReadFile("../shopee/testdata/webchat_text_th.json")
	if err != nil {
		t.Fatal(err)
	}
	url := a.URL() + "/hooks/shopee/shopee-my"
	if code, resp := postHook(t, url, chat, map[string]string{"Authorization": "0badc0de"}); code != 400 || !strings.Contains(resp, "signature") {
		t.Errorf("bad Shopee signature = %d %s, want 400 naming the signature", code, resp)
	}
	for range 2 { // a redelivery changes nothing
		if code, resp := postHook(t, url, chat, map[string]string{"Authorization": shopee.Sign(url, chat, "partner-key-123")}); code != 200 || resp != "" {
			t.Fatalf("signed Shopee push = %d %q, want 200 with an empty body", code, resp)
		}
	}
	waitTickets(t, a, shop.ID, 1)

	// Generic: Standard Webhooks signature over id.timestamp.body.
	body, err := os.ReadFile("../hookspec/testdata/message.json")
	if err != nil {
		t.Fatal(err)
	}
	gurl := a.URL() + "/hooks/generic/own-site"
	now := time.Now()
	sig, err := hookspec.Sign(secret, "msg_1", now, body)
	if err != nil {
		t.Fatal(err)
	}
	headers := map[string]string{hookspec.HeaderID: "msg_1", hookspec.HeaderTimestamp: strconv.FormatInt(now.Unix(), 10), hookspec.HeaderSignature: sig}
	for range 2 {
		if code, resp := postHook(t, gurl, body, headers); code != 200 {
			t.Fatalf("signed generic webhook = %d %s", code, resp)
		}
	}
	stale := map[string]string{hookspec.HeaderID: "msg_2", hookspec.HeaderTimestamp: strconv.FormatInt(now.Add(-time.Hour).Unix(), 10), hookspec.HeaderSignature: sig}
	if code, resp := postHook(t, gurl, body, stale); code != 400 || !strings.Contains(resp, `"code"`) {
		t.Errorf("stale generic webhook = %d %s, want 400", code, resp)
	}
	waitTickets(t, a, site.ID, 1)
}
