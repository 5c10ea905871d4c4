package ui

import (
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"kefu"
)

// orderTicket is a ticket about an order with a shipment, a card payment
// and a buyer with an email and a phone.
func orderTicket(t *testing.T, e *env) *kefu.Ticket {
	t.Helper()
	placed := time.Now().Add(-72 * time.Hour)
	o := &kefu.Order{StoreID: e.store.ID, Number: "113-4567890-1234567", Currency: "USD", TotalMinor: 4999, PlacedAt: &placed,
		Items:     []kefu.OrderItem{{SKU: "V9", Title: "Cordless vacuum", Quantity: 1, PriceMinor: 4999}},
		Shipments: []kefu.Shipment{{Carrier: "UPS", TrackingNumber: "1Z999AA10123456784"}},
		CardBrand: "visa", CardLast4: "4242", ChargeID: "ch_123", BuyerIP: "203.0.113.9", ShipCountry: "US",
		Customer: &kefu.Customer{Name: "Jane Doe", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "jane.doe@example.com"}, {Kind: kefu.IdentityPhone, Value: "+1 415 555 0112"}}}}
	if _, err := e.db.UpsertOrder(e.sys(), o); err != nil {
		t.Fatal(err)
	}
	due := time.Now().Add(3 * time.Hour)
	return e.ticket(&kefu.TicketCreate{Subject: "Where is my vacuum?", Intent: "order_status", Language: "en", OrderNumber: o.Number,
		FirstResponseDue: &due, Customer: &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "jane.doe@example.com"}}},
		Message: &kefu.Message{Text: "It has been three days."}})
}

func TestTicketPage_ShowsTheCaseWithOrderShipmentAndPayment(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := orderTicket(t, e)
	tz := "Asia/Shanghai" // the store keeps UTC: its clock is shown beside the agent's
	if _, err := e.db.UpdateUser(e.sys(), e.admin.ID, kefu.UserUpdate{Timezone: &tz}); err != nil {
		t.Fatal(err)
	}
	c := e.client()
	c.mustLogin("admin@example.com")
	r := c.get("/tickets/" + itoa(tk.ID))
	wantStatus(t, "ticket page", r, http.StatusOK)
	for _, want := range []string{"Where is my vacuum?", "It has been three days.", "113-4567890-1234567", "Cordless vacuum",
		"USD 49.99", "https://www.ups.com/track?tracknum=1Z999AA10123456784", "•••• 4242", "ch_123",
		"jane.doe@example.com", "+14155550112", "203.0.113.9", "left", "store time"} {
		if !strings.Contains(html.UnescapeString(r.body), want) {
			t.Errorf("ticket page lacks %q", want)
		}
	}
	wantStatus(t, "someone else's ticket id", c.get("/tickets/999999"), http.StatusNotFound)
}

func TestTicketPage_AgentsSeePersonalDataMaskedAndUnmaskingIsAudited(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := orderTicket(t, e)
	c := e.client()
	c.mustLogin("agent@example.com")
	r := c.get("/tickets/" + itoa(tk.ID))
	for _, secret := range []string{"jane.doe@", "555 0112", "5550112", "203.0.113.9"} {
		if strings.Contains(r.body, secret) {
			t.Errorf("an agent sees %q unmasked", secret)
		}
	}
	for _, masked := range []string{"j***@example.com", "+1 ***-***-12", "203.0.113.***"} {
		if !strings.Contains(html.UnescapeString(r.body), masked) {
			t.Errorf("ticket page lacks the masked %q", masked)
		}
	}
	r = c.post("/tickets/"+itoa(tk.ID)+"/unmask", nil)
	wantStatus(t, "unmask", r, http.StatusOK)
	if !strings.Contains(r.body, "jane.doe@example.com") {
		t.Error("unmasking did not show the email")
	}
	entries, err := e.db.ListAudit(e.sys(), kefu.AuditFilter{EntityType: "customer", EntityID: tk.CustomerID})
	if err != nil || len(entries) == 0 || entries[0].Action != "pii.unmask" || entries[0].ActorID != e.agent.ID {
		t.Errorf("no audit entry for the unmask: %+v, %v", entries, err)
	}
	// The page's script asks for JSON.
	req, _ := http.NewRequest("POST", e.ts.URL+"/tickets/"+itoa(tk.ID)+"/unmask", nil)
	req.Header.Set(csrfHeader, c.csrf)
	req.Header.Set("Accept", "application/json")
	r = c.do(req)
	var body struct{ Identities []identityView }
	if err := json.Unmarshal([]byte(r.body), &body); err != nil || len(body.Identities) != 2 || body.Identities[0].Value != "jane.doe@example.com" {
		t.Errorf("unmask JSON = %s (%v)", r.body, err)
	}
}

func TestCompose_ReplyFromASavedReplyFillsItsVariablesAndSolves(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := orderTicket(t, e)
	sup := e.user("sup@example.com", kefu.RoleSupervisor)
	s := e.client()
	s.mustLogin(sup.Email)
	s.get("/admin/replies")
	r := s.post("/admin/replies", url.Values{"name": {"Tracking"}, "language": {"en"}, "store": {"0"},
		"body": {"Hi {{buyer_name}}, order {{order_number}} ships with {{carrier}}: {{tracking_link}}\r\n— {{agent_name}}"}})
	wantStatus(t, "save a reply", r, http.StatusSeeOther)
	replies, _ := e.db.ListReplies(e.sys(), kefu.ReplyFilter{})
	if len(replies) != 1 {
		t.Fatalf("replies = %d", len(replies))
	}

	c := e.client()
	c.mustLogin("agent@example.com")
	page := c.get("/tickets/" + itoa(tk.ID))
	if !strings.Contains(page.body, "[en] Tracking") {
		t.Error("the composer does not offer the saved reply")
	}
	want := "Hi Jane Doe, order 113-4567890-1234567 ships with UPS: https://www.ups.com/track?tracknum=1Z999AA10123456784\n— agent"
	req, _ := http.NewRequest("GET", e.ts.URL+"/tickets/"+itoa(tk.ID)+"/replies/"+itoa(replies[0].ID), nil)
	req.Header.Set("Accept", "application/json")
	r = c.do(req)
	var filled struct{ Text string }
	if err := json.Unmarshal([]byte(r.body), &filled); err != nil || filled.Text != want {
		t.Errorf("filled reply = %q (%v), want %q", filled.Text, err, want)
	}
	// Without script the same text arrives prefilled.
	if r := c.get("/tickets/" + itoa(tk.ID) + "?reply=" + itoa(replies[0].ID)); !strings.Contains(html.UnescapeString(r.body), want) {
		t.Error("?reply= does not prefill the composer")
	}
	r = c.post("/tickets/"+itoa(tk.ID)+"/messages", url.Values{"kind": {"reply"}, "text": {filled.Text}, "then": {"solved"}})
	wantStatus(t, "send", r, http.StatusSeeOther)
	got, _ := e.db.FindTicketByID(e.sys(), tk.ID)
	last := got.Messages[len(got.Messages)-1]
	if got.Status != kefu.StatusSolved || last.Direction != kefu.DirectionOutbound || last.Text != want || last.AuthorUserID != e.agent.ID {
		t.Errorf("after sending: status %s, last message %+v", got.Status, last)
	}
	r = c.post("/tickets/"+itoa(tk.ID)+"/messages", url.Values{"kind": {"note"}, "text": {"called the carrier"}})
	wantStatus(t, "note", r, http.StatusSeeOther)
	got, _ = e.db.FindTicketByID(e.sys(), tk.ID)
	if last := got.Messages[len(got.Messages)-1]; last.Direction != kefu.DirectionNote {
		t.Errorf("a note was stored as %s", last.Direction)
	}
	wantStatus(t, "an empty reply", c.post("/tickets/"+itoa(tk.ID)+"/messages", url.Values{"text": {"  "}}), http.StatusUnprocessableEntity)
}

func TestTicketPage_InboundContentIsEscapedAndFramed(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: `<script>window.__pwned=1</script>`, SuspectedPhishing: true,
		Message: &kefu.Message{Text: `<img src=x onerror=alert(1)>`,
			HTML: `<p onclick="x()">Hi <a href="https://evil.example/login">verify</a><img src="https://tracker.example/p.gif" width="1" height="1"><img src="https://cdn.example/logo.png" alt="logo"><script>alert(1)</script></p>`}})
	c := e.client()
	c.mustLogin("admin@example.com")
	r := c.get("/tickets/" + itoa(tk.ID))
	if strings.Contains(r.body, "<script>window.__pwned") || strings.Contains(r.body, "<img src=x") {
		t.Error("inbound text reached the page unescaped")
	}
	if !strings.Contains(r.body, `sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox" srcdoc="`) {
		t.Fatal("the HTML body is not in a sandboxed frame")
	}
	doc := html.UnescapeString(r.body[strings.Index(r.body, `srcdoc="`)+8:])
	doc = doc[:strings.Index(doc, `</html>`)]
	for _, bad := range []string{"onclick", "<script", "tracker.example/p.gif\"", `src="https://cdn.example`, `href="https://evil`} {
		if strings.Contains(doc, bad) {
			t.Errorf("the frame document contains %q: %s", bad, doc)
		}
	}
	for _, want := range []string{"hxxps://evil[.]example/login", "[logo]", `class="defanged"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("the frame document lacks %q: %s", want, doc)
		}
	}
	if !strings.Contains(r.body, "Remote images held back: 1") {
		t.Error("no notice of the held-back image")
	}
	mid := tk.Messages[0].ID
	r = c.get("/tickets/" + itoa(tk.ID) + "/messages/" + itoa(mid) + "/body?remote=1")
	wantStatus(t, "remote images on request", r, http.StatusOK)
	csp := r.header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "img-src 'self' data: https:") || !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("the body's policy = %q", csp)
	}
	if !strings.Contains(r.body, `src="https://cdn.example/logo.png"`) || strings.Contains(r.body, "tracker.example") {
		t.Error("with consent the image should load and the tracking pixel still not")
	}
}

func TestUpdateTicket_AssignToMeAndSolveFromTheQuickForms(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "quick", Message: &kefu.Message{Text: "hi"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	c.get("/tickets/" + itoa(tk.ID))
	wantStatus(t, "assign to me", c.post("/tickets/"+itoa(tk.ID), url.Values{"assignee": {"me"}}), http.StatusSeeOther)
	wantStatus(t, "solve", c.post("/tickets/"+itoa(tk.ID), url.Values{"status": {"solved"}}), http.StatusSeeOther)
	got, _ := e.db.FindTicketByID(e.sys(), tk.ID)
	if got.AssigneeID != e.agent.ID || got.Status != kefu.StatusSolved {
		t.Errorf("after the quick forms: assignee %d, status %s", got.AssigneeID, got.Status)
	}
	wantStatus(t, "a bad status", c.post("/tickets/"+itoa(tk.ID), url.Values{"status": {"lost"}}), http.StatusUnprocessableEntity)
}

func TestCompose_ARefusedReplyKeepsItsTextAndSupervisorsMayOverride(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "broken kettle", Message: &kefu.Message{Text: "hi"}})
	const text = "Sorry! Call us on (503) 555-0147 and we sort it out."
	c := e.client()
	c.mustLogin("agent@example.com")
	c.get("/tickets/" + itoa(tk.ID))
	r := c.post("/tickets/"+itoa(tk.ID)+"/messages", url.Values{"kind": {"reply"}, "text": {text}})
	wantStatus(t, "a reply Amazon would punish", r, http.StatusUnprocessableEntity)
	if !strings.Contains(r.body, `role="alert"`) || !strings.Contains(html.UnescapeString(r.body), text) {
		t.Error("the refusal is not shown, or the agent's text was lost")
	}
	if strings.Contains(r.body, `name="compliance_override"`) {
		t.Error("an agent is offered the override")
	}
	sup := e.user("sup@example.com", kefu.RoleSupervisor)
	s := e.client()
	s.mustLogin(sup.Email)
	s.get("/tickets/" + itoa(tk.ID))
	r = s.post("/tickets/"+itoa(tk.ID)+"/messages", url.Values{"kind": {"reply"}, "text": {text}})
	if !strings.Contains(r.body, `name="compliance_override"`) {
		t.Fatal("a supervisor is not offered the override")
	}
	r = s.post("/tickets/"+itoa(tk.ID)+"/messages", url.Values{"kind": {"reply"}, "text": {text}, "compliance_override": {"1"}})
	wantStatus(t, "the supervisor's override", r, http.StatusSeeOther)
	got, _ := e.db.FindTicketByID(e.sys(), tk.ID)
	if last := got.Messages[len(got.Messages)-1]; last.Text != text {
		t.Errorf("the overridden reply was not stored: %+v", last)
	}
}
