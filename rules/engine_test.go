package rules_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"kefu"
	"kefu/rules"
	"kefu/storage"
	"kefu/storage/storagetest"
)

// guard blocks what looks like contact details, as package compliance
// does on Amazon.
type guard struct{ checked []string }

var contact = regexp.MustCompile(`(?i)whatsapp|\+\d[\d -]{8,}\d`)

func (g *guard) Check(platform, text string) (bool, []string) {
	g.checked = append(g.checked, platform+": "+text)
	if m := contact.FindString(text); m != "" {
		return true, []string{fmt.Sprintf("contact_info: %q is not allowed in %s messages", m, platform)}
	}
	return false, nil
}

// alerts records raised alerts as the notify package's queue would.
type alerts struct {
	mu     sync.Mutex
	raised []*kefu.Alert
	err    error
	panics bool
}

func (a *alerts) RaiseAlert(ctx context.Context, al *kefu.Alert) (int, error) {
	if a.panics {
		panic("alert queue exploded")
	}
	if err := al.Validate(); err != nil {
		return 0, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.err != nil {
		return 0, a.err
	}
	a.raised = append(a.raised, al)
	return 2, nil
}

type translator struct{ err error }

func (tr *translator) Translate(ctx context.Context, text, from, to string) (string, error) {
	if tr.err != nil {
		return "", tr.err
	}
	return "[" + from + "→" + to + "] " + text, nil
}

type fixture struct {
	db         *storage.DB
	eng        *rules.Engine
	store      *kefu.Store
	guard      *guard
	alerts     *alerts
	translator *translator
	ctx        context.Context
}

func newFixture(t *testing.T, db *storage.DB) *fixture {
	t.Helper()
	fx := &fixture{db: db, guard: &guard{}, alerts: &alerts{}, translator: &translator{}, ctx: kefu.SystemContext(t.Context(), "test")}
	fx.store = storagetest.Store(t, db, "acme-us", "amazon", nil)
	fx.eng = &rules.Engine{Store: db, Guard: fx.guard, Alerts: fx.alerts, Translator: fx.translator,
		TicketURL: func(id int64) string { return fmt.Sprintf("https://kefu.example.com/tickets/%d", id) }}
	return fx
}

const orderNumber = "112-1234567-1234567"

// ticket creates an email ticket from Ann about order 112-… with a
// shipped parcel; edit changes the ticket before it is created.
func (fx *fixture) ticket(t *testing.T, subject, text string, edit ...func(c *kefu.TicketCreate)) *kefu.Ticket {
	t.Helper()
	shipped := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	_, err := fx.db.UpsertOrder(fx.ctx, &kefu.Order{StoreID: fx.store.ID, Number: orderNumber, Currency: "USD", TotalMinor: 2599,
		Shipments: []kefu.Shipment{{Carrier: "UPS", TrackingNumber: "1Z999AA10123456784", ShippedAt: &shipped}}})
	if err != nil {
		t.Fatal(err)
	}
	c := &kefu.TicketCreate{StoreID: fx.store.ID, Subject: subject, Channel: "email", Intent: "order_status", Language: "en",
		OrderNumber: orderNumber,
		Customer:    &kefu.Customer{Name: "Ann <b>Lee</b>", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "ann@example.com"}}},
		Message:     &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: text}}
	for _, e := range edit {
		e(c)
	}
	tk, err := fx.db.CreateTicket(fx.ctx, c)
	if err != nil {
		t.Fatalf("CreateTicket: %v", err)
	}
	return tk
}

func (fx *fixture) rule(t *testing.T, r *kefu.Rule) *kefu.Rule {
	t.Helper()
	r.Enabled = true
	if err := fx.db.CreateRule(fx.ctx, r); err != nil {
		t.Fatalf("CreateRule %s: %v", r.Name, err)
	}
	return r
}

func (fx *fixture) template(t *testing.T, tpl *kefu.AutoReplyTemplate) {
	t.Helper()
	if err := fx.db.CreateAutoReplyTemplate(fx.ctx, tpl); err != nil {
		t.Fatalf("CreateAutoReplyTemplate: %v", err)
	}
}

// automate runs the rules for a ticket event in one transaction, as the
// worker does.
func (fx *fixture) automate(t *testing.T, tk *kefu.Ticket, event string, messageID int64) []*kefu.RuleFiring {
	t.Helper()
	var firings []*kefu.RuleFiring
	err := fx.db.Batch(fx.ctx, func(ctx context.Context) error {
		var err error
		firings, err = fx.eng.Automate(ctx, tk.ID, event, messageID)
		return err
	})
	if err != nil {
		t.Fatalf("Automate: %v", err)
	}
	return firings
}

func (fx *fixture) find(t *testing.T, id int64) *kefu.Ticket {
	t.Helper()
	tk, err := fx.db.FindTicketByID(fx.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func (fx *fixture) firings(t *testing.T, id int64) []*kefu.RuleFiring {
	t.Helper()
	fs, err := fx.db.ListRuleFirings(fx.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func messagesOf(tk *kefu.Ticket, direction string) []*kefu.Message {
	var out []*kefu.Message
	for _, m := range tk.Messages {
		if m.Direction == direction {
			out = append(out, m)
		}
	}
	return out
}

func action(typ, params string) kefu.RuleAction {
	return kefu.RuleAction{Type: typ, Params: json.RawMessage(params)}
}

func cond(field, op, value string) kefu.RuleCondition {
	return kefu.RuleCondition{Field: field, Op: op, Value: json.RawMessage(value)}
}

func outcomes(f *kefu.RuleFiring) string {
	var parts []string
	for _, a := range f.Actions {
		parts = append(parts, a.Type+"="+a.Outcome)
	}
	return strings.Join(parts, " ")
}

func TestEngine_TicketActionsApplyOnceAndAreRecorded(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		fx.rule(t, &kefu.Rule{Name: "WISMO", Conditions: []kefu.RuleCondition{
			cond("intent", "eq", `"order_status"`), cond("subject", "matches", `"\\d{3}-\\d{7}-\\d{7}"`)},
			Actions: []kefu.RuleAction{
				action("add_tags", `{"tags":["wismo"]}`), action("set_priority", `{"priority":"high"}`),
				action("set_team", `{"team":"Logistics"}`), action("hold", ``)}})
		fx.rule(t, &kefu.Rule{Name: "eBay only", Conditions: []kefu.RuleCondition{cond("platform", "eq", `"ebay"`)},
			Actions: []kefu.RuleAction{action("add_tags", `{"tags":["ebay"]}`)}})
		off := fx.rule(t, &kefu.Rule{Name: "disabled", Actions: []kefu.RuleAction{action("add_tags", `{"tags":["off"]}`)}})
		disabled := false
		if _, err := db.UpdateRule(fx.ctx, off.ID, kefu.RuleUpdate{Enabled: &disabled}); err != nil {
			t.Fatal(err)
		}
		tk := fx.ticket(t, "Where is my order "+orderNumber+"?", "No tracking update for a week")

		firings := fx.automate(t, tk, kefu.EventTicketCreated, tk.Messages[0].ID)
		if len(firings) != 1 || outcomes(firings[0]) != "add_tags=done set_priority=done set_team=done hold=done" {
			t.Fatalf("firings = %+v", firings)
		}
		got := fx.find(t, tk.ID)
		if strings.Join(got.Tags, ",") != "wismo" || got.Priority != "high" || got.Team != "Logistics" || got.Status != kefu.StatusOnHold {
			t.Errorf("ticket after rules: tags %v priority %s team %s status %s", got.Tags, got.Priority, got.Team, got.Status)
		}
		// The same event again (a retried job, a second worker) does nothing.
		if again := fx.automate(t, tk, kefu.EventTicketCreated, tk.Messages[0].ID); len(again) != 0 {
			t.Errorf("second run fired %d rules", len(again))
		}
		recorded := fx.firings(t, tk.ID)
		if len(recorded) != 1 || recorded[0].RuleName != "WISMO" || recorded[0].MessageID != tk.Messages[0].ID ||
			recorded[0].Trigger != kefu.EventTicketCreated || recorded[0].Actions[2].Detail != "team Logistics" {
			t.Errorf("recorded firings = %+v", recorded)
		}
	})
}

func TestEngine_AssignsLeastLoadedOrInTurnAmongOnlineAgents(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		user := func(email, role string, online bool, stores ...int64) *kefu.User {
			u := &kefu.User{Email: email, Name: strings.Split(email, "@")[0], Role: role, StoreIDs: stores}
			if err := db.CreateUser(fx.ctx, u, ""); err != nil {
				t.Fatal(err)
			}
			if online {
				if _, err := db.CreateSession(fx.ctx, &kefu.Session{UserID: u.ID}); err != nil {
					t.Fatal(err)
				}
			}
			return u
		}
		other := storagetest.Store(t, db, "acme-de", "amazon", nil)
		busy := user("busy@example.com", kefu.RoleAgent, true)
		idle := user("idle@example.com", kefu.RoleAgent, true, fx.store.ID)
		user("away@example.com", kefu.RoleAgent, false)
		user("elsewhere@example.com", kefu.RoleAgent, true, other.ID)
		user("viewer@example.com", kefu.RoleViewer, true)
		for i := 0; i < 3; i++ {
			fx.ticket(t, fmt.Sprint("old ", i), "x", func(c *kefu.TicketCreate) { c.AssigneeID = busy.ID })
		}
		fx.ticket(t, "idle's", "x", func(c *kefu.TicketCreate) { c.AssigneeID = idle.ID })

		least := fx.rule(t, &kefu.Rule{Name: "least", Conditions: []kefu.RuleCondition{cond("subject", "contains_any", `["least"]`)},
			Actions: []kefu.RuleAction{action("assign", `{"strategy":"least_loaded"}`)}})
		_ = least
		tk := fx.ticket(t, "least loaded please", "x")
		fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if got := fx.find(t, tk.ID).AssigneeID; got != idle.ID {
			t.Errorf("least loaded assigned %d, want idle %d", got, idle.ID)
		}

		fx.rule(t, &kefu.Rule{Name: "rr", Conditions: []kefu.RuleCondition{cond("subject", "contains_any", `["turn"]`)},
			Actions: []kefu.RuleAction{action("assign", `{"strategy":"round_robin"}`)}})
		var picks []int64
		for i := 0; i < 4; i++ {
			tk := fx.ticket(t, fmt.Sprint("in turn ", i), "x")
			fx.automate(t, tk, kefu.EventTicketCreated, 0)
			picks = append(picks, fx.find(t, tk.ID).AssigneeID)
		}
		if want := []int64{busy.ID, idle.ID, busy.ID, idle.ID}; fmt.Sprint(picks) != fmt.Sprint(want) {
			t.Errorf("round robin assigned %v, want %v", picks, want)
		}

		// Already assigned: left alone. No one online in the team: skipped.
		fx.rule(t, &kefu.Rule{Name: "team", Conditions: []kefu.RuleCondition{cond("subject", "contains_any", `["team"]`)},
			Actions: []kefu.RuleAction{action("assign", `{"strategy":"least_loaded","team":"Nobody"}`)}})
		tk = fx.ticket(t, "team ticket", "x")
		f := fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if len(f) != 1 || f[0].Actions[0].Outcome != kefu.OutcomeSkipped || !strings.Contains(f[0].Actions[0].Detail, "no agent is online") {
			t.Errorf("team firing = %+v", f)
		}
	})
}

func autoReplyRule(params string, conds ...kefu.RuleCondition) *kefu.Rule {
	return &kefu.Rule{Name: "WISMO reply", Trigger: kefu.TriggerBoth, Conditions: conds,
		Actions: []kefu.RuleAction{action("add_tags", `{"tags":["auto"]}`), action("auto_reply", params)}}
}

const wismoBody = "Hi {{buyer_name|there}},\nyour order {{order_number}} is with {{carrier}}: {{tracking_number}} {{tracking_link}}.\n{{store_name}}"

func TestEngine_AutoReplyIsRenderedGuardedAndSentOncePerTicket(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		fx.template(t, &kefu.AutoReplyTemplate{Name: "wismo", Intent: "order_status", Language: "en", Body: wismoBody})
		fx.template(t, &kefu.AutoReplyTemplate{Name: "wismo", Intent: "order_status", Language: "zh", Body: "您好，订单 {{order_number}}"})
		fx.rule(t, autoReplyRule(`{}`, cond("intent", "eq", `"order_status"`)))
		tk := fx.ticket(t, "Where is my order?", "where is my order "+orderNumber)

		f := fx.automate(t, tk, kefu.EventTicketCreated, tk.Messages[0].ID)
		if len(f) != 1 || f[0].Actions[1].Outcome != kefu.OutcomeDone {
			t.Fatalf("firing = %+v", f)
		}
		got := fx.find(t, tk.ID)
		out := messagesOf(got, kefu.DirectionOutbound)
		if len(out) != 1 {
			t.Fatalf("%d outbound messages, want 1", len(out))
		}
		m := out[0]
		wantText := "Hi Ann <b>Lee</b>,\nyour order " + orderNumber + " is with UPS: 1Z999AA10123456784 https://www.ups.com/track?tracknum=1Z999AA10123456784.\nacme-us"
		if m.Text != wantText || !m.Automated || m.DeliveryState != kefu.DeliveryQueued || m.Channel != "email" || f[0].Actions[1].MessageID != m.ID {
			t.Errorf("auto-reply = %+v\nwant text %q", m, wantText)
		}
		// The HTML part escapes the buyer's name: it is text, not markup.
		if !strings.Contains(m.HTML, "Ann &lt;b&gt;Lee&lt;/b&gt;") || strings.Contains(m.HTML, "<b>") {
			t.Errorf("HTML = %q", m.HTML)
		}
		if len(fx.guard.checked) != 1 || !strings.HasPrefix(fx.guard.checked[0], "amazon: Hi Ann") {
			t.Errorf("guard saw %q", fx.guard.checked)
		}
		// An automated reply is not a first response, and moves no status.
		if got.FirstResponseAt != nil || got.Status != kefu.StatusNew {
			t.Errorf("after auto-reply: first response %v, status %s", got.FirstResponseAt, got.Status)
		}

		// The buyer writes again: the rule fires (tags) but replies no more.
		next, err := db.AddMessage(fx.ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "hello??"})
		if err != nil {
			t.Fatal(err)
		}
		f = fx.automate(t, tk, kefu.EventBuyerMessage, next.ID)
		if len(f) != 1 || f[0].Actions[1].Outcome != kefu.OutcomeSkipped || !strings.Contains(f[0].Actions[1].Detail, "already") {
			t.Errorf("second message firing = %+v", f)
		}
		if n := len(messagesOf(fx.find(t, tk.ID), kefu.DirectionOutbound)); n != 1 {
			t.Errorf("%d auto-replies on one ticket", n)
		}

		// A Chinese ticket gets the Chinese template.
		zh := fx.ticket(t, "我的订单呢", "订单到哪了", func(c *kefu.TicketCreate) { c.Language = "zh" })
		fx.automate(t, zh, kefu.EventTicketCreated, 0)
		if out := messagesOf(fx.find(t, zh.ID), kefu.DirectionOutbound); len(out) != 1 || out[0].Text != "您好，订单 "+orderNumber {
			t.Errorf("zh auto-reply = %+v", out)
		}
	})
}

func TestEngine_BlockedAutoReplyIsNeverSentAndLeavesANote(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		fx.template(t, &kefu.AutoReplyTemplate{Name: "wismo", Intent: "order_status", Language: "en",
			Body: "Order {{order_number}}: message us on WhatsApp +1 555 010 9999 for faster help"})
		fx.rule(t, autoReplyRule(`{}`))
		tk := fx.ticket(t, "Where is my order?", "where is it")
		f := fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if len(f) != 1 || f[0].Actions[1].Outcome != kefu.OutcomeBlocked || !f[0].Blocked {
			t.Fatalf("firing = %+v", f)
		}
		got := fx.find(t, tk.ID)
		if n := len(messagesOf(got, kefu.DirectionOutbound)); n != 0 {
			t.Fatalf("a blocked auto-reply was sent (%d outbound)", n)
		}
		notes := messagesOf(got, kefu.DirectionNote)
		if len(notes) != 1 || !strings.Contains(notes[0].Text, "compliance check blocked it") || !strings.Contains(notes[0].Text, "contact_info") {
			t.Errorf("notes = %+v", notes)
		}
		if recorded := fx.firings(t, tk.ID); !recorded[0].Blocked || recorded[0].Actions[1].MessageID != notes[0].ID {
			t.Errorf("recorded = %+v", recorded[0])
		}

		// Without a guard nothing is sent at all.
		fx.eng.Guard = nil
		tk = fx.ticket(t, "Where is my order? 2", "where is it")
		f = fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if f[0].Actions[1].Outcome != kefu.OutcomeBlocked || len(messagesOf(fx.find(t, tk.ID), kefu.DirectionOutbound)) != 0 {
			t.Errorf("no guard: %+v", f[0])
		}
	})
}

func TestEngine_NoAutoReplyForNoticesPhishingOrMissingValues(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		fx.template(t, &kefu.AutoReplyTemplate{Name: "any", Language: "en", Body: "Thanks, {{buyer_name|there}}"})
		fx.template(t, &kefu.AutoReplyTemplate{Name: "needs-delivery", Language: "en", Body: "Arrives {{expected_delivery}}"})
		fx.rule(t, &kefu.Rule{Name: "reply to all", Actions: []kefu.RuleAction{action("auto_reply", `{"template":"any"}`)}})
		fx.rule(t, &kefu.Rule{Name: "delivery", Conditions: []kefu.RuleCondition{cond("subject", "contains_any", `["delivery"]`)},
			Actions: []kefu.RuleAction{action("auto_reply", `{"template":"needs-delivery"}`)}})

		notice := fx.ticket(t, "Dispute opened", "A chargeback was filed", func(c *kefu.TicketCreate) {
			c.Intent, c.NoticeKind = "", "dispute_notice"
		})
		phish := fx.ticket(t, "Your account is suspended", "click here", func(c *kefu.TicketCreate) {
			c.SuspectedPhishing = true
		})
		system := fx.ticket(t, "Refund created", "", func(c *kefu.TicketCreate) {
			c.Message = &kefu.Message{Direction: kefu.DirectionSystem, Channel: "api", Text: "refund re_1"}
		})
		for _, tk := range []*kefu.Ticket{notice, phish, system} {
			f := fx.automate(t, tk, kefu.EventTicketCreated, 0)
			if len(f) != 1 || f[0].Actions[0].Outcome != kefu.OutcomeSkipped {
				t.Errorf("%s: firing = %+v", tk.Subject, f)
			}
			if n := len(messagesOf(fx.find(t, tk.ID), kefu.DirectionOutbound)); n != 0 {
				t.Errorf("%s was auto-answered", tk.Subject)
			}
		}
		// A variable without a value or fallback: nothing is sent, and the
		// slot stays free for a later message.
		tk := fx.ticket(t, "delivery date?", "when")
		f := fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if len(f) != 2 || f[1].Actions[0].Outcome != kefu.OutcomeSkipped || !strings.Contains(f[1].Actions[0].Detail, "{{expected_delivery}}") {
			t.Errorf("missing value firing = %+v", f)
		}
		if n := len(messagesOf(fx.find(t, tk.ID), kefu.DirectionOutbound)); n != 1 {
			t.Errorf("%d outbound, want only the 'any' reply", n)
		}
	})
}

func TestEngine_AutoReplyOnAChannelKefuCannotSendIsRecordedUndeliverable(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		fx.template(t, &kefu.AutoReplyTemplate{Name: "wismo", Intent: "order_status", Language: "en", Body: "Order {{order_number}} is on its way"})
		fx.rule(t, autoReplyRule(`{}`))
		tk := fx.ticket(t, "Where is my order?", "where", func(c *kefu.TicketCreate) {
			c.Channel, c.Message.Channel = "shopee_chat", "shopee_chat"
		})
		f := fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if f[0].Actions[1].Outcome != kefu.OutcomeUndeliverable {
			t.Fatalf("firing = %+v", f[0])
		}
		out := messagesOf(fx.find(t, tk.ID), kefu.DirectionOutbound)
		if len(out) != 1 || out[0].DeliveryState != kefu.DeliveryFailed || out[0].HTML != "" {
			t.Errorf("outbound = %+v", out)
		}
	})
}

func TestEngine_DelayedAutoReplySendsLaterUnlessAnAgentAnswers(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		fx.template(t, &kefu.AutoReplyTemplate{Name: "wismo", Intent: "order_status", Language: "en", Body: "Order {{order_number}} is on its way"})
		fx.rule(t, autoReplyRule(`{"delay_seconds":600}`))
		agent := &kefu.User{Email: "agent@example.com", Name: "Lin", Role: kefu.RoleAgent}
		if err := db.CreateUser(fx.ctx, agent, ""); err != nil {
			t.Fatal(err)
		}
		run := func(tk *kefu.Ticket) {
			t.Helper()
			jobs, err := db.ListJobs(fx.ctx, kefu.JobFilter{Kind: kefu.JobAutoReply, TicketID: tk.ID})
			if err != nil || len(jobs) != 1 {
				t.Fatalf("auto-reply jobs = %v, %v", jobs, err)
			}
			if jobs[0].DedupeKey == "" || jobs[0].DueAt.Before(time.Now().Add(9*time.Minute)) {
				t.Errorf("job = %+v", jobs[0])
			}
			if err := db.Batch(fx.ctx, func(ctx context.Context) error { return fx.eng.RunAutoReply(ctx, jobs[0]) }); err != nil {
				t.Fatal(err)
			}
		}

		sent := fx.ticket(t, "Where is my order?", "where")
		f := fx.automate(t, sent, kefu.EventTicketCreated, 0)
		if f[0].Actions[1].Outcome != kefu.OutcomeScheduled {
			t.Fatalf("firing = %+v", f[0])
		}
		if n := len(messagesOf(fx.find(t, sent.ID), kefu.DirectionOutbound)); n != 0 {
			t.Fatal("a delayed auto-reply went out at once")
		}
		run(sent)
		run(sent) // a second run sends nothing more
		if out := messagesOf(fx.find(t, sent.ID), kefu.DirectionOutbound); len(out) != 1 || !out[0].Automated {
			t.Errorf("after the delay: %+v", out)
		}
		if a := fx.firings(t, sent.ID)[0].Actions[1]; a.Outcome != kefu.OutcomeDone || a.MessageID == 0 {
			t.Errorf("firing after send = %+v", a)
		}

		answered := fx.ticket(t, "Where is my order? (answered)", "where")
		fx.automate(t, answered, kefu.EventTicketCreated, 0)
		agentCtx := kefu.WithActor(t.Context(), &kefu.Actor{User: agent})
		if _, err := db.AddMessage(agentCtx, answered.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Channel: "email", Text: "Shipped today!"}); err != nil {
			t.Fatal(err)
		}
		jobs, _ := db.ListJobs(fx.ctx, kefu.JobFilter{Kind: kefu.JobAutoReply, TicketID: answered.ID})
		if len(jobs) != 1 || jobs[0].Status != kefu.JobCancelled {
			t.Fatalf("after the agent's reply: %+v", jobs)
		}
		// Even if the job ran anyway, nothing goes out.
		if err := db.Batch(fx.ctx, func(ctx context.Context) error { return fx.eng.RunAutoReply(ctx, jobs[0]) }); err != nil {
			t.Fatal(err)
		}
		if out := messagesOf(fx.find(t, answered.ID), kefu.DirectionOutbound); len(out) != 1 || out[0].Automated {
			t.Errorf("outbound after cancel = %+v", out)
		}
		if a := fx.firings(t, answered.ID)[0].Actions[1]; a.Outcome != kefu.OutcomeCancelled {
			t.Errorf("firing after cancel = %+v", a)
		}
	})
}

func TestEngine_AlertsAreRaisedWithTheEventAndTranslationsRetried(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		fx.rule(t, &kefu.Rule{Name: "big", Conditions: []kefu.RuleCondition{
			{Field: "amount_minor", Op: "gt", Value: json.RawMessage(`2000`), Currency: "USD"}},
			Actions: []kefu.RuleAction{action("escalate", `{"message":"big order"}`), action("notify", `{"severity":"info","kind":"dispute_new"}`),
				action("translate", `{"to":"zh"}`)}})
		tk := fx.ticket(t, "Where is my order?", "where is my parcel")
		f := fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if len(f) != 1 || outcomes(f[0]) != "escalate=done notify=done translate=pending" {
			t.Fatalf("firing = %+v", f)
		}
		if got := fx.find(t, tk.ID); got.Priority != "urgent" {
			t.Errorf("escalate left priority %s", got.Priority)
		}
		if len(fx.alerts.raised) != 2 {
			t.Fatalf("alerts = %+v", fx.alerts.raised)
		}
		esc, note := fx.alerts.raised[0], fx.alerts.raised[1]
		if esc.Kind != kefu.AlertEscalation || esc.Severity != kefu.SeverityCritical || esc.Text != "big order" || esc.TicketID != tk.ID ||
			esc.Title != "big · Where is my order?" || esc.URL != fmt.Sprintf("https://kefu.example.com/tickets/%d", tk.ID) || esc.DedupeKey == "" {
			t.Errorf("escalation alert = %+v", esc)
		}
		if note.Kind != kefu.AlertDisputeNew || note.Severity != kefu.SeverityInfo || !strings.Contains(note.Text, "matched rule") {
			t.Errorf("notify alert = %+v", note)
		}

		// The translation runs as a job: retried while the provider fails,
		// recorded as failed on the last attempt, done when it works.
		jobs, err := db.ListJobs(fx.ctx, kefu.JobFilter{Kind: rules.JobRuleEffect, TicketID: tk.ID})
		if err != nil || len(jobs) != 1 {
			t.Fatalf("effect jobs = %v, %v", jobs, err)
		}
		fx.translator.err = errors.New("deepl 503")
		if err := fx.eng.RunEffect(fx.ctx, jobs[0], false); err == nil {
			t.Error("a failing translation reported success")
		}
		if err := fx.eng.RunEffect(fx.ctx, jobs[0], true); err != nil {
			t.Errorf("final attempt returned %v", err)
		}
		if a := fx.firings(t, tk.ID)[0].Actions[2]; a.Outcome != kefu.OutcomeFailed || !strings.Contains(a.Detail, "deepl 503") {
			t.Errorf("after the last attempt: %+v", a)
		}
		fx.translator.err = fmt.Errorf("deepl: %w", rules.ErrUnavailable)
		if err := fx.eng.RunEffect(fx.ctx, jobs[0], false); err != nil {
			t.Fatal(err)
		}
		if a := fx.firings(t, tk.ID)[0].Actions[2]; a.Outcome != kefu.OutcomeSkipped {
			t.Errorf("switched-off translator: %+v", a)
		}
		fx.translator.err = nil
		if err := fx.eng.RunEffect(fx.ctx, jobs[0], false); err != nil {
			t.Fatal(err)
		}
		rec := fx.firings(t, tk.ID)[0]
		notes := messagesOf(fx.find(t, tk.ID), kefu.DirectionNote)
		if len(notes) != 1 || !strings.Contains(notes[0].Text, "[en→zh] where is my parcel") || rec.Actions[2].MessageID != notes[0].ID ||
			rec.Actions[2].Outcome != kefu.OutcomeDone {
			t.Errorf("translation: notes %+v, firing %+v", notes, rec.Actions[2])
		}

		// A failing alert queue fails the action (and undoes its priority
		// change with it); without providers the actions say so.
		fx.alerts.err = errors.New("queue full")
		tk = fx.ticket(t, "Where is my order? 2", "x")
		f = fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if outcomes(f[0]) != "escalate=failed notify=failed translate=pending" || fx.find(t, tk.ID).Priority != "normal" {
			t.Errorf("failing alerts: %+v", f[0].Actions)
		}
		fx.eng.Alerts, fx.eng.Translator = nil, nil
		tk = fx.ticket(t, "Where is my order? 3", "x")
		f = fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if outcomes(f[0]) != "escalate=done notify=skipped translate=skipped" {
			t.Errorf("without providers: %+v", f[0].Actions)
		}
	})
}

// failingStore makes round-robin assignment fail, as a database error
// inside one action would.
type failingStore struct{ *storage.DB }

func (failingStore) NextRoundRobin(ctx context.Context, ruleID int64, userIDs []int64) (int64, error) {
	return 0, errors.New("disk on fire")
}

func TestEngine_AFailingActionIsRecordedAndTheOthersRun(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		fx.eng.Store = failingStore{db}
		u := &kefu.User{Email: "a@example.com", Role: kefu.RoleAgent}
		if err := db.CreateUser(fx.ctx, u, ""); err != nil {
			t.Fatal(err)
		}
		if _, err := db.CreateSession(fx.ctx, &kefu.Session{UserID: u.ID}); err != nil {
			t.Fatal(err)
		}
		fx.rule(t, &kefu.Rule{Name: "r", Actions: []kefu.RuleAction{action("set_priority", `{"priority":"low"}`),
			action("assign", `{"strategy":"round_robin"}`), action("add_tags", `{"tags":["after"]}`)}})
		tk := fx.ticket(t, "x", "y")
		f := fx.automate(t, tk, kefu.EventTicketCreated, 0)
		if outcomes(f[0]) != "set_priority=done assign=failed add_tags=done" || !strings.Contains(f[0].Actions[1].Detail, "disk on fire") {
			t.Fatalf("firing = %+v", f[0].Actions)
		}
		got := fx.find(t, tk.ID)
		if got.Priority != "low" || got.AssigneeID != 0 || strings.Join(got.Tags, ",") != "after" {
			t.Errorf("ticket = priority %s assignee %d tags %v", got.Priority, got.AssigneeID, got.Tags)
		}
	})
}

func TestEngine_DryRunChangesNothing(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		fx := newFixture(t, db)
		saved := fx.rule(t, &kefu.Rule{Name: "wismo", Conditions: []kefu.RuleCondition{cond("text", "contains_any", `["where"]`)},
			Actions: []kefu.RuleAction{action("add_tags", `{"tags":["wismo"]}`)}})
		a := fx.ticket(t, "A", "where is it")
		b := fx.ticket(t, "B", "refund please", func(c *kefu.TicketCreate) { c.Intent = "refund_request" })
		c := fx.ticket(t, "C", "where?? refund!", func(c *kefu.TicketCreate) { c.Intent = "refund_request" })

		res, err := fx.eng.DryRun(fx.ctx, kefu.RuleDryRun{Last: 2})
		if err != nil {
			t.Fatal(err)
		}
		if res.Evaluated != 2 || res.Matched != 1 || res.Tickets[0].TicketID != c.ID || len(res.Tickets[0].Fired) != 1 ||
			res.Tickets[1].TicketID != b.ID || len(res.Tickets[1].Fired) != 0 || res.Rules[0].RuleID != saved.ID {
			t.Errorf("dry run = %+v", res)
		}
		unsaved := &kefu.Rule{Name: "refunds", Conditions: []kefu.RuleCondition{cond("intent", "eq", `"refund_request"`)},
			Actions: []kefu.RuleAction{action("set_priority", `{"priority":"high"}`)}}
		res, err = fx.eng.DryRun(fx.ctx, kefu.RuleDryRun{Rule: unsaved, Last: 10})
		if err != nil {
			t.Fatal(err)
		}
		if res.Evaluated != 3 || res.Matched != 2 || res.Tickets[2].TicketID != a.ID || res.Tickets[0].Fired[0].RuleName != "refunds" {
			t.Errorf("unsaved rule dry run = %+v", res)
		}
		_, err = fx.eng.DryRun(fx.ctx, kefu.RuleDryRun{RuleIDs: []int64{saved.ID, 999}})
		if kefu.ErrorField(err) != "rule_ids.1" {
			t.Errorf("unknown rule id: %v", err)
		}
		bad := *unsaved
		bad.Conditions = []kefu.RuleCondition{cond("intnet", "eq", `"x"`)}
		_, err = fx.eng.DryRun(fx.ctx, kefu.RuleDryRun{Rule: &bad})
		if kefu.ErrorField(err) != "rule.conditions.0.field" {
			t.Errorf("bad rule: %v", err)
		}
		for _, tk := range []*kefu.Ticket{a, b, c} {
			got := fx.find(t, tk.ID)
			if len(got.Tags) != 0 || got.Priority != "normal" || len(fx.firings(t, tk.ID)) != 0 {
				t.Errorf("dry run changed ticket %s: %+v", tk.Subject, got)
			}
		}
		agent := &kefu.User{Email: "a@example.com", Role: kefu.RoleAgent}
		if err := db.CreateUser(fx.ctx, agent, ""); err != nil {
			t.Fatal(err)
		}
		_, err = fx.eng.DryRun(kefu.WithActor(t.Context(), &kefu.Actor{User: agent}), kefu.RuleDryRun{})
		if kefu.ErrorCode(err) != kefu.EFORBIDDEN {
			t.Errorf("agent dry run: %v", err)
		}
	})
}
