package web

import (
	"net/http"
	"strings"
	"testing"

	"kefu"
)

// Every endpoint answers bad input with a 4xx problem naming what is wrong,
// never a 5xx and never a partial success.
func TestBadInputOnEveryEndpoint(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeUS, kefu.StatusOpen)
	_ = tk
	big := `{"subject":"` + strings.Repeat("x", 1<<20) + `"}`
	cases := []struct {
		name   string
		r      req
		status int
		code   string
		field  string
	}{
		// Tickets: create
		{"ticket wrong type", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":"one","subject":"x"}`}, 400, kefu.EINVALID, "store_id"},
		{"ticket bool as string", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","suspected_phishing":"yes"}`}, 400, kefu.EINVALID, "suspected_phishing"},
		{"ticket missing subject", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1}`}, 422, kefu.EINVALID, "subject"},
		{"ticket missing store", req{method: "POST", path: "/api/v1/tickets", body: `{"subject":"hi"}`}, 422, kefu.EINVALID, "store_id"},
		{"ticket unknown field", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","sbject":"y"}`}, 400, kefu.EINVALID, "sbject"},
		{"ticket nested unknown field", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","customer":{"identities":[],"emial":"a@b.c"}}`}, 400, kefu.EINVALID, "customer.emial"},
		{"ticket message cannot set author id", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","message":{"text":"hi","author_user_id":1}}`}, 400, kefu.EINVALID, "message.author_user_id"},
		{"ticket nested wrong type", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","customer":{"identities":[{"kind":7,"value":"a@b.c"}]}}`}, 400, kefu.EINVALID, "customer.identities.0.kind"},
		{"ticket bad status", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","status":"done"}`}, 422, kefu.EINVALID, "status"},
		{"ticket intent and notice", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","intent":"refund_request","notice_kind":"dispute_notice"}`}, 422, kefu.EINVALID, "notice_kind"},
		{"ticket unknown store", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":999,"subject":"x"}`}, 422, kefu.EINVALID, "store_id"},
		{"ticket other store for agent", req{method: "POST", path: "/api/v1/tickets", token: tokAgent, body: `{"store_id":2,"subject":"x"}`}, 422, kefu.EINVALID, "store_id"},
		{"ticket huge int", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1e400,"subject":"x"}`}, 400, kefu.EINVALID, "store_id"},
		{"ticket bad time", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","received_at":"yesterday"}`}, 400, kefu.EINVALID, "received_at"},
		{"ticket time as number", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x","received_at":17}`}, 400, kefu.EINVALID, "received_at"},
		{"ticket array body", req{method: "POST", path: "/api/v1/tickets", body: `[{"store_id":1}]`}, 400, kefu.EINVALID, ""},
		{"ticket trailing data", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x"} {"store_id":1}`}, 400, kefu.EINVALID, ""},
		{"ticket trailing garbage", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"x"}]`}, 400, kefu.EINVALID, ""},
		{"ticket syntax error", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,}`}, 400, kefu.EINVALID, ""},
		{"ticket truncated", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1`}, 400, kefu.EINVALID, ""},
		{"ticket empty body", req{method: "POST", path: "/api/v1/tickets", ctype: "application/json"}, 400, kefu.EINVALID, ""},
		{"ticket invalid UTF-8", req{method: "POST", path: "/api/v1/tickets", body: "{\"store_id\":1,\"subject\":\"caf\xe9\"}"}, 400, kefu.EINVALID, ""},
		{"ticket oversized", req{method: "PUT", path: "/api/v1/orders", body: big}, 413, kefu.ETOOLARGE, ""},
		{"ticket no content type", req{method: "POST", path: "/api/v1/tickets", ctype: "-", body: `{}`}, 415, kefu.EINVALID, ""},
		{"ticket form content type", req{method: "POST", path: "/api/v1/tickets", ctype: "application/x-www-form-urlencoded", body: `store_id=1`}, 415, kefu.EINVALID, ""},
		{"ticket latin1 charset", req{method: "POST", path: "/api/v1/tickets", ctype: "application/json; charset=latin1", body: `{}`}, 415, kefu.EINVALID, ""},
		{"ticket NUL in subject", req{method: "POST", path: "/api/v1/tickets", body: `{"store_id":1,"subject":"a\u0000b"}`}, 422, kefu.EINVALID, "subject"},

		// Tickets: list
		{"list bad status", req{method: "GET", path: "/api/v1/tickets?status=done"}, 400, kefu.EINVALID, "status"},
		{"list bad store", req{method: "GET", path: "/api/v1/tickets?store=us"}, 400, kefu.EINVALID, "store"},
		{"list bad time", req{method: "GET", path: "/api/v1/tickets?created_after=2024-01-01"}, 400, kefu.EINVALID, "created_after"},
		{"list bad limit", req{method: "GET", path: "/api/v1/tickets?limit=ten"}, 400, kefu.EINVALID, "limit"},
		{"list limit too big", req{method: "GET", path: "/api/v1/tickets?limit=1000"}, 400, kefu.EINVALID, "limit"},
		{"list limit zero", req{method: "GET", path: "/api/v1/tickets?limit=0"}, 400, kefu.EINVALID, "limit"},
		{"list bad sort", req{method: "GET", path: "/api/v1/tickets?sort=random"}, 400, kefu.EINVALID, "sort"},
		{"list bad phishing", req{method: "GET", path: "/api/v1/tickets?phishing=maybe"}, 400, kefu.EINVALID, "phishing"},
		{"list bad assignee", req{method: "GET", path: "/api/v1/tickets?assignee=lin"}, 400, kefu.EINVALID, "assignee"},
		{"list unknown param", req{method: "GET", path: "/api/v1/tickets?stauts=open"}, 400, kefu.EINVALID, "stauts"},
		{"list repeated single param", req{method: "GET", path: "/api/v1/tickets?q=a&q=b"}, 400, kefu.EINVALID, "q"},
		{"list invalid UTF-8", req{method: "GET", path: "/api/v1/tickets?q=%ff"}, 400, kefu.EINVALID, "q"},
		{"list bad escape", req{method: "GET", path: "/api/v1/tickets?q=%zz"}, 400, kefu.EINVALID, ""},
		{"list bad currency", req{method: "GET", path: "/api/v1/tickets?currency=dollars"}, 400, kefu.EINVALID, "currency"},

		// Tickets: one
		{"get unknown ticket", req{method: "GET", path: "/api/v1/tickets/424242"}, 404, kefu.ENOTFOUND, ""},
		{"patch unknown ticket", req{method: "PATCH", path: "/api/v1/tickets/424242", body: `{}`}, 404, kefu.ENOTFOUND, ""},
		{"patch wrong type", req{method: "PATCH", path: "/api/v1/tickets/1", body: `{"tags":"vip"}`}, 400, kefu.EINVALID, "tags"},
		{"patch unknown field", req{method: "PATCH", path: "/api/v1/tickets/1", body: `{"state":"open"}`}, 400, kefu.EINVALID, "state"},
		{"patch bad due", req{method: "PATCH", path: "/api/v1/tickets/1", body: `{"resolution_due":"tomorrow"}`}, 400, kefu.EINVALID, "resolution_due"},
		{"message unknown ticket", req{method: "POST", path: "/api/v1/tickets/424242/messages", body: `{"text":"hi"}`}, 404, kefu.ENOTFOUND, ""},
		{"message empty", req{method: "POST", path: "/api/v1/tickets/424242/messages", body: `{}`}, 404, kefu.ENOTFOUND, ""},
		{"message unknown field", req{method: "POST", path: "/api/v1/tickets/1/messages", body: `{"text":"hi","automated":true}`}, 400, kefu.EINVALID, "automated"},
		{"message bad base64", req{method: "POST", path: "/api/v1/tickets/1/messages", body: `{"text":"hi","attachments":[{"filename":"a.txt","data":"!!!"}]}`}, 400, kefu.EINVALID, "attachments.0.data"},

		// Customers
		{"customer no identity", req{method: "GET", path: "/api/v1/customers"}, 400, kefu.EINVALID, "identity"},
		{"customer bad email", req{method: "GET", path: "/api/v1/customers?identity=not@an@email"}, 400, kefu.EINVALID, "identity"},
		{"customer kind needed", req{method: "GET", path: "/api/v1/customers?identity=buyer42"}, 400, kefu.EINVALID, "kind"},
		{"customer bad kind", req{method: "GET", path: "/api/v1/customers?identity=x&kind=fax"}, 400, kefu.EINVALID, "kind"},
		{"customer unknown", req{method: "GET", path: "/api/v1/customers?identity=nobody@example.com"}, 404, kefu.ENOTFOUND, ""},
		{"customer unknown id", req{method: "GET", path: "/api/v1/customers/424242"}, 404, kefu.ENOTFOUND, ""},

		// Orders
		{"order unknown id", req{method: "GET", path: "/api/v1/orders/424242"}, 404, kefu.ENOTFOUND, ""},
		{"order list bad customer", req{method: "GET", path: "/api/v1/orders?customer=lin"}, 400, kefu.EINVALID, "customer"},
		{"order list unknown slug", req{method: "GET", path: "/api/v1/orders?store=nope"}, 404, kefu.ENOTFOUND, ""},
		{"order list unknown param", req{method: "GET", path: "/api/v1/orders?order=1"}, 400, kefu.EINVALID, "order"},
		{"order put wrong type", req{method: "PUT", path: "/api/v1/orders", body: `{"store_id":1,"number":"A1","currency":"USD","total_minor":"19.99"}`}, 400, kefu.EINVALID, "total_minor"},
		{"order put float amount", req{method: "PUT", path: "/api/v1/orders", body: `{"store_id":1,"number":"A1","currency":"USD","total_minor":19.99}`}, 400, kefu.EINVALID, "total_minor"},
		{"order put missing number", req{method: "PUT", path: "/api/v1/orders", body: `{"store_id":1,"currency":"USD"}`}, 422, kefu.EINVALID, "number"},
		{"order put bad card", req{method: "PUT", path: "/api/v1/orders", body: `{"store_id":1,"number":"A1","currency":"USD","card_last4":"42"}`}, 422, kefu.EINVALID, "card_last4"},
		{"order put unknown item field", req{method: "PUT", path: "/api/v1/orders", body: `{"store_id":1,"number":"A1","currency":"USD","items":[{"title":"x","qty":1}]}`}, 400, kefu.EINVALID, "items.0.qty"},
		{"order put bad shipped_at", req{method: "PUT", path: "/api/v1/orders", body: `{"store_id":1,"number":"A1","currency":"USD","shipments":[{"tracking_number":"1Z","shipped_at":"soon"}]}`}, 400, kefu.EINVALID, "shipments.0.shipped_at"},

		// Stores
		{"store unknown", req{method: "GET", path: "/api/v1/stores/424242"}, 404, kefu.ENOTFOUND, ""},
		{"store create bad slug", req{method: "POST", path: "/api/v1/stores", body: `{"slug":"Acme US","platform":"amazon","name":"x","timezone":"UTC","currency":"USD"}`}, 422, kefu.EINVALID, "slug"},
		{"store create bad tz", req{method: "POST", path: "/api/v1/stores", body: `{"slug":"x","platform":"amazon","name":"x","timezone":"Mars/Base","currency":"USD"}`}, 422, kefu.EINVALID, "timezone"},
		{"store create taken slug", req{method: "POST", path: "/api/v1/stores", body: `{"slug":"acme-us","platform":"amazon","name":"x","timezone":"UTC","currency":"USD"}`}, 409, kefu.ECONFLICT, ""},
		{"store create unknown field", req{method: "POST", path: "/api/v1/stores", body: `{"slug":"x","id":5}`}, 400, kefu.EINVALID, "id"},
		{"store secrets wrong type", req{method: "POST", path: "/api/v1/stores", body: `{"slug":"x","secrets":{"k":1}}`}, 400, kefu.EINVALID, "secrets"},
		{"store patch unknown", req{method: "PATCH", path: "/api/v1/stores/424242", body: `{}`}, 404, kefu.ENOTFOUND, ""},
		{"store patch bad currency", req{method: "PATCH", path: "/api/v1/stores/1", body: `{"currency":"usd"}`}, 422, kefu.EINVALID, "currency"},

		// Users
		{"user unknown", req{method: "GET", path: "/api/v1/users/424242"}, 404, kefu.ENOTFOUND, ""},
		{"user bad email", req{method: "POST", path: "/api/v1/users", body: `{"email":"nope","role":"agent"}`}, 422, kefu.EINVALID, "email"},
		{"user bad role", req{method: "POST", path: "/api/v1/users", body: `{"email":"a@example.com","role":"god"}`}, 422, kefu.EINVALID, "role"},
		{"user short password", req{method: "POST", path: "/api/v1/users", body: `{"email":"a@example.com","role":"agent","password":"short"}`}, 422, kefu.EINVALID, "password"},
		{"user store ids wrong type", req{method: "POST", path: "/api/v1/users", body: `{"email":"a@example.com","role":"agent","store_ids":["us"]}`}, 400, kefu.EINVALID, "store_ids.0"},
		{"user taken email", req{method: "POST", path: "/api/v1/users", body: `{"email":"lin@example.com","role":"agent"}`}, 409, kefu.ECONFLICT, ""},
		{"user password hash is not a field", req{method: "POST", path: "/api/v1/users", body: `{"email":"a@example.com","role":"agent","password_hash":"x"}`}, 400, kefu.EINVALID, "password_hash"},
		{"user patch unknown", req{method: "PATCH", path: "/api/v1/users/424242", body: `{}`}, 404, kefu.ENOTFOUND, ""},
		{"user patch bad locale", req{method: "PATCH", path: "/api/v1/users/12", body: `{"locale":"fr"}`}, 422, kefu.EINVALID, "locale"},

		// Tokens
		{"token no scopes", req{method: "POST", path: "/api/v1/tokens", body: `{"name":"ci"}`}, 422, kefu.EINVALID, "scopes"},
		{"token unknown scope", req{method: "POST", path: "/api/v1/tokens", body: `{"name":"ci","scopes":["root"]}`}, 422, kefu.EINVALID, "scopes"},
		{"token no name", req{method: "POST", path: "/api/v1/tokens", body: `{"scopes":["tickets:read"]}`}, 422, kefu.EINVALID, "name"},
		{"token scopes wrong type", req{method: "POST", path: "/api/v1/tokens", body: `{"name":"ci","scopes":"admin"}`}, 400, kefu.EINVALID, "scopes"},
		{"token expiry in the past", req{method: "POST", path: "/api/v1/tokens", body: `{"name":"ci","scopes":["admin"],"expires_at":"2001-01-01T00:00:00Z"}`}, 422, kefu.EINVALID, "expires_at"},
		{"token unknown owner", req{method: "POST", path: "/api/v1/tokens", body: `{"name":"ci","scopes":["tickets:read"],"user_id":424242}`}, 404, kefu.ENOTFOUND, ""},
		{"token revoke unknown", req{method: "DELETE", path: "/api/v1/tokens/424242"}, 404, kefu.ENOTFOUND, ""},
		{"token list bad user", req{method: "GET", path: "/api/v1/tokens?user=me"}, 400, kefu.EINVALID, "user"},

		// Audit
		{"audit bad entity id", req{method: "GET", path: "/api/v1/audit?entity_type=ticket&entity_id=x"}, 400, kefu.EINVALID, "entity_id"},
		{"audit id without type", req{method: "GET", path: "/api/v1/audit?entity_id=1"}, 400, kefu.EINVALID, "entity_id"},
		{"audit bad type", req{method: "GET", path: "/api/v1/audit?entity_type=ticket%20drop"}, 400, kefu.EINVALID, "entity_type"},
		{"audit bad limit", req{method: "GET", path: "/api/v1/audit?limit=-1"}, 400, kefu.EINVALID, "limit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.r.token == "" {
				c.r.token = tokAdmin
			}
			rec := e.do(c.r)
			wantProblem(t, rec, c.status, c.code, c.field)
		})
	}
	if n := len(e.fake.tickets); n != 1 {
		t.Errorf("bad requests created tickets: %d tickets", n)
	}
	if got := e.logs.String(); strings.Contains(got, `"level":"ERROR"`) {
		t.Errorf("bad input was logged as a server error:\n%s", got)
	}
}

func TestOversizedBodyIsTooLargeNamingTheLimit(t *testing.T) {
	e := newEnv(t)
	rec := e.do(req{method: "PATCH", path: "/api/v1/tickets/1", token: tokAdmin, body: `{"subject":"` + strings.Repeat("a", 2<<20) + `"}`})
	p := wantProblem(t, rec, http.StatusRequestEntityTooLarge, kefu.ETOOLARGE, "")
	if !strings.Contains(p.Detail, "1 MiB") {
		t.Fatalf("detail %q does not name the limit", p.Detail)
	}
}

func TestMaxBodyBytesOptionSetsTheLimit(t *testing.T) {
	e := newEnv(t)
	srv := NewServer(e.fake.services(), Options{MaxBodyBytes: 64, Registry: e.reg})
	e.srv = srv
	rec := e.do(req{method: "PATCH", path: "/api/v1/tickets/1", token: tokAdmin, body: `{"subject":"` + strings.Repeat("a", 100) + `"}`})
	p := wantProblem(t, rec, http.StatusRequestEntityTooLarge, kefu.ETOOLARGE, "")
	if !strings.Contains(p.Detail, "64 bytes") {
		t.Fatalf("detail %q does not name the limit", p.Detail)
	}
}

func TestInvalidUTF8ProblemGivesTheOffset(t *testing.T) {
	e := newEnv(t)
	rec := e.do(req{method: "POST", path: "/api/v1/tickets", token: tokAdmin, body: "{\"subject\":\"ab\xff\"}"})
	p := wantProblem(t, rec, http.StatusBadRequest, kefu.EINVALID, "")
	if !strings.Contains(p.Detail, "offset 14") {
		t.Fatalf("detail %q", p.Detail)
	}
}

func TestSyntaxErrorProblemGivesTheOffset(t *testing.T) {
	e := newEnv(t)
	rec := e.do(req{method: "POST", path: "/api/v1/tickets", token: tokAdmin, body: `{"subject": nope}`})
	p := wantProblem(t, rec, http.StatusBadRequest, kefu.EINVALID, "")
	if !strings.Contains(p.Detail, "offset 14") {
		t.Fatalf("detail %q", p.Detail)
	}
}

func TestTypeErrorProblemNamesTheExpectedType(t *testing.T) {
	e := newEnv(t)
	rec := e.do(req{method: "POST", path: "/api/v1/tickets", token: tokAdmin, body: `{"store_id":"1","subject":"x"}`})
	p := wantProblem(t, rec, http.StatusBadRequest, kefu.EINVALID, "store_id")
	if !strings.Contains(p.Detail, "integer") || !strings.Contains(p.Detail, "string") {
		t.Fatalf("detail %q", p.Detail)
	}
}
