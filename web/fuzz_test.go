package web

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"kefu"
)

// Bad input must never panic or be answered as a server error.
func checkClientError(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil && statusFor(err) >= 500 {
		t.Fatalf("%s: %d for client input: %v", what, statusFor(err), err)
	}
}

// requestBodies are the types the handlers decode request bodies into.
var requestBodies = []func() any{
	func() any { return new(ticketCreateRequest) },
	func() any { return new(kefu.TicketUpdate) },
	func() any { return new(messageRequest) },
	func() any { return new(kefu.Order) },
	func() any { return new(storeCreateRequest) },
	func() any { return new(kefu.StoreUpdate) },
	func() any { return new(userCreateRequest) },
	func() any { return new(kefu.UserUpdate) },
	func() any { return new(tokenCreateRequest) },
}

func FuzzDecodeJSON(f *testing.F) {
	for _, seed := range []string{
		`{"store_id":1,"subject":"x"}`,
		`{"store_id":"1"}`,
		`{"customer":{"identities":[{"kind":1}]}}`,
		`{"message":{"attachments":[{"filename":"a","data":"!!"}]}}`,
		`{"items":[{"title":"x","qty":1}],"shipments":[{"shipped_at":"x"}]}`,
		`{"received_at":5}`, `{"expires_at":"2024-13-01T00:00:00Z"}`,
		`{"secrets":{"a":1}}`, `{"store_ids":[1,"2"]}`, `{"tags":null}`,
		`[]`, `null`, `"x"`, `{} {}`, `{"a":1e999}`, "{\"subject\":\"\xff\"}", `{"TicketCreate":{}}`,
		`{"Subject":"case-insensitive"}`, `{"store_id":-0.0}`, `{"assignee_id":9223372036854775808}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, newDst := range requestBodies {
			dst := newDst()
			checkClientError(t, reflect.TypeOf(dst).String(), decodeJSONBytes(body, dst))
		}
	})
}

func FuzzTicketFilterQuery(f *testing.F) {
	for _, seed := range []string{
		"status=open,pending&store=1&store=2&tag=vip&assignee=me&limit=20",
		"created_after=2024-01-01T00:00:00Z&phishing=true&sort=sla_due",
		"q=%E9%80%80%E6%AC%BE&customer=a%40b.c", "limit=0", "limit=-1", "limit=99999999999999999999",
		"store=0", "assignee=none", "q=%ff", "%zz", "a;b", "stauts=open", "currency=usd&language=zh-Hans",
		"card_last4=12345&team=" + strings.Repeat("x", 300),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, rawQuery string) {
		r := &http.Request{Method: "GET", URL: &url.URL{Path: "/api/v1/tickets", RawQuery: rawQuery}}
		r = r.WithContext(kefu.WithActor(context.Background(), &kefu.Actor{User: &kefu.User{ID: 7, Role: kefu.RoleAgent}}))
		f, err := parseTicketFilter(r)
		checkClientError(t, "parseTicketFilter", err)
		if err == nil && (f.Limit < 1 || f.Limit > kefu.MaxPageSize) {
			t.Fatalf("accepted limit %d", f.Limit)
		}
	})
}

func FuzzImportCSV(f *testing.F) {
	f.Add("number,currency,total_minor\nA,USD,1\n")
	f.Add(importCSV)
	f.Add("number,currency\n\"A\"\"B\",USD\n\"unterminated,USD\n")
	f.Add("number,currency,placed_at\nA,USD,2024-05-01\n")
	f.Fuzz(func(t *testing.T, body string) {
		_, err := parseOrdersCSV(strings.NewReader(body), storeUS)
		checkClientError(t, "parseOrdersCSV", err)
	})
}

func FuzzImportNDJSON(f *testing.F) {
	f.Add(`{"number":"A","currency":"USD"}` + "\n")
	f.Add(`{"number":"A","currency":"USD","store_id":2}`)
	f.Add("\n\n{\"number\":")
	f.Fuzz(func(t *testing.T, body string) {
		_, err := parseOrdersNDJSON(strings.NewReader(body), storeUS)
		checkClientError(t, "parseOrdersNDJSON", err)
	})
}

// FuzzAPI sends arbitrary bodies and query strings to every route through
// the whole stack (as an admin, so scopes let everything through) and
// demands a non-5xx answer.
func FuzzAPI(f *testing.F) {
	f.Add(uint8(4), "", []byte(`{"store_id":1,"subject":"x"}`))
	f.Add(uint8(8), "", []byte(`{"text":"hi","attachments":[{"filename":"a","data":"aGk="}]}`))
	f.Add(uint8(13), "store=1", []byte("number,currency\nA,USD\n"))
	f.Add(uint8(11), "store=acme-us&limit=3", []byte(nil))
	f.Add(uint8(23), "", []byte(`{"name":"x","scopes":["admin"]}`))
	f.Add(uint8(9), "identity=%2B6681&kind=phone", []byte(nil))
	e := newEnv(f)
	e.seedTicket(storeUS, kefu.StatusOpen)
	routes := e.srv.routes()
	f.Fuzz(func(t *testing.T, which uint8, rawQuery string, body []byte) {
		rt := routes[int(which)%len(routes)]
		ctype := "application/json"
		if strings.HasSuffix(rt.path, "/import") {
			ctype = []string{"text/csv", "application/x-ndjson"}[int(which)/len(routes)%2]
		}
		r := &http.Request{
			Method: rt.method, Header: http.Header{"Content-Type": {ctype}, "Authorization": {"Bearer " + tokAdmin}},
			URL:  &url.URL{Path: concretePath(rt.path), RawQuery: rawQuery},
			Body: httpBody(body), ContentLength: int64(len(body)), Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
			RequestURI: concretePath(rt.path), Host: "example.com",
		}
		r = r.WithContext(context.Background())
		rec := httptest.NewRecorder()
		e.srv.Handler().ServeHTTP(rec, r)
		if rec.Code >= 500 && rt.path != "/readyz" {
			t.Fatalf("%s?%s with %q = %d: %s", rt.pattern(), rawQuery, body, rec.Code, rec.Body)
		}
	})
}

type nopCloser struct{ *bytes.Reader }

func (nopCloser) Close() error { return nil }

func httpBody(b []byte) nopCloser { return nopCloser{bytes.NewReader(b)} }
