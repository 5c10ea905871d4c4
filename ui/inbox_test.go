package ui

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"kefu"
)

func TestInbox_ViewsFiltersAndChineseSearch(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	shopee := &kefu.Store{Slug: "shopee-my", Platform: "shopee", Name: "Shopee MY", Timezone: "Asia/Kuala_Lumpur", Currency: "MYR"}
	if err := e.db.CreateStore(e.sys(), shopee); err != nil {
		t.Fatal(err)
	}
	due := time.Now().Add(time.Hour)
	late := time.Now().Add(-time.Hour)
	refund := e.ticket(&kefu.TicketCreate{Subject: "申请退款", Intent: "refund_request", Language: "zh", AssigneeID: e.agent.ID,
		FirstResponseDue: &due, Customer: &kefu.Customer{Name: "王芳", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "wang.fang@example.com"}}},
		Message: &kefu.Message{Text: "我要退款，商品坏了"}})
	overdue := e.ticket(&kefu.TicketCreate{StoreID: shopee.ID, Subject: "Parcel stuck", Intent: "order_status", Language: "en",
		FirstResponseDue: &late, Message: &kefu.Message{Text: "where is my parcel"}})
	dispute := e.ticket(&kefu.TicketCreate{Subject: "Dispute opened", NoticeKind: "dispute_notice", CaseID: "dp_123", Currency: "USD",
		Message: &kefu.Message{Direction: kefu.DirectionSystem, Text: "dispute opened"}})
	phish := e.ticket(&kefu.TicketCreate{Subject: "Verify your account", NoticeKind: "account_health", SuspectedPhishing: true,
		Message: &kefu.Message{Text: "click here"}})
	solved := e.ticket(&kefu.TicketCreate{Subject: "Old one", Status: kefu.StatusSolved, Message: &kefu.Message{Text: "thanks"}})

	c := e.client()
	c.mustLogin("agent@example.com")
	for _, tc := range []struct {
		query      string
		want, miss []*kefu.Ticket
	}{
		{"", []*kefu.Ticket{refund, overdue, dispute, phish}, []*kefu.Ticket{solved}},
		{"view=mine", []*kefu.Ticket{refund}, []*kefu.Ticket{overdue, dispute}},
		{"view=unassigned", []*kefu.Ticket{overdue, dispute}, []*kefu.Ticket{refund}},
		{"view=due_soon", []*kefu.Ticket{refund, overdue}, []*kefu.Ticket{dispute}},
		{"view=breached", []*kefu.Ticket{overdue}, []*kefu.Ticket{refund}},
		{"view=disputes", []*kefu.Ticket{dispute}, []*kefu.Ticket{refund, phish}},
		{"view=notices", []*kefu.Ticket{dispute, phish}, []*kefu.Ticket{refund}},
		{"view=phishing", []*kefu.Ticket{phish}, []*kefu.Ticket{dispute}},
		{"view=all", []*kefu.Ticket{solved, refund}, nil},
		{"q=" + url.QueryEscape("退款"), []*kefu.Ticket{refund}, []*kefu.Ticket{overdue}},
		{"platform=shopee", []*kefu.Ticket{overdue}, []*kefu.Ticket{refund}},
		{"store=" + itoa(shopee.ID), []*kefu.Ticket{overdue}, []*kefu.Ticket{refund}},
		{"intent=refund_request", []*kefu.Ticket{refund}, []*kefu.Ticket{overdue}},
		{"language=zh", []*kefu.Ticket{refund}, []*kefu.Ticket{overdue}},
		{"status=solved", []*kefu.Ticket{solved}, []*kefu.Ticket{refund}},
		{"assignee=me", []*kefu.Ticket{refund}, []*kefu.Ticket{overdue}},
		{"currency=usd", []*kefu.Ticket{dispute}, []*kefu.Ticket{refund}},
		{"case_id=dp_123", []*kefu.Ticket{dispute}, []*kefu.Ticket{refund}},
		{"customer=wang.fang%40example.com", []*kefu.Ticket{refund}, []*kefu.Ticket{dispute}},
	} {
		r := c.get("/?" + tc.query)
		wantStatus(t, tc.query, r, http.StatusOK)
		for _, tk := range tc.want {
			if !strings.Contains(r.body, `data-id="`+itoa(tk.ID)+`"`) {
				t.Errorf("%q: ticket %q missing", tc.query, tk.Subject)
			}
		}
		for _, tk := range tc.miss {
			if strings.Contains(r.body, `data-id="`+itoa(tk.ID)+`"`) {
				t.Errorf("%q: ticket %q should not be listed", tc.query, tk.Subject)
			}
		}
	}
	r := c.get("/?q=" + url.QueryEscape("退款"))
	if !strings.Contains(r.body, "<mark>退款</mark>") {
		t.Error("the search result shows no highlighted snippet")
	}
	// Each row carries the platform, store, intent, language, buyer and clock.
	r = c.get("/")
	for _, want := range []string{"p-shopee", "Shopee MY", "Refund request", `class="lang"`, "王芳", "overdue", "left"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("inbox rows lack %q", want)
		}
	}
	if !strings.Contains(r.body, `<span class="count">4</span>`) {
		t.Error("the All open view does not count its 4 tickets")
	}
}

func TestInbox_AgentsSeeBuyersEmailsMasked(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.ticket(&kefu.TicketCreate{Subject: "hello", Customer: &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "jane.doe@example.com"}}},
		Message: &kefu.Message{Text: "hi"}})
	agent, admin := e.client(), e.client()
	agent.mustLogin("agent@example.com")
	admin.mustLogin("admin@example.com")
	if r := agent.get("/"); !strings.Contains(r.body, "j***@example.com") || strings.Contains(r.body, "jane.doe@") {
		t.Error("an agent sees the buyer's email unmasked in the inbox")
	}
	if r := admin.get("/"); !strings.Contains(r.body, "jane.doe@example.com") {
		t.Error("an admin does not see the buyer's email")
	}
}

func TestInbox_BulkAssignTagAndStatus(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	a := e.ticket(&kefu.TicketCreate{Subject: "one", Message: &kefu.Message{Text: "1"}})
	b := e.ticket(&kefu.TicketCreate{Subject: "two", Message: &kefu.Message{Text: "2"}})
	other := e.ticket(&kefu.TicketCreate{Subject: "three", Message: &kefu.Message{Text: "3"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	c.get("/")
	ids := []string{itoa(a.ID), itoa(b.ID)}
	for _, form := range []url.Values{
		{"id": ids, "action": {"assign"}, "assignee": {"me"}},
		{"id": ids, "action": {"tag"}, "tag": {"VIP"}},
		{"id": ids, "action": {"status"}, "status": {"pending"}},
	} {
		form.Set("return", "/?view=open")
		r := c.post("/tickets/bulk", form)
		if r.status != http.StatusSeeOther || r.location != "/?view=open" {
			t.Fatalf("bulk %s = %d → %q", form.Get("action"), r.status, r.location)
		}
	}
	for _, id := range []int64{a.ID, b.ID} {
		got, _ := e.db.FindTicketByID(e.sys(), id)
		if got.AssigneeID != e.agent.ID || got.Status != kefu.StatusPending || len(got.Tags) != 1 || got.Tags[0] != "vip" {
			t.Errorf("ticket %d after bulk = assignee %d, status %s, tags %v", id, got.AssigneeID, got.Status, got.Tags)
		}
	}
	if got, _ := e.db.FindTicketByID(e.sys(), other.ID); got.AssigneeID != 0 || got.Status != kefu.StatusNew {
		t.Error("bulk changed a ticket that was not selected")
	}
	viewer := e.user("viewer@example.com", kefu.RoleViewer)
	v := e.client()
	v.mustLogin(viewer.Email)
	v.get("/")
	wantStatus(t, "a viewer's bulk change", v.post("/tickets/bulk", url.Values{"id": {itoa(other.ID)}, "action": {"status"}, "status": {"solved"}}), http.StatusForbidden)
}

func TestInboxRow_ReturnsTheRowOnlyWhenTheTicketBelongsInTheView(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "live one", Intent: "not_received", Message: &kefu.Message{Text: "hi"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	r := c.get("/inbox/rows/" + itoa(tk.ID) + "?view=open")
	wantStatus(t, "row in its view", r, http.StatusOK)
	if !strings.HasPrefix(strings.TrimSpace(r.body), `<tr class="row" data-id="`+itoa(tk.ID)+`"`) {
		t.Errorf("row fragment = %.200s", r.body)
	}
	wantStatus(t, "row outside its view", c.get("/inbox/rows/"+itoa(tk.ID)+"?view=mine"), http.StatusNoContent)
	r = c.get("/inbox/rows/" + itoa(tk.ID) + "?view=open&order_number=123")
	if r.status != http.StatusNoContent || r.header.Get("X-Kefu-Match") != "unknown" {
		t.Errorf("a filter needing the database = %d %q, want 204 unknown", r.status, r.header.Get("X-Kefu-Match"))
	}
	wantStatus(t, "a missing ticket", c.get("/inbox/rows/999999"), http.StatusNoContent)
}

func TestMatches_DecidesFromTheTicketsOwnFields(t *testing.T) {
	t.Parallel()
	stores := []*kefu.Store{{ID: 1, Platform: "amazon"}, {ID: 2, Platform: "shopee"}}
	due := time.Now().Add(time.Hour)
	me, none := int64(7), int64(0)
	yes := true
	tk := &kefu.Ticket{ID: 1, StoreID: 2, Status: "open", Intent: "not_received", Language: "th", Tags: []string{"vip"}, AssigneeID: 7, FirstResponseDue: &due}
	later := time.Now().Add(2 * time.Hour)
	earlier := time.Now()
	for _, tc := range []struct {
		name string
		f    kefu.TicketFilter
		want match
	}{
		{"empty", kefu.TicketFilter{}, matchYes},
		{"status", kefu.TicketFilter{Status: []string{"new", "open"}}, matchYes},
		{"other status", kefu.TicketFilter{Status: []string{"solved"}}, matchNo},
		{"platform", kefu.TicketFilter{Platform: []string{"shopee"}}, matchYes},
		{"other platform", kefu.TicketFilter{Platform: []string{"amazon"}}, matchNo},
		{"mine", kefu.TicketFilter{AssigneeID: &me}, matchYes},
		{"unassigned", kefu.TicketFilter{AssigneeID: &none}, matchNo},
		{"tag", kefu.TicketFilter{Tags: []string{"VIP"}}, matchYes},
		{"phishing", kefu.TicketFilter{Phishing: &yes}, matchNo},
		{"due before later", kefu.TicketFilter{SLADueBefore: &later}, matchYes},
		{"due before now", kefu.TicketFilter{SLADueBefore: &earlier}, matchNo},
		{"search", kefu.TicketFilter{Query: "x"}, matchUnknown},
		{"search but wrong status", kefu.TicketFilter{Query: "x", Status: []string{"closed"}}, matchNo},
	} {
		if got := matches(tk, tc.f, stores); got != tc.want {
			t.Errorf("%s: matches = %d, want %d", tc.name, got, tc.want)
		}
	}
}
