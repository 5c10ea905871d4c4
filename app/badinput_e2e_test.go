package app

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"kefu"
)

// The promise, proved through the real App on real storage:
// "Every endpoint and command is tried with wrong types, missing fields,
// oversized values, invalid UTF-8, SQL and HTML in strings, and unknown
// ids: a precise 4xx, nothing changed."

const (
	sqlDrop = "'; DROP TABLE tickets; --"
	sqlOr   = "1 OR 1=1"
	xss     = "<script>alert(1)</script>"
)

// q escapes a query value.
func q(s string) string { return url.QueryEscape(s) }

// js quotes a Go string as a JSON string.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

type badCase struct {
	name   string
	r      req
	status int
	code   string
	field  string // checked when not empty
	line   int    // checked when not 0 (imports)
}

func badCases(e *e2e) []badCase {
	S, T, O, C, U, K := e.store.ID, e.ticket.ID, e.order.ID, e.customer, e.admin.ID, e.tokenID
	const unknown = 424242
	const maxInt = "9223372036854775807"
	const overflow = "9223372036854775808"
	f := fmt.Sprintf
	long := func(n int) string { return strings.Repeat("a", n) }
	post := func(path, body string) req { return req{method: "POST", path: path, body: body} }
	put := func(path, body string) req { return req{method: "PUT", path: path, body: body} }
	patch := func(path, body string) req { return req{method: "PATCH", path: path, body: body} }
	get := func(path string) req { return req{method: "GET", path: path} }
	del := func(path string) req { return req{method: "DELETE", path: path} }
	csv := func(store, body string) req {
		return req{method: "POST", path: "/api/v1/orders/import?store=" + store, body: body, ctype: "text/csv"}
	}
	ndjson := func(body string) req {
		return req{method: "POST", path: "/api/v1/orders/import?store=acme-us", body: body, ctype: "application/x-ndjson"}
	}
	ticket := f("/api/v1/tickets/%d", T)
	messages := f("/api/v1/tickets/%d/messages", T)
	store := f("/api/v1/stores/%d", S)
	user := f("/api/v1/users/%d", U)
	order := func(extra string) string {
		return f(`{"store_id":%d,"number":"A-1","currency":"USD"%s}`, S, extra)
	}
	newTicket := func(extra string) string { return f(`{"store_id":%d,"subject":"hi"%s}`, S, extra) }
	newStore := func(extra string) string {
		return `{"slug":"new-store","platform":"shopee","name":"New","timezone":"Asia/Singapore","currency":"SGD"` + extra + `}`
	}
	newUser := func(extra string) string { return `{"email":"new@example.com","role":"agent"` + extra + `}` }
	manyTags := `"tags":[` + strings.TrimSuffix(strings.Repeat(`"t",`, 1), ",")
	for i := range 50 {
		manyTags += f(`,"t%d"`, i)
	}
	manyTags += `]`
	manyMessages := `"messages":[` + strings.TrimSuffix(strings.Repeat(`{"text":"x"},`, 501), ",") + `]`
	manyItems := `"items":[` + strings.TrimSuffix(strings.Repeat(`{"title":"x","quantity":1,"price_minor":1},`, 501), ",") + `]`
	manyIdents := `"customer":{"identities":[`
	for i := range 21 {
		if i > 0 {
			manyIdents += ","
		}
		manyIdents += f(`{"kind":"email","value":"b%d@example.com"}`, i)
	}
	manyIdents += `]}`
	manySecrets := `"secrets":{`
	for i := range 51 {
		if i > 0 {
			manySecrets += ","
		}
		manySecrets += f(`"k%d":"v"`, i)
	}
	manySecrets += `}`
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	oneMiB := 1 << 20
	bigAttachment := base64.StdEncoding.EncodeToString(make([]byte, 10<<20+16))
	csvRows := func(n int) func() io.Reader {
		return func() io.Reader {
			var b strings.Builder
			b.WriteString("number,currency\n")
			for i := range n {
				fmt.Fprintf(&b, "N%d,USD\n", i)
			}
			return strings.NewReader(b.String())
		}
	}

	return []badCase{
		// ---- GET /api/v1/tickets ----
		{"list: unknown status", get("/api/v1/tickets?status=done"), 400, kefu.EINVALID, "status", 0},
		{"list: SQL in status", get("/api/v1/tickets?status=" + q(sqlDrop)), 400, kefu.EINVALID, "status", 0},
		{"list: store not numeric", get("/api/v1/tickets?store=us"), 400, kefu.EINVALID, "store", 0},
		{"list: SQL in store", get("/api/v1/tickets?store=" + q(sqlOr)), 400, kefu.EINVALID, "store", 0},
		{"list: negative store", get("/api/v1/tickets?store=-1"), 400, kefu.EINVALID, "store", 0},
		{"list: store overflows int64", get("/api/v1/tickets?store=" + overflow), 400, kefu.EINVALID, "store", 0},
		{"list: bad created_after", get("/api/v1/tickets?created_after=yesterday"), 400, kefu.EINVALID, "created_after", 0},
		{"list: date without time", get("/api/v1/tickets?created_before=2024-01-01"), 400, kefu.EINVALID, "created_before", 0},
		{"list: month 13", get("/api/v1/tickets?updated_before=2024-13-01T00:00:00Z"), 400, kefu.EINVALID, "updated_before", 0},
		{"list: HTML as time", get("/api/v1/tickets?sla_due_before=" + q(xss)), 400, kefu.EINVALID, "sla_due_before", 0},
		{"list: limit not a number", get("/api/v1/tickets?limit=ten"), 400, kefu.EINVALID, "limit", 0},
		{"list: limit zero", get("/api/v1/tickets?limit=0"), 400, kefu.EINVALID, "limit", 0},
		{"list: limit negative", get("/api/v1/tickets?limit=-5"), 400, kefu.EINVALID, "limit", 0},
		{"list: limit too big", get("/api/v1/tickets?limit=201"), 400, kefu.EINVALID, "limit", 0},
		{"list: limit overflows", get("/api/v1/tickets?limit=" + overflow + "0"), 400, kefu.EINVALID, "limit", 0},
		{"list: SQL in sort", get("/api/v1/tickets?sort=" + q("id; DROP TABLE tickets")), 400, kefu.EINVALID, "sort", 0},
		{"list: bad phishing", get("/api/v1/tickets?phishing=maybe"), 400, kefu.EINVALID, "phishing", 0},
		{"list: SQL in assignee", get("/api/v1/tickets?assignee=" + q(sqlOr)), 400, kefu.EINVALID, "assignee", 0},
		{"list: negative assignee", get("/api/v1/tickets?assignee=-1"), 400, kefu.EINVALID, "assignee", 0},
		{"list: unknown parameter", get("/api/v1/tickets?stauts=open"), 400, kefu.EINVALID, "stauts", 0},
		{"list: repeated single parameter", get("/api/v1/tickets?q=a&q=b"), 400, kefu.EINVALID, "q", 0},
		{"list: percent-encoded invalid UTF-8", get("/api/v1/tickets?q=%ff%fe"), 400, kefu.EINVALID, "q", 0},
		{"list: raw invalid UTF-8 byte", get("/api/v1/tickets?q=caf\xe9"), 400, kefu.EINVALID, "q", 0},
		{"list: raw invalid UTF-8 in customer", get("/api/v1/tickets?customer=\xff@example.com"), 400, kefu.EINVALID, "customer", 0},
		{"list: invalid UTF-8 parameter name", get("/api/v1/tickets?%ff=1"), 400, kefu.EINVALID, "", 0},
		{"list: NUL in q", get("/api/v1/tickets?q=a%00b"), 400, kefu.EINVALID, "q", 0},
		{"list: bad percent escape", get("/api/v1/tickets?q=%zz"), 400, kefu.EINVALID, "", 0},
		{"list: q too long", get("/api/v1/tickets?q=" + long(501)), 400, kefu.EINVALID, "q", 0},
		{"list: team too long", get("/api/v1/tickets?team=" + long(201)), 400, kefu.EINVALID, "team", 0},
		{"list: tag too long", get("/api/v1/tickets?tag=" + long(65)), 400, kefu.EINVALID, "tag", 0},
		{"list: card_last4 too long", get("/api/v1/tickets?card_last4=12345"), 400, kefu.EINVALID, "card_last4", 0},
		{"list: bad currency", get("/api/v1/tickets?currency=dollars"), 400, kefu.EINVALID, "currency", 0},
		{"list: HTML as language", get("/api/v1/tickets?language=" + q(xss)), 400, kefu.EINVALID, "language", 0},
		{"list: SQL in platform", get("/api/v1/tickets?platform=" + q(sqlDrop)), 400, kefu.EINVALID, "platform", 0},
		{"list: garbage cursor", get("/api/v1/tickets?cursor=garbage!"), 400, kefu.EINVALID, "cursor", 0},
		{"list: forged cursor", get("/api/v1/tickets?cursor=" + base64.RawURLEncoding.EncodeToString([]byte("updated:"+sqlOr+":1"))), 400, kefu.EINVALID, "cursor", 0},
		{"list: cursor of another sort", get("/api/v1/tickets?sort=created&cursor=" + base64.RawURLEncoding.EncodeToString([]byte("updated:1:1"))), 400, kefu.EINVALID, "cursor", 0},
		{"list: bad search cursor", get("/api/v1/tickets?q=order&cursor=" + base64.RawURLEncoding.EncodeToString([]byte("search:-1"))), 400, kefu.EINVALID, "cursor", 0},
		{"list: cursor too long", get("/api/v1/tickets?cursor=" + long(501)), 400, kefu.EINVALID, "cursor", 0},

		// ---- POST /api/v1/tickets ----
		{"create: store_id as string", post("/api/v1/tickets", `{"store_id":"1","subject":"x"}`), 400, kefu.EINVALID, "store_id", 0},
		{"create: SQL as store_id", post("/api/v1/tickets", `{"store_id":`+js(sqlOr)+`,"subject":"x"}`), 400, kefu.EINVALID, "store_id", 0},
		{"create: subject as number", post("/api/v1/tickets", f(`{"store_id":%d,"subject":42}`, S)), 400, kefu.EINVALID, "subject", 0},
		{"create: tags as string", post("/api/v1/tickets", newTicket(`,"tags":"vip"`)), 400, kefu.EINVALID, "tags", 0},
		{"create: tag as number", post("/api/v1/tickets", newTicket(`,"tags":["a",7]`)), 400, kefu.EINVALID, "tags.1", 0},
		{"create: phishing as string", post("/api/v1/tickets", newTicket(`,"suspected_phishing":"yes"`)), 400, kefu.EINVALID, "suspected_phishing", 0},
		{"create: amount as float", post("/api/v1/tickets", newTicket(`,"amount_minor":19.99`)), 400, kefu.EINVALID, "amount_minor", 0},
		{"create: customer as string", post("/api/v1/tickets", newTicket(`,"customer":"lin@example.com"`)), 400, kefu.EINVALID, "customer", 0},
		{"create: message as string", post("/api/v1/tickets", newTicket(`,"message":"hi"`)), 400, kefu.EINVALID, "message", 0},
		{"create: store_id overflows", post("/api/v1/tickets", `{"store_id":`+overflow+`,"subject":"x"}`), 400, kefu.EINVALID, "store_id", 0},
		{"create: store_id 1e400", post("/api/v1/tickets", `{"store_id":1e400,"subject":"x"}`), 400, kefu.EINVALID, "store_id", 0},
		{"create: empty object", post("/api/v1/tickets", `{}`), 422, kefu.EINVALID, "store_id", 0},
		{"create: null body", post("/api/v1/tickets", `null`), 422, kefu.EINVALID, "store_id", 0},
		{"create: missing subject", post("/api/v1/tickets", f(`{"store_id":%d}`, S)), 422, kefu.EINVALID, "subject", 0},
		{"create: blank subject", post("/api/v1/tickets", f(`{"store_id":%d,"subject":"  \t "}`, S)), 422, kefu.EINVALID, "subject", 0},
		{"create: NUL in subject", post("/api/v1/tickets", f(`{"store_id":%d,"subject":"a\u0000b"}`, S)), 422, kefu.EINVALID, "subject", 0},
		{"create: subject too long", post("/api/v1/tickets", f(`{"store_id":%d,"subject":%q}`, S, long(501))), 422, kefu.EINVALID, "subject", 0},
		{"create: raw invalid UTF-8", post("/api/v1/tickets", f("{\"store_id\":%d,\"subject\":\"caf\xe9 \xff\"}", S)), 400, kefu.EINVALID, "", 0},
		{"create: unknown field", post("/api/v1/tickets", newTicket(`,"id":7`)), 400, kefu.EINVALID, "id", 0},
		{"create: message author id", post("/api/v1/tickets", newTicket(`,"message":{"text":"x","author_user_id":1}`)), 400, kefu.EINVALID, "message.author_user_id", 0},
		{"create: message automated", post("/api/v1/tickets", newTicket(`,"message":{"text":"x","automated":true}`)), 400, kefu.EINVALID, "message.automated", 0},
		{"create: negative store_id", post("/api/v1/tickets", `{"store_id":-1,"subject":"x"}`), 422, kefu.EINVALID, "store_id", 0},
		{"create: unknown store_id", post("/api/v1/tickets", f(`{"store_id":%d,"subject":"x"}`, unknown)), 422, kefu.EINVALID, "store_id", 0},
		{"create: max int store_id", post("/api/v1/tickets", `{"store_id":`+maxInt+`,"subject":"x"}`), 422, kefu.EINVALID, "store_id", 0},
		{"create: unknown assignee", post("/api/v1/tickets", newTicket(f(`,"assignee_id":%d`, unknown))), 422, kefu.EINVALID, "assignee_id", 0},
		{"create: negative assignee", post("/api/v1/tickets", newTicket(`,"assignee_id":-5`)), 422, kefu.EINVALID, "assignee_id", 0},
		{"create: SQL as status", post("/api/v1/tickets", newTicket(`,"status":`+js(sqlDrop))), 422, kefu.EINVALID, "status", 0},
		{"create: HTML as priority", post("/api/v1/tickets", newTicket(`,"priority":`+js(xss))), 422, kefu.EINVALID, "priority", 0},
		{"create: unknown intent", post("/api/v1/tickets", newTicket(`,"intent":"complaint"`)), 422, kefu.EINVALID, "intent", 0},
		{"create: intent and notice", post("/api/v1/tickets", newTicket(`,"intent":"refund_request","notice_kind":"dispute_notice"`)), 422, kefu.EINVALID, "notice_kind", 0},
		{"create: SQL as language", post("/api/v1/tickets", newTicket(`,"language":"en'--"`)), 422, kefu.EINVALID, "language", 0},
		{"create: HTML as channel", post("/api/v1/tickets", newTicket(`,"channel":`+js(xss))), 422, kefu.EINVALID, "channel", 0},
		{"create: lower-case currency", post("/api/v1/tickets", newTicket(`,"currency":"usd"`)), 422, kefu.EINVALID, "currency", 0},
		{"create: negative amount", post("/api/v1/tickets", newTicket(`,"amount_minor":-1`)), 422, kefu.EINVALID, "amount_minor", 0},
		{"create: 51 tags", post("/api/v1/tickets", newTicket(","+manyTags)), 422, kefu.EINVALID, "tags", 0},
		{"create: tag too long", post("/api/v1/tickets", newTicket(`,"tags":["`+long(65)+`"]`)), 422, kefu.EINVALID, "tags", 0},
		{"create: tag with comma", post("/api/v1/tickets", newTicket(`,"tags":["a,b"]`)), 422, kefu.EINVALID, "tags", 0},
		{"create: case_id too long", post("/api/v1/tickets", newTicket(`,"case_id":"`+long(201)+`"`)), 422, kefu.EINVALID, "case_id", 0},
		{"create: order_number with NUL", post("/api/v1/tickets", newTicket(`,"order_number":"A\u0000"`)), 422, kefu.EINVALID, "order_number", 0},
		{"create: identity kind unknown", post("/api/v1/tickets", newTicket(`,"customer":{"identities":[{"kind":"fax","value":"1"}]}`)), 422, kefu.EINVALID, "identities", 0},
		{"create: HTML as email identity", post("/api/v1/tickets", newTicket(`,"customer":{"identities":[{"kind":"email","value":`+js(xss)+`}]}`)), 422, kefu.EINVALID, "identities", 0},
		{"create: SQL as phone identity", post("/api/v1/tickets", newTicket(`,"customer":{"identities":[{"kind":"phone","value":`+js(sqlDrop)+`}]}`)), 422, kefu.EINVALID, "identities", 0},
		{"create: 21 identities", post("/api/v1/tickets", newTicket(","+manyIdents)), 422, kefu.EINVALID, "identities", 0},
		{"create: customer name too long", post("/api/v1/tickets", newTicket(`,"customer":{"name":"`+long(201)+`","identities":[]}`)), 422, kefu.EINVALID, "name", 0},
		{"create: bad received_at", post("/api/v1/tickets", newTicket(`,"received_at":"yesterday"`)), 400, kefu.EINVALID, "received_at", 0},
		{"create: February 30th", post("/api/v1/tickets", newTicket(`,"received_at":"2024-02-30T00:00:00Z"`)), 400, kefu.EINVALID, "received_at", 0},
		{"create: time as number", post("/api/v1/tickets", newTicket(`,"resolution_due":17`)), 400, kefu.EINVALID, "resolution_due", 0},
		{"create: message direction", post("/api/v1/tickets", newTicket(`,"message":{"direction":"sideways","text":"x"}`)), 422, kefu.EINVALID, "", 0},
		{"create: message without text", post("/api/v1/tickets", newTicket(`,"message":{}`)), 422, kefu.EINVALID, "message.text", 0},
		{"create: message text too long", post("/api/v1/tickets", newTicket(`,"message":{"text":"`+long(kefu.MaxBodyLen+1)+`"}`)), 422, kefu.EINVALID, "", 0},
		{"create: 501 history messages", post("/api/v1/tickets", newTicket(","+manyMessages)), 422, kefu.EINVALID, "messages", 0},
		{"create: bad base64 attachment", post("/api/v1/tickets", newTicket(`,"message":{"text":"x","attachments":[{"filename":"a.txt","data":"!!!"}]}`)), 400, kefu.EINVALID, "message.attachments.0.data", 0},
		{"create: attachment without name writes no blob", post("/api/v1/tickets", newTicket(`,"message":{"text":"x","attachments":[{"filename":"","data":"eA=="}]}`)), 422, kefu.EINVALID, "message.attachments", 0},
		{"create: valid attachment, bad ticket writes no blob", post("/api/v1/tickets", f(`{"store_id":%d,"subject":"","message":{"text":"x","attachments":[{"filename":"a.txt","data":"eA=="}]}}`, S)), 422, kefu.EINVALID, "subject", 0},
		{"create: array body", post("/api/v1/tickets", `[`+newTicket("")+`]`), 400, kefu.EINVALID, "", 0},
		{"create: two values", post("/api/v1/tickets", newTicket("")+newTicket("")), 400, kefu.EINVALID, "", 0},
		{"create: truncated", post("/api/v1/tickets", `{"store_id":1`), 400, kefu.EINVALID, "", 0},
		{"create: nested 20000 deep", post("/api/v1/tickets", deep), 400, kefu.EINVALID, "", 0},
		{"create: empty body", req{method: "POST", path: "/api/v1/tickets", ctype: "application/json"}, 400, kefu.EINVALID, "", 0},
		{"create: no content type", req{method: "POST", path: "/api/v1/tickets", body: newTicket(""), ctype: "-"}, 415, kefu.EINVALID, "", 0},
		{"create: form content type", req{method: "POST", path: "/api/v1/tickets", body: "store_id=1&subject=x", ctype: "application/x-www-form-urlencoded"}, 415, kefu.EINVALID, "", 0},
		{"create: latin1 charset", req{method: "POST", path: "/api/v1/tickets", body: newTicket(""), ctype: "application/json; charset=latin1"}, 415, kefu.EINVALID, "", 0},
		{"create: body over 40 MiB", req{method: "POST", path: "/api/v1/tickets", stream: func() io.Reader {
			return repeatReader(f(`{"store_id":%d,"subject":"`, S), 'a', 40<<20+1024, `"}`)
		}}, 413, kefu.ETOOLARGE, "", 0},

		// ---- GET /api/v1/tickets/{id} ----
		{"get ticket: not numeric", get("/api/v1/tickets/abc"), 400, kefu.EINVALID, "id", 0},
		{"get ticket: negative", get("/api/v1/tickets/-1"), 400, kefu.EINVALID, "id", 0},
		{"get ticket: zero", get("/api/v1/tickets/0"), 400, kefu.EINVALID, "id", 0},
		{"get ticket: overflows", get("/api/v1/tickets/" + overflow), 400, kefu.EINVALID, "id", 0},
		{"get ticket: exponent", get("/api/v1/tickets/1e3"), 400, kefu.EINVALID, "id", 0},
		{"get ticket: SQL", get("/api/v1/tickets/" + url.PathEscape(sqlOr)), 400, kefu.EINVALID, "id", 0},
		{"get ticket: SQL drop", get("/api/v1/tickets/" + url.PathEscape("1;"+sqlDrop)), 400, kefu.EINVALID, "id", 0},
		{"get ticket: HTML", get("/api/v1/tickets/" + url.PathEscape(xss)), 400, kefu.EINVALID, "id", 0},
		{"get ticket: invalid UTF-8", get("/api/v1/tickets/%ff"), 400, kefu.EINVALID, "id", 0},
		{"get ticket: unknown", get(f("/api/v1/tickets/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"get ticket: max int", get("/api/v1/tickets/" + maxInt), 404, kefu.ENOTFOUND, "", 0},

		// ---- PATCH /api/v1/tickets/{id} ----
		{"patch ticket: not numeric", patch("/api/v1/tickets/abc", `{}`), 400, kefu.EINVALID, "id", 0},
		{"patch ticket: SQL id", patch("/api/v1/tickets/"+url.PathEscape(sqlOr), `{"status":"closed"}`), 400, kefu.EINVALID, "id", 0},
		{"patch ticket: unknown", patch(f("/api/v1/tickets/%d", unknown), `{"status":"open"}`), 404, kefu.ENOTFOUND, "", 0},
		{"patch ticket: subject as number", patch(ticket, `{"subject":5}`), 400, kefu.EINVALID, "subject", 0},
		{"patch ticket: tags as string", patch(ticket, `{"tags":"vip"}`), 400, kefu.EINVALID, "tags", 0},
		{"patch ticket: unknown field", patch(ticket, `{"state":"open"}`), 400, kefu.EINVALID, "state", 0},
		{"patch ticket: read-only field", patch(ticket, `{"message_count":0}`), 400, kefu.EINVALID, "message_count", 0},
		{"patch ticket: blank subject", patch(ticket, `{"subject":""}`), 422, kefu.EINVALID, "subject", 0},
		{"patch ticket: NUL subject", patch(ticket, `{"subject":"\u0000"}`), 422, kefu.EINVALID, "subject", 0},
		{"patch ticket: subject too long", patch(ticket, `{"subject":"`+long(501)+`"}`), 422, kefu.EINVALID, "subject", 0},
		{"patch ticket: SQL status", patch(ticket, `{"status":`+js(sqlDrop)+`}`), 422, kefu.EINVALID, "status", 0},
		{"patch ticket: HTML priority", patch(ticket, `{"priority":`+js(xss)+`}`), 422, kefu.EINVALID, "priority", 0},
		{"patch ticket: negative assignee", patch(ticket, `{"assignee_id":-1}`), 422, kefu.EINVALID, "assignee_id", 0},
		{"patch ticket: unknown assignee", patch(ticket, f(`{"assignee_id":%d}`, unknown)), 422, kefu.EINVALID, "assignee_id", 0},
		{"patch ticket: unknown order", patch(ticket, f(`{"order_id":%d}`, unknown)), 422, kefu.EINVALID, "order_id", 0},
		{"patch ticket: negative order", patch(ticket, `{"order_id":-1}`), 422, kefu.EINVALID, "order_id", 0},
		{"patch ticket: 51 tags", patch(ticket, "{"+manyTags+"}"), 422, kefu.EINVALID, "tags", 0},
		{"patch ticket: add tag with comma", patch(ticket, `{"add_tags":["a,b"]}`), 422, kefu.EINVALID, "tags", 0},
		{"patch ticket: remove empty tag", patch(ticket, `{"remove_tags":[""]}`), 422, kefu.EINVALID, "tags", 0},
		{"patch ticket: bad language", patch(ticket, `{"language":"english!"}`), 422, kefu.EINVALID, "language", 0},
		{"patch ticket: bad due", patch(ticket, `{"resolution_due":"tomorrow"}`), 400, kefu.EINVALID, "resolution_due", 0},
		{"patch ticket: raw invalid UTF-8", patch(ticket, "{\"subject\":\"\xff\"}"), 400, kefu.EINVALID, "", 0},
		{"patch ticket: text content type", req{method: "PATCH", path: ticket, body: `{}`, ctype: "text/plain"}, 415, kefu.EINVALID, "", 0},
		{"patch ticket: over 1 MiB", req{method: "PATCH", path: ticket, stream: func() io.Reader {
			return repeatReader(`{"subject":"`, 'a', int64(oneMiB), `"}`)
		}}, 413, kefu.ETOOLARGE, "", 0},
		{"patch ticket: read-only token", req{method: "PATCH", path: ticket, body: `{"status":"open"}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- POST /api/v1/tickets/{id}/messages ----
		{"message: ticket id not numeric", post("/api/v1/tickets/x/messages", `{"text":"hi"}`), 400, kefu.EINVALID, "id", 0},
		{"message: ticket id SQL", post("/api/v1/tickets/"+url.PathEscape(sqlDrop)+"/messages", `{"text":"hi"}`), 400, kefu.EINVALID, "id", 0},
		{"message: unknown ticket", post(f("/api/v1/tickets/%d/messages", unknown), `{"text":"hi"}`), 404, kefu.ENOTFOUND, "", 0},
		{"message: unknown ticket with attachment writes no blob", post(f("/api/v1/tickets/%d/messages", unknown), `{"text":"hi","attachments":[{"filename":"a.txt","data":"eA=="}]}`), 404, kefu.ENOTFOUND, "", 0},
		{"message: empty", post(messages, `{}`), 422, kefu.EINVALID, "text", 0},
		{"message: text as number", post(messages, `{"text":5}`), 400, kefu.EINVALID, "text", 0},
		{"message: unknown field", post(messages, `{"text":"hi","delivery_state":"sent"}`), 400, kefu.EINVALID, "delivery_state", 0},
		{"message: SQL direction", post(messages, `{"direction":`+js(sqlDrop)+`,"text":"x"}`), 422, kefu.EINVALID, "direction", 0},
		{"message: HTML channel", post(messages, `{"channel":`+js(xss)+`,"text":"x"}`), 422, kefu.EINVALID, "channel", 0},
		{"message: NUL text", post(messages, `{"text":"\u0000"}`), 422, kefu.EINVALID, "text", 0},
		{"message: text too long", post(messages, `{"text":"`+long(kefu.MaxBodyLen+1)+`"}`), 422, kefu.EINVALID, "text", 0},
		{"message: html too long", post(messages, `{"html":"`+long(kefu.MaxBodyLen+1)+`"}`), 422, kefu.EINVALID, "html", 0},
		{"message: external_id too long", post(messages, `{"text":"x","external_id":"`+long(501)+`"}`), 422, kefu.EINVALID, "external_id", 0},
		{"message: author_name too long", post(messages, `{"text":"x","author_name":"`+long(201)+`"}`), 422, kefu.EINVALID, "author_name", 0},
		{"message: raw invalid UTF-8", post(messages, "{\"text\":\"\xc3\x28\"}"), 400, kefu.EINVALID, "", 0},
		{"message: bad base64", post(messages, `{"text":"x","attachments":[{"filename":"a.txt","data":"!!!"}]}`), 400, kefu.EINVALID, "attachments.0.data", 0},
		{"message: attachment over 10 MiB", post(messages, `{"text":"x","attachments":[{"filename":"a.bin","data":"`+bigAttachment+`"}]}`), 413, kefu.ETOOLARGE, "attachments.0.data", 0},
		{"message: attachment name with NUL writes no blob", post(messages, `{"text":"x","attachments":[{"filename":"a\u0000.txt","data":"eA=="}]}`), 422, kefu.EINVALID, "attachments", 0},
		{"message: read-only token", req{method: "POST", path: messages, body: `{"text":"x"}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- GET /api/v1/customers ----
		{"customers: no identity", get("/api/v1/customers"), 400, kefu.EINVALID, "identity", 0},
		{"customers: SQL without kind", get("/api/v1/customers?identity=" + q(sqlOr)), 400, kefu.EINVALID, "kind", 0},
		{"customers: SQL email", get("/api/v1/customers?identity=" + q("' OR '1'='1@example.com")), 400, kefu.EINVALID, "identity", 0},
		{"customers: HTML email", get("/api/v1/customers?identity=" + q(xss+"@example.com")), 400, kefu.EINVALID, "identity", 0},
		{"customers: unknown kind", get("/api/v1/customers?identity=x&kind=fax"), 400, kefu.EINVALID, "kind", 0},
		{"customers: SQL phone", get("/api/v1/customers?kind=phone&identity=" + q(sqlDrop)), 400, kefu.EINVALID, "identity", 0},
		{"customers: buyer id without platform", get("/api/v1/customers?kind=buyer_id&identity=buyer42"), 400, kefu.EINVALID, "identity", 0},
		{"customers: SQL platform", get("/api/v1/customers?kind=buyer_id&identity=buyer42&platform=" + q(sqlOr)), 400, kefu.EINVALID, "identity", 0},
		{"customers: invalid UTF-8", get("/api/v1/customers?identity=%ff@example.com"), 400, kefu.EINVALID, "identity", 0},
		{"customers: NUL", get("/api/v1/customers?identity=a%00@example.com"), 400, kefu.EINVALID, "identity", 0},
		{"customers: unknown parameter", get("/api/v1/customers?email=lin@example.com"), 400, kefu.EINVALID, "email", 0},
		{"customers: repeated identity", get("/api/v1/customers?identity=a@example.com&identity=b@example.com"), 400, kefu.EINVALID, "identity", 0},
		{"customers: unknown email", get("/api/v1/customers?identity=nobody@example.com"), 404, kefu.ENOTFOUND, "", 0},
		{"customers: SQL-ish valid email unknown", get("/api/v1/customers?identity=" + q("x'--@example.com")), 404, kefu.ENOTFOUND, "", 0},

		// ---- GET /api/v1/customers/{id} ----
		{"customer: not numeric", get("/api/v1/customers/lin"), 400, kefu.EINVALID, "id", 0},
		{"customer: negative", get("/api/v1/customers/-1"), 400, kefu.EINVALID, "id", 0},
		{"customer: overflows", get("/api/v1/customers/" + overflow), 400, kefu.EINVALID, "id", 0},
		{"customer: SQL", get("/api/v1/customers/" + url.PathEscape(f("%d OR 1=1", C))), 400, kefu.EINVALID, "id", 0},
		{"customer: unknown", get(f("/api/v1/customers/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},

		// ---- GET /api/v1/orders ----
		{"orders: customer not numeric", get("/api/v1/orders?customer=lin"), 400, kefu.EINVALID, "customer", 0},
		{"orders: negative customer", get("/api/v1/orders?customer=-1"), 400, kefu.EINVALID, "customer", 0},
		{"orders: SQL store slug", get("/api/v1/orders?store=" + q(sqlOr)), 404, kefu.ENOTFOUND, "", 0},
		{"orders: zero store", get("/api/v1/orders?store=0"), 400, kefu.EINVALID, "store", 0},
		{"orders: negative store", get("/api/v1/orders?store=-3"), 400, kefu.EINVALID, "store", 0},
		{"orders: invalid UTF-8 store", get("/api/v1/orders?store=\xff"), 400, kefu.EINVALID, "store", 0},
		{"orders: limit zero", get("/api/v1/orders?limit=0"), 400, kefu.EINVALID, "limit", 0},
		{"orders: limit too big", get("/api/v1/orders?limit=201"), 400, kefu.EINVALID, "limit", 0},
		{"orders: NUL in number", get("/api/v1/orders?number=A%00"), 400, kefu.EINVALID, "number", 0},
		{"orders: unknown parameter", get("/api/v1/orders?order=1"), 400, kefu.EINVALID, "order", 0},
		{"orders: repeated number", get("/api/v1/orders?number=a&number=b"), 400, kefu.EINVALID, "number", 0},

		// ---- PUT /api/v1/orders ----
		{"put order: empty object", put("/api/v1/orders", `{}`), 422, kefu.EINVALID, "store_id", 0},
		{"put order: missing number", put("/api/v1/orders", f(`{"store_id":%d,"currency":"USD"}`, S)), 422, kefu.EINVALID, "number", 0},
		{"put order: missing currency", put("/api/v1/orders", f(`{"store_id":%d,"number":"A-1"}`, S)), 422, kefu.EINVALID, "currency", 0},
		{"put order: total as string", put("/api/v1/orders", order(`,"total_minor":"19.99"`)), 400, kefu.EINVALID, "total_minor", 0},
		{"put order: total as float", put("/api/v1/orders", order(`,"total_minor":19.99`)), 400, kefu.EINVALID, "total_minor", 0},
		{"put order: total overflows", put("/api/v1/orders", order(`,"total_minor":`+overflow)), 400, kefu.EINVALID, "total_minor", 0},
		{"put order: negative total", put("/api/v1/orders", order(`,"total_minor":-1`)), 422, kefu.EINVALID, "total_minor", 0},
		{"put order: negative refund", put("/api/v1/orders", order(`,"refunded_minor":-1`)), 422, kefu.EINVALID, "refunded_minor", 0},
		{"put order: unknown store", put("/api/v1/orders", f(`{"store_id":%d,"number":"A-1","currency":"USD"}`, unknown)), 422, kefu.EINVALID, "store_id", 0},
		{"put order: SQL currency", put("/api/v1/orders", f(`{"store_id":%d,"number":"A-1","currency":%s}`, S, js(sqlDrop))), 422, kefu.EINVALID, "currency", 0},
		{"put order: number too long", put("/api/v1/orders", f(`{"store_id":%d,"number":"%s","currency":"USD"}`, S, long(101))), 422, kefu.EINVALID, "number", 0},
		{"put order: NUL number", put("/api/v1/orders", f(`{"store_id":%d,"number":"A\u0000","currency":"USD"}`, S)), 422, kefu.EINVALID, "number", 0},
		{"put order: bad card_last4", put("/api/v1/orders", order(`,"card_last4":"12a4"`)), 422, kefu.EINVALID, "card_last4", 0},
		{"put order: HTML buyer_ip", put("/api/v1/orders", order(`,"buyer_ip":`+js(xss))), 422, kefu.EINVALID, "buyer_ip", 0},
		{"put order: bad ship_country", put("/api/v1/orders", order(`,"ship_country":"usa"`)), 422, kefu.EINVALID, "ship_country", 0},
		{"put order: status too long", put("/api/v1/orders", order(`,"status":"`+long(51)+`"`)), 422, kefu.EINVALID, "status", 0},
		{"put order: 501 items", put("/api/v1/orders", order(","+manyItems)), 422, kefu.EINVALID, "items", 0},
		{"put order: negative quantity", put("/api/v1/orders", order(`,"items":[{"title":"x","quantity":-1,"price_minor":1}]`)), 422, kefu.EINVALID, "items", 0},
		{"put order: unknown item field", put("/api/v1/orders", order(`,"items":[{"title":"x","qty":1}]`)), 400, kefu.EINVALID, "items.0.qty", 0},
		{"put order: item quantity as string", put("/api/v1/orders", order(`,"items":[{"title":"x","quantity":"1"}]`)), 400, kefu.EINVALID, "items.0.quantity", 0},
		{"put order: shipment without tracking", put("/api/v1/orders", order(`,"shipments":[{"carrier":"UPS","tracking_number":""}]`)), 422, kefu.EINVALID, "shipments", 0},
		{"put order: bad shipped_at", put("/api/v1/orders", order(`,"shipments":[{"tracking_number":"1Z","shipped_at":"soon"}]`)), 400, kefu.EINVALID, "shipments.0.shipped_at", 0},
		{"put order: bad placed_at", put("/api/v1/orders", order(`,"placed_at":"2024-05-01"`)), 400, kefu.EINVALID, "placed_at", 0},
		{"put order: SQL customer email", put("/api/v1/orders", order(`,"customer":{"identities":[{"kind":"email","value":`+js(sqlDrop)+`}]}`)), 422, kefu.EINVALID, "identities", 0},
		{"put order: raw invalid UTF-8", put("/api/v1/orders", f("{\"store_id\":%d,\"number\":\"\xff\",\"currency\":\"USD\"}", S)), 400, kefu.EINVALID, "", 0},
		{"put order: csv content type", req{method: "PUT", path: "/api/v1/orders", body: "number,currency\nA,USD\n", ctype: "text/csv"}, 415, kefu.EINVALID, "", 0},
		{"put order: over 1 MiB", req{method: "PUT", path: "/api/v1/orders", stream: func() io.Reader {
			return repeatReader(f(`{"store_id":%d,"number":"A-1","currency":"USD","status":"`, S), 'a', int64(oneMiB), `"}`)
		}}, 413, kefu.ETOOLARGE, "", 0},
		{"put order: read-only token", req{method: "PUT", path: "/api/v1/orders", body: order(""), auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- POST /api/v1/orders/import ----
		{"import: no store", req{method: "POST", path: "/api/v1/orders/import", body: "number,currency\nA,USD\n", ctype: "text/csv"}, 400, kefu.EINVALID, "store", 0},
		{"import: SQL store slug", csv(q(sqlOr), "number,currency\nA,USD\n"), 404, kefu.ENOTFOUND, "", 0},
		{"import: zero store", csv("0", "number,currency\nA,USD\n"), 400, kefu.EINVALID, "store", 0},
		{"import: unknown store id", csv(f("%d", unknown), "number,currency\nA,USD\n"), 422, kefu.EINVALID, "store_id", 0},
		{"import: invalid UTF-8 store", csv("%ff", "number,currency\nA,USD\n"), 400, kefu.EINVALID, "store", 0},
		{"import: JSON content type", req{method: "POST", path: "/api/v1/orders/import?store=acme-us", body: `{"number":"A"}`}, 415, kefu.EINVALID, "", 0},
		{"import: no content type", req{method: "POST", path: "/api/v1/orders/import?store=acme-us", body: "number,currency\nA,USD\n", ctype: "-"}, 415, kefu.EINVALID, "", 0},
		{"import csv: empty", csv("acme-us", ""), 400, kefu.EINVALID, "", 0},
		{"import csv: header only", csv("acme-us", "number,currency\n"), 400, kefu.EINVALID, "", 0},
		{"import csv: unknown column", csv("acme-us", "number,currency,drop_table\nA,USD,x\n"), 400, kefu.EINVALID, "drop_table", 1},
		{"import csv: SQL column", csv("acme-us", "number,currency,\"id); DROP TABLE orders; --\"\nA,USD,x\n"), 400, kefu.EINVALID, "", 1},
		{"import csv: duplicate column", csv("acme-us", "number,currency,number\nA,USD,B\n"), 400, kefu.EINVALID, "number", 1},
		{"import csv: missing currency column", csv("acme-us", "number,total_minor\nA,1\n"), 400, kefu.EINVALID, "currency", 1},
		{"import csv: invalid UTF-8 header", csv("acme-us", "number,curr\xffency\nA,USD\n"), 400, kefu.EINVALID, "", 1},
		{"import csv: wrong field count", csv("acme-us", "number,currency\nA,USD\nB,USD,extra\n"), 400, kefu.EINVALID, "", 3},
		{"import csv: total not a number", csv("acme-us", "number,currency,total_minor\nA,USD,19.99\n"), 400, kefu.EINVALID, "total_minor", 2},
		{"import csv: total overflows", csv("acme-us", "number,currency,total_minor\nA,USD,"+overflow+"\n"), 400, kefu.EINVALID, "total_minor", 2},
		{"import csv: bad placed_at", csv("acme-us", "number,currency,placed_at\nA,USD,2024-05-01\n"), 400, kefu.EINVALID, "placed_at", 2},
		{"import csv: invalid UTF-8 field", csv("acme-us", "number,currency\nA\xff,USD\n"), 400, kefu.EINVALID, "number", 2},
		{"import csv: bare quote", csv("acme-us", "number,currency\nA\"B,USD\n"), 400, kefu.EINVALID, "", 2},
		{"import csv: NUL in number", csv("acme-us", "number,currency\nA\x00,USD\n"), 422, kefu.EINVALID, "number", 2},
		{"import csv: bad currency", csv("acme-us", "number,currency\nA,dollars\n"), 422, kefu.EINVALID, "currency", 2},
		{"import csv: SQL customer email", csv("acme-us", "number,currency,customer_email\nA,USD,"+sqlDrop+"\n"), 422, kefu.EINVALID, "identities", 2},
		{"import csv: name without email", csv("acme-us", "number,currency,customer_name\nA,USD,Lin\n"), 422, kefu.EINVALID, "customer_name", 2},
		{"import csv: carrier without tracking", csv("acme-us", "number,currency,carrier\nA,USD,UPS\n"), 422, kefu.EINVALID, "carrier", 2},
		{"import csv: good rows then a bad one", csv("acme-us", "number,currency\nGOOD-1,USD\nGOOD-2,USD\nBAD,dollars\n"), 422, kefu.EINVALID, "currency", 4},
		{"import csv: 100001 rows", req{method: "POST", path: "/api/v1/orders/import?store=acme-us", stream: csvRows(100_001), ctype: "text/csv"}, 413, kefu.ETOOLARGE, "", 0},
		{"import ndjson: blank lines only", ndjson("\n\n  \n"), 400, kefu.EINVALID, "", 0},
		{"import ndjson: malformed", ndjson(`{"number":"A","currency":"USD"`), 400, kefu.EINVALID, "", 1},
		{"import ndjson: unknown field", ndjson(`{"number":"A","currency":"USD","drop":"table"}`), 400, kefu.EINVALID, "drop", 1},
		{"import ndjson: wrong type", ndjson("{\"number\":\"A\",\"currency\":\"USD\"}\n{\"number\":2,\"currency\":\"USD\"}"), 400, kefu.EINVALID, "number", 2},
		{"import ndjson: other store", ndjson(f(`{"store_id":%d,"number":"A","currency":"USD"}`, unknown)), 400, kefu.EINVALID, "store_id", 1},
		{"import ndjson: invalid UTF-8", ndjson("{\"number\":\"\xff\",\"currency\":\"USD\"}"), 400, kefu.EINVALID, "", 1},
		{"import ndjson: good then bad", ndjson("{\"number\":\"GOOD-1\",\"currency\":\"USD\"}\n{\"number\":\"GOOD-2\",\"currency\":\"USD\",\"card_last4\":\"x\"}"), 422, kefu.EINVALID, "card_last4", 2},
		{"import ndjson: line over 1 MiB", req{method: "POST", path: "/api/v1/orders/import?store=acme-us", ctype: "application/x-ndjson", stream: func() io.Reader {
			return repeatReader(`{"number":"A","currency":"USD","status":"`, 'a', int64(oneMiB), `"}`+"\n")
		}}, 400, kefu.EINVALID, "", 1},
		{"import ndjson: body over 64 MiB", req{method: "POST", path: "/api/v1/orders/import?store=acme-us", ctype: "application/x-ndjson", stream: func() io.Reader {
			return repeatReader("", '\n', 64<<20+1024, "")
		}}, 413, kefu.ETOOLARGE, "", 0},
		{"import: read-only token", req{method: "POST", path: "/api/v1/orders/import?store=acme-us", body: "number,currency\nA,USD\n", ctype: "text/csv", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- GET /api/v1/orders/{id} ----
		{"get order: not numeric", get("/api/v1/orders/A-1"), 400, kefu.EINVALID, "id", 0},
		{"get order: negative", get("/api/v1/orders/-1"), 400, kefu.EINVALID, "id", 0},
		{"get order: overflows", get("/api/v1/orders/" + overflow), 400, kefu.EINVALID, "id", 0},
		{"get order: SQL", get("/api/v1/orders/" + url.PathEscape(f("%d OR 1=1", O))), 400, kefu.EINVALID, "id", 0},
		{"get order: unknown", get(f("/api/v1/orders/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},

		// ---- GET /api/v1/stores ----
		{"stores: unknown parameter", get("/api/v1/stores?slug=" + q(sqlOr)), 400, kefu.EINVALID, "slug", 0},
		{"stores: invalid UTF-8 parameter", get("/api/v1/stores?%ff=1"), 400, kefu.EINVALID, "", 0},

		// ---- POST /api/v1/stores ----
		{"create store: empty object", post("/api/v1/stores", `{}`), 422, kefu.EINVALID, "slug", 0},
		{"create store: slug with space", post("/api/v1/stores", `{"slug":"Acme US","platform":"amazon","name":"x","timezone":"UTC","currency":"USD"}`), 422, kefu.EINVALID, "slug", 0},
		{"create store: SQL slug", post("/api/v1/stores", `{"slug":`+js(sqlDrop)+`,"platform":"amazon","name":"x","timezone":"UTC","currency":"USD"}`), 422, kefu.EINVALID, "slug", 0},
		{"create store: HTML slug", post("/api/v1/stores", `{"slug":`+js(xss)+`,"platform":"amazon","name":"x","timezone":"UTC","currency":"USD"}`), 422, kefu.EINVALID, "slug", 0},
		{"create store: slug too long", post("/api/v1/stores", `{"slug":"`+long(64)+`","platform":"amazon","name":"x","timezone":"UTC","currency":"USD"}`), 422, kefu.EINVALID, "slug", 0},
		{"create store: unknown platform", post("/api/v1/stores", strings.Replace(newStore(""), "shopee", "wish", 1)), 422, kefu.EINVALID, "platform", 0},
		{"create store: no name", post("/api/v1/stores", strings.Replace(newStore(""), `"New"`, `""`, 1)), 422, kefu.EINVALID, "name", 0},
		{"create store: name too long", post("/api/v1/stores", strings.Replace(newStore(""), `"New"`, `"`+long(201)+`"`, 1)), 422, kefu.EINVALID, "name", 0},
		{"create store: NUL name", post("/api/v1/stores", strings.Replace(newStore(""), `"New"`, `"a\u0000"`, 1)), 422, kefu.EINVALID, "name", 0},
		{"create store: site too long", post("/api/v1/stores", newStore(`,"site":"`+long(101)+`"`)), 422, kefu.EINVALID, "site", 0},
		{"create store: unknown timezone", post("/api/v1/stores", strings.Replace(newStore(""), "Asia/Singapore", "Mars/Base", 1)), 422, kefu.EINVALID, "timezone", 0},
		{"create store: path traversal timezone", post("/api/v1/stores", strings.Replace(newStore(""), "Asia/Singapore", "../../../etc/passwd", 1)), 422, kefu.EINVALID, "timezone", 0},
		{"create store: lower-case currency", post("/api/v1/stores", strings.Replace(newStore(""), "SGD", "sgd", 1)), 422, kefu.EINVALID, "currency", 0},
		{"create store: bad secret name", post("/api/v1/stores", newStore(`,"secrets":{"Bad Name":"x"}`)), 422, kefu.EINVALID, "secrets", 0},
		{"create store: empty secret", post("/api/v1/stores", newStore(`,"secrets":{"api_key":""}`)), 422, kefu.EINVALID, "secrets", 0},
		{"create store: 51 secrets", post("/api/v1/stores", newStore(","+manySecrets)), 422, kefu.EINVALID, "secrets", 0},
		{"create store: secret as number", post("/api/v1/stores", newStore(`,"secrets":{"k":1}`)), 400, kefu.EINVALID, "secrets", 0},
		{"create store: unknown field", post("/api/v1/stores", newStore(`,"id":5`)), 400, kefu.EINVALID, "id", 0},
		{"create store: taken slug", post("/api/v1/stores", strings.Replace(newStore(""), "new-store", "acme-us", 1)), 409, kefu.ECONFLICT, "", 0},
		{"create store: read-only token", req{method: "POST", path: "/api/v1/stores", body: newStore(""), auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- GET /api/v1/stores/{id} ----
		{"get store: slug is not an id", get("/api/v1/stores/acme-us"), 400, kefu.EINVALID, "id", 0},
		{"get store: negative", get("/api/v1/stores/-1"), 400, kefu.EINVALID, "id", 0},
		{"get store: SQL", get("/api/v1/stores/" + url.PathEscape(sqlOr)), 400, kefu.EINVALID, "id", 0},
		{"get store: unknown", get(f("/api/v1/stores/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},

		// ---- PATCH /api/v1/stores/{id} ----
		{"patch store: not numeric", patch("/api/v1/stores/acme-us", `{"name":"x"}`), 400, kefu.EINVALID, "id", 0},
		{"patch store: unknown", patch(f("/api/v1/stores/%d", unknown), `{"name":"x"}`), 404, kefu.ENOTFOUND, "", 0},
		{"patch store: slug is not changeable", patch(store, `{"slug":"other"}`), 400, kefu.EINVALID, "slug", 0},
		{"patch store: name as number", patch(store, `{"name":1}`), 400, kefu.EINVALID, "name", 0},
		{"patch store: blank name", patch(store, `{"name":""}`), 422, kefu.EINVALID, "name", 0},
		{"patch store: SQL timezone", patch(store, `{"timezone":`+js(sqlDrop)+`}`), 422, kefu.EINVALID, "timezone", 0},
		{"patch store: lower-case currency", patch(store, `{"currency":"usd"}`), 422, kefu.EINVALID, "currency", 0},
		{"patch store: bad secret name", patch(store, `{"secrets":{"Bad Name":"x"}}`), 422, kefu.EINVALID, "secrets", 0},
		{"patch store: secret as number", patch(store, `{"secrets":{"k":5}}`), 400, kefu.EINVALID, "secrets", 0},
		{"patch store: raw invalid UTF-8", patch(store, "{\"name\":\"\xfe\"}"), 400, kefu.EINVALID, "", 0},

		// ---- GET /api/v1/users ----
		{"users: unknown parameter", get("/api/v1/users?role=admin"), 400, kefu.EINVALID, "role", 0},
		{"users: read-only token", req{method: "GET", path: "/api/v1/users", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- POST /api/v1/users ----
		{"create user: empty object", post("/api/v1/users", `{}`), 422, kefu.EINVALID, "email", 0},
		{"create user: not an email", post("/api/v1/users", `{"email":"nope","role":"agent"}`), 422, kefu.EINVALID, "email", 0},
		{"create user: SQL email", post("/api/v1/users", `{"email":`+js("' OR 1=1 --@example.com")+`,"role":"agent"}`), 422, kefu.EINVALID, "email", 0},
		{"create user: HTML email", post("/api/v1/users", `{"email":`+js(xss+"@example.com")+`,"role":"agent"}`), 422, kefu.EINVALID, "email", 0},
		{"create user: NUL email", post("/api/v1/users", `{"email":"a\u0000@example.com","role":"agent"}`), 422, kefu.EINVALID, "email", 0},
		{"create user: SQL role", post("/api/v1/users", `{"email":"new@example.com","role":`+js(sqlOr)+`}`), 422, kefu.EINVALID, "role", 0},
		{"create user: bad locale", post("/api/v1/users", newUser(`,"locale":"fr"`)), 422, kefu.EINVALID, "locale", 0},
		{"create user: bad timezone", post("/api/v1/users", newUser(`,"timezone":"Mars/Base"`)), 422, kefu.EINVALID, "timezone", 0},
		{"create user: name too long", post("/api/v1/users", newUser(`,"name":"`+long(201)+`"`)), 422, kefu.EINVALID, "name", 0},
		{"create user: short password", post("/api/v1/users", newUser(`,"password":"short"`)), 422, kefu.EINVALID, "password", 0},
		{"create user: password over 72 bytes", post("/api/v1/users", newUser(`,"password":"`+long(73)+`"`)), 422, kefu.EINVALID, "password", 0},
		{"create user: store ids as strings", post("/api/v1/users", newUser(`,"store_ids":["acme-us"]`)), 400, kefu.EINVALID, "store_ids.0", 0},
		{"create user: unknown store id", post("/api/v1/users", newUser(f(`,"store_ids":[%d]`, unknown))), 422, kefu.EINVALID, "store_ids", 0},
		{"create user: negative store id", post("/api/v1/users", newUser(`,"store_ids":[-1]`)), 422, kefu.EINVALID, "store_ids", 0},
		{"create user: taken email", post("/api/v1/users", `{"email":"admin@example.com","role":"agent"}`), 409, kefu.ECONFLICT, "", 0},
		{"create user: taken email other case", post("/api/v1/users", `{"email":"  ADMIN@Example.com ","role":"agent"}`), 409, kefu.ECONFLICT, "", 0},
		{"create user: password_hash", post("/api/v1/users", newUser(`,"password_hash":"x"`)), 400, kefu.EINVALID, "password_hash", 0},
		{"create user: role as array", post("/api/v1/users", `{"email":"new@example.com","role":["admin"]}`), 400, kefu.EINVALID, "role", 0},

		// ---- GET /api/v1/users/{id} ----
		{"get user: email is not an id", get("/api/v1/users/admin@example.com"), 400, kefu.EINVALID, "id", 0},
		{"get user: negative", get("/api/v1/users/-1"), 400, kefu.EINVALID, "id", 0},
		{"get user: overflows", get("/api/v1/users/" + overflow), 400, kefu.EINVALID, "id", 0},
		{"get user: unknown", get(f("/api/v1/users/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},

		// ---- PATCH /api/v1/users/{id} ----
		{"patch user: SQL id", patch("/api/v1/users/"+url.PathEscape(sqlOr), `{"role":"viewer"}`), 400, kefu.EINVALID, "id", 0},
		{"patch user: unknown", patch(f("/api/v1/users/%d", unknown), `{"name":"x"}`), 404, kefu.ENOTFOUND, "", 0},
		{"patch user: email is not changeable", patch(user, `{"email":"x@example.com"}`), 400, kefu.EINVALID, "email", 0},
		{"patch user: disabled as string", patch(user, `{"disabled":"yes"}`), 400, kefu.EINVALID, "disabled", 0},
		{"patch user: HTML role", patch(user, `{"role":`+js(xss)+`}`), 422, kefu.EINVALID, "role", 0},
		{"patch user: bad locale", patch(user, `{"locale":"fr"}`), 422, kefu.EINVALID, "locale", 0},
		{"patch user: bad timezone", patch(user, `{"timezone":"../etc/passwd"}`), 422, kefu.EINVALID, "timezone", 0},
		{"patch user: short password", patch(user, `{"password":"short"}`), 422, kefu.EINVALID, "password", 0},
		{"patch user: unknown store id", patch(user, f(`{"store_ids":[%d]}`, unknown)), 422, kefu.EINVALID, "store_ids", 0},
		{"patch user: name too long", patch(user, `{"name":"`+long(201)+`"}`), 422, kefu.EINVALID, "name", 0},

		// ---- GET /api/v1/tokens ----
		{"tokens: user not numeric", get("/api/v1/tokens?user=me"), 400, kefu.EINVALID, "user", 0},
		{"tokens: negative user", get("/api/v1/tokens?user=-1"), 400, kefu.EINVALID, "user", 0},
		{"tokens: SQL user", get("/api/v1/tokens?user=" + q(sqlOr)), 400, kefu.EINVALID, "user", 0},
		{"tokens: invalid UTF-8 user", get("/api/v1/tokens?user=%ff"), 400, kefu.EINVALID, "user", 0},
		{"tokens: unknown parameter", get("/api/v1/tokens?all=1"), 400, kefu.EINVALID, "all", 0},

		// ---- POST /api/v1/tokens ----
		{"create token: no name", post("/api/v1/tokens", `{"scopes":["tickets:read"]}`), 422, kefu.EINVALID, "name", 0},
		{"create token: name too long", post("/api/v1/tokens", `{"name":"`+long(201)+`","scopes":["tickets:read"]}`), 422, kefu.EINVALID, "name", 0},
		{"create token: NUL name", post("/api/v1/tokens", `{"name":"a\u0000","scopes":["tickets:read"]}`), 422, kefu.EINVALID, "name", 0},
		{"create token: no scopes", post("/api/v1/tokens", `{"name":"ci"}`), 422, kefu.EINVALID, "scopes", 0},
		{"create token: unknown scope", post("/api/v1/tokens", `{"name":"ci","scopes":["root"]}`), 422, kefu.EINVALID, "scopes", 0},
		{"create token: SQL scope", post("/api/v1/tokens", `{"name":"ci","scopes":[`+js("admin'; DROP TABLE api_tokens; --")+`]}`), 422, kefu.EINVALID, "scopes", 0},
		{"create token: scopes as string", post("/api/v1/tokens", `{"name":"ci","scopes":"admin"}`), 400, kefu.EINVALID, "scopes", 0},
		{"create token: expiry in the past", post("/api/v1/tokens", `{"name":"ci","scopes":["admin"],"expires_at":"2001-01-01T00:00:00Z"}`), 422, kefu.EINVALID, "expires_at", 0},
		{"create token: expiry not a time", post("/api/v1/tokens", `{"name":"ci","scopes":["admin"],"expires_at":"never"}`), 400, kefu.EINVALID, "expires_at", 0},
		{"create token: user_id as string", post("/api/v1/tokens", `{"name":"ci","scopes":["admin"],"user_id":"1"}`), 400, kefu.EINVALID, "user_id", 0},
		{"create token: unknown owner", post("/api/v1/tokens", f(`{"name":"ci","scopes":["tickets:read"],"user_id":%d}`, unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"create token: negative owner", post("/api/v1/tokens", `{"name":"ci","scopes":["tickets:read"],"user_id":-1}`), 404, kefu.ENOTFOUND, "", 0},
		{"create token: escalation from a read token", req{method: "POST", path: "/api/v1/tokens", body: `{"name":"ci","scopes":["admin"]}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- DELETE /api/v1/tokens/{id} ----
		{"revoke token: not numeric", del("/api/v1/tokens/abc"), 400, kefu.EINVALID, "id", 0},
		{"revoke token: negative", del("/api/v1/tokens/-1"), 400, kefu.EINVALID, "id", 0},
		{"revoke token: SQL", del("/api/v1/tokens/" + url.PathEscape(f("%d OR 1=1", K))), 400, kefu.EINVALID, "id", 0},
		{"revoke token: overflows", del("/api/v1/tokens/" + overflow), 400, kefu.EINVALID, "id", 0},
		{"revoke token: unknown", del(f("/api/v1/tokens/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"revoke token: someone else's, from a read token", req{method: "DELETE", path: f("/api/v1/tokens/%d", unknown), auth: "read"}, 404, kefu.ENOTFOUND, "", 0},

		// ---- GET /api/v1/events ----
		{"events: unknown status", get("/api/v1/events?status=lost"), 400, kefu.EINVALID, "status", 0},
		{"events: SQL source", get("/api/v1/events?source=" + q(sqlDrop)), 400, kefu.EINVALID, "source", 0},
		{"events: store not numeric", get("/api/v1/events?store=abc"), 400, kefu.EINVALID, "store", 0},
		{"events: negative before_id", get("/api/v1/events?before_id=-1"), 400, kefu.EINVALID, "before_id", 0},
		{"events: limit zero", get("/api/v1/events?limit=0"), 400, kefu.EINVALID, "limit", 0},
		{"events: limit too big", get("/api/v1/events?limit=201"), 400, kefu.EINVALID, "limit", 0},
		{"events: invalid UTF-8", get("/api/v1/events?status=\xff"), 400, kefu.EINVALID, "status", 0},
		{"events: read-only token", req{method: "GET", path: "/api/v1/events", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- GET /api/v1/audit ----
		{"audit: entity_id not numeric", get("/api/v1/audit?entity_type=ticket&entity_id=x"), 400, kefu.EINVALID, "entity_id", 0},
		{"audit: entity_id without type", get("/api/v1/audit?entity_id=1"), 400, kefu.EINVALID, "entity_id", 0},
		{"audit: SQL entity_type", get("/api/v1/audit?entity_type=" + q(sqlDrop)), 400, kefu.EINVALID, "entity_type", 0},
		{"audit: HTML entity_type", get("/api/v1/audit?entity_type=" + q(xss)), 400, kefu.EINVALID, "entity_type", 0},
		{"audit: entity_type too long", get("/api/v1/audit?entity_type=" + long(51)), 400, kefu.EINVALID, "entity_type", 0},
		{"audit: negative before_id", get("/api/v1/audit?before_id=-1"), 400, kefu.EINVALID, "before_id", 0},
		{"audit: limit zero", get("/api/v1/audit?limit=0"), 400, kefu.EINVALID, "limit", 0},
		{"audit: limit too big", get("/api/v1/audit?limit=201"), 400, kefu.EINVALID, "limit", 0},
		{"audit: invalid UTF-8", get("/api/v1/audit?entity_type=\xff"), 400, kefu.EINVALID, "entity_type", 0},
		{"audit: read-only token", req{method: "GET", path: "/api/v1/audit", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- POST /api/v1/translate (translation is off here: bad input is still 4xx first) ----
		{"translate: text missing", post("/api/v1/translate", `{"target":"en"}`), 422, kefu.EINVALID, "text", 0},
		{"translate: target missing", post("/api/v1/translate", `{"text":"你好"}`), 422, kefu.EINVALID, "target", 0},
		{"translate: text not a string", post("/api/v1/translate", `{"text":1,"target":"en"}`), 400, kefu.EINVALID, "text", 0},
		{"translate: unknown field", post("/api/v1/translate", `{"text":"hi","target":"en","to":"zh"}`), 400, kefu.EINVALID, "to", 0},
		{"translate: SQL target", post("/api/v1/translate", `{"text":"hi","target":`+js(sqlDrop)+`}`), 422, kefu.EINVALID, "target", 0},
		{"translate: HTML source", post("/api/v1/translate", `{"text":"hi","source":`+js(xss)+`,"target":"en"}`), 422, kefu.EINVALID, "source", 0},
		{"translate: text too long", post("/api/v1/translate", `{"text":"`+long(256<<10+1)+`","target":"en"}`), 422, kefu.EINVALID, "text", 0},
		{"translate: invalid UTF-8", post("/api/v1/translate", "{\"text\":\"caf\xe9\",\"target\":\"en\"}"), 400, kefu.EINVALID, "", 0},
		{"translate: read-only token", req{method: "POST", path: "/api/v1/translate", body: `{"text":"hi","target":"en"}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"translate: no provider", post("/api/v1/translate", `{"text":"hi","target":"zh"}`), 409, "translation_off", "", 0},

		// ---- GET /api/v1/messages/{id}/translation ----
		{"message translation: id not numeric", get("/api/v1/messages/abc/translation?target=zh"), 400, kefu.EINVALID, "id", 0},
		{"message translation: target missing", get(f("/api/v1/messages/%d/translation", unknown)), 400, kefu.EINVALID, "target", 0},
		{"message translation: SQL target", get(f("/api/v1/messages/%d/translation?target=%s", unknown, q(sqlDrop))), 400, kefu.EINVALID, "target", 0},
		{"message translation: unknown parameter", get(f("/api/v1/messages/%d/translation?target=zh&lang=en", unknown)), 400, kefu.EINVALID, "lang", 0},
		{"message translation: invalid UTF-8", get(f("/api/v1/messages/%d/translation?target=\xff", unknown)), 400, kefu.EINVALID, "target", 0},
		{"message translation: no provider", get(f("/api/v1/messages/%d/translation?target=zh", unknown)), 409, "translation_off", "", 0},

		// ---- POST /api/v1/lint ----
		{"lint: text missing", post("/api/v1/lint", `{"platform":"amazon"}`), 422, kefu.EINVALID, "text", 0},
		{"lint: text too long", post("/api/v1/lint", `{"text":"`+long(64<<10+1)+`","platform":"amazon"}`), 422, kefu.EINVALID, "text", 0},
		{"lint: text not a string", post("/api/v1/lint", `{"text":1,"platform":"amazon"}`), 400, kefu.EINVALID, "text", 0},
		{"lint: invalid UTF-8", post("/api/v1/lint", "{\"text\":\"caf\xe9\",\"platform\":\"amazon\"}"), 400, kefu.EINVALID, "", 0},
		{"lint: HTML platform", post("/api/v1/lint", `{"text":"hi","platform":`+js(xss)+`}`), 422, kefu.EINVALID, "platform", 0},
		{"lint: SQL platform", post("/api/v1/lint", `{"text":"hi","platform":`+js(sqlDrop)+`}`), 422, kefu.EINVALID, "platform", 0},
		{"lint: neither platform nor ticket", post("/api/v1/lint", `{"text":"hi"}`), 422, kefu.EINVALID, "platform", 0},
		{"lint: both platform and ticket", post("/api/v1/lint", f(`{"text":"hi","platform":"amazon","ticket_id":%d}`, T)), 422, kefu.EINVALID, "platform", 0},
		{"lint: unknown ticket", post("/api/v1/lint", f(`{"text":"hi","ticket_id":%d}`, unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"lint: ticket id overflow", post("/api/v1/lint", `{"text":"hi","ticket_id":`+overflow+`}`), 400, kefu.EINVALID, "ticket_id", 0},
		{"lint: unknown field", post("/api/v1/lint", `{"text":"hi","platform":"amazon","store":1}`), 400, kefu.EINVALID, "store", 0},
		{"lint: wrong content type", req{method: "POST", path: "/api/v1/lint", body: `{"text":"hi","platform":"amazon"}`, ctype: "text/plain"}, 415, kefu.EINVALID, "", 0},

		// ---- /api/v1/alert-channels ----
		{"alert channels: unknown parameter", get("/api/v1/alert-channels?type=wecom"), 400, kefu.EINVALID, "type", 0},
		{"alert channels: read-only token", req{method: "GET", path: "/api/v1/alert-channels", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"alert channel: unknown type", post("/api/v1/alert-channels", `{"name":"x","type":"telegram","url":"https://api.telegram.org/bot1/sendMessage"}`), 422, kefu.EINVALID, "type", 0},
		{"alert channel: SQL type", post("/api/v1/alert-channels", `{"name":"x","type":`+js(sqlDrop)+`,"url":"https://hooks.slack.com/services/T/B/X"}`), 422, kefu.EINVALID, "type", 0},
		{"alert channel: http url", post("/api/v1/alert-channels", `{"name":"x","type":"wecom","url":"http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"}`), 422, kefu.EINVALID, "url", 0},
		{"alert channel: HTML url", post("/api/v1/alert-channels", `{"name":"x","type":"slack","url":`+js(xss)+`}`), 422, kefu.EINVALID, "url", 0},
		{"alert channel: foreign host", post("/api/v1/alert-channels", `{"name":"x","type":"wecom","url":"https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key=k"}`), 422, kefu.EINVALID, "url", 0},
		{"alert channel: unsigned dingtalk", post("/api/v1/alert-channels", `{"name":"x","type":"dingtalk","url":"https://oapi.dingtalk.com/robot/send?access_token=t"}`), 422, kefu.EINVALID, "secret", 0},
		{"alert channel: unknown kind", post("/api/v1/alert-channels", `{"name":"x","type":"slack","url":"https://hooks.slack.com/services/T/B/X","kinds":[`+js(sqlOr)+`]}`), 422, kefu.EINVALID, "kinds", 0},
		{"alert channel: unknown store", post("/api/v1/alert-channels", f(`{"name":"x","type":"slack","url":"https://hooks.slack.com/services/T/B/X","store_id":%d}`, unknown)), 422, kefu.EINVALID, "store_id", 0},
		{"alert channel: name too long", post("/api/v1/alert-channels", `{"name":"`+long(201)+`","type":"slack","url":"https://hooks.slack.com/services/T/B/X"}`), 422, kefu.EINVALID, "name", 0},
		{"alert channel: enabled not a bool", post("/api/v1/alert-channels", `{"name":"x","type":"slack","url":"https://hooks.slack.com/services/T/B/X","enabled":"yes"}`), 400, kefu.EINVALID, "enabled", 0},
		{"alert channel: invalid UTF-8", post("/api/v1/alert-channels", "{\"name\":\"\xff\",\"type\":\"slack\",\"url\":\"https://hooks.slack.com/services/T/B/X\"}"), 400, kefu.EINVALID, "", 0},
		{"alert channel: read-only token", req{method: "POST", path: "/api/v1/alert-channels", body: `{}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"alert channel update: unknown id", patch(f("/api/v1/alert-channels/%d", unknown), `{"name":"x"}`), 404, kefu.ENOTFOUND, "", 0},
		{"alert channel update: id not numeric", patch("/api/v1/alert-channels/abc", `{"name":"x"}`), 400, kefu.EINVALID, "id", 0},
		{"alert channel update: type is fixed", patch(f("/api/v1/alert-channels/%d", unknown), `{"type":"slack"}`), 400, kefu.EINVALID, "type", 0},
		{"alert channel delete: unknown id", del(f("/api/v1/alert-channels/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"alert channel delete: overflowing id", del("/api/v1/alert-channels/" + overflow), 400, kefu.EINVALID, "id", 0},
		{"alert channel test: unknown id", post(f("/api/v1/alert-channels/%d/test", unknown), ""), 404, kefu.ENOTFOUND, "", 0},
		{"alert channel test: SQL id", post("/api/v1/alert-channels/"+q(sqlOr)+"/test", ""), 400, kefu.EINVALID, "id", 0},

		// ---- GET /api/v1/alerts ----
		{"alerts: unknown status", get("/api/v1/alerts?status=lost"), 400, kefu.EINVALID, "status", 0},
		{"alerts: SQL kind", get("/api/v1/alerts?kind=" + q(sqlDrop)), 400, kefu.EINVALID, "kind", 0},
		{"alerts: channel not numeric", get("/api/v1/alerts?channel=abc"), 400, kefu.EINVALID, "channel", 0},
		{"alerts: limit too big", get("/api/v1/alerts?limit=201"), 400, kefu.EINVALID, "limit", 0},
		{"alerts: invalid UTF-8", get("/api/v1/alerts?status=\xff"), 400, kefu.EINVALID, "status", 0},
		{"alerts: read-only token", req{method: "GET", path: "/api/v1/alerts", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- SLA: /api/v1/sla-policies, /api/v1/business-calendars, incidents, refund freezes ----
		{"sla policies: unknown parameter", get("/api/v1/sla-policies?platform=amazon"), 400, kefu.EINVALID, "platform", 0},
		{"sla policies: read-only token", req{method: "GET", path: "/api/v1/sla-policies", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"sla policy: negative duration", post("/api/v1/sla-policies", `{"name":"x","first_response":"-2h"}`), 422, kefu.EINVALID, "first_response", 0},
		{"sla policy: malformed duration", post("/api/v1/sla-policies", `{"name":"x","resolution":`+js(sqlDrop)+`}`), 422, kefu.EINVALID, "resolution", 0},
		{"sla policy: unknown platform", post("/api/v1/sla-policies", `{"name":"x","platform":"etsy"}`), 422, kefu.EINVALID, "platform", 0},
		{"sla policy: SQL notice kind", post("/api/v1/sla-policies", `{"name":"x","notice_kind":`+js(sqlOr)+`}`), 422, kefu.EINVALID, "notice_kind", 0},
		{"sla policy: unknown store", post("/api/v1/sla-policies", f(`{"name":"x","store_id":%d}`, unknown)), 422, kefu.EINVALID, "store_id", 0},
		{"sla policy: store of another platform", post("/api/v1/sla-policies", f(`{"name":"x","store_id":%d,"platform":"tiktok"}`, S)), 422, kefu.EINVALID, "platform", 0},
		{"sla policy: unknown level", post("/api/v1/sla-policies", `{"name":"x","escalations":[{"name":`+js(xss)+`,"after":"1h"}]}`), 422, kefu.EINVALID, "escalations.0.name", 0},
		{"sla policy: name too long", post("/api/v1/sla-policies", `{"name":"`+long(201)+`"}`), 422, kefu.EINVALID, "name", 0},
		{"sla policy: position not a number", post("/api/v1/sla-policies", `{"name":"x","position":"1"}`), 400, kefu.EINVALID, "position", 0},
		{"sla policy: unknown field", post("/api/v1/sla-policies", `{"name":"x","sla":"24h"}`), 400, kefu.EINVALID, "sla", 0},
		{"sla policy: invalid UTF-8", post("/api/v1/sla-policies", "{\"name\":\"\xff\"}"), 400, kefu.EINVALID, "", 0},
		{"sla policy: read-only token", req{method: "POST", path: "/api/v1/sla-policies", body: `{}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"sla policy: unknown id", get(f("/api/v1/sla-policies/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"sla policy: SQL id", get("/api/v1/sla-policies/" + q(sqlOr)), 400, kefu.EINVALID, "id", 0},
		{"sla policy update: unknown id", patch(f("/api/v1/sla-policies/%d", unknown), `{"name":"x"}`), 404, kefu.ENOTFOUND, "", 0},
		{"sla policy update: unknown clock", patch("/api/v1/sla-policies/1", `{"clock":"lunar"}`), 422, kefu.EINVALID, "clock", 0},
		{"sla policy update: negative delay", patch("/api/v1/sla-policies/1", `{"escalations":[{"name":"warn","after":"-1h"}]}`), 422, kefu.EINVALID, "escalations.0.after", 0},
		{"sla policy update: id not numeric", patch("/api/v1/sla-policies/abc", `{}`), 400, kefu.EINVALID, "id", 0},
		{"sla policy delete: unknown id", del(f("/api/v1/sla-policies/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"sla policy delete: overflowing id", del("/api/v1/sla-policies/" + overflow), 400, kefu.EINVALID, "id", 0},
		{"business calendars: unknown parameter", get("/api/v1/business-calendars?store=1"), 400, kefu.EINVALID, "store", 0},
		{"business calendars: read-only token", req{method: "GET", path: "/api/v1/business-calendars", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"business calendar: overlapping periods", post("/api/v1/business-calendars", `{"periods":{"mon":[{"start":540,"end":720},{"start":700,"end":900}]}}`), 422, kefu.EINVALID, "periods.mon", 0},
		{"business calendar: unknown time zone", post("/api/v1/business-calendars", `{"timezone":"Asia/Atlantis","periods":{"mon":[{"start":540,"end":720}]}}`), 422, kefu.EINVALID, "timezone", 0},
		{"business calendar: SQL time zone", post("/api/v1/business-calendars", `{"timezone":`+js(sqlDrop)+`,"periods":{"mon":[{"start":540,"end":720}]}}`), 422, kefu.EINVALID, "timezone", 0},
		{"business calendar: no open hours", post("/api/v1/business-calendars", `{"periods":{}}`), 422, kefu.EINVALID, "periods", 0},
		{"business calendar: bad holiday", post("/api/v1/business-calendars", `{"periods":{"mon":[{"start":540,"end":720}]},"holidays":[`+js(xss)+`]}`), 422, kefu.EINVALID, "holidays.0", 0},
		{"business calendar: unknown store", post("/api/v1/business-calendars", f(`{"store_id":%d,"periods":{"mon":[{"start":540,"end":720}]}}`, unknown)), 422, kefu.EINVALID, "store_id", 0},
		{"business calendar: unknown weekday", post("/api/v1/business-calendars", `{"periods":{"monday":[{"start":540,"end":720}]}}`), 400, kefu.EINVALID, "periods.monday", 0},
		{"business calendar: clock time for minutes", post("/api/v1/business-calendars", `{"periods":{"mon":[{"start":"09:00","end":720}]}}`), 400, kefu.EINVALID, "periods.mon.0.start", 0},
		{"business calendar: unknown id", get(f("/api/v1/business-calendars/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"business calendar: id zero", get("/api/v1/business-calendars/0"), 400, kefu.EINVALID, "id", 0},
		{"business calendar update: unknown id", patch(f("/api/v1/business-calendars/%d", unknown), `{"name":"x"}`), 404, kefu.ENOTFOUND, "", 0},
		{"business calendar update: id not numeric", patch("/api/v1/business-calendars/abc", `{}`), 400, kefu.EINVALID, "id", 0},
		{"business calendar delete: unknown id", del(f("/api/v1/business-calendars/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"business calendar delete: negative id", del("/api/v1/business-calendars/-1"), 400, kefu.EINVALID, "id", 0},
		{"incidents: unknown parameter", get("/api/v1/incidents?level=critical"), 400, kefu.EINVALID, "level", 0},
		{"incidents: SQL store", get("/api/v1/incidents?store_id=" + q(sqlOr)), 400, kefu.EINVALID, "store_id", 0},
		{"incidents: limit too big", get("/api/v1/incidents?limit=201"), 400, kefu.EINVALID, "limit", 0},
		{"refund freeze: unknown store", get(f("/api/v1/stores/%d/refund-freeze", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"refund freeze: SQL store", get("/api/v1/stores/" + q(sqlDrop) + "/refund-freeze"), 400, kefu.EINVALID, "id", 0},
		{"refund freeze lift: none active", del(f("/api/v1/stores/%d/refund-freeze", S)), 404, kefu.ENOTFOUND, "", 0},
		{"refund freeze lift: overflowing id", del("/api/v1/stores/" + overflow + "/refund-freeze"), 400, kefu.EINVALID, "id", 0},
		{"refund freeze lift: read-only token", req{method: "DELETE", path: f("/api/v1/stores/%d/refund-freeze", S), auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"no response needed: unknown ticket", post(f("/api/v1/tickets/%d/no-response-needed", unknown), ""), 404, kefu.ENOTFOUND, "", 0},
		{"no response needed: SQL id", post("/api/v1/tickets/"+q(sqlOr)+"/no-response-needed", ""), 400, kefu.EINVALID, "id", 0},
		{"no response needed: read-only token", req{method: "POST", path: f("/api/v1/tickets/%d/no-response-needed", T), auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},

		// ---- automation rules: /api/v1/rules, dry runs, auto-reply templates, firings ----
		{"rules: unknown parameter", get("/api/v1/rules?intent=order_status"), 400, kefu.EINVALID, "intent", 0},
		{"rules: store not numeric", get("/api/v1/rules?store=" + q(sqlOr)), 400, kefu.EINVALID, "store", 0},
		{"rules: read-only token", req{method: "GET", path: "/api/v1/rules", auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"rule: unknown condition field", post("/api/v1/rules", `{"name":"x","conditions":[{"field":"intnet","op":"eq","value":"x"}],"actions":[{"type":"hold"}]}`), 422, kefu.EINVALID, "conditions.0.field", 0},
		{"rule: pattern does not compile", post("/api/v1/rules", `{"name":"x","conditions":[{"field":"text","op":"matches","value":"(a"}],"actions":[{"type":"hold"}]}`), 422, kefu.EINVALID, "conditions.0.value", 0},
		{"rule: pattern too long", post("/api/v1/rules", `{"name":"x","conditions":[{"field":"text","op":"matches","value":"`+long(501)+`"}],"actions":[{"type":"hold"}]}`), 422, kefu.EINVALID, "conditions.0.value", 0},
		{"rule: SQL action", post("/api/v1/rules", `{"name":"x","actions":[{"type":`+js(sqlDrop)+`}]}`), 422, kefu.EINVALID, "actions.0.type", 0},
		{"rule: HTML template name", post("/api/v1/rules", `{"name":"x","actions":[{"type":"auto_reply","params":{"template":`+js(xss)+`}}]}`), 422, kefu.EINVALID, "actions.0.params.template", 0},
		{"rule: unknown parameter", post("/api/v1/rules", `{"name":"x","actions":[{"type":"hold","params":{"until":"monday"}}]}`), 422, kefu.EINVALID, "actions.0.params.until", 0},
		{"rule: unknown store", post("/api/v1/rules", f(`{"name":"x","store_id":%d,"actions":[{"type":"hold"}]}`, unknown)), 422, kefu.EINVALID, "store_id", 0},
		{"rule: no actions", post("/api/v1/rules", `{"name":"x","actions":[]}`), 422, kefu.EINVALID, "actions", 0},
		{"rule: unknown field", post("/api/v1/rules", `{"name":"x","actions":[{"type":"hold"}],"when":"always"}`), 400, kefu.EINVALID, "when", 0},
		{"rule: invalid UTF-8", post("/api/v1/rules", "{\"name\":\"\xff\",\"actions\":[{\"type\":\"hold\"}]}"), 400, kefu.EINVALID, "", 0},
		{"rule: read-only token", req{method: "POST", path: "/api/v1/rules", body: `{}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"rule dry run: too many tickets", post("/api/v1/rules/dry-run", `{"last":1001}`), 422, kefu.EINVALID, "last", 0},
		{"rule dry run: bad rule", post("/api/v1/rules/dry-run", `{"rule":{"name":"x","conditions":[{"field":"amount_minor","op":"between","value":[5,1]}],"actions":[{"type":"hold"}]}}`), 422, kefu.EINVALID, "rule.conditions.0.value", 0},
		{"rule dry run: unknown rule", post("/api/v1/rules/dry-run", f(`{"rule_ids":[%d]}`, unknown)), 422, kefu.EINVALID, "rule_ids.0", 0},
		{"rule dry run: malformed JSON", post("/api/v1/rules/dry-run", `{"last":`), 400, kefu.EINVALID, "", 0},
		{"rule dry run: read-only token", req{method: "POST", path: "/api/v1/rules/dry-run", body: `{}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"rule: unknown id", get(f("/api/v1/rules/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"rule: SQL id", get("/api/v1/rules/" + q(sqlOr)), 400, kefu.EINVALID, "id", 0},
		{"rule update: unknown id", patch(f("/api/v1/rules/%d", unknown), `{"enabled":false}`), 404, kefu.ENOTFOUND, "", 0},
		{"rule update: id not numeric", patch("/api/v1/rules/abc", `{}`), 400, kefu.EINVALID, "id", 0},
		{"rule update: enabled not a bool", patch(f("/api/v1/rules/%d", unknown), `{"enabled":"no"}`), 400, kefu.EINVALID, "enabled", 0},
		{"rule delete: unknown id", del(f("/api/v1/rules/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"rule delete: overflowing id", del("/api/v1/rules/" + overflow), 400, kefu.EINVALID, "id", 0},
		{"auto-reply templates: unknown parameter", get("/api/v1/auto-reply-templates?lang=en"), 400, kefu.EINVALID, "lang", 0},
		{"auto-reply templates: store not numeric", get("/api/v1/auto-reply-templates?store=" + q(sqlDrop)), 400, kefu.EINVALID, "store", 0},
		{"auto-reply template: unknown variable", post("/api/v1/auto-reply-templates", `{"name":"x","language":"en","body":"Hi {{buyer_nmae}}"}`), 422, kefu.EINVALID, "body", 0},
		{"auto-reply template: unclosed variable", post("/api/v1/auto-reply-templates", `{"name":"x","language":"en","body":"Hi {{buyer_name"}`), 422, kefu.EINVALID, "body", 0},
		{"auto-reply template: unknown intent", post("/api/v1/auto-reply-templates", `{"name":"x","intent":"wismo","language":"en","body":"Hi"}`), 422, kefu.EINVALID, "intent", 0},
		{"auto-reply template: SQL language", post("/api/v1/auto-reply-templates", `{"name":"x","language":`+js(sqlDrop)+`,"body":"Hi"}`), 422, kefu.EINVALID, "language", 0},
		{"auto-reply template: unknown store", post("/api/v1/auto-reply-templates", f(`{"name":"x","language":"en","body":"Hi","store_id":%d}`, unknown)), 422, kefu.EINVALID, "store_id", 0},
		{"auto-reply template: body too long", post("/api/v1/auto-reply-templates", `{"name":"x","language":"en","body":"`+long(8193)+`"}`), 422, kefu.EINVALID, "body", 0},
		{"auto-reply template: unknown field", post("/api/v1/auto-reply-templates", `{"name":"x","language":"en","body":"Hi","delay":5}`), 400, kefu.EINVALID, "delay", 0},
		{"auto-reply template: read-only token", req{method: "POST", path: "/api/v1/auto-reply-templates", body: `{}`, auth: "read"}, 403, kefu.EFORBIDDEN, "", 0},
		{"auto-reply template: unknown id", get(f("/api/v1/auto-reply-templates/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"auto-reply template: id zero", get("/api/v1/auto-reply-templates/0"), 400, kefu.EINVALID, "id", 0},
		{"auto-reply template replace: unknown id", put(f("/api/v1/auto-reply-templates/%d", unknown), `{"name":"x","language":"en","body":"Hi"}`), 404, kefu.ENOTFOUND, "", 0},
		{"auto-reply template replace: unknown variable", put(f("/api/v1/auto-reply-templates/%d", unknown), `{"name":"x","language":"en","body":"{{`+xss+`}}"}`), 422, kefu.EINVALID, "body", 0},
		{"auto-reply template replace: id not numeric", put("/api/v1/auto-reply-templates/abc", `{}`), 400, kefu.EINVALID, "id", 0},
		{"auto-reply template delete: unknown id", del(f("/api/v1/auto-reply-templates/%d", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"auto-reply template delete: negative id", del("/api/v1/auto-reply-templates/-1"), 400, kefu.EINVALID, "id", 0},
		{"rule firings: unknown ticket", get(f("/api/v1/tickets/%d/rule-firings", unknown)), 404, kefu.ENOTFOUND, "", 0},
		{"rule firings: SQL id", get("/api/v1/tickets/" + q(sqlOr) + "/rule-firings"), 400, kefu.EINVALID, "id", 0},
		{"rule firings: unknown parameter", get(f("/api/v1/tickets/%d/rule-firings?rule=1", T)), 400, kefu.EINVALID, "rule", 0},

		// ---- credentials ----
		{"auth: no header", req{method: "GET", path: "/api/v1/tickets", auth: "-"}, 401, kefu.EUNAUTHORIZED, "", 0},
		{"auth: SQL token", req{method: "GET", path: "/api/v1/tickets", auth: "Bearer " + sqlOr}, 401, kefu.EUNAUTHORIZED, "", 0},
		{"auth: invalid UTF-8 token", req{method: "GET", path: "/api/v1/tickets", auth: "Bearer \xff\xfe"}, 401, kefu.EUNAUTHORIZED, "", 0},
		{"auth: oversized token", req{method: "GET", path: "/api/v1/tickets", auth: "Bearer " + long(513)}, 401, kefu.EUNAUTHORIZED, "", 0},
		{"auth: basic", req{method: "GET", path: "/api/v1/tickets", auth: "Basic YWRtaW46eA=="}, 401, kefu.EUNAUTHORIZED, "", 0},

		// ---- outside the route table ----
		{"no such endpoint", get("/api/v1/tickets/1/drop"), 404, kefu.ENOTFOUND, "", 0},
		{"method not allowed", del("/api/v1/tickets"), 405, kefu.EINVALID, "", 0},
	}
}

// TestE2EBadInputIsRefusedAndChangesNothing sends every hostile request of
// badCases to the real App and checks each answer — a precise, documented
// 4xx in problem+json — and that the database and attachment store are
// exactly as they were.
func TestE2EBadInputIsRefusedAndChangesNothing(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testBadInput(t, Config{}) })
	t.Run("postgres", func(t *testing.T) {
		testBadInput(t, Config{DB: postgresDSN(t), SecretKey: make([]byte, 32)})
	})
}

func testBadInput(t *testing.T, cfg Config) {
	e := newE2E(t, cfg)
	cases := badCases(e)

	// Every documented operation gets hostile requests.
	perRoute := map[string]int{}
	for _, c := range cases {
		if r := e.routeOf(c.r.method, c.r.path); r != "" {
			perRoute[r]++
		}
	}
	for _, r := range e.apiRoutes() {
		if perRoute[r] < 2 {
			t.Errorf("%s: %d hostile requests; every route needs several", r, perRoute[r])
		}
	}

	before := e.snapshot()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := e.do(c.r)
			route := e.routeOf(c.r.method, c.r.path)
			desc := fmt.Sprintf("%s %s", c.r.method, truncateForLog(c.r.path))
			if res.status >= 500 {
				t.Errorf("%s = %d, a server error: %s", desc, res.status, truncateForLog(string(res.body)))
			} else if res.status != c.status {
				t.Errorf("%s = %d, want %d: %s", desc, res.status, c.status, truncateForLog(string(res.body)))
			}
			if route != "" && !e.documented(route, res.status) {
				t.Errorf("%s: status %d is not documented for %s in openapi.json", desc, res.status, route)
			}
			if ct := res.header.Get("Content-Type"); ct != "application/problem+json" {
				t.Errorf("%s: Content-Type %q, want application/problem+json", desc, ct)
			}
			var p problem
			if err := json.Unmarshal(res.body, &p); err != nil {
				t.Fatalf("%s: body is not JSON: %v: %s", desc, err, truncateForLog(string(res.body)))
			}
			if p.Code == "" || p.Type != "urn:kefu:problem:"+p.Code || p.Status != res.status || p.Title == "" || p.Detail == "" {
				t.Errorf("%s: incomplete problem %+v", desc, p)
			}
			if p.Code != c.code {
				t.Errorf("%s: code %q, want %q (detail %q)", desc, p.Code, c.code, p.Detail)
			}
			if c.field != "" && p.Field != c.field {
				t.Errorf("%s: field %q, want %q (detail %q)", desc, p.Field, c.field, p.Detail)
			}
			if c.line != 0 && p.Line != c.line {
				t.Errorf("%s: line %d, want %d (detail %q)", desc, p.Line, c.line, p.Detail)
			}
			// Echoed input stays inert and internals stay inside.
			if strings.Contains(string(res.body), "<script") {
				t.Errorf("%s: answer carries raw HTML: %s", desc, truncateForLog(string(res.body)))
			}
			for _, leak := range []string{"SQLSTATE", "sqlite", "constraint", "syntax error at", "pgx", "panic", "goroutine"} {
				if strings.Contains(strings.ToLower(p.Detail), strings.ToLower(leak)) {
					t.Errorf("%s: detail leaks internals (%s): %q", desc, leak, p.Detail)
				}
			}
			if after := e.snapshot(); len(before.diff(after)) > 0 {
				t.Errorf("%s changed the data: %v", desc, before.diff(after))
				before = after // report each change once
			}
		})
	}
	if logs := grepLines(e.logs.String(), "level=ERROR"); logs != "" {
		t.Errorf("bad input was logged as a server error:\n%s", logs)
	}
	t.Logf("%d hostile requests over %d routes; %d snapshots", len(cases), len(perRoute), e.snapshots)
}

// TestE2EHostileButValidTextIsStoredVerbatim: SQL and HTML are just text
// where text is allowed. They are accepted, stored and returned verbatim
// (message HTML excepted: it is sanitised), match nothing they should not
// as filters, and leave every table in place.
func TestE2EHostileButValidTextIsStoredVerbatim(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testHostileValid(t, Config{}) })
	t.Run("postgres", func(t *testing.T) {
		testHostileValid(t, Config{DB: postgresDSN(t), SecretKey: make([]byte, 32)})
	})
}

func testHostileValid(t *testing.T, cfg Config) {
	e := newE2E(t, cfg)
	before := e.snapshot()
	subject := sqlDrop + " " + xss + " " + sqlOr + " 退款"
	orderNumber := "1' OR '1'='1"
	customerName := "Robert'); DROP TABLE customers;-- <b onmouseover=alert(1)>"
	email := "x'--@example.com"
	html := `<p>Refund <b>now</b></p>` + xss + `<img src=x onerror="alert(1)"><a href="javascript:alert(1)">click</a>`

	var o kefu.Order
	e.json(req{method: "PUT", path: "/api/v1/orders", body: fmt.Sprintf(`{"store_id":%d,"number":%s,"currency":"USD","status":%s,
		"items":[{"title":%s,"sku":%s,"quantity":1,"price_minor":100}],"customer":{"name":%s,"identities":[{"kind":"email","value":%s}]}}`,
		e.store.ID, js(orderNumber), js(sqlDrop), js(xss), js(sqlOr), js(customerName), js(email))}, http.StatusCreated, &o)
	if o.Number != orderNumber || o.Status != sqlDrop || o.Items[0].Title != xss || o.Items[0].SKU != sqlOr {
		t.Errorf("order not stored verbatim: %+v", o)
	}

	var tk kefu.Ticket
	e.json(req{method: "POST", path: "/api/v1/tickets", body: fmt.Sprintf(`{"store_id":%d,"subject":%s,"team":%s,"tags":[%s],
		"order_number":%s,"customer":{"name":%s,"identities":[{"kind":"email","value":%s}]},
		"message":{"text":%s,"html":%s,"author_name":%s}}`,
		e.store.ID, js(subject), js(sqlOr), js("<b>vip</b>"), js(orderNumber), js(customerName), js(email),
		js(sqlDrop), js(html), js(xss))}, http.StatusCreated, &tk)

	var got kefu.Ticket
	res := e.json(req{method: "GET", path: fmt.Sprintf("/api/v1/tickets/%d", tk.ID)}, http.StatusOK, &got)
	if got.Subject != subject {
		t.Errorf("subject %q, want it verbatim: %q", got.Subject, subject)
	}
	if got.Team != sqlOr || len(got.Tags) != 1 || got.Tags[0] != "<b>vip</b>" {
		t.Errorf("team %q tags %q, want verbatim", got.Team, got.Tags)
	}
	if got.OrderID != o.ID || got.CustomerID == 0 || got.CustomerID != o.CustomerID {
		t.Errorf("ticket order %d customer %d, want order %d customer %d: the SQL-ish number and email must match exactly",
			got.OrderID, got.CustomerID, o.ID, o.CustomerID)
	}
	if len(got.Messages) != 1 {
		t.Fatalf("%d messages, want 1", len(got.Messages))
	}
	m := got.Messages[0]
	if m.Text != sqlDrop || m.AuthorName != xss {
		t.Errorf("message text %q author %q, want verbatim", m.Text, m.AuthorName)
	}
	for _, bad := range []string{"<script", "onerror", "javascript:", "alert(1)</script>"} {
		if strings.Contains(m.HTML, bad) {
			t.Errorf("message html keeps %q: %s", bad, m.HTML)
		}
	}
	if !strings.Contains(m.HTML, "<b>now</b>") {
		t.Errorf("sanitising dropped harmless formatting: %s", m.HTML)
	}
	if strings.Contains(string(res.body), "<script") || strings.Contains(string(res.body), "<b>") {
		t.Errorf("JSON answer carries raw markup; want it escaped: %s", truncateForLog(string(res.body)))
	}
	// Stored verbatim, byte for byte, in the database itself.
	var stored string
	if err := e.raw.QueryRow(`SELECT subject FROM tickets WHERE id = ` + fmt.Sprint(tk.ID)).Scan(&stored); err != nil || stored != subject {
		t.Errorf("tickets.subject in the database = %q, %v; want %q", stored, err, subject)
	}
	var c kefu.Customer
	e.json(req{method: "GET", path: fmt.Sprintf("/api/v1/customers/%d", got.CustomerID)}, http.StatusOK, &c)
	if c.Name != customerName {
		t.Errorf("customer name %q, want %q", c.Name, customerName)
	}
	e.json(req{method: "GET", path: "/api/v1/customers?identity=" + q(email)}, http.StatusOK, &c)
	if c.ID != got.CustomerID {
		t.Errorf("customer by SQL-ish email = %d, want %d", c.ID, got.CustomerID)
	}

	// SQL in a filter is a value to compare, never a condition: it finds
	// exactly what equals it.
	count := func(path string) int {
		t.Helper()
		var page struct {
			Tickets []kefu.Ticket `json:"tickets"`
			Orders  []kefu.Order  `json:"orders"`
		}
		e.json(req{method: "GET", path: path}, http.StatusOK, &page)
		return len(page.Tickets) + len(page.Orders)
	}
	for path, want := range map[string]int{
		"/api/v1/tickets?customer=" + q("' OR 1=1 --@example.com"): 0,
		"/api/v1/tickets?customer=" + q(email):                     1,
		"/api/v1/tickets?order_number=" + q("' OR '1'='1"):         0,
		"/api/v1/tickets?order_number=" + q(orderNumber):           1,
		"/api/v1/tickets?team=" + q("' OR ''='"):                   0,
		"/api/v1/tickets?team=" + q(sqlOr):                         1,
		"/api/v1/tickets?tag=" + q("' or 1=1 --"):                  0,
		"/api/v1/tickets?payment_id=" + q("' OR 1=1 --"):           0,
		"/api/v1/tickets?q=" + q(sqlDrop):                          1,
		"/api/v1/tickets?q=" + q(xss):                              1,
		"/api/v1/orders?number=" + q("' OR '1'='1"):                0,
		"/api/v1/orders?number=" + q(orderNumber):                  1,
		"/api/v1/orders?charge_id=" + q("' OR 1=1 --"):             0,
		"/api/v1/orders?tracking_number=" + q(sqlOr):               0,
		"/api/v1/orders?store=acme-us&number=" + q(orderNumber):    1,
	} {
		if got := count(path); got != want {
			t.Errorf("GET %s: %d results, want %d", path, got, want)
		}
	}
	// Search results quote the match HTML-escaped.
	var page kefu.TicketPage
	e.json(req{method: "GET", path: "/api/v1/tickets?q=" + q("alert")}, http.StatusOK, &page)
	for _, hit := range page.Tickets {
		if hit.Hit != nil && strings.Contains(hit.Hit.Snippet, "<script") {
			t.Errorf("search snippet carries raw HTML: %q", hit.Hit.Snippet)
		}
	}

	var st struct {
		kefu.Store
	}
	e.json(req{method: "POST", path: "/api/v1/stores", body: `{"slug":"drop-table","platform":"shopify","name":` + js(xss) +
		`,"site":` + js(sqlDrop) + `,"timezone":"UTC","currency":"USD"}`}, http.StatusCreated, &st)
	if st.Name != xss || st.Site != sqlDrop {
		t.Errorf("store name %q site %q, want verbatim", st.Name, st.Site)
	}

	after := e.snapshot() // fails if a table is gone
	for table, grew := range map[string]int64{"tickets": 1, "messages": 1, "orders": 1, "stores": 1, "customers": 1} {
		if after[table]-before[table] != grew {
			t.Errorf("%s: %d → %d rows, want %d more", table, before[table], after[table], grew)
		}
	}
	if logs := grepLines(e.logs.String(), "level=ERROR"); logs != "" {
		t.Errorf("server errors:\n%s", logs)
	}
}
