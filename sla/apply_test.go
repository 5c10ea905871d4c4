package sla

import (
	"testing"
	"time"

	"kefu"
)

// step is one event in a ticket's life: the status and first response
// the ticket has after it, and the deadlines expected then (nil: none).
type step struct {
	ev        Event
	status    string     // default open
	responded *time.Time // FirstResponseAt after the event
	wantFR    *time.Time
	wantNR    *time.Time
	wantRes   *time.Time
	wantClock *time.Time // running response clock start
	wantPause bool
}

func at(t time.Time) *time.Time { return &t }

func runSteps(t *testing.T, p *kefu.SLAPolicy, clk Clock, st kefu.TicketSLA, steps []step) {
	t.Helper()
	tk := &kefu.Ticket{ID: 7, StoreID: 1}
	for i, s := range steps {
		tk.Status = s.status
		if tk.Status == "" {
			tk.Status = kefu.StatusOpen
		}
		if s.responded != nil {
			tk.FirstResponseAt = s.responded
		}
		var u kefu.TicketUpdate
		u, st = Apply(p, clk, tk, st, s.ev)
		applyDues(tk, u)
		for _, c := range []struct {
			name      string
			got, want *time.Time
		}{{"first_response_due", tk.FirstResponseDue, s.wantFR}, {"next_response_due", tk.NextResponseDue, s.wantNR},
			{"resolution_due", tk.ResolutionDue, s.wantRes}, {"clock_started_at", st.ClockStartedAt, s.wantClock}} {
			if (c.got == nil) != (c.want == nil) || c.got != nil && !c.got.Equal(*c.want) {
				t.Fatalf("step %d (%s at %s): %s = %v, want %v", i, s.ev.Kind, s.ev.At, c.name, fmtTime(c.got), fmtTime(c.want))
			}
		}
		if (st.PausedAt != nil) != s.wantPause {
			t.Fatalf("step %d (%s): paused = %v, want %v", i, s.ev.Kind, st.PausedAt, s.wantPause)
		}
	}
}

func fmtTime(t *time.Time) string {
	if t == nil {
		return "none"
	}
	return t.UTC().Format(time.RFC3339)
}

func policyNamed(t *testing.T, name string) *kefu.SLAPolicy {
	t.Helper()
	for _, p := range Defaults() {
		if p.Name == name {
			if err := p.Validate(); err != nil {
				t.Fatalf("default %q: %v", name, err)
			}
			return p
		}
	}
	t.Fatalf("no default policy %q", name)
	return nil
}

// Amazon counts weekends: a message on Friday evening in Los Angeles is
// due on Saturday evening, and the clock restarts with each buyer message
// after a reply.
func TestApplyAmazonCalendarClockRestartsOnBuyerMessages(t *testing.T) {
	la := mustLoc(t, "America/Los_Angeles")
	p := policyNamed(t, "Amazon buyer messages")
	fri := time.Date(2026, 3, 6, 20, 0, 0, 0, la)
	reply := fri.Add(3 * time.Hour)
	buyer2 := time.Date(2026, 3, 7, 22, 0, 0, 0, la)
	buyer3 := buyer2.Add(2 * time.Hour)
	runSteps(t, p, CalendarClock{}, kefu.TicketSLA{}, []step{
		{ev: Event{EventTicketCreated, fri}, status: kefu.StatusNew, wantFR: at(fri.Add(24 * time.Hour)), wantClock: &fri},
		{ev: Event{EventAgentReply, reply}, responded: &reply},
		// Saturday 22:00 PST + 24 h is Sunday 23:00 PDT on the wall clock.
		{ev: Event{EventBuyerMessage, buyer2}, wantNR: at(time.Date(2026, 3, 8, 23, 0, 0, 0, la)), wantClock: &buyer2},
		// A second message before the reply keeps the first one's deadline.
		{ev: Event{EventBuyerMessage, buyer3}, wantNR: at(time.Date(2026, 3, 8, 23, 0, 0, 0, la)), wantClock: &buyer2},
		{ev: Event{EventAgentReply, buyer3.Add(time.Hour)}},
		{ev: Event{EventStatusChanged, buyer3.Add(2 * time.Hour)}, status: kefu.StatusSolved},
	})
}

// eBay cases: 3 business days on the company calendar, in the store's
// time zone; pending pauses the resolution clock and resuming moves the
// deadline on by the open hours that passed.
func TestApplyEbayCaseBusinessDaysAndPendingPause(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	cal := shanghaiCalendar(t)
	p := policyNamed(t, "eBay cases")
	opened := time.Date(2026, 9, 18, 15, 0, 0, 0, sh) // Friday
	wed := time.Date(2026, 9, 23, 15, 0, 0, 0, sh)
	replied := time.Date(2026, 9, 21, 10, 0, 0, 0, sh)   // Monday
	resumed := time.Date(2026, 9, 22, 10, 0, 0, 0, sh)   // Tuesday: 7.5 open hours later
	extended := cal.Add(wed, 7*time.Hour+30*time.Minute) // Thursday 15:00
	buyer := time.Date(2026, 9, 22, 10, 0, 0, 0, sh)     // the buyer's answer resumes it
	if want := time.Date(2026, 9, 24, 15, 0, 0, 0, sh); !extended.Equal(want) {
		t.Fatalf("extended = %s", extended)
	}
	runSteps(t, p, cal, kefu.TicketSLA{}, []step{
		{ev: Event{EventTicketCreated, opened}, status: kefu.StatusNew, wantFR: &wed, wantRes: &wed, wantClock: &opened},
		{ev: Event{EventAgentReply, replied}, responded: &replied, wantRes: &wed},
		{ev: Event{EventStatusChanged, replied}, status: kefu.StatusPending, wantRes: &wed, wantPause: true},
		// Three business days from Tuesday 10:00: Friday 10:00.
		{ev: Event{EventBuyerMessage, buyer}, wantNR: at(time.Date(2026, 9, 25, 10, 0, 0, 0, sh)), wantRes: &extended, wantClock: &buyer},
		{ev: Event{EventStatusChanged, resumed}, wantNR: at(time.Date(2026, 9, 25, 10, 0, 0, 0, sh)), wantRes: &extended, wantClock: &buyer},
	})
}

// "No response needed" stops the response clock until the buyer writes
// again; the first response is then still owed.
func TestApplyNoResponseNeededStopsTheResponseClock(t *testing.T) {
	p := policyNamed(t, "Shopee chat")
	t0 := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	later := t0.Add(30 * time.Hour)
	var st kefu.TicketSLA
	tk := &kefu.Ticket{ID: 1, Status: kefu.StatusNew}
	u, st := Apply(p, CalendarClock{}, tk, st, Event{EventTicketCreated, t0})
	applyDues(tk, u)
	u, st = Apply(p, CalendarClock{}, tk, st, Event{EventNoResponseNeeded, t0.Add(time.Hour)})
	if u.FirstResponseDue == nil || !u.FirstResponseDue.IsZero() || !st.NoResponseNeeded || st.ClockStartedAt != nil {
		t.Fatalf("no response needed: update %+v, state %+v; want the first response deadline cleared", u, st)
	}
	applyDues(tk, u)
	u, st = Apply(p, CalendarClock{}, tk, st, Event{EventBuyerMessage, later})
	applyDues(tk, u)
	if st.NoResponseNeeded || st.ClockStartedAt == nil || !st.ClockStartedAt.Equal(later) {
		t.Fatalf("buyer message after no response needed: state %+v", st)
	}
	if tk.FirstResponseDue == nil || !tk.FirstResponseDue.Equal(later.Add(12*time.Hour)) || tk.NextResponseDue != nil {
		t.Fatalf("first response due %v, next %v; want the first response owed 12 h after the new message", tk.FirstResponseDue, tk.NextResponseDue)
	}
}

// A dispute is due at the provider's due_by less the margin, and waiting
// on the buyer does not move the bank's deadline.
func TestApplyDisputeDueByLessMarginIgnoresPauses(t *testing.T) {
	p := policyNamed(t, "Payment disputes")
	t0 := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	dueBy := time.Date(2026, 5, 12, 23, 59, 59, 0, time.UTC)
	want := dueBy.Add(-24 * time.Hour)
	runSteps(t, p, CalendarClock{}, kefu.TicketSLA{DueBy: &dueBy}, []step{
		{ev: Event{EventTicketCreated, t0}, wantFR: at(t0.Add(24 * time.Hour)), wantRes: &want, wantClock: &t0},
		{ev: Event{EventStatusChanged, t0.Add(time.Hour)}, status: kefu.StatusPending, wantFR: at(t0.Add(24 * time.Hour)), wantRes: &want, wantClock: &t0, wantPause: true},
		{ev: Event{EventStatusChanged, t0.Add(50 * time.Hour)}, wantFR: at(t0.Add(24 * time.Hour)), wantRes: &want, wantClock: &t0},
	})
}

// Solving clears every deadline; a buyer reopening the ticket starts the
// clocks again, resolution included.
func TestApplySolvedClearsAndReopeningRestarts(t *testing.T) {
	p := &kefu.SLAPolicy{ID: 3, Name: "custom", Clock: kefu.ClockCalendar, FirstResponse: kefu.SLAHours(4),
		NextResponse: kefu.SLAHours(8), Resolution: kefu.SLAHours(48), Enabled: true}
	t0 := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	reply, solved, back := t0.Add(time.Hour), t0.Add(2*time.Hour), t0.Add(100*time.Hour)
	runSteps(t, p, CalendarClock{}, kefu.TicketSLA{}, []step{
		{ev: Event{EventTicketCreated, t0}, wantFR: at(t0.Add(4 * time.Hour)), wantRes: at(t0.Add(48 * time.Hour)), wantClock: &t0},
		{ev: Event{EventAgentReply, reply}, responded: &reply, wantRes: at(t0.Add(48 * time.Hour))},
		{ev: Event{EventStatusChanged, solved}, status: kefu.StatusSolved},
		{ev: Event{EventBuyerMessage, back}, wantNR: at(back.Add(8 * time.Hour)), wantRes: at(back.Add(48 * time.Hour)), wantClock: &back},
	})
}

func TestApplyCreatedSolvedOrPendingTicket(t *testing.T) {
	p := policyNamed(t, "eBay messages")
	t0 := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	u, st := Apply(p, CalendarClock{}, &kefu.Ticket{ID: 1, Status: kefu.StatusSolved}, kefu.TicketSLA{}, Event{EventTicketCreated, t0})
	if ChangesDues(u) || st.ClockStartedAt != nil {
		t.Fatalf("a ticket created solved got clocks: %+v %+v", u, st)
	}
	_, st = Apply(p, CalendarClock{}, &kefu.Ticket{ID: 1, Status: kefu.StatusPending}, kefu.TicketSLA{}, Event{EventTicketCreated, t0})
	if st.PausedAt == nil || !st.PausedAt.Equal(t0) {
		t.Fatalf("a ticket created pending is not paused: %+v", st)
	}
	if st.PolicyName != "eBay messages" || st.TicketID != 1 {
		t.Fatalf("state names %q for ticket %d", st.PolicyName, st.TicketID)
	}
}
