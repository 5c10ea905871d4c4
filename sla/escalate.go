package sla

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"kefu"
)

// Run fires due escalation timers until ctx ends. It is safe to run on
// every replica: a timer is claimed with a lease, so one replica runs it
// at a time, and a level is recorded once per clock run, so a timer run
// twice (a lease that ran out mid-way) escalates once. A timer claimed by
// a replica that stops is run by another when its lease ends.
func (e *Engine) Run(ctx context.Context) error {
	ctx = kefu.SystemContext(ctx, "sla")
	for {
		n, err := e.RunDue(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			e.log.Error("sla: running escalation timers", "err", err)
		}
		if n == e.opt.BatchSize && err == nil {
			continue // more may be due
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(e.opt.PollEvery):
		}
	}
}

// RunDue claims due escalation timers and runs them, reporting how many it
// finished. It stops at once when ctx ends, leaving the rest claimed: they
// run again when their lease ends.
func (e *Engine) RunDue(ctx context.Context) (int, error) {
	if kefu.ActorFrom(ctx) == nil {
		ctx = kefu.SystemContext(ctx, "sla")
	}
	jobs, err := e.svc.Jobs.ClaimJobs(ctx, []string{JobEscalate}, e.opt.BatchSize, e.opt.Lease)
	if err != nil {
		return 0, err
	}
	// Claimed together, a ticket's levels run in the order they were
	// scheduled: warn before escalate before critical.
	slices.SortFunc(jobs, func(a, b *kefu.Job) int { return cmp.Compare(a.ID, b.ID) })
	n := 0
	for _, j := range jobs {
		if ctx.Err() != nil {
			return n, ctx.Err()
		}
		jobErr := e.RunJob(ctx, j)
		if ctx.Err() != nil {
			return n, ctx.Err() // not finished: it runs again after its lease
		}
		var retry *time.Time
		if jobErr != nil {
			e.log.Warn("sla: escalation timer failed", "job", j.ID, "key", j.DedupeKey, "attempt", j.Attempts, "err", jobErr)
			if j.Attempts < e.opt.MaxAttempts {
				at := e.opt.Now().Add(backoff(j.Attempts))
				retry = &at
			}
		}
		if err := e.svc.Jobs.FinishJob(ctx, j, jobErr, retry); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// backoff waits 30 s after the first failure, doubling up to an hour.
func backoff(attempts int) time.Duration {
	d := 30 * time.Second
	for i := 1; i < attempts && d < time.Hour; i++ {
		d *= 2
	}
	return min(d, time.Hour)
}

// RunJob fires one escalation timer: when the clock run it belongs to is
// still running with no response (no human reply since it started, not
// solved, not "no response needed"), it records the level and then, once
// only, raises the alert, assigns the ticket, and at the critical level
// writes an incident and freezes the store's refunds, all in one
// transaction. Otherwise it does nothing; a reply that came without an
// event stops the clock here.
func (e *Engine) RunJob(ctx context.Context, j *kefu.Job) error {
	var pl escalationPayload
	if err := json.Unmarshal(j.Payload, &pl); err != nil {
		return fmt.Errorf("sla: timer %d: payload: %w", j.ID, err)
	}
	start := time.UnixMilli(pl.ClockStartedAt).UTC()
	return e.svc.Store.Batch(ctx, func(ctx context.Context) error {
		st, err := e.svc.Store.LockTicketSLA(ctx, j.TicketID)
		if kefu.ErrorCode(err) == kefu.ENOTFOUND {
			return nil // deleted meanwhile
		} else if err != nil {
			return err
		}
		t, err := e.svc.Tickets.FindTicketByID(ctx, j.TicketID)
		if err != nil {
			return err
		}
		if t.Status == kefu.StatusSolved || t.Status == kefu.StatusClosed {
			if t.Status == kefu.StatusSolved && t.SLADue() != nil { // solved without telling the clocks
				return e.apply(ctx, t, st, EventStatusChanged, e.opt.Now())
			}
			return nil
		}
		if st.ClockStartedAt == nil || !st.ClockStartedAt.Equal(start) || st.NoResponseNeeded {
			return nil // stopped or restarted since
		}
		for _, m := range t.Messages {
			if isResponse(m) && !m.CreatedAt.Before(start) {
				return e.apply(ctx, t, st, EventAgentReply, m.CreatedAt) // answered without telling the clocks
			}
		}
		if answered, err := e.disputesAnswered(ctx, t.ID); err != nil || answered {
			return err
		}
		p, err := e.policyByRef(ctx, pl.PolicyID, pl.Policy)
		if err != nil || p == nil || !p.Enabled {
			return err // the policy is gone or switched off
		}
		lvl, ok := p.Level(pl.Level)
		if !ok {
			return nil
		}
		esc := &kefu.Escalation{TicketID: t.ID, StoreID: t.StoreID, PolicyID: p.ID, Level: lvl.Name, ClockStartedAt: start, At: e.opt.Now()}
		added, err := e.svc.Store.RecordEscalation(ctx, esc)
		if err != nil {
			return err
		}
		if added {
			if err := e.escalate(ctx, t, p, lvl, esc); err != nil {
				return err
			}
		}
		return e.scheduleNext(ctx, t, p, lvl, start)
	})
}

// scheduleNext enqueues the timer of the level after lvl in the same clock
// run; its dedupe key makes a second run of this timer add nothing.
func (e *Engine) scheduleNext(ctx context.Context, t *kefu.Ticket, p *kefu.SLAPolicy, lvl kefu.EscalationLevel, start time.Time) error {
	next, ok := levelAfter(p, lvl.Name)
	if !ok {
		return nil
	}
	store, err := e.svc.Stores.FindStoreByID(ctx, t.StoreID)
	if err != nil {
		return err
	}
	clk, err := e.clock(ctx, p, store)
	if err != nil {
		return err
	}
	return e.scheduleLevel(ctx, p, clk, t.ID, start, next)
}

// escalate does what a level says, once, after it was recorded.
func (e *Engine) escalate(ctx context.Context, t *kefu.Ticket, p *kefu.SLAPolicy, lvl kefu.EscalationLevel, esc *kefu.Escalation) error {
	store, err := e.svc.Stores.FindStoreByID(ctx, t.StoreID)
	if err != nil {
		return err
	}
	// assignee is who has the ticket after this level, for the report
	// and the alert; reassigned says whether this level handed it over.
	var assignee *kefu.User
	reassigned := false
	if lvl.AssignRole != "" {
		if assignee, err = e.pickUser(ctx, lvl.AssignRole, t); err != nil {
			return err
		}
		if assignee != nil && assignee.ID != t.AssigneeID {
			id, msgs := assignee.ID, t.Messages
			if t, err = e.svc.Tickets.UpdateTicket(ctx, t.ID, kefu.TicketUpdate{AssigneeID: &id}); err != nil {
				return err
			}
			t.Messages, reassigned = msgs, true
		}
	}
	if assignee == nil && t.AssigneeID != 0 && e.svc.Users != nil {
		if assignee, err = e.svc.Users.FindUserByID(ctx, t.AssigneeID); kefu.ErrorCode(err) == kefu.ENOTFOUND {
			assignee, err = nil, nil
		} else if err != nil {
			return err
		}
	}
	var frozenUntil *time.Time
	if lvl.FreezeRefunds {
		until := esc.At.Add(e.opt.FreezeRefundsFor)
		frozenUntil = &until
	}
	var inc *kefu.Incident
	if lvl.Name == kefu.EscalationCritical || lvl.FreezeRefunds {
		escalations, err := e.svc.Store.ListEscalations(ctx, t.ID)
		if err != nil {
			return err
		}
		inc = incidentReport(t, store, p, esc, escalations, assignee, reassigned, frozenUntil)
		if err := e.svc.Store.OpenIncident(ctx, inc); err != nil {
			return err
		}
	}
	if frozenUntil != nil {
		f := &kefu.RefundFreeze{StoreID: t.StoreID, Until: *frozenUntil, IncidentID: inc.ID,
			Reason: fmt.Sprintf("SLA %s on ticket %d: no response for %s", lvl.Name, t.ID, waited(esc))}
		if err := e.svc.Store.FreezeRefunds(ctx, f); err != nil {
			return err
		}
	}
	if lvl.Notify && e.svc.Alerts != nil && !e.superseded(ctx, p, store, lvl, esc) {
		a := escalationAlert(t, store, p, lvl, esc, assignee, reassigned, frozenUntil)
		if e.opt.TicketURL != nil {
			a.URL = e.opt.TicketURL(t.ID)
		}
		if _, err := e.svc.Alerts.RaiseAlert(ctx, a); err != nil {
			return fmt.Errorf("sla: alert for %s: %w", a.DedupeKey, err)
		}
	}
	e.log.Info("sla: escalated", "ticket", t.ID, "store", t.StoreID, "level", lvl.Name, "policy", p.Name)
	return nil
}

// disputesAnswered reports whether a dispute ticket has been answered
// where it counts, at the provider: every dispute it carries is closed or
// has its evidence in. A ticket without dispute records is answered by
// messages only.
func (e *Engine) disputesAnswered(ctx context.Context, ticketID int64) (bool, error) {
	if e.svc.Disputes == nil {
		return false, nil
	}
	ds, err := e.svc.Disputes.ListDisputes(ctx, ticketID)
	if err != nil || len(ds) == 0 {
		return false, err
	}
	for _, d := range ds {
		if d.Open() && !d.EvidenceSubmitted {
			return false, nil
		}
	}
	return true, nil
}

// superseded reports whether a more severe level that notifies is due
// already: after downtime a backlog fires every level at once, and the
// team needs the one alert that says how bad it is, not three.
func (e *Engine) superseded(ctx context.Context, p *kefu.SLAPolicy, s *kefu.Store, lvl kefu.EscalationLevel, esc *kefu.Escalation) bool {
	clk, err := e.clock(ctx, p, s)
	if err != nil {
		return false
	}
	rank := slices.Index(kefu.EscalationLevels, lvl.Name)
	for _, other := range p.Escalations {
		if other.Notify && slices.Index(kefu.EscalationLevels, other.Name) > rank && !clk.Due(esc.ClockStartedAt, other.After).After(esc.At) {
			return true
		}
	}
	return false
}

// pickUser finds whom to hand a ticket to: its assignee when they already
// hold the role, else an active user of the role who may see the store,
// preferring one who looks after that store in particular.
func (e *Engine) pickUser(ctx context.Context, role string, t *kefu.Ticket) (*kefu.User, error) {
	if e.svc.Users == nil {
		return nil, errors.New("sla: a level assigns to a role but the engine has no user service")
	}
	users, err := e.svc.Users.ListUsers(ctx)
	if err != nil {
		return nil, err
	}
	var best *kefu.User
	for _, u := range users {
		if u.Role != role || u.DisabledAt != nil || !u.CanSeeStore(t.StoreID) {
			continue
		}
		if u.ID == t.AssigneeID {
			return u, nil
		}
		scoped := len(u.StoreIDs) > 0 && slices.Contains(u.StoreIDs, t.StoreID)
		bestScoped := best != nil && len(best.StoreIDs) > 0
		if best == nil || scoped && !bestScoped || scoped == bestScoped && u.ID < best.ID {
			best = u
		}
	}
	return best, nil
}

// severity maps a level to an alert severity.
func severity(level string) string {
	if level == kefu.EscalationCritical {
		return kefu.SeverityCritical
	}
	return kefu.SeverityWarning
}

func waited(esc *kefu.Escalation) string {
	return esc.At.Sub(esc.ClockStartedAt).Round(time.Minute).String()
}

func escalationAlert(t *kefu.Ticket, s *kefu.Store, p *kefu.SLAPolicy, lvl kefu.EscalationLevel, esc *kefu.Escalation, assignee *kefu.User, reassigned bool, frozenUntil *time.Time) *kefu.Alert {
	text := fmt.Sprintf("%s · %s\n%s\n工单 Ticket #%d 已 %s 未回复 (no response for %s). 策略 Policy: %s.",
		s.Name, s.Platform, t.Subject, t.ID, waited(esc), waited(esc), p.Name)
	switch {
	case reassigned:
		text += fmt.Sprintf("\n已转交 Now assigned to: %s", userLabel(assignee))
	case assignee != nil:
		text += fmt.Sprintf("\n负责人 Assignee: %s", userLabel(assignee))
	default:
		text += "\n无人负责 Unassigned."
	}
	if frozenUntil != nil {
		text += fmt.Sprintf("\n店铺退款已冻结至 Refunds frozen until %s UTC.", frozenUntil.UTC().Format("2006-01-02 15:04"))
	}
	return &kefu.Alert{
		Kind: kefu.AlertEscalation, Severity: severity(lvl.Name), StoreID: t.StoreID, TicketID: t.ID,
		Title:     fmt.Sprintf("SLA %s: #%d %s", lvl.Name, t.ID, clip(t.Subject, 120)),
		Text:      text,
		DedupeKey: DedupeKey(t.ID, lvl.Name, esc.ClockStartedAt),
	}
}

func userLabel(u *kefu.User) string {
	if u.Name != "" {
		return u.Name + " <" + u.Email + ">"
	}
	return u.Email
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
