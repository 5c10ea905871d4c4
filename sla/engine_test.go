package sla_test

import (
	"context"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"kefu"
	"kefu/sla"
	"kefu/storage"
	"kefu/storage/storagetest"
)

// alerts records what the engine raised.
type alerts struct {
	mu  sync.Mutex
	got []*kefu.Alert
}

func (a *alerts) RaiseAlert(ctx context.Context, al *kefu.Alert) (int, error) {
	if err := al.Validate(); err != nil {
		return 0, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.got = append(a.got, al)
	return 1, nil
}

func (a *alerts) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.got)
}

func newEngine(db *storage.DB, al sla.Alerter, o sla.Options) *sla.Engine {
	return sla.New(sla.Services{Tickets: db, Stores: db, Users: db, Jobs: db, Store: db, Disputes: db, Alerts: al}, o)
}

func sys(t *testing.T) context.Context { return kefu.SystemContext(t.Context(), "test") }

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func store(t *testing.T, db *storage.DB, slug, platform, tz string) *kefu.Store {
	t.Helper()
	s := &kefu.Store{Slug: slug, Platform: platform, Name: "Acme " + slug, Timezone: tz, Currency: "USD"}
	must(t, db.CreateStore(sys(t), s))
	return s
}

// buyerTicket creates a live ticket whose first message arrived ago.
func buyerTicket(t *testing.T, db *storage.DB, storeID int64, ago time.Duration) *kefu.Ticket {
	t.Helper()
	at := time.Now().Add(-ago)
	tk, err := db.CreateTicket(sys(t), &kefu.TicketCreate{StoreID: storeID, Subject: "Where is my order?", Channel: "email", ReceivedAt: &at,
		Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "Still nothing | after 3 weeks\n# help", AuthorName: "Buyer"}})
	must(t, err)
	return tk
}

func find(t *testing.T, db *storage.DB, id int64) *kefu.Ticket {
	t.Helper()
	tk, err := db.FindTicketByID(sys(t), id)
	must(t, err)
	return tk
}

func escalationJobs(t *testing.T, db *storage.DB, ticketID int64) []*kefu.Job {
	t.Helper()
	jobs, err := db.ListJobs(sys(t), kefu.JobFilter{Kind: sla.JobEscalate, TicketID: ticketID})
	must(t, err)
	return jobs
}

func levels(t *testing.T, db *storage.DB, ticketID int64) []string {
	t.Helper()
	escs, err := db.ListEscalations(sys(t), ticketID)
	must(t, err)
	var out []string
	for _, e := range escs {
		out = append(out, e.Level)
	}
	return out
}

func TestEngine_DeadlinesAndTimersFollowTheConversation(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sys(t)
		us := store(t, db, "acme-us", "amazon", "America/Los_Angeles")
		e := newEngine(db, &alerts{}, sla.Options{})
		tk := buyerTicket(t, db, us.ID, time.Minute)

		// No policy stored: the Amazon default, 24 h on the calendar.
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated})) // a retried job
		got := find(t, db, tk.ID)
		if got.FirstResponseDue == nil || !got.FirstResponseDue.Equal(tk.CreatedAt.Add(24*time.Hour)) {
			t.Fatalf("first response due %v, want created + 24h", got.FirstResponseDue)
		}
		jobs := escalationJobs(t, db, tk.ID)
		// One pending timer per clock run: the first level's, which
		// enqueues the next when it runs.
		if len(jobs) != 1 || !strings.Contains(jobs[0].DedupeKey, ":warn:") {
			t.Fatalf("%d escalation timers, want the warn level's alone, once", len(jobs))
		}
		for _, j := range jobs {
			if !strings.HasPrefix(j.DedupeKey, "sla:") || !strings.HasSuffix(j.DedupeKey, ":"+itoa(tk.CreatedAt.UnixMilli())) {
				t.Errorf("timer key %q", j.DedupeKey)
			}
			if strings.Contains(j.DedupeKey, ":warn:") && !j.DueAt.Equal(tk.CreatedAt.Add(2*time.Hour)) {
				t.Errorf("warn due %s, want created + 2h", j.DueAt)
			}
		}

		// The agent answers: the response clock stops.
		_, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Channel: "api", Text: "It ships today."})
		must(t, err)
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: sla.EventAgentReply}))
		if got := find(t, db, tk.ID); got.FirstResponseDue != nil || got.NextResponseDue != nil || got.SLADue() != nil {
			t.Fatalf("after the reply: first %v next %v", got.FirstResponseDue, got.NextResponseDue)
		}

		// The buyer writes again: the next response is due in 24 h, with
		// timers of its own.
		m, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "Tracking?"})
		must(t, err)
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventBuyerMessage, MessageID: m.ID}))
		got = find(t, db, tk.ID)
		if got.NextResponseDue == nil || !got.NextResponseDue.Equal(m.CreatedAt.Add(24*time.Hour)) || got.FirstResponseDue != nil {
			t.Fatalf("after the buyer's second message: first %v next %v", got.FirstResponseDue, got.NextResponseDue)
		}
		if n := len(escalationJobs(t, db, tk.ID)); n != 2 {
			t.Fatalf("%d timers, want one more for the new clock run", n)
		}

		// Solved: every clock stops.
		solved := kefu.StatusSolved
		_, err = db.UpdateTicket(ctx, tk.ID, kefu.TicketUpdate{Status: &solved})
		must(t, err)
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: sla.EventStatusChanged}))
		if got := find(t, db, tk.ID); got.SLADue() != nil {
			t.Fatalf("solved ticket still due %v", got.SLADue())
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// An eBay case runs on the company calendar in the store's time zone, and
// a dispute is due at the provider's due_by less the margin.
func TestEngine_BusinessCalendarAndDisputeDueDates(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sys(t)
		ebay := store(t, db, "acme-ebay", "ebay", "Asia/Shanghai")
		must(t, db.CreateBusinessCalendar(ctx, &kefu.BusinessCalendar{Name: "Shenzhen",
			Periods:  kefu.WorkWeek(kefu.Period{Start: 9 * 60, End: 12 * 60}, kefu.Period{Start: 13*60 + 30, End: 18 * 60}),
			Holidays: []string{"2026-10-01", "2026-10-02"}}))
		e := newEngine(db, nil, sla.Options{})
		sh, _ := time.LoadLocation("Asia/Shanghai")
		opened := time.Date(2026, 9, 29, 15, 0, 0, 0, sh) // Tuesday
		tk, err := db.CreateTicket(ctx, &kefu.TicketCreate{StoreID: ebay.ID, Subject: "Item not received case", CaseID: "5039999",
			ReceivedAt: &opened, Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: "case opened"}})
		must(t, err)
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		// Wed 30, (Oct 1–2 holidays, 3–4 weekend), Mon 5, Tue 6: three
		// business days later is Tuesday 6 October at 15:00 Shanghai time.
		want := time.Date(2026, 10, 6, 15, 0, 0, 0, sh)
		if got := find(t, db, tk.ID); got.ResolutionDue == nil || !got.ResolutionDue.Equal(want) || !got.FirstResponseDue.Equal(want) {
			t.Fatalf("eBay case due %v / %v, want %s", got.FirstResponseDue, got.ResolutionDue, want)
		}

		stripe := store(t, db, "acme-pay", "stripe", "UTC")
		dueBy := time.Now().Add(10 * 24 * time.Hour).Truncate(time.Second)
		dt, err := db.CreateTicket(ctx, &kefu.TicketCreate{StoreID: stripe.ID, Subject: "Dispute dp_1", NoticeKind: "dispute_notice",
			CaseID: "dp_1", Channel: "stripe", ResolutionDue: &dueBy, Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "stripe", Text: "dispute"}})
		must(t, err)
		_, err = db.UpsertDispute(ctx, &kefu.Dispute{StoreID: stripe.ID, Provider: "stripe", ExternalID: "dp_1", TicketID: dt.ID,
			Reason: "fraudulent", AmountMinor: 1000, Currency: "USD", Status: "needs_response", DueBy: &dueBy, LastEventAt: time.Now()})
		must(t, err)
		must(t, e.OnTicketEvent(ctx, dt.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		must(t, e.OnTicketEvent(ctx, dt.ID, kefu.Automation{Event: kefu.EventBuyerMessage})) // no margin taken twice
		if got := find(t, db, dt.ID); got.ResolutionDue == nil || !got.ResolutionDue.Equal(dueBy.Add(-24*time.Hour)) {
			t.Fatalf("dispute resolution due %v, want due_by − 24h = %s", got.ResolutionDue, dueBy.Add(-24*time.Hour))
		}
	})
}

// A ticket nobody answered for three days goes through every level: the
// supervisor gets it, the critical level freezes the store's refunds with
// an incident report, and as every level is due at once (a backlog after
// downtime) only the critical one alerts.
func TestEngine_EscalatesThroughEveryLevelOnce(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sys(t)
		us := store(t, db, "acme-us", "amazon", "America/Los_Angeles")
		other := store(t, db, "acme-my", "shopee", "Asia/Kuala_Lumpur")
		sup := &kefu.User{Email: "sup@example.com", Name: "Sup", Role: kefu.RoleSupervisor, StoreIDs: []int64{us.ID}}
		must(t, db.CreateUser(ctx, sup, ""))
		must(t, db.CreateUser(ctx, &kefu.User{Email: "other@example.com", Role: kefu.RoleSupervisor, StoreIDs: []int64{other.ID}}, ""))
		al := &alerts{}
		e := newEngine(db, al, sla.Options{FreezeRefundsFor: 6 * time.Hour})
		tk := buyerTicket(t, db, us.ID, 80*time.Hour)
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated}))

		// Each level's timer enqueues the next; all three are overdue.
		total := 0
		for range 5 {
			n, err := e.RunDue(ctx)
			must(t, err)
			if n == 0 {
				break
			}
			total += n
		}
		if total != 3 {
			t.Fatalf("%d timers ran, want the three due levels", total)
		}
		if got := levels(t, db, tk.ID); strings.Join(got, ",") != "warn,escalate,critical" {
			t.Fatalf("escalations %v", got)
		}
		if al.count() != 1 || al.got[0].Severity != kefu.SeverityCritical || al.got[0].Kind != kefu.AlertEscalation || al.got[0].TicketID != tk.ID ||
			!strings.Contains(al.got[0].Text, "Sup") || al.got[0].DedupeKey != sla.DedupeKey(tk.ID, "critical", tk.CreatedAt) {
			t.Fatalf("alerts %+v", al.got)
		}
		if got := find(t, db, tk.ID); got.AssigneeID != sup.ID {
			t.Fatalf("assignee %d, want the store's supervisor %d", got.AssigneeID, sup.ID)
		}
		frozen, until, reason, err := db.RefundsFrozen(ctx, us.ID)
		if err != nil || !frozen || time.Until(until) < 5*time.Hour || !strings.Contains(reason, "critical") {
			t.Fatalf("refunds frozen = %v until %s (%q), %v", frozen, until, reason, err)
		}
		incs, err := db.ListIncidents(ctx, kefu.IncidentFilter{TicketID: tk.ID})
		must(t, err)
		if len(incs) != 1 {
			t.Fatalf("%d incidents, want 1", len(incs))
		}
		r, md := incs[0].Report, incs[0].Markdown
		if r.Assignee == "" || r.RefundsFrozen == nil || r.Policy != "Amazon buyer messages" || len(r.Timeline) < 4 {
			t.Fatalf("report %+v", r)
		}
		if !strings.Contains(md, "## Timeline") || !strings.Contains(md, `Still nothing \| after 3 weeks \# help`) || !strings.Contains(md, "Sup") {
			t.Fatalf("markdown:\n%s", md)
		}
		// Running again does nothing: each level fired for this clock run.
		if n, err := e.RunDue(ctx); err != nil || n != 0 {
			t.Fatalf("second RunDue = %d, %v", n, err)
		}
	})
}

// An agent reply that arrives before the timer makes it a no-op, even
// when nobody told the engine about the reply; so does "no response
// needed".
func TestEngine_ReplyOrNoResponseNeededBeforeTheTimerMeansNoEscalation(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sys(t)
		us := store(t, db, "acme-us", "amazon", "America/Los_Angeles")
		al := &alerts{}
		e := newEngine(db, al, sla.Options{})

		answered := buyerTicket(t, db, us.ID, 3*time.Hour)
		must(t, e.OnTicketEvent(ctx, answered.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		_, err := db.AddMessage(ctx, answered.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Channel: "api", Text: "On its way"})
		must(t, err)
		// An auto-reply is not an answer.
		auto := buyerTicket(t, db, us.ID, 3*time.Hour)
		must(t, e.OnTicketEvent(ctx, auto.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		_, err = db.AddMessage(ctx, auto.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Channel: "api", Text: "We got your message", Automated: true})
		must(t, err)
		// A dispute is answered at the provider: evidence in, no escalation.
		pay := store(t, db, "acme-pay", "stripe", "UTC")
		since, dueBy := time.Now().Add(-3*time.Hour), time.Now().Add(7*24*time.Hour)
		disputed, err := db.CreateTicket(ctx, &kefu.TicketCreate{StoreID: pay.ID, Subject: "Dispute dp_2", NoticeKind: "dispute_notice",
			CaseID: "dp_2", Channel: "stripe", ReceivedAt: &since, Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "stripe", Text: "dispute"}})
		must(t, err)
		_, err = db.UpsertDispute(ctx, &kefu.Dispute{StoreID: pay.ID, Provider: "stripe", ExternalID: "dp_2", TicketID: disputed.ID,
			AmountMinor: 500, Currency: "USD", Status: "under_review", EvidenceSubmitted: true, DueBy: &dueBy, LastEventAt: time.Now()})
		must(t, err)
		must(t, e.OnTicketEvent(ctx, disputed.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		silenced := buyerTicket(t, db, us.ID, 3*time.Hour)
		must(t, e.OnTicketEvent(ctx, silenced.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		_, err = db.MarkNoResponseNeeded(ctx, silenced.ID)
		must(t, err)

		if _, err := e.RunDue(ctx); err != nil {
			t.Fatal(err)
		}
		if got := levels(t, db, answered.ID); len(got) != 0 {
			t.Fatalf("answered ticket escalated: %v", got)
		}
		if got := levels(t, db, disputed.ID); len(got) != 0 {
			t.Fatalf("dispute with evidence in escalated: %v", got)
		}
		if got := levels(t, db, silenced.ID); len(got) != 0 {
			t.Fatalf("no-response-needed ticket escalated: %v", got)
		}
		if got := levels(t, db, auto.ID); strings.Join(got, ",") != "warn" {
			t.Fatalf("auto-replied ticket escalations %v, want warn", got)
		}
		// The timer found the reply and stopped the clock.
		if got := find(t, db, answered.ID); got.FirstResponseDue != nil {
			t.Fatalf("answered ticket still due %v", got.FirstResponseDue)
		}
		if al.count() != 1 {
			t.Fatalf("%d alerts, want the auto-replied ticket's warn only", al.count())
		}
	})
}

// openTwice opens one database twice, as two replicas would.
func openTwice(t *testing.T, backend string) (*storage.DB, *storage.DB) {
	t.Helper()
	var dsn string
	switch backend {
	case "sqlite":
		dsn = filepath.Join(t.TempDir(), "kefu.db")
	case "postgres":
		dsn = storagetest.PostgresDSN(t)
	}
	open := func() *storage.DB {
		db, err := storage.Open(context.Background(), storage.Config{DSN: dsn, SecretKey: storagetest.SecretKey})
		must(t, err)
		t.Cleanup(func() { db.Close() })
		return db
	}
	a := open()
	must(t, a.Migrate(context.Background()))
	return a, open()
}

func eachReplicaPair(t *testing.T, fn func(t *testing.T, a, b *storage.DB)) {
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			a, b := openTwice(t, backend)
			fn(t, a, b)
		})
	}
}

// Two replicas running the same due timers at once escalate each level of
// each ticket exactly once, even when both run the very same timer (as
// when a lease runs out mid-run).
func TestEngine_TwoReplicasEscalateExactlyOnce(t *testing.T) {
	eachReplicaPair(t, func(t *testing.T, dbA, dbB *storage.DB) {
		ctx := sys(t)
		us := store(t, dbA, "acme-us", "amazon", "America/Los_Angeles")
		alA, alB := &alerts{}, &alerts{}
		engA := newEngine(dbA, alA, sla.Options{BatchSize: 4})
		engB := newEngine(dbB, alB, sla.Options{BatchSize: 4})
		const tickets = 6
		var ids []int64
		for range tickets {
			tk := buyerTicket(t, dbA, us.ID, 80*time.Hour)
			must(t, engA.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
			// The other replica sees the same event (a redelivered job):
			// the timers are not doubled.
			must(t, engB.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
			ids = append(ids, tk.ID)
		}

		// Both replicas run the same claimed timer at once.
		jobs, err := dbA.ClaimJobs(ctx, []string{sla.JobEscalate}, 1, time.Minute)
		if err != nil || len(jobs) != 1 {
			t.Fatalf("claim = %v, %v", jobs, err)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 2)
		for _, e := range []*sla.Engine{engA, engB} {
			wg.Go(func() { errs <- e.RunJob(ctx, jobs[0]) })
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			must(t, err)
		}
		must(t, dbA.FinishJob(ctx, jobs[0], nil, nil))
		if got := levels(t, dbA, jobs[0].TicketID); len(got) != 1 {
			t.Fatalf("one timer run twice recorded %v, want its level once", got)
		}

		// Both replicas drain the rest concurrently.
		var drained sync.WaitGroup
		for _, e := range []*sla.Engine{engA, engB} {
			drained.Go(func() {
				for {
					n, err := e.RunDue(ctx)
					if err != nil {
						t.Error(err)
						return
					}
					if n == 0 {
						return
					}
				}
			})
		}
		drained.Wait()
		for _, id := range ids {
			// Replicas run levels side by side, so in any order.
			if got := levels(t, dbA, id); strings.Join(slices.Sorted(slices.Values(got)), ",") != "critical,escalate,warn" {
				t.Errorf("ticket %d escalations %v, want each level once", id, got)
			}
		}
		if n := alA.count() + alB.count(); n != tickets {
			t.Errorf("%d alerts, want one critical alert per ticket (%d)", n, tickets)
		}
		incs, err := dbA.ListIncidents(ctx, kefu.IncidentFilter{StoreID: us.ID, Limit: 100})
		must(t, err)
		if len(incs) != tickets {
			t.Errorf("%d incidents, want %d", len(incs), tickets)
		}
	})
}

// A replica that stops after claiming timers loses none: another runs them
// once the lease is over.
func TestEngine_RestartLosesNoEscalation(t *testing.T) {
	eachReplicaPair(t, func(t *testing.T, dbA, dbB *storage.DB) {
		ctx := sys(t)
		us := store(t, dbA, "acme-us", "amazon", "America/Los_Angeles")
		lease := 800 * time.Millisecond
		first := newEngine(dbA, &alerts{}, sla.Options{Lease: lease})
		tk := buyerTicket(t, dbA, us.ID, 80*time.Hour)
		must(t, first.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated}))

		// The first engine claims the timers and dies before running them.
		claimed, err := dbA.ClaimJobs(ctx, []string{sla.JobEscalate}, 10, lease)
		if err != nil || len(claimed) != 1 {
			t.Fatalf("claim = %d, %v; want the first level's timer", len(claimed), err)
		}
		// A run cancelled mid-way leaves what it has not finished.
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		if n, _ := first.RunDue(cancelled); n != 0 {
			t.Fatalf("a cancelled run finished %d timers", n)
		}

		al := &alerts{}
		second := newEngine(dbB, al, sla.Options{Lease: lease, PollEvery: 100 * time.Millisecond})
		if n, err := second.RunDue(ctx); err != nil || n != 0 {
			t.Fatalf("RunDue during the lease = %d, %v; want the claimed timers hidden", n, err)
		}
		runCtx, stop := context.WithTimeout(ctx, 20*time.Second)
		defer stop()
		done := make(chan error, 1)
		go func() { done <- second.Run(runCtx) }()
		for strings.Join(levels(t, dbB, tk.ID), ",") != "warn,escalate,critical" {
			if runCtx.Err() != nil {
				t.Fatalf("escalations after the restart: %v", levels(t, dbB, tk.ID))
			}
			time.Sleep(50 * time.Millisecond)
		}
		stop()
		must(t, <-done)
		if al.count() != 1 {
			t.Fatalf("%d alerts after the restart, want the critical one", al.count())
		}
	})
}

// Pending pauses the resolution clock and the pause is kept in the
// database: resuming later moves the deadline on by the time paused.
func TestEngine_PendingPausesResolutionAcrossEvents(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sys(t)
		shop := store(t, db, "acme-shop", "shopify", "Europe/Berlin")
		must(t, db.CreateSLAPolicy(ctx, &kefu.SLAPolicy{Name: "Shopify", Platform: "shopify", Clock: kefu.ClockCalendar,
			FirstResponse: kefu.SLAHours(8), Resolution: kefu.SLAHours(48), Enabled: true}))
		now := time.Now().UTC().Truncate(time.Millisecond)
		e := newEngine(db, nil, sla.Options{Now: func() time.Time { return now }})
		tk := buyerTicket(t, db, shop.ID, 0)
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		due := *find(t, db, tk.ID).ResolutionDue

		pending, open := kefu.StatusPending, kefu.StatusOpen
		_, err := db.UpdateTicket(ctx, tk.ID, kefu.TicketUpdate{Status: &pending})
		must(t, err)
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: sla.EventStatusChanged}))
		now = now.Add(5 * time.Hour)
		_, err = db.UpdateTicket(ctx, tk.ID, kefu.TicketUpdate{Status: &open})
		must(t, err)
		must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: sla.EventStatusChanged}))
		if got := find(t, db, tk.ID).ResolutionDue; got == nil || !got.Equal(due.Add(5*time.Hour)) {
			t.Fatalf("resolution due %v after a 5 h pause, want %s", got, due.Add(5*time.Hour))
		}
		st, err := db.TicketSLA(ctx, tk.ID)
		if err != nil || st.PausedAt != nil || st.PausedTotal != 5*time.Hour || st.PolicyName != "Shopify" || st.PolicyID == 0 {
			t.Fatalf("state %+v, %v", st, err)
		}
	})
}

// A ticket solved without an event loses its deadlines when its timer
// comes; a closed one is left alone, without an error.
func TestEngine_SolvedOrClosedWithoutAnEvent(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		ctx := sys(t)
		us := store(t, db, "acme-us", "amazon", "America/Los_Angeles")
		al := &alerts{}
		e := newEngine(db, al, sla.Options{})
		solved, closed := kefu.StatusSolved, kefu.StatusClosed
		a := buyerTicket(t, db, us.ID, 3*time.Hour)
		b := buyerTicket(t, db, us.ID, 3*time.Hour)
		for _, tk := range []*kefu.Ticket{a, b} {
			must(t, e.OnTicketEvent(ctx, tk.ID, kefu.Automation{Event: kefu.EventTicketCreated}))
		}
		_, err := db.UpdateTicket(ctx, a.ID, kefu.TicketUpdate{Status: &solved})
		must(t, err)
		_, err = db.UpdateTicket(ctx, b.ID, kefu.TicketUpdate{Status: &closed})
		must(t, err)
		if _, err := e.RunDue(ctx); err != nil {
			t.Fatal(err)
		}
		if got := find(t, db, a.ID); got.SLADue() != nil {
			t.Fatalf("solved ticket still due %v", got.SLADue())
		}
		if len(levels(t, db, a.ID))+len(levels(t, db, b.ID)) != 0 || al.count() != 0 {
			t.Fatal("a solved or closed ticket was escalated")
		}
		must(t, e.OnTicketEvent(ctx, b.ID, kefu.Automation{Event: sla.EventStatusChanged}))
		jobs, err := db.ListJobs(ctx, kefu.JobFilter{Kind: sla.JobEscalate, Status: kefu.JobFailed})
		if err != nil || len(jobs) != 0 {
			t.Fatalf("failed timers %+v, %v", jobs, err)
		}
	})
}
