package automation_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kefu"
	"kefu/automation"
	"kefu/compliance"
	"kefu/rules"
	"kefu/storage"
	"kefu/storage/storagetest"
)

var _ automation.Store = (*storage.DB)(nil)

// complianceGuard is how the app wires package compliance into the rules.
var complianceGuard = rules.GuardFunc(func(platform, text string) (bool, []string) {
	r := compliance.Check(compliance.Platform(platform), text)
	var findings []string
	for _, v := range r.Violations {
		if v.Blocking {
			findings = append(findings, fmt.Sprintf("%s: %q (%s)", v.Kind, v.Excerpt, v.Rule))
		}
	}
	return r.Blocked, findings
})

// classifier recognises "where is my order" and records what it saw.
type classifier struct {
	calls  atomic.Int32
	panics bool
}

func (c *classifier) Classify(seller, text, platform string) automation.Classification {
	c.calls.Add(1)
	if c.panics {
		panic("model file missing")
	}
	if strings.Contains(strings.ToLower(text), "where is my order") {
		return automation.Classification{Intent: "order_status", Language: "en", Confidence: 0.93}
	}
	return automation.Classification{Intent: "presale_question", Language: "en", Confidence: 0.2}
}

type sla struct {
	mu     sync.Mutex
	events []string
	err    error
	panics bool
}

func (s *sla) OnTicketEvent(ctx context.Context, ticketID int64, ev kefu.Automation) error {
	if s.panics {
		panic("sla bug")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, fmt.Sprintf("%d:%s", ticketID, ev.Event))
	return s.err
}

const orderNumber = "112-1234567-1234567"

type env struct {
	db         *storage.DB
	dsn        string
	ctx        context.Context
	store      *kefu.Store
	classifier *classifier
	sla        *sla
	busy, idle *kefu.User
}

// newEnv is one Amazon store on SQLite with two agents online (busy has
// two open tickets, idle none), an order with a UPS parcel, a WISMO
// auto-reply template and a rule: buyers asking where their order is get
// tagged, assigned to the least loaded agent and auto-answered.
func newEnv(t *testing.T, ruleParams string) *env {
	t.Helper()
	return newEnvAt(t, filepath.Join(t.TempDir(), "kefu.db"), ruleParams)
}

// newEnvAt is newEnv on the database at dsn.
func newEnvAt(t *testing.T, dsn, ruleParams string) *env {
	t.Helper()
	db, err := storage.Open(t.Context(), storage.Config{DSN: dsn, SecretKey: storagetest.SecretKey})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	e := &env{db: db, dsn: dsn, ctx: kefu.SystemContext(t.Context(), "test"), classifier: &classifier{}, sla: &sla{}}
	e.store = storagetest.Store(t, db, "acme-us", "amazon", nil)
	agent := func(email string) *kefu.User {
		u := &kefu.User{Email: email, Name: strings.Split(email, "@")[0], Role: kefu.RoleAgent}
		must(t, db.CreateUser(e.ctx, u, ""))
		_, err := db.CreateSession(e.ctx, &kefu.Session{UserID: u.ID})
		must(t, err)
		return u
	}
	e.busy, e.idle = agent("busy@example.com"), agent("idle@example.com")
	for i := 0; i < 2; i++ {
		_, err := db.CreateTickets(e.ctx, []*kefu.TicketCreate{{StoreID: e.store.ID, Subject: fmt.Sprint("old ", i), AssigneeID: e.busy.ID}})
		must(t, err)
	}
	_, err = db.UpsertOrder(e.ctx, &kefu.Order{StoreID: e.store.ID, Number: orderNumber, Currency: "USD", TotalMinor: 2599,
		Shipments: []kefu.Shipment{{Carrier: "UPS", TrackingNumber: "1Z999AA10123456784"}}})
	must(t, err)
	must(t, db.CreateAutoReplyTemplate(e.ctx, &kefu.AutoReplyTemplate{Name: "wismo", Intent: "order_status", Language: "en",
		Body: "Hi {{buyer_name|there}}, your order {{order_number}} is with {{carrier}}, tracking {{tracking_number}}: {{tracking_link}}"}))
	// A template breaking Amazon's rules, for rules that name it.
	must(t, db.CreateAutoReplyTemplate(e.ctx, &kefu.AutoReplyTemplate{Name: "whatsapp", Language: "en",
		Body: "Order {{order_number}}: message us on WhatsApp +1 555 010 9999 for faster help"}))
	must(t, db.CreateRule(e.ctx, &kefu.Rule{Name: "WISMO", Enabled: true, Trigger: kefu.TriggerBoth,
		Conditions: []kefu.RuleCondition{{Field: "intent", Op: "eq", Value: json.RawMessage(`"order_status"`)}},
		Actions: []kefu.RuleAction{
			{Type: kefu.ActionAddTags, Params: json.RawMessage(`{"tags":["wismo"]}`)},
			{Type: kefu.ActionAssign, Params: json.RawMessage(`{"strategy":"least_loaded"}`)},
			{Type: kefu.ActionAutoReply, Params: json.RawMessage(ruleParams)},
		}}))
	return e
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (e *env) worker(db *storage.DB) *automation.Worker {
	return &automation.Worker{
		Store:      db,
		Engine:     &rules.Engine{Store: db, Guard: complianceGuard},
		Classifier: e.classifier,
		SLA:        e.sla,
		RetryBase:  time.Millisecond,
	}
}

// buyerMail creates a ticket as the mail ingest does: no intent, no
// language, the order linked by number.
func (e *env) buyerMail(t *testing.T, subject, text string) *kefu.Ticket {
	t.Helper()
	tk, err := e.db.CreateTicket(kefu.SystemContext(t.Context(), "ingest"), &kefu.TicketCreate{
		StoreID: e.store.ID, Subject: subject, Channel: "email", OrderNumber: orderNumber,
		Customer: &kefu.Customer{Name: "Ann", Identities: []kefu.Identity{{Kind: kefu.IdentityRelay, Value: "ann123@marketplace.amazon.com"}}},
		Message:  &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: text, ExternalID: "<" + subject + "@mail>"},
	})
	must(t, err)
	return tk
}

func (e *env) runAll(t *testing.T, w *automation.Worker) {
	t.Helper()
	for i := 0; i < 10; i++ {
		n, err := w.RunDue(t.Context())
		must(t, err)
		if n == 0 {
			return
		}
	}
	t.Fatal("jobs keep coming")
}

func (e *env) ticket(t *testing.T, id int64) *kefu.Ticket {
	t.Helper()
	tk, err := e.db.FindTicketByID(e.ctx, id)
	must(t, err)
	return tk
}

func autoReplies(tk *kefu.Ticket) []*kefu.Message {
	var out []*kefu.Message
	for _, m := range tk.Messages {
		if m.Direction == kefu.DirectionOutbound && m.Automated {
			out = append(out, m)
		}
	}
	return out
}

func (e *env) jobs(t *testing.T, f kefu.JobFilter) []*kefu.Job {
	t.Helper()
	jobs, err := e.db.ListJobs(e.ctx, f)
	must(t, err)
	return jobs
}

func TestWorker_WhereIsMyOrderIsTaggedAssignedAndAnsweredOnce(t *testing.T) {
	e := newEnv(t, `{}`)
	w := e.worker(e.db)
	tk := e.buyerMail(t, "Where is my order?", "Hello, where is my order "+orderNumber+"? It has been two weeks.")
	e.runAll(t, w)

	got := e.ticket(t, tk.ID)
	if got.Intent != "order_status" || got.Language != "en" {
		t.Errorf("classified as %q/%q", got.Intent, got.Language)
	}
	if strings.Join(got.Tags, ",") != "wismo" || got.AssigneeID != e.idle.ID {
		t.Errorf("tags %v, assignee %d (want idle %d)", got.Tags, got.AssigneeID, e.idle.ID)
	}
	replies := autoReplies(got)
	if len(replies) != 1 {
		t.Fatalf("%d auto-replies, want 1", len(replies))
	}
	want := "Hi Ann, your order " + orderNumber + " is with UPS, tracking 1Z999AA10123456784: https://www.ups.com/track?tracknum=1Z999AA10123456784"
	if replies[0].Text != want || replies[0].DeliveryState != kefu.DeliveryQueued {
		t.Errorf("auto-reply %q (%s), want %q queued for the outbox", replies[0].Text, replies[0].DeliveryState, want)
	}
	if got.FirstResponseAt != nil {
		t.Error("the auto-reply counted as a first response")
	}
	if e.sla.events[0] != fmt.Sprintf("%d:%s", tk.ID, kefu.EventTicketCreated) {
		t.Errorf("SLA heard %v", e.sla.events)
	}
	if jobs := e.jobs(t, kefu.JobFilter{Kind: kefu.JobAutomate, TicketID: tk.ID}); len(jobs) != 1 || jobs[0].Status != kefu.JobDone {
		t.Errorf("automate job = %+v", jobs)
	}
	firings, err := e.db.ListRuleFirings(e.ctx, tk.ID)
	must(t, err)
	if len(firings) != 1 || firings[0].Actions[2].Outcome != kefu.OutcomeDone {
		t.Errorf("firings = %+v", firings)
	}

	// The same event processed again — a redelivered job — changes nothing.
	_, err = e.db.EnqueueJob(e.ctx, &kefu.Job{Kind: kefu.JobAutomate, TicketID: tk.ID,
		Payload: json.RawMessage(fmt.Sprintf(`{"event":"ticket_created","message_id":%d}`, tk.Messages[0].ID))})
	must(t, err)
	e.runAll(t, w)
	if n := len(autoReplies(e.ticket(t, tk.ID))); n != 1 {
		t.Errorf("%d auto-replies after the job ran twice", n)
	}

	// The buyer writes again: rules run for the message, no second reply.
	_, err = e.db.AddMessage(kefu.SystemContext(t.Context(), "ingest"), tk.ID,
		&kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "Any news?"})
	must(t, err)
	e.runAll(t, w)
	if n := len(autoReplies(e.ticket(t, tk.ID))); n != 1 {
		t.Errorf("%d auto-replies after a second buyer message", n)
	}
	if firings, _ := e.db.ListRuleFirings(e.ctx, tk.ID); len(firings) != 2 {
		t.Errorf("%d firings, want one per buyer message", len(firings))
	}
}

func TestWorker_TwoWorkersOnOneDatabaseNeverDoubleAnAutoReply(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testTwoWorkers(t, newEnv(t, `{}`)) })
	t.Run("postgres", func(t *testing.T) { testTwoWorkers(t, newEnvAt(t, storagetest.PostgresDSN(t), `{}`)) })
}

func testTwoWorkers(t *testing.T, e *env) {
	other, err := storage.Open(t.Context(), storage.Config{DSN: e.dsn, SecretKey: storagetest.SecretKey})
	must(t, err)
	t.Cleanup(func() { other.Close() })
	var tickets []*kefu.Ticket
	for i := 0; i < 4; i++ {
		tk := e.buyerMail(t, fmt.Sprint("Where is my order? #", i), "where is my order "+orderNumber)
		tickets = append(tickets, tk)
		// Each event queued three times, as if redelivered.
		for j := 0; j < 2; j++ {
			_, err := e.db.EnqueueJob(e.ctx, &kefu.Job{Kind: kefu.JobAutomate, TicketID: tk.ID,
				Payload: json.RawMessage(fmt.Sprintf(`{"event":"ticket_created","message_id":%d}`, tk.Messages[0].ID))})
			must(t, err)
		}
	}
	workers := []*automation.Worker{e.worker(e.db), e.worker(other)}
	for _, w := range workers {
		w.Batch = 2
	}
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if n, err := w.RunDue(t.Context()); err != nil {
					t.Error(err)
					return
				} else if n == 0 {
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, tk := range tickets {
		if n := len(autoReplies(e.ticket(t, tk.ID))); n != 1 {
			t.Errorf("ticket %d got %d auto-replies", tk.ID, n)
		}
	}
	if pending := e.jobs(t, kefu.JobFilter{Status: kefu.JobPending}); len(pending) != 0 {
		t.Errorf("%d jobs left pending", len(pending))
	}
}

func TestWorker_DelayedAutoReplyIsCancelledByAnAgentsReply(t *testing.T) {
	e := newEnv(t, `{"delay_seconds":60}`)
	w := e.worker(e.db)
	// The engine's clock runs an hour behind, so a one-minute delay is
	// already due when the worker looks again.
	w.Engine.Now = func() time.Time { return kefu.Now().Add(-time.Hour) }

	answered := e.buyerMail(t, "Where is my order? (agent answers)", "where is my order "+orderNumber)
	w.Batch = 1
	_, err := w.RunDue(t.Context()) // the automate job only: the reply is scheduled
	must(t, err)
	w.Batch = 16
	agent := kefu.WithActor(t.Context(), &kefu.Actor{User: e.idle})
	_, err = e.db.AddMessage(agent, answered.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Channel: "email", Text: "It ships today."})
	must(t, err)
	e.runAll(t, w)
	if n := len(autoReplies(e.ticket(t, answered.ID))); n != 0 {
		t.Errorf("auto-reply sent after the agent answered")
	}
	if jobs := e.jobs(t, kefu.JobFilter{Kind: kefu.JobAutoReply, TicketID: answered.ID}); len(jobs) != 1 || jobs[0].Status != kefu.JobCancelled {
		t.Errorf("auto-reply job = %+v", jobs)
	}
	firings, err := e.db.ListRuleFirings(e.ctx, answered.ID)
	must(t, err)
	if a := firings[0].Actions[2]; a.Outcome != kefu.OutcomeCancelled || a.Detail != "an agent replied first" {
		t.Errorf("firing shows %+v", a)
	}

	waited := e.buyerMail(t, "Where is my order? (nobody answers)", "where is my order "+orderNumber)
	e.runAll(t, w)
	if n := len(autoReplies(e.ticket(t, waited.ID))); n != 1 {
		t.Errorf("%d auto-replies once the delay passed, want 1", n)
	}
}

func TestWorker_AutoReplyBreakingAmazonRulesIsNeverSent(t *testing.T) {
	e := newEnv(t, `{"template":"whatsapp"}`)
	tk := e.buyerMail(t, "Where is my order?", "where is my order "+orderNumber)
	e.runAll(t, e.worker(e.db))
	got := e.ticket(t, tk.ID)
	for _, m := range got.Messages {
		if m.Direction == kefu.DirectionOutbound {
			t.Fatalf("a reply went out: %q", m.Text)
		}
	}
	var note *kefu.Message
	for _, m := range got.Messages {
		if m.Direction == kefu.DirectionNote {
			note = m
		}
	}
	if note == nil || !strings.Contains(note.Text, "contact_info") || !strings.Contains(note.Text, "+1 555 010 9999") {
		t.Fatalf("note = %+v", note)
	}
	firings, err := e.db.ListRuleFirings(e.ctx, tk.ID)
	must(t, err)
	if !firings[0].Blocked || firings[0].Actions[2].Outcome != kefu.OutcomeBlocked {
		t.Errorf("firing = %+v", firings[0])
	}
}

func TestWorker_NoticesAreNeverClassifiedOrAutoAnswered(t *testing.T) {
	e := newEnv(t, `{}`)
	// A rule that would answer anything.
	must(t, e.db.CreateRule(e.ctx, &kefu.Rule{Name: "answer all", Enabled: true,
		Actions: []kefu.RuleAction{{Type: kefu.ActionAutoReply, Params: json.RawMessage(`{"template":"wismo"}`)}}}))
	tk, err := e.db.CreateTicket(kefu.SystemContext(t.Context(), "ingest"), &kefu.TicketCreate{
		StoreID: e.store.ID, Subject: "Chargeback: where is my order " + orderNumber, Channel: "email", NoticeKind: "dispute_notice",
		OrderNumber: orderNumber, Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "A dispute was opened"},
	})
	must(t, err)
	e.runAll(t, e.worker(e.db))
	got := e.ticket(t, tk.ID)
	if e.classifier.calls.Load() != 0 || got.Intent != "" {
		t.Errorf("notice classified: %d calls, intent %q", e.classifier.calls.Load(), got.Intent)
	}
	if n := len(autoReplies(got)); n != 0 {
		t.Errorf("a notice got %d auto-replies", n)
	}
	firings, _ := e.db.ListRuleFirings(e.ctx, tk.ID)
	if len(firings) != 1 || firings[0].Actions[0].Outcome != kefu.OutcomeSkipped {
		t.Errorf("firings = %+v", firings)
	}
}

func TestWorker_BrokenProvidersNeitherStopTheWorkerNorTheRules(t *testing.T) {
	e := newEnv(t, `{}`)
	e.classifier.panics = true
	e.sla.panics = true
	w := e.worker(e.db)
	w.Engine.Alerts = panickyAlerts{}
	w.Engine.Translator = rules.TranslatorFunc(func(ctx context.Context, text, from, to string) (string, error) {
		var m map[string]string
		return m["x"] + text[len(text):len(text)+1], nil // a bug: index out of range
	})
	must(t, e.db.CreateRule(e.ctx, &kefu.Rule{Name: "alert", Enabled: true,
		Actions: []kefu.RuleAction{{Type: kefu.ActionNotify, Params: json.RawMessage(`{"message":"new ticket"}`)},
			{Type: kefu.ActionTranslate, Params: json.RawMessage(`{"to":"zh"}`)}}}))
	// The ticket's intent is known, so the rules do not need the classifier.
	tk, err := e.db.CreateTicket(kefu.SystemContext(t.Context(), "ingest"), &kefu.TicketCreate{
		StoreID: e.store.ID, Subject: "Where?", Channel: "email", Intent: "order_status", OrderNumber: orderNumber,
		Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "where is my order"}})
	must(t, err)
	for i := 0; i < 3; i++ { // retries come due at once (RetryBase 1ms)
		_, err := w.RunDue(t.Context())
		must(t, err)
		time.Sleep(5 * time.Millisecond)
	}
	got := e.ticket(t, tk.ID)
	if n := len(autoReplies(got)); n != 1 || strings.Join(got.Tags, ",") != "wismo" {
		t.Errorf("rules did not run: %d auto-replies, tags %v", n, got.Tags)
	}
	if jobs := e.jobs(t, kefu.JobFilter{Kind: kefu.JobAutomate, TicketID: tk.ID}); jobs[0].Status != kefu.JobDone {
		t.Errorf("automate job = %+v", jobs[0])
	}
	firings, err := e.db.ListRuleFirings(e.ctx, tk.ID)
	must(t, err)
	if a := firings[1].Actions[0]; a.Outcome != kefu.OutcomeFailed || !strings.Contains(a.Detail, "panic") {
		t.Errorf("notify with a panicking alert queue = %+v", a)
	}
	// The SLA event and the translation wait for their providers, retried.
	for _, kind := range []string{automation.JobSLAEvent, rules.JobRuleEffect} {
		jobs := e.jobs(t, kefu.JobFilter{Kind: kind, TicketID: tk.ID})
		if len(jobs) != 1 || jobs[0].Status != kefu.JobPending || jobs[0].Attempts < 1 || !strings.Contains(jobs[0].LastError, "panic") {
			t.Errorf("%s job = %+v", kind, jobs)
		}
	}
	// Once the SLA engine works again, its event gets through.
	e.sla.panics = false
	time.Sleep(50 * time.Millisecond)
	e.runAll(t, w)
	if jobs := e.jobs(t, kefu.JobFilter{Kind: automation.JobSLAEvent, TicketID: tk.ID}); jobs[0].Status != kefu.JobDone {
		t.Errorf("SLA retry = %+v", jobs[0])
	}
	if len(e.sla.events) != 1 {
		t.Errorf("SLA events = %v", e.sla.events)
	}
}

type panickyAlerts struct{}

func (panickyAlerts) RaiseAlert(context.Context, *kefu.Alert) (int, error) { panic("alert queue nil") }

func TestWorker_JobsThatCannotSucceedFailForGood(t *testing.T) {
	e := newEnv(t, `{}`)
	w := e.worker(e.db)
	w.MaxAttempts = 2
	_, err := e.db.EnqueueJob(e.ctx, &kefu.Job{Kind: kefu.JobAutomate, Payload: json.RawMessage(`"not an object"`)})
	must(t, err)
	e.sla.err = errors.New("unused")
	e.runAll(t, w)
	jobs := e.jobs(t, kefu.JobFilter{Kind: kefu.JobAutomate})
	if len(jobs) != 1 || jobs[0].Status != kefu.JobFailed || !strings.Contains(jobs[0].LastError, "payload") {
		t.Errorf("job = %+v", jobs)
	}
}

func TestWorker_RunStopsWithItsContext(t *testing.T) {
	e := newEnv(t, `{}`)
	w := e.worker(e.db)
	w.Poll = 10 * time.Millisecond
	tk := e.buyerMail(t, "Where is my order?", "where is my order")
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for len(autoReplies(e.ticket(t, tk.ID))) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if len(autoReplies(e.ticket(t, tk.ID))) != 1 {
		t.Error("Run did not answer the ticket")
	}
}
