package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"kefu"
)

func TestPutOrderCreatesThenReplaces(t *testing.T) {
	e := newEnv(t)
	order := map[string]any{"store_id": storeUS, "number": "123-4567890-1234567", "currency": "USD", "total_minor": 1999,
		"id": 777, "customer": map[string]any{"identities": []map[string]any{{"kind": "email", "value": "b@example.com"}}}}
	var got kefu.Order
	rec := e.call("PUT", "/api/v1/orders", tokAgent, order, &got, http.StatusCreated)
	if got.ID == 777 || rec.Header().Get("Location") != fmt.Sprintf("/api/v1/orders/%d", got.ID) || got.CustomerID == 0 {
		t.Fatalf("created %+v, Location %q", got, rec.Header().Get("Location"))
	}
	order["total_minor"] = 2999
	var again kefu.Order
	rec = e.call("PUT", "/api/v1/orders", tokAgent, order, &again, http.StatusOK)
	if again.ID != got.ID || again.TotalMinor != 2999 || rec.Header().Get("Location") != "" {
		t.Fatalf("replaced %+v", again)
	}
	e.call("GET", fmt.Sprintf("/api/v1/orders/%d", got.ID), tokViewer, nil, &again, http.StatusOK)
	// An agent cannot write into a store outside their scope.
	order["store_id"] = storeMY
	rec = e.do(req{method: "PUT", path: "/api/v1/orders", token: tokAgent, body: mustJSON(order)})
	wantProblem(t, rec, http.StatusUnprocessableEntity, kefu.EINVALID, "store_id")
}

func TestListOrdersByStoreSlug(t *testing.T) {
	e := newEnv(t)
	e.call("PUT", "/api/v1/orders", tokAgent, map[string]any{"store_id": storeUS, "number": "A-1", "currency": "USD"}, nil, http.StatusCreated)
	var list orderList
	e.call("GET", "/api/v1/orders?store=acme-us&number=A-1", tokAgent, nil, &list, http.StatusOK)
	if len(list.Orders) != 1 || list.Orders[0].Number != "A-1" {
		t.Fatalf("orders = %+v", list.Orders)
	}
	rec := e.call("GET", "/api/v1/orders?store=1&number=none", tokAgent, nil, &list, http.StatusOK)
	if !strings.Contains(rec.Body.String(), `"orders":[]`) {
		t.Fatalf("body = %s", rec.Body)
	}
}

const importCSV = "\uFEFFnumber,currency,total_minor,customer_email,customer_name,placed_at,carrier,tracking_number,card_last4\r\n" +
	"A-1,usd,1999,lin@example.com,Lin,2024-05-01T09:30:00+08:00,UPS,1Z999,4242\r\n" +
	"\"A-2\",USD,\"500\",,,,,,\r\n" +
	"\"A-3, gift\",USD,0,,,,,\"TRK\nWITH BREAK\",\r\n"

func TestImportOrdersCSV(t *testing.T) {
	e := newEnv(t)
	var res kefu.OrderImportResult
	rec := e.do(req{method: "POST", path: "/api/v1/orders/import?store=acme-us", token: tokAgent, ctype: "text/csv; charset=utf-8", body: importCSV})
	if rec.Code != http.StatusOK {
		t.Fatalf("import = %d %s", rec.Code, rec.Body)
	}
	mustUnmarshal(t, rec.Body.Bytes(), &res)
	if res.Created != 3 {
		t.Fatalf("result = %+v", res)
	}
	o := e.fake.lastImport[0]
	if o.StoreID != storeUS || o.Currency != "USD" || o.TotalMinor != 1999 || o.CardLast4 != "4242" ||
		o.PlacedAt == nil || o.PlacedAt.Hour() != 1 || len(o.Shipments) != 1 || o.Shipments[0].TrackingNumber != "1Z999" {
		t.Fatalf("order 1 = %+v", o)
	}
	if n := e.fake.lastImport[2].Number; n != "A-3, gift" {
		t.Fatalf("quoted number = %q", n)
	}
	// A second import of the same rows updates them.
	rec = e.do(req{method: "POST", path: "/api/v1/orders/import?store=1", token: tokAgent, ctype: "text/csv", body: importCSV})
	mustUnmarshal(t, rec.Body.Bytes(), &res)
	if res.Updated != 3 || res.Created != 0 {
		t.Fatalf("result = %+v", res)
	}
}

func TestImportOrdersNDJSON(t *testing.T) {
	e := newEnv(t)
	body := `{"number":"N-1","currency":"USD","total_minor":100}` + "\n\n" +
		`{"number":"N-2","currency":"EUR","store_id":1,"items":[{"title":"Mug","quantity":2,"price_minor":50}]}` + "\r\n"
	for _, ct := range []string{"application/x-ndjson", "application/jsonl"} {
		rec := e.do(req{method: "POST", path: "/api/v1/orders/import?store=1", token: tokAgent, ctype: ct, body: body})
		if rec.Code != http.StatusOK {
			t.Fatalf("%s import = %d %s", ct, rec.Code, rec.Body)
		}
	}
	if n := len(e.fake.lastImport); n != 2 || e.fake.lastImport[1].Items[0].Quantity != 2 {
		t.Fatalf("imported %d: %+v", n, e.fake.lastImport)
	}
}

func TestImportOrdersBadInputNamesLineAndColumn(t *testing.T) {
	e := newEnv(t)
	header := "number,currency,total_minor,placed_at\n"
	cases := []struct {
		name, ctype, query, body string
		status                   int
		code, field              string
		line                     int
	}{
		{"unknown column", "text/csv", "store=1", "number,currency,colour\nA,USD,red\n", 400, kefu.EINVALID, "colour", 1},
		{"duplicate column", "text/csv", "store=1", "number,currency,number\n", 400, kefu.EINVALID, "number", 1},
		{"missing required column", "text/csv", "store=1", "number,total_minor\nA,1\n", 400, kefu.EINVALID, "currency", 1},
		{"bad amount", "text/csv", "store=1", header + "A,USD,1,\nB,USD,12.50,\n", 400, kefu.EINVALID, "total_minor", 3},
		{"bad time", "text/csv", "store=1", header + "A,USD,1,2024-05-01\n", 400, kefu.EINVALID, "placed_at", 2},
		{"domain rule", "text/csv", "store=1", header + "A,USD,1,\n,USD,1,\n", 422, kefu.EINVALID, "number", 3},
		{"bad currency", "text/csv", "store=1", header + "A,dollars,1,\n", 422, kefu.EINVALID, "currency", 2},
		{"name without email", "text/csv", "store=1", "number,currency,customer_name\nA,USD,Lin\n", 422, kefu.EINVALID, "customer_name", 2},
		{"field count", "text/csv", "store=1", header + "A,USD\n", 400, kefu.EINVALID, "", 2},
		{"bare quote", "text/csv", "store=1", header + "A\"B,USD,1,\n", 400, kefu.EINVALID, "", 2},
		{"unterminated quote", "text/csv", "store=1", header + "\"A,USD,1,\n", 400, kefu.EINVALID, "", 2},
		{"invalid UTF-8", "text/csv", "store=1", header + "caf\xe9,USD,1,\n", 400, kefu.EINVALID, "number", 2},
		{"header only", "text/csv", "store=1", header, 400, kefu.EINVALID, "", 0},
		{"empty", "text/csv", "store=1", "", 400, kefu.EINVALID, "", 0},
		{"ndjson unknown field", "application/x-ndjson", "store=1", `{"number":"A","currency":"USD"}` + "\n" + `{"number":"B","currency":"USD","colour":"red"}`, 400, kefu.EINVALID, "colour", 2},
		{"ndjson wrong type", "application/x-ndjson", "store=1", `{"number":"A","currency":"USD","total_minor":"1"}`, 400, kefu.EINVALID, "total_minor", 1},
		{"ndjson syntax", "application/x-ndjson", "store=1", "\n\n{\"number\":", 400, kefu.EINVALID, "", 3},
		{"ndjson two values on a line", "application/x-ndjson", "store=1", `{"number":"A","currency":"USD"} {}`, 400, kefu.EINVALID, "", 1},
		{"ndjson other store", "application/x-ndjson", "store=1", `{"number":"A","currency":"USD","store_id":2}`, 400, kefu.EINVALID, "store_id", 1},
		{"ndjson domain rule", "application/x-ndjson", "store=1", `{"number":"A","currency":"USD","card_last4":"x"}`, 422, kefu.EINVALID, "card_last4", 1},
		{"ndjson invalid UTF-8", "application/x-ndjson", "store=1", "{\"number\":\"\xff\",\"currency\":\"USD\"}", 400, kefu.EINVALID, "", 1},
		{"no store", "text/csv", "", header, 400, kefu.EINVALID, "store", 0},
		{"unknown store", "text/csv", "store=nope", header + "A,USD,1,\n", 404, kefu.ENOTFOUND, "", 0},
		{"json content type", "application/json", "store=1", `[]`, 415, kefu.EINVALID, "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := "/api/v1/orders/import"
			if c.query != "" {
				path += "?" + c.query
			}
			rec := e.do(req{method: "POST", path: path, token: tokAgent, ctype: c.ctype, body: c.body})
			p := wantProblem(t, rec, c.status, c.code, c.field)
			if p.Line != c.line {
				t.Errorf("line = %d, want %d (%s)", p.Line, c.line, p.Detail)
			}
		})
	}
	if len(e.fake.orders) != 0 {
		t.Fatalf("a failed import wrote %d orders", len(e.fake.orders))
	}
}

func TestImportOrdersTooManyRowsIsTooLarge(t *testing.T) {
	var b strings.Builder
	b.WriteString("number,currency\n")
	for i := range maxImportRows + 1 {
		fmt.Fprintf(&b, "%d,USD\n", i)
	}
	_, err := parseOrdersCSV(strings.NewReader(b.String()), storeUS)
	if kefu.ErrorCode(err) != kefu.ETOOLARGE {
		t.Fatalf("err = %v", err)
	}
}

func TestImportOrdersBodyOverLimitIsTooLarge(t *testing.T) {
	e := newEnv(t)
	// Lines of ~1 KiB: the byte limit strikes before the row limit.
	title := strings.Repeat("x", 500)
	line := `{"number":"A","currency":"USD","items":[{"title":"` + title + `"},{"title":"` + title + `"}]}` + "\n"
	body := strings.Repeat(line, importMaxBody/len(line)+10)
	rec := e.do(req{method: "POST", path: "/api/v1/orders/import?store=1", token: tokAgent, ctype: "application/x-ndjson", body: body})
	p := wantProblem(t, rec, http.StatusRequestEntityTooLarge, kefu.ETOOLARGE, "")
	if !strings.Contains(p.Detail, "64 MiB") {
		t.Fatalf("detail = %q", p.Detail)
	}
}
