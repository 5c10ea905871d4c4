package app

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stripe/stripe-go/v85/webhook"

	"kefu"
	"kefu/ingest"
)

const stripeSecret = "whsec_test_secret_for_kefu"

// stripeFixture reads an event the stripe package's tests also use.
func stripeFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../stripe/testdata/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// signed signs payload with stripe-go's own helper: the independent peer.
func signed(payload []byte, at time.Time) string {
	return webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: stripeSecret, Timestamp: at, Scheme: "v1"}).Header
}

func postHook(t *testing.T, url string, body []byte, header map[string]string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String()
}

func eachAppBackend(t *testing.T, fn func(t *testing.T, cfg Config)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, Config{}) })
	t.Run("postgres", func(t *testing.T) { fn(t, Config{DB: postgresDSN(t)}) })
}

func TestStripeWebhookBecomesOneDisputeTicketWhateverTheOrderAndRedeliveries(t *testing.T) {
	eachAppBackend(t, func(t *testing.T, cfg Config) {
		a := mustOpenApp(t, cfg)
		stop := start(t, a)
		defer stop()
		ctx := kefu.SystemContext(context.Background(), "test")
		store := &kefu.Store{Slug: "shop-us", Platform: "stripe", Name: "Shop US", Timezone: "America/New_York", Currency: "USD",
			Secrets: kefu.Secrets{"webhook_secret": stripeSecret}}
		if err := a.DB().CreateStore(ctx, store); err != nil {
			t.Fatal(err)
		}
		url := a.URL() + "/hooks/stripe/shop-us"
		closed, created := stripeFixture(t, "charge.dispute.closed"), stripeFixture(t, "charge.dispute.created")
		// The outcome arrives first, the opening afterwards, and Stripe
		// redelivers both: the final state is the outcome, in one ticket.
		for _, body := range [][]byte{closed, created, closed, created} {
			if code, resp := postHook(t, url, body, map[string]string{"Stripe-Signature": signed(body, time.Now())}); code != 200 {
				t.Fatalf("signed delivery = %d %s, want 200", code, resp)
			}
		}
		var tickets []*kefu.Ticket
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			page, err := a.DB().ListTickets(ctx, kefu.TicketFilter{StoreID: []int64{store.ID}})
			if err != nil {
				t.Fatal(err)
			}
			if tickets = page.Tickets; len(tickets) == 1 && tickets[0].MessageCount == 2 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if len(tickets) != 1 || tickets[0].MessageCount != 2 {
			t.Fatalf("got %d tickets (%+v), want 1 ticket with 2 system messages", len(tickets), tickets)
		}
		tk := tickets[0]
		if tk.NoticeKind != "dispute_outcome" || tk.CaseID != "dp_1QzK8mL3kB2vR9aXyZ2oTq4n" || tk.Currency != "USD" || tk.AmountMinor != 4999 {
			t.Errorf("ticket = kind %q case %q %s %d; want the closed dispute's outcome", tk.NoticeKind, tk.CaseID, tk.Currency, tk.AmountMinor)
		}
		d, err := a.DB().FindDispute(ctx, "stripe", tk.CaseID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Status == "needs_response" || d.TicketID != tk.ID {
			t.Errorf("dispute status %q (ticket %d); the older 'created' event must not undo the outcome", d.Status, d.TicketID)
		}
		evs, err := a.DB().ListEvents(ctx, ingest.EventFilter{Source: ingest.SourceStripe})
		if err != nil || len(evs) != 2 {
			t.Errorf("%d archived events, %v; want 2 (redeliveries are not archived twice)", len(evs), err)
		}
	})
}

func TestStripeWebhookRefusesBadInputAndStoresNothing(t *testing.T) {
	a := mustOpenApp(t, Config{})
	stop := start(t, a)
	defer stop()
	ctx := kefu.SystemContext(context.Background(), "test")
	if err := a.DB().CreateStore(ctx, &kefu.Store{Slug: "shop-us", Platform: "stripe", Name: "Shop", Timezone: "UTC", Currency: "USD",
		Secrets: kefu.Secrets{"webhook_secret": stripeSecret}}); err != nil {
		t.Fatal(err)
	}
	url := a.URL() + "/hooks/stripe/shop-us"
	body := stripeFixture(t, "charge.dispute.created")
	garbage := []byte(`{"id": "evt_1", "type": `)
	huge := bytes.Repeat([]byte("x"), 2<<20)
	tests := []struct {
		name   string
		url    string
		body   []byte
		header string
		status int
		detail string
	}{
		{"missing signature", url, body, "", 400, "missing Stripe-Signature"},
		{"wrong secret", url, body, webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: body, Secret: "whsec_other", Timestamp: time.Now(), Scheme: "v1"}).Header, 400, "no v1 signature matches"},
		{"tampered body", url, append(bytes.Clone(body[:len(body)-2]), ' ', '}'), signed(body, time.Now()), 400, "no v1 signature matches"},
		{"stale timestamp", url, body, signed(body, time.Now().Add(-10*time.Minute)), 400, "old"},
		{"garbage header", url, body, "t=abc,v1=zz", 400, "timestamp"},
		{"malformed JSON, validly signed", url, garbage, signed(garbage, time.Now()), 400, ""},
		{"unknown store", a.URL() + "/hooks/stripe/nope", body, signed(body, time.Now()), 404, "not found"},
		{"oversized body", url, huge, signed(huge, time.Now()), 413, "limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := map[string]string{}
			if tt.header != "" {
				h["Stripe-Signature"] = tt.header
			}
			code, resp := postHook(t, tt.url, tt.body, h)
			if code != tt.status || !strings.Contains(resp, tt.detail) || !strings.Contains(resp, `"code"`) {
				t.Errorf("= %d %s, want %d with %q in a problem", code, resp, tt.status, tt.detail)
			}
		})
	}
	evs, err := a.DB().ListEvents(ctx, ingest.EventFilter{})
	if err != nil || len(evs) != 0 {
		t.Errorf("%d events archived after refused deliveries, %v; want none", len(evs), err)
	}
	_, metrics := get(t, a.URL()+"/metrics")
	if !strings.Contains(metrics, `kefu_ingest_rejected_total{reason="mismatch",source="stripe"} 2`) {
		t.Errorf("rejection counters missing from /metrics")
	}
}
