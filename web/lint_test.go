package web

import (
	"strconv"
	"strings"
	"testing"

	"kefu"
)

func TestLintReportsWhatTheGuardWouldSayForAPlatform(t *testing.T) {
	e := newEnv(t)
	var out lintResult
	e.call("POST", "/api/v1/lint", tokViewer, map[string]any{"text": "Pay me via paypal at lin@example.com", "platform": "Amazon"}, &out, 200)
	if out.Platform != "amazon" || !out.Blocked || len(out.Violations) == 0 {
		t.Fatalf("lint = %+v, want blocked findings on amazon", out)
	}
	for _, v := range out.Violations {
		if v.Excerpt == "" || v.Kind == "" {
			t.Errorf("incomplete violation %+v", v)
		}
	}
	var clean lintResult
	rec := e.call("POST", "/api/v1/lint", tokViewer, map[string]any{"text": "Your parcel ships tomorrow.", "platform": "ebay"}, &clean, 200)
	if clean.Blocked || len(clean.Violations) != 0 || !strings.Contains(rec.Body.String(), `"violations":[]`) {
		t.Errorf("clean text = %s", rec.Body.String())
	}
}

func TestLintUsesTheTicketStoresPlatformAndItsScope(t *testing.T) {
	e := newEnv(t)
	tk := e.seedTicket(storeMY, kefu.StatusOpen)
	var out lintResult
	e.call("POST", "/api/v1/lint", tokAdmin, map[string]any{"text": "hello", "ticket_id": tk.ID}, &out, 200)
	if out.Platform != "shopee" {
		t.Errorf("platform = %q, want the store's shopee", out.Platform)
	}
	// The agent does not see store MY: the ticket does not exist for them.
	rec := e.do(req{method: "POST", path: "/api/v1/lint", token: tokAgentRead, body: `{"text":"hi","ticket_id":` + strconv.FormatInt(tk.ID, 10) + `}`})
	wantProblem(t, rec, 404, kefu.ENOTFOUND, "")
}

func TestLintRefusesBadInput(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		body   string
		status int
		field  string
	}{
		{`{"platform":"amazon"}`, 422, "text"},
		{`{"text":"","platform":"amazon"}`, 422, "text"},
		{`{"text":"` + strings.Repeat("a", 64<<10+1) + `","platform":"amazon"}`, 422, "text"},
		{`{"text":"hi"}`, 422, "platform"},
		{`{"text":"hi","platform":"amazon","ticket_id":1}`, 422, "platform"},
		{`{"text":"hi","platform":"<script>"}`, 422, "platform"},
		{`{"text":"hi","ticket_id":-3}`, 422, "ticket_id"},
		{`{"text":1,"platform":"amazon"}`, 400, "text"},
		{`{"text":"hi","platform":"amazon","x":1}`, 400, "x"},
	} {
		rec := e.do(req{method: "POST", path: "/api/v1/lint", token: tokViewer, body: c.body})
		wantProblem(t, rec, c.status, kefu.EINVALID, c.field)
	}
	rec := e.do(req{method: "POST", path: "/api/v1/lint", token: tokViewer, body: `{"text":"hi","ticket_id":999999}`})
	wantProblem(t, rec, 404, kefu.ENOTFOUND, "")
}
