package stripe

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	stripego "github.com/stripe/stripe-go/v85"

	"kefu"

	"kefu/stripe/stripemock"
)

type seenEvent struct {
	raw []byte
	id  string
}

func collect(t *testing.T, c *Client, since time.Time, types []string) []seenEvent {
	t.Helper()
	var seen []seenEvent
	err := c.Events(context.Background(), since, types, func(raw []byte, id string) error {
		seen = append(seen, seenEvent{bytes.Clone(raw), id})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return seen
}

// TestEventsFromStripeMock lists events from a real stripe-mock with its
// bundled fixtures: one plan.created event, which DecodeEvent reads and
// Changes leaves for archiving.
func TestEventsFromStripeMock(t *testing.T) {
	base := stripemock.Start(t)
	c := NewClient("sk_test_123", base, nil)
	seen := collect(t, c, time.Now().Add(-30*24*time.Hour), nil)
	if len(seen) == 0 {
		t.Fatal("stripe-mock returned no events")
	}
	for _, s := range seen {
		ev, err := DecodeEvent(s.raw)
		if err != nil {
			t.Fatalf("event %s: %v\n%s", s.id, err, s.raw)
		}
		if ev.ID != s.id || ev.Created.IsZero() || len(ev.Object) == 0 {
			t.Errorf("event %+v for id %s", ev, s.id)
		}
		if ch, err := Changes(ev); err != nil || (ev.Type == "plan.created" && ch != nil) {
			t.Errorf("Changes(%s) = %+v, %v", ev.Type, ch, err)
		}
	}
}

// TestEventsFromStripeMockDispute makes stripe-mock serve our dispute
// event as its event fixture, so a realistic charge.dispute.created goes
// through Stripe's API shape, stripe-go's pager and back to a Change.
func TestEventsFromStripeMockDispute(t *testing.T) {
	var ev map[string]any
	if err := json.Unmarshal(readFixture(t, "charge.dispute.created.json"), &ev); err != nil {
		t.Fatal(err)
	}
	fixtures, _ := json.Marshal(map[string]any{"resources": map[string]any{"event": ev}})
	path := filepath.Join(t.TempDir(), "fixtures.json")
	if err := os.WriteFile(path, fixtures, 0o600); err != nil {
		t.Fatal(err)
	}
	base := stripemock.Start(t, "-fixtures", path)
	seen := collect(t, NewClient("sk_test_123", base, nil), time.Unix(1795000000, 0), []string{"charge.dispute.created"})
	if len(seen) != 1 || seen[0].id != "evt_1QzK8nL3kB2vR9aXkC4d1VbP" {
		t.Fatalf("got %d events: %+v", len(seen), seen)
	}
	got, err := DecodeEvent(seen[0].raw)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := Changes(got)
	if err != nil || ch == nil || ch.Dispute == nil {
		t.Fatalf("Changes = %+v, %v", ch, err)
	}
	if want := "Dispute opened: product_not_received (Visa 13.1), USD 49.99, respond by 2026-12-03 14:00 UTC"; ch.NoticeText() != want {
		t.Errorf("NoticeText = %q, want %q", ch.NoticeText(), want)
	}
}

// fakeEventsAPI serves GET /v1/events from pages of raw event JSON the
// way Stripe pages: newest first, starting_after the last id seen.
type fakeEventsAPI struct {
	mu       sync.Mutex
	events   []json.RawMessage // newest first
	requests []*http.Request
	status   int
}

func (f *fakeEventsAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests = append(f.requests, r.Clone(context.Background()))
	w.Header().Set("Content-Type", "application/json")
	if f.status != 0 {
		w.WriteHeader(f.status)
		fmt.Fprint(w, `{"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_***123"}}`)
		return
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	start := 0
	if after := r.URL.Query().Get("starting_after"); after != "" {
		for i, e := range f.events {
			var head struct{ ID string }
			_ = json.Unmarshal(e, &head)
			if head.ID == after {
				start = i + 1
			}
		}
	}
	end := min(start+limit, len(f.events))
	var page bytes.Buffer
	page.WriteString(`{"object":"list","url":"/v1/events","data":[`)
	for i, e := range f.events[start:end] {
		if i > 0 {
			page.WriteString(",\n")
		}
		page.Write(e)
	}
	fmt.Fprintf(&page, `],"has_more":%t}`, end < len(f.events))
	w.Write(page.Bytes())
}

// TestEventsPagesAndPassesRawBytes checks the request Stripe receives
// (types[], created[gte], limit, starting_after) and that fn gets each
// event's bytes exactly as the page held them, across 2½ pages.
func TestEventsPagesAndPassesRawBytes(t *testing.T) {
	fake := &fakeEventsAPI{}
	for i := 250; i > 0; i-- {
		// Odd spacing and an unknown field survive only if bytes are passed through.
		fake.events = append(fake.events, json.RawMessage(fmt.Sprintf(
			`{"id":"evt_%03d",  "object":"event","type":"charge.failed","created":%d,"future_field":{"x":[1,2]},"data":{"object":{"id":"ch_%d","object":"charge"}}}`,
			i, 1795000000+i, i)))
	}
	srv := httptest.NewServer(fake)
	defer srv.Close()

	since := time.Unix(1795000000, 0)
	seen := collect(t, NewClient("sk_test_123", srv.URL, srv.Client()), since, nil)
	if len(seen) != 250 {
		t.Fatalf("got %d events, want 250", len(seen))
	}
	for i, s := range seen {
		if !bytes.Equal(s.raw, fake.events[i]) || s.id != fmt.Sprintf("evt_%03d", 250-i) {
			t.Fatalf("event %d: id %s raw %s", i, s.id, s.raw)
		}
	}
	if len(fake.requests) != 3 {
		t.Fatalf("%d requests, want 3", len(fake.requests))
	}
	for i, r := range fake.requests {
		q := r.URL.Query()
		var types []string
		for j := 0; q.Has("types[" + strconv.Itoa(j) + "]"); j++ {
			types = append(types, q.Get("types["+strconv.Itoa(j)+"]"))
		}
		if r.Method != http.MethodGet || r.URL.Path != "/v1/events" || q.Get("limit") != "100" ||
			q.Get("created[gte]") != "1795000000" || !slices.Equal(types, EventTypes()) ||
			r.Header.Get("Authorization") != "Bearer sk_test_123" {
			t.Errorf("request %d: %s %s auth %q", i, r.Method, r.URL, r.Header.Get("Authorization"))
		}
		wantAfter := []string{"", "evt_151", "evt_051"}[i]
		if q.Get("starting_after") != wantAfter {
			t.Errorf("request %d: starting_after %q, want %q", i, q.Get("starting_after"), wantAfter)
		}
	}
}

func TestEventsStopsOnCallbackError(t *testing.T) {
	fake := &fakeEventsAPI{events: []json.RawMessage{
		json.RawMessage(`{"id":"evt_2","object":"event","type":"refund.created","data":{"object":{}}}`),
		json.RawMessage(`{"id":"evt_1","object":"event","type":"refund.created","data":{"object":{}}}`),
	}}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	stop := errors.New("archive full")
	calls := 0
	err := NewClient("sk_test_123", srv.URL, srv.Client()).Events(context.Background(), time.Time{}, []string{"refund.created"},
		func([]byte, string) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
	if q := fake.requests[0].URL.Query(); q.Has("created[gte]") || q.Get("types[0]") != "refund.created" || q.Has("types[1]") {
		t.Errorf("query %s", fake.requests[0].URL.RawQuery)
	}
}

func TestEventsReportsStripeErrors(t *testing.T) {
	srv := httptest.NewServer(&fakeEventsAPI{status: http.StatusUnauthorized})
	defer srv.Close()
	err := NewClient("sk_test_bad", srv.URL, srv.Client()).Events(context.Background(), time.Time{}, nil,
		func([]byte, string) error { t.Fatal("fn called"); return nil })
	var se *stripego.Error
	if !errors.As(err, &se) || se.HTTPStatusCode != http.StatusUnauthorized {
		t.Fatalf("err = %v", err)
	}
}

func TestEventsRejectsTooManyTypes(t *testing.T) {
	types := make([]string, 21)
	for i := range types {
		types[i] = fmt.Sprintf("type.%d", i)
	}
	err := NewClient("sk_test_123", "http://127.0.0.1:1", nil).Events(context.Background(), time.Time{}, types,
		func([]byte, string) error { return nil })
	if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorMessage(err) != "at most 20 event types per listing, got 21" {
		t.Fatalf("err = %v", err)
	}
}
