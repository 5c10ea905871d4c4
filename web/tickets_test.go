package web

import (
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"kefu"
)

func TestCreateTicketReturns201WithLocation(t *testing.T) {
	e := newEnv(t)
	var got kefu.Ticket
	rec := e.call("POST", "/api/v1/tickets", tokAgent, map[string]any{
		"store_id": storeUS, "subject": "Wo ist meine Bestellung?", "intent": "order_status", "tags": []string{"VIP", " vip "},
		"customer": map[string]any{"identities": []map[string]any{{"kind": "email", "value": "Buyer@Example.com"}}},
		"message":  map[string]any{"text": "Hello, where is order 123?"},
	}, &got, http.StatusCreated)
	if loc := rec.Header().Get("Location"); loc != fmt.Sprintf("/api/v1/tickets/%d", got.ID) {
		t.Fatalf("Location = %q for ticket %d", loc, got.ID)
	}
	if got.Status != kefu.StatusNew || got.Priority != "normal" || !slices.Equal(got.Tags, []string{"vip"}) || got.CustomerID == 0 {
		t.Fatalf("ticket = %+v", got)
	}
	// Inbound messages keep the buyer as author even when an agent posts them.
	m := e.fake.tickets[got.ID].Messages[0]
	if m.AuthorUserID != 0 || m.Direction != kefu.DirectionInbound {
		t.Fatalf("first message = %+v", m)
	}
}

// Text that looks like SQL or HTML is data: stored and returned exactly
// as sent (HTML bodies are sanitised by the domain, text never is).
func TestHostileTextIsStoredVerbatim(t *testing.T) {
	e := newEnv(t)
	subject := `Robert'); DROP TABLE tickets;-- <script>alert(1)</script> 退款 & "quotes"`
	var got kefu.Ticket
	e.call("POST", "/api/v1/tickets", tokAgent, map[string]any{"store_id": storeUS, "subject": subject}, &got, http.StatusCreated)
	var again kefu.Ticket
	rec := e.call("GET", fmt.Sprintf("/api/v1/tickets/%d", got.ID), tokAgent, nil, &again, http.StatusOK)
	if again.Subject != subject {
		t.Fatalf("subject = %q, want %q", again.Subject, subject)
	}
	if strings.Contains(rec.Body.String(), "<script>") {
		t.Fatal("raw <script> in a JSON response; the encoder should escape it")
	}
	var m kefu.Message
	e.call("POST", fmt.Sprintf("/api/v1/tickets/%d/messages", got.ID), tokAgent, map[string]any{
		"direction": "note", "text": subject, "html": `<p onclick="x()">hi</p><script>alert(1)</script>`,
	}, &m, http.StatusCreated)
	if m.Text != subject || strings.Contains(m.HTML, "script") || strings.Contains(m.HTML, "onclick") {
		t.Fatalf("message = %+v", m)
	}
}

func TestGetTicketOfAnotherStoreIsNotFound(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeMY, kefu.StatusOpen)
	rec := e.do(req{method: "GET", path: fmt.Sprintf("/api/v1/tickets/%d", tk.ID), token: tokAgent})
	wantProblem(t, rec, http.StatusNotFound, kefu.ENOTFOUND, "")
	e.call("GET", fmt.Sprintf("/api/v1/tickets/%d", tk.ID), tokAdmin, nil, nil, http.StatusOK)
}

func TestPatchTicket(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeUS, kefu.StatusOpen)
	var got kefu.Ticket
	e.call("PATCH", fmt.Sprintf("/api/v1/tickets/%d", tk.ID), tokAgent, map[string]any{
		"status": "pending", "add_tags": []string{"Refund"}, "assignee_id": userAgent, "resolution_due": "2030-01-02T03:04:05+08:00",
	}, &got, http.StatusOK)
	if got.Status != "pending" || !slices.Equal(got.Tags, []string{"refund"}) || got.AssigneeID != userAgent ||
		got.ResolutionDue == nil || !got.ResolutionDue.Equal(time.Date(2030, 1, 1, 19, 4, 5, 0, time.UTC)) {
		t.Fatalf("ticket = %+v", got)
	}
	rec := e.do(req{method: "PATCH", path: fmt.Sprintf("/api/v1/tickets/%d", tk.ID), token: tokAgent, body: `{"priority":"asap"}`})
	wantProblem(t, rec, http.StatusUnprocessableEntity, kefu.EINVALID, "priority")
	rec = e.do(req{method: "PATCH", path: fmt.Sprintf("/api/v1/tickets/%d", tk.ID), token: tokAgent,
		ctype: "application/merge-patch+json", body: `{"priority":"high"}`})
	if rec.Code != http.StatusOK {
		t.Fatalf("merge-patch: %d %s", rec.Code, rec.Body)
	}
}

func TestClosedTicketIsConflict(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeUS, kefu.StatusClosed)
	rec := e.do(req{method: "PATCH", path: fmt.Sprintf("/api/v1/tickets/%d", tk.ID), token: tokAgent, body: `{"subject":"x"}`})
	wantProblem(t, rec, http.StatusConflict, kefu.ECONFLICT, "")
	rec = e.do(req{method: "POST", path: fmt.Sprintf("/api/v1/tickets/%d/messages", tk.ID), token: tokAgent, body: `{"text":"x"}`})
	wantProblem(t, rec, http.StatusConflict, kefu.ECONFLICT, "")
}

func TestReplyIsAuthoredByTheCallingUser(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeUS, kefu.StatusOpen)
	var m kefu.Message
	e.call("POST", fmt.Sprintf("/api/v1/tickets/%d/messages", tk.ID), tokAgent,
		map[string]any{"direction": "outbound", "text": "Your parcel left Shenzhen today."}, &m, http.StatusCreated)
	if m.AuthorUserID != userAgent || m.AuthorName != "Lin" {
		t.Fatalf("author = %d %q", m.AuthorUserID, m.AuthorName)
	}
	e.call("POST", fmt.Sprintf("/api/v1/tickets/%d/messages", tk.ID), tokAgent,
		map[string]any{"direction": "note", "text": "Refund approved", "author_name": "Lin (night shift)"}, &m, http.StatusCreated)
	if m.AuthorUserID != userAgent || m.AuthorName != "Lin (night shift)" {
		t.Fatalf("author = %d %q", m.AuthorUserID, m.AuthorName)
	}
}

func TestMessageAttachmentsAreStoredInTheBlobStore(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeUS, kefu.StatusOpen)
	pdf := []byte("%PDF-1.4 receipt")
	var m kefu.Message
	e.call("POST", fmt.Sprintf("/api/v1/tickets/%d/messages", tk.ID), tokAgent, map[string]any{
		"direction": "outbound", "text": "Receipt attached",
		"attachments": []map[string]any{
			{"filename": "receipt.pdf", "content_type": "application/pdf", "data": base64.StdEncoding.EncodeToString(pdf)},
			{"filename": "note.txt", "data": base64.RawStdEncoding.EncodeToString([]byte("plain text, unpadded"))},
		},
	}, &m, http.StatusCreated)
	if len(m.Attachments) != 2 {
		t.Fatalf("attachments = %+v", m.Attachments)
	}
	a := m.Attachments[0]
	if a.Size != int64(len(pdf)) || a.ContentType != "application/pdf" || len(a.SHA256) != 64 {
		t.Fatalf("attachment = %+v", a)
	}
	if ct := m.Attachments[1].ContentType; !strings.HasPrefix(ct, "text/plain") {
		t.Fatalf("detected content type = %q", ct)
	}
	f, err := e.blobs.Open(a.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if b, _ := io.ReadAll(f); string(b) != string(pdf) {
		t.Fatalf("blob = %q", b)
	}
}

func TestAttachmentOverTenMiBIsTooLargeAndNothingIsStored(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeUS, kefu.StatusOpen)
	data := base64.StdEncoding.EncodeToString(make([]byte, attachmentLimit+1))
	rec := e.do(req{method: "POST", path: fmt.Sprintf("/api/v1/tickets/%d/messages", tk.ID), token: tokAgent,
		body: `{"text":"big","attachments":[{"filename":"big.bin","data":"` + data + `"}]}`})
	wantProblem(t, rec, http.StatusRequestEntityTooLarge, kefu.ETOOLARGE, "attachments.0.data")
	// Exactly the limit is fine.
	data = base64.StdEncoding.EncodeToString(make([]byte, attachmentLimit))
	rec = e.do(req{method: "POST", path: fmt.Sprintf("/api/v1/tickets/%d/messages", tk.ID), token: tokAgent,
		body: `{"text":"big","attachments":[{"filename":"big.bin","data":"` + data + `"}]}`})
	if rec.Code != http.StatusCreated {
		t.Fatalf("10 MiB attachment: %d %s", rec.Code, rec.Body.String()[:200])
	}
}

// A message that cannot be added writes no attachment bytes.
func TestInvalidMessageStoresNoBlob(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeUS, kefu.StatusOpen)
	mine := e.seedTicket(storeMY, kefu.StatusOpen)
	att := `[{"filename":"a.txt","data":"` + base64.StdEncoding.EncodeToString([]byte("orphan")) + `"}]`
	for _, c := range []struct {
		path, body string
		status     int
	}{
		{fmt.Sprintf("/api/v1/tickets/%d/messages", tk.ID), `{"direction":"sideways","text":"x","attachments":` + att + `}`, 422},
		{fmt.Sprintf("/api/v1/tickets/%d/messages", tk.ID), `{"text":"x","attachments":[{"filename":"","data":"eA=="}]}`, 422},
		{fmt.Sprintf("/api/v1/tickets/%d/messages", mine.ID), `{"text":"x","attachments":` + att + `}`, 404},
		{"/api/v1/tickets", `{"store_id":1,"message":{"text":"x","attachments":` + att + `}}`, 422},
	} {
		rec := e.do(req{method: "POST", path: c.path, token: tokAgent, body: c.body})
		if rec.Code != c.status {
			t.Errorf("%s %s = %d, want %d: %s", c.path, c.body, rec.Code, c.status, rec.Body)
		}
	}
	if _, err := e.blobs.Open(sha256hex("orphan")); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Fatalf("orphan blob stored: %v", err)
	}
}

func TestListTicketsMapsQueryOntoTheFilter(t *testing.T) {
	e := newEnv(t)
	e.seedTicket(storeUS, kefu.StatusOpen)
	var page kefu.TicketPage
	e.call("GET", "/api/v1/tickets?status=open,pending&status=new&store=1&store=2,3&platform=amazon&intent=refund_request"+
		"&notice_kind=dispute_notice&language=th&currency=usd&priority=high&tag=vip&tag=Refund&assignee=me&team=EU"+
		"&phishing=false&created_after=2024-01-01T00:00:00Z&created_before=2024-02-01T00:00:00%2B08:00"+
		"&updated_after=2024-01-01T00:00:00.123Z&updated_before=2025-01-01T00:00:00Z&sla_due_before=2024-03-01T00:00:00Z"+
		"&order_number=123-4567890-1234567&customer=buyer%40example.com&card_last4=4242&payment_id=pi_123&q=退款+refund"+
		"&sort=sla_due&cursor=abc&limit=20", tokAgent, nil, &page, http.StatusOK)
	f := e.fake.lastFilter
	date := func(s string) time.Time { t, _ := time.Parse(time.RFC3339Nano, s); return t.UTC() }
	checks := []struct {
		name string
		ok   bool
	}{
		{"status", slices.Equal(f.Status, []string{"open", "pending", "new"})},
		{"store", slices.Equal(f.StoreID, []int64{1, 2, 3})},
		{"platform", slices.Equal(f.Platform, []string{"amazon"})},
		{"intent", slices.Equal(f.Intent, []string{"refund_request"})},
		{"notice_kind", slices.Equal(f.NoticeKind, []string{"dispute_notice"})},
		{"language", slices.Equal(f.Language, []string{"th"})},
		{"currency", slices.Equal(f.Currency, []string{"USD"})},
		{"priority", slices.Equal(f.Priority, []string{"high"})},
		{"tag", slices.Equal(f.Tags, []string{"vip", "refund"})},
		{"assignee", f.AssigneeID != nil && *f.AssigneeID == userAgent},
		{"team", f.Team == "EU"},
		{"phishing", f.Phishing != nil && !*f.Phishing},
		{"created_after", f.CreatedAfter.Equal(date("2024-01-01T00:00:00Z")) && f.CreatedAfter.Location() == time.UTC},
		{"created_before", f.CreatedBefore.Equal(date("2024-01-31T16:00:00Z"))},
		{"updated_after", f.UpdatedAfter.Equal(date("2024-01-01T00:00:00.123Z"))},
		{"updated_before", f.UpdatedBefore.Equal(date("2025-01-01T00:00:00Z"))},
		{"sla_due_before", f.SLADueBefore.Equal(date("2024-03-01T00:00:00Z"))},
		{"order_number", f.OrderNumber == "123-4567890-1234567"},
		{"customer", f.Customer == "buyer@example.com"},
		{"card_last4", f.CardLast4 == "4242"},
		{"payment_id", f.PaymentID == "pi_123"},
		{"q", f.Query == "退款 refund"},
		{"sort", f.Sort == kefu.SortSLADue},
		{"cursor", f.Cursor == "abc"},
		{"limit", f.Limit == 20},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("%s not mapped: %+v", c.name, f)
		}
	}
	// Every documented parameter is checked above.
	if len(checks) != len(ticketFilterParams) {
		t.Errorf("%d checks for %d parameters", len(checks), len(ticketFilterParams))
	}
}

func TestListTicketsDefaultsAndAssigneeNone(t *testing.T) {
	e := newEnv(t)
	var page kefu.TicketPage
	rec := e.call("GET", "/api/v1/tickets?assignee=none", tokViewer, nil, &page, http.StatusOK)
	f := e.fake.lastFilter
	if f.AssigneeID == nil || *f.AssigneeID != 0 || f.Limit != 50 || f.Sort != kefu.SortUpdated {
		t.Fatalf("filter = %+v", f)
	}
	if !strings.Contains(rec.Body.String(), `"tickets":[]`) {
		t.Fatalf("empty page should list [] not null: %s", rec.Body)
	}
	e.call("GET", "/api/v1/tickets?assignee=42", tokViewer, nil, &page, http.StatusOK)
	if f := e.fake.lastFilter; *f.AssigneeID != 42 {
		t.Fatalf("assignee = %d", *f.AssigneeID)
	}
}
