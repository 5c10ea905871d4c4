package sla

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"kefu"
)

// JobEscalate is the kind of the durable job that fires one escalation
// level of one run of a ticket's response clock.
const JobEscalate = "sla_escalate"

// Store is what the engine keeps in the database; storage.DB implements it.
type Store interface {
	// Batch runs fn in one transaction that every call made with the ctx
	// it is given joins; inside another Batch it is a savepoint.
	Batch(ctx context.Context, fn func(ctx context.Context) error) error
	ListSLAPolicies(ctx context.Context) ([]*kefu.SLAPolicy, error)
	ListBusinessCalendars(ctx context.Context) ([]*kefu.BusinessCalendar, error)
	// LockTicketSLA reads a ticket's clock state (zero before the clocks
	// first ran) and holds the ticket until the Batch ends.
	LockTicketSLA(ctx context.Context, ticketID int64) (*kefu.TicketSLA, error)
	SaveTicketSLA(ctx context.Context, s *kefu.TicketSLA) error
	// RecordEscalation reports false when the level already fired for
	// that clock run.
	RecordEscalation(ctx context.Context, e *kefu.Escalation) (bool, error)
	ListEscalations(ctx context.Context, ticketID int64) ([]*kefu.Escalation, error)
	OpenIncident(ctx context.Context, inc *kefu.Incident) error
	FreezeRefunds(ctx context.Context, f *kefu.RefundFreeze) error
}

// Alerter tells people about an escalation (kefu.AlertService). Inside
// the escalation's transaction, so an alert is queued exactly when the
// escalation is recorded.
type Alerter interface {
	RaiseAlert(ctx context.Context, a *kefu.Alert) (int, error)
}

// Services are the engine's dependencies.
type Services struct {
	Tickets kefu.TicketService
	Stores  kefu.StoreService
	Users   kefu.UserService // to find a supervisor to assign
	Jobs    kefu.JobQueue
	Store   Store
	// Disputes, when set, gives disputes' due dates, the provider's own
	// deadline for dispute tickets.
	Disputes kefu.DisputeService
	// Alerts, when set, is told about every escalation level with Notify.
	Alerts Alerter
}

// Options tune the engine; the zero value works.
type Options struct {
	Logger *slog.Logger
	Now    func() time.Time // default kefu.Now
	// FreezeRefundsFor is how long a critical escalation stops the
	// store's refunds (default 24 h).
	FreezeRefundsFor time.Duration
	Lease            time.Duration // a claimed timer is hidden this long (default 2 min)
	PollEvery        time.Duration // how often Run looks for due timers (default 5 s)
	BatchSize        int           // timers claimed at once (default 16)
	MaxAttempts      int           // a failing timer is retried this often (default 10)
	// TicketURL, when set, links an alert to its ticket in kefu.
	TicketURL func(ticketID int64) string
}

// Engine runs the SLA clocks of tickets: OnTicketEvent sets deadlines and
// schedules escalation timers, Run (or RunJob) fires them.
type Engine struct {
	svc Services
	opt Options
	log *slog.Logger
}

// New returns an engine over s.
func New(s Services, o Options) *Engine {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = kefu.Now
	}
	if o.FreezeRefundsFor <= 0 {
		o.FreezeRefundsFor = 24 * time.Hour
	}
	if o.Lease <= 0 {
		o.Lease = 2 * time.Minute
	}
	if o.PollEvery <= 0 {
		o.PollEvery = 5 * time.Second
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 16
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 10
	}
	return &Engine{svc: s, opt: o, log: o.Logger}
}

// OnTicketEvent moves the ticket's clocks for an event: ev.Event is one of
// the Event… kinds (kefu.EventTicketCreated and kefu.EventBuyerMessage
// come straight from the automation job's payload). It sets the ticket's
// deadlines through TicketService.UpdateTicket and enqueues the escalation
// timers of a clock that starts. Called inside a Batch (the automation
// worker's transaction) it joins it; otherwise it makes its own.
func (e *Engine) OnTicketEvent(ctx context.Context, ticketID int64, ev kefu.Automation) error {
	return e.svc.Store.Batch(ctx, func(ctx context.Context) error {
		st, err := e.svc.Store.LockTicketSLA(ctx, ticketID)
		if err != nil {
			return err
		}
		t, err := e.svc.Tickets.FindTicketByID(ctx, ticketID)
		if err != nil {
			return err
		}
		return e.apply(ctx, t, st, ev.Event, e.eventTime(t, ev))
	})
}

// eventTime is when the event happened: the buyer's message, the agent's
// reply, or now.
func (e *Engine) eventTime(t *kefu.Ticket, ev kefu.Automation) time.Time {
	switch ev.Event {
	case EventTicketCreated:
		return t.CreatedAt
	case EventBuyerMessage:
		var newest *kefu.Message
		for _, m := range t.Messages {
			if m.ID == ev.MessageID && ev.MessageID != 0 {
				return m.CreatedAt
			}
			if m.Direction == kefu.DirectionInbound {
				newest = m
			}
		}
		if newest != nil {
			return newest.CreatedAt
		}
	case EventAgentReply:
		if m := lastResponse(t); m != nil {
			return m.CreatedAt
		}
	}
	return e.opt.Now()
}

// isResponse reports whether m answers the buyer: a reply by a person,
// not a rule's auto-reply (auto-replies do not count on any marketplace).
func isResponse(m *kefu.Message) bool {
	return m.Direction == kefu.DirectionOutbound && !m.Automated
}

func lastResponse(t *kefu.Ticket) *kefu.Message {
	var last *kefu.Message
	for _, m := range t.Messages {
		if isResponse(m) && (last == nil || !m.CreatedAt.Before(last.CreatedAt)) {
			last = m
		}
	}
	return last
}

// history turns a new ticket's conversation into events: a ticket
// imported with a reply in it owes no first response, and a buyer
// message after the last reply starts the next-response clock.
func history(t *kefu.Ticket) []Event {
	events := []Event{{Kind: EventTicketCreated, At: t.CreatedAt}}
	reply := lastResponse(t)
	if reply == nil {
		return events
	}
	events = append(events, Event{Kind: EventAgentReply, At: reply.CreatedAt})
	for _, m := range t.Messages {
		if m.Direction == kefu.DirectionInbound && m.CreatedAt.After(reply.CreatedAt) {
			return append(events, Event{Kind: EventBuyerMessage, At: m.CreatedAt})
		}
	}
	return events
}

// apply moves ticket t's clocks, in state st, for an event of kind at at,
// in ctx's transaction, which holds the ticket (LockTicketSLA).
func (e *Engine) apply(ctx context.Context, t *kefu.Ticket, st *kefu.TicketSLA, kind string, at time.Time) error {
	store, err := e.svc.Stores.FindStoreByID(ctx, t.StoreID)
	if err != nil {
		return err
	}
	p, err := e.policy(ctx, t, store)
	if err != nil || p == nil {
		return err // no policy times this ticket
	}
	clk, err := e.clock(ctx, p, store)
	if err != nil {
		return err
	}
	before := *st
	state := *st
	if state.DueBy, err = e.providerDue(ctx, t, st, kind); err != nil {
		return err
	}
	events := []Event{{Kind: kind, At: at}}
	if kind == EventTicketCreated {
		events = history(t)
	}
	cur := *t
	for _, ev := range events {
		var u kefu.TicketUpdate
		u, state = Apply(p, clk, &cur, state, ev)
		applyDues(&cur, u)
	}
	u := kefu.TicketUpdate{
		FirstResponseDue: dueChange(t.FirstResponseDue, cur.FirstResponseDue),
		NextResponseDue:  dueChange(t.NextResponseDue, cur.NextResponseDue),
		ResolutionDue:    dueChange(t.ResolutionDue, cur.ResolutionDue),
	}
	// A closed ticket is read-only: its deadlines stay as they were.
	if ChangesDues(u) && t.Status != kefu.StatusClosed {
		if _, err := e.svc.Tickets.UpdateTicket(ctx, t.ID, u); err != nil {
			return err
		}
	}
	if err := e.svc.Store.SaveTicketSLA(ctx, &state); err != nil {
		return err
	}
	if state.ClockStartedAt != nil && (before.ClockStartedAt == nil || !before.ClockStartedAt.Equal(*state.ClockStartedAt)) {
		return e.schedule(ctx, p, clk, t.ID, *state.ClockStartedAt)
	}
	return nil
}

// policy returns the policy for t: the stored ones, or the marketplace
// defaults while none is stored.
func (e *Engine) policy(ctx context.Context, t *kefu.Ticket, s *kefu.Store) (*kefu.SLAPolicy, error) {
	ps, err := e.svc.Store.ListSLAPolicies(ctx)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		ps = Defaults()
	}
	return Match(ps, t, s), nil
}

// policyByRef finds the policy a timer was scheduled under: by id, or by
// name for a built-in default (id 0).
func (e *Engine) policyByRef(ctx context.Context, id int64, name string) (*kefu.SLAPolicy, error) {
	ps, err := e.svc.Store.ListSLAPolicies(ctx)
	if err != nil {
		return nil, err
	}
	if id == 0 {
		ps = Defaults()
	}
	for _, p := range ps {
		if p.ID == id && (id != 0 || p.Name == name) {
			return p, nil
		}
	}
	return nil, nil
}

// clock returns the clock a policy runs on for a store: the calendar
// clock, or the store's business calendar, the company's, or 09:00–18:00
// on weekdays, in the store's time zone unless the calendar names one.
func (e *Engine) clock(ctx context.Context, p *kefu.SLAPolicy, s *kefu.Store) (Clock, error) {
	if p.Clock != kefu.ClockBusiness {
		return CalendarClock{}, nil
	}
	cals, err := e.svc.Store.ListBusinessCalendars(ctx)
	if err != nil {
		return nil, err
	}
	var company, own *kefu.BusinessCalendar
	for _, c := range cals {
		switch c.StoreID {
		case s.ID:
			own = c
		case 0:
			company = c
		}
	}
	bc := DefaultCalendar()
	if own != nil {
		bc = own
	} else if company != nil {
		bc = company
	}
	return NewCalendar(bc, s.Timezone)
}

// providerDue is the provider's own deadline for the ticket: the earliest
// due_by of its open disputes, else what the source gave the ticket when
// it was created (a case notice's "respond by"), else what was known.
func (e *Engine) providerDue(ctx context.Context, t *kefu.Ticket, st *kefu.TicketSLA, kind string) (*time.Time, error) {
	if e.svc.Disputes != nil {
		ds, err := e.svc.Disputes.ListDisputes(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		var due *time.Time
		for _, d := range ds {
			if d.Open() && d.DueBy != nil && (due == nil || d.DueBy.Before(*due)) {
				due = d.DueBy
			}
		}
		if due != nil {
			return due, nil
		}
	}
	if st.DueBy == nil && kind == EventTicketCreated && t.ResolutionDue != nil {
		return t.ResolutionDue, nil
	}
	return st.DueBy, nil
}

// escalationPayload is a timer's payload: which level of which clock run.
type escalationPayload struct {
	PolicyID       int64  `json:"policy_id,omitempty"`
	Policy         string `json:"policy"`
	Level          string `json:"level"`
	ClockStartedAt int64  `json:"clock_started_at"` // Unix milliseconds
}

// DedupeKey names one level of one clock run of a ticket: enqueued twice
// (a retried event, a second replica) it is still one timer.
func DedupeKey(ticketID int64, level string, clockStart time.Time) string {
	return fmt.Sprintf("sla:%d:%s:%d", ticketID, level, clockStart.UnixMilli())
}

// schedule enqueues the first escalation timer of a clock run that starts
// at start. Each level's timer, when it runs, enqueues the next one
// (RunJob): one pending timer per ticket rather than one per level keeps a
// new ticket's writes down, and a clock stopped early leaves nothing
// behind to cancel.
func (e *Engine) schedule(ctx context.Context, p *kefu.SLAPolicy, clk Clock, ticketID int64, start time.Time) error {
	if lvl, ok := levelAfter(p, ""); ok {
		return e.scheduleLevel(ctx, p, clk, ticketID, start, lvl)
	}
	return nil
}

// scheduleLevel enqueues one level's timer, due After into the clock run
// on the policy's clock.
func (e *Engine) scheduleLevel(ctx context.Context, p *kefu.SLAPolicy, clk Clock, ticketID int64, start time.Time, lvl kefu.EscalationLevel) error {
	payload, err := json.Marshal(escalationPayload{PolicyID: p.ID, Policy: p.Name, Level: lvl.Name, ClockStartedAt: start.UnixMilli()})
	if err != nil {
		return err
	}
	job := &kefu.Job{Kind: JobEscalate, TicketID: ticketID, DedupeKey: DedupeKey(ticketID, lvl.Name, start),
		DueAt: clk.Due(start, lvl.After), Payload: payload}
	if _, err := e.svc.Jobs.EnqueueJob(ctx, job); err != nil {
		return fmt.Errorf("sla: schedule %s: %w", job.DedupeKey, err)
	}
	return nil
}

// levelAfter returns the level that comes after the named one in order of
// time (After, then as listed); "" asks for the first.
func levelAfter(p *kefu.SLAPolicy, name string) (kefu.EscalationLevel, bool) {
	levels := slices.Clone(p.Escalations)
	// A day counts as 24 h here: only the order matters.
	span := func(l kefu.EscalationLevel) time.Duration {
		return time.Duration(l.After.Days)*24*time.Hour + l.After.Time
	}
	slices.SortStableFunc(levels, func(a, b kefu.EscalationLevel) int { return cmp.Compare(span(a), span(b)) })
	i := 0
	if name != "" {
		i = slices.IndexFunc(levels, func(l kefu.EscalationLevel) bool { return l.Name == name }) + 1
		if i == 0 {
			return kefu.EscalationLevel{}, false
		}
	}
	if i >= len(levels) {
		return kefu.EscalationLevel{}, false
	}
	return levels[i], true
}
