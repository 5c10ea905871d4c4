package ui

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/translate"
)

// upperProvider "translates" to "[target] TEXT".
type upperProvider struct{}

func (upperProvider) Name() string { return "deepl" }
func (upperProvider) Translate(ctx context.Context, texts []string, source, target string) ([]translate.Translation, error) {
	out := make([]translate.Translation, len(texts))
	for i, t := range texts {
		out[i] = translate.Translation{Text: "[" + target + "] " + strings.ToUpper(t), DetectedSource: "en"}
	}
	return out, nil
}

func TestLint_WarnsAboutADraftForTheStoresPlatformEscaped(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "kettle", Message: &kefu.Message{Text: "hi"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	page := c.get("/tickets/" + itoa(tk.ID))
	if !strings.Contains(page.body, `data-lint="/tickets/`+itoa(tk.ID)+`/lint"`) || !strings.Contains(page.body, `id="lint"`) {
		t.Fatal("the composer has no live check")
	}
	if strings.Contains(page.body, `name="compliance_override"`) {
		t.Error("an agent is offered the override")
	}
	r := c.post("/tickets/"+itoa(tk.ID)+"/lint", url.Values{"text": {`<img src=x onerror=alert(1)> call me on (503) 555-0147`}})
	wantStatus(t, "lint", r, http.StatusOK)
	for _, want := range []string{`data-blocked="1"`, "Contact details", "Blocks sending", "555-0147"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("lint fragment lacks %q: %s", want, r.body)
		}
	}
	if strings.Contains(r.body, "<img") {
		t.Error("the draft is not escaped")
	}
	r = c.post("/tickets/"+itoa(tk.ID)+"/lint", url.Values{"text": {"Your parcel ships tomorrow."}})
	wantStatus(t, "clean lint", r, http.StatusOK)
	if strings.TrimSpace(r.body) != "" {
		t.Errorf("a clean draft got findings: %s", r.body)
	}
	wantStatus(t, "a long draft", c.post("/tickets/"+itoa(tk.ID)+"/lint", url.Values{"text": {strings.Repeat("a", 64<<10+1)}}), http.StatusUnprocessableEntity)
	wantStatus(t, "no CSRF", c.post("/tickets/"+itoa(tk.ID)+"/lint", url.Values{"text": {"x"}, "_csrf": {"nope"}}), http.StatusForbidden)
	wantStatus(t, "unknown ticket", c.post("/tickets/424242/lint", url.Values{"text": {"x"}}), http.StatusNotFound)

	// Supervisors get the override, hidden until the check blocks.
	sup := e.user("sup@example.com", kefu.RoleSupervisor)
	s := e.client()
	s.mustLogin(sup.Email)
	page = s.get("/tickets/" + itoa(tk.ID))
	if !strings.Contains(page.body, `id="override" hidden><input type="checkbox" name="compliance_override"`) {
		t.Error("a supervisor has no hidden override in the composer")
	}
}

func TestLint_KindLabelsInChinese(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "kettle", Message: &kefu.Message{Text: "hi"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	wantStatus(t, "choose Chinese", c.post("/account", url.Values{"locale": {"zh-CN"}}), http.StatusSeeOther)
	if page := c.get("/tickets/" + itoa(tk.ID)); !strings.Contains(page.body, "未配置翻译") {
		t.Error("the page has no Chinese note about translation")
	}
	r := c.post("/tickets/"+itoa(tk.ID)+"/lint", url.Values{"text": {"Pay by PayPal to lin@example.com"}})
	if !strings.Contains(r.body, "联系方式") {
		t.Errorf("no Chinese kind label: %s", r.body)
	}
}

func TestTranslate_OffShowsANoteAndAnswersConflict(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "kettle", Language: "th", Message: &kefu.Message{Text: "สวัสดี"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	page := c.get("/tickets/" + itoa(tk.ID))
	if !strings.Contains(page.body, "Translation is not configured") || strings.Contains(page.body, "translate-msg") {
		t.Error("translation off: the note is missing or the buttons are shown")
	}
	req, _ := http.NewRequest("POST", c.base+"/tickets/"+itoa(tk.ID)+"/translate", strings.NewReader(url.Values{"text": {"hello"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-CSRF-Token", c.csrf)
	req.Header.Set("Accept", "application/json")
	r := c.do(req)
	wantStatus(t, "translate while off", r, http.StatusConflict)
	if !strings.Contains(r.body, "Translation is not configured") {
		t.Errorf("answer = %s", r.body)
	}
}

func TestTranslate_MessageIntoTheViewersLanguageAndDraftIntoTheBuyers(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, func(s *Services) { s.Translate = translate.NewService(upperProvider{}, nil, nil) })
	tk := e.ticket(&kefu.TicketCreate{Subject: "kettle", Language: "th", Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: "where is <b>it</b>"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	page := c.get("/tickets/" + itoa(tk.ID))
	mid := tk.Messages[0].ID
	if !strings.Contains(page.body, `/tickets/`+itoa(tk.ID)+`/messages/`+itoa(mid)+`/translate`) || !strings.Contains(page.body, `id="translate-draft"`) {
		t.Fatal("translation on: the buttons are missing")
	}
	if strings.Contains(page.body, "Translation is not configured") {
		t.Error("translation on, yet the page says it is not configured")
	}
	var out map[string]string
	r := c.post("/tickets/"+itoa(tk.ID)+"/messages/"+itoa(mid)+"/translate", nil)
	wantStatus(t, "translate a message", r, http.StatusOK)
	if err := json.Unmarshal([]byte(r.body), &out); err != nil || out["text"] != "[en] WHERE IS <B>IT</B>" {
		t.Errorf("message translation = %s (%v)", r.body, err)
	}
	r = c.post("/tickets/"+itoa(tk.ID)+"/translate", url.Values{"text": {"your parcel ships today"}})
	wantStatus(t, "translate the draft", r, http.StatusOK)
	if err := json.Unmarshal([]byte(r.body), &out); err != nil || out["text"] != "[th] YOUR PARCEL SHIPS TODAY" {
		t.Errorf("draft translation = %s (%v)", r.body, err)
	}
	wantStatus(t, "a message of another ticket", c.post("/tickets/"+itoa(tk.ID)+"/messages/424242/translate", nil), http.StatusNotFound)
	wantStatus(t, "an empty draft", c.post("/tickets/"+itoa(tk.ID)+"/translate", url.Values{"text": {" "}}), http.StatusUnprocessableEntity)
}

func TestIntent_AnAgentsChangeIsRecordedAsACorrection(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "kettle", Intent: "order_status", Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: "I want my money back"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	page := c.get("/tickets/" + itoa(tk.ID))
	if !strings.Contains(page.body, `<select name="intent" id="intent">`) || !strings.Contains(page.body, `value="order_status" selected`) {
		t.Fatal("the sidebar has no intent choice")
	}
	wantStatus(t, "change intent", c.post("/tickets/"+itoa(tk.ID), url.Values{"intent": {"refund_request"}}), http.StatusSeeOther)
	got, _ := e.db.FindTicketByID(e.sys(), tk.ID)
	if got.Intent != "refund_request" {
		t.Errorf("intent = %q", got.Intent)
	}
	corr, err := e.db.IntentCorrectionsAfter(e.sys(), 0, 10)
	if err != nil || len(corr) != 1 || corr[0].Intent != "refund_request" || corr[0].UserID != e.agent.ID {
		t.Errorf("corrections = %+v, %v", corr, err)
	}
	// The full sidebar form with the same intent teaches nothing new.
	wantStatus(t, "save unchanged", c.post("/tickets/"+itoa(tk.ID), url.Values{"intent": {"refund_request"}, "priority": {"high"}}), http.StatusSeeOther)
	if corr, _ := e.db.IntentCorrectionsAfter(e.sys(), 0, 10); len(corr) != 1 {
		t.Errorf("an unchanged intent recorded %d corrections", len(corr))
	}
}

func TestAutomation_SidebarListsRuleFiringsEscaped(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "kettle", Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: "hi"}})
	rule := &kefu.Rule{Name: "<i>WISMO</i> auto", Enabled: true, Actions: []kefu.RuleAction{{Type: kefu.ActionAddTags, Params: json.RawMessage(`{"tags":["wismo"]}`)}}}
	if err := e.db.CreateRule(e.sys(), rule); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.StartRuleFiring(e.sys(), &kefu.RuleFiring{RuleID: rule.ID, RuleName: rule.Name, TicketID: tk.ID, MessageID: tk.Messages[0].ID,
		Trigger: "new_ticket", Actions: []kefu.ActionResult{{Type: "add_tags", Outcome: "done"}}}); err != nil {
		t.Fatal(err)
	}
	c := e.client()
	c.mustLogin("agent@example.com")
	page := c.get("/tickets/" + itoa(tk.ID))
	for _, want := range []string{`id="h-automation"`, "&lt;i&gt;WISMO&lt;/i&gt; auto", "<code>add_tags</code>", "o-done"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("the automation card lacks %q", want)
		}
	}
}

func TestNoResponseNeeded_StopsTheResponseClock(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	due := time.Now().Add(3 * time.Hour)
	tk := e.ticket(&kefu.TicketCreate{Subject: "thanks!", FirstResponseDue: &due, Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: "Thanks, got it"}})
	c := e.client()
	c.mustLogin("agent@example.com")
	page := c.get("/tickets/" + itoa(tk.ID))
	if !strings.Contains(page.body, `action="/tickets/`+itoa(tk.ID)+`/no-response-needed"`) || !strings.Contains(page.body, "No response needed") {
		t.Fatal("no button to stop the clock")
	}
	if !strings.Contains(page.body, `class="store-time"`) && !strings.Contains(page.body, `class="clock`) {
		t.Error("the page does not show the response deadline")
	}
	r := c.post("/tickets/"+itoa(tk.ID)+"/no-response-needed", nil)
	wantStatus(t, "no response needed", r, http.StatusSeeOther)
	got, _ := e.db.FindTicketByID(e.sys(), tk.ID)
	if got.FirstResponseDue != nil {
		t.Errorf("first response still due %v", got.FirstResponseDue)
	}
	page = c.get("/tickets/" + itoa(tk.ID))
	if strings.Contains(page.body, "/no-response-needed") {
		t.Error("the button stays after the clock stopped")
	}

	viewer := e.user("view@example.com", kefu.RoleViewer)
	v := e.client()
	v.mustLogin(viewer.Email)
	v.get("/tickets/" + itoa(tk.ID))
	wantStatus(t, "a viewer stops the clock", v.post("/tickets/"+itoa(tk.ID)+"/no-response-needed", nil), http.StatusForbidden)
}
