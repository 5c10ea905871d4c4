package sla

import (
	"time"

	"kefu"
)

// Events that move a ticket's clocks. Ticket creation and buyer messages
// come with the automation job storage enqueues for them; the others from
// whoever saw them happen (a reply, an agent's "no response needed", a
// status change).
const (
	EventTicketCreated    = kefu.EventTicketCreated
	EventBuyerMessage     = kefu.EventBuyerMessage
	EventAgentReply       = "agent_reply"
	EventNoResponseNeeded = "no_response_needed"
	// EventStatusChanged is read against the ticket's status after the
	// change: pending pauses the resolution clock, solved and closed stop
	// every clock, anything else resumes.
	EventStatusChanged = "status_changed"
)

// Event is one thing that happened to a ticket, at At.
type Event struct {
	Kind string
	At   time.Time
}

// Apply works out how ev moves the clocks of ticket t under policy p,
// measured on clk. t is the ticket as it is after the event (its status,
// first response time and current deadlines); st is the clocks' state
// before it. Apply returns the change to the ticket's deadlines (a zero
// time clears one) and the clocks' new state.
//
// The rules:
//   - a new ticket starts the response clock and the resolution clock;
//   - a buyer message starts the response clock when none is running (an
//     unanswered earlier message keeps the earlier deadline) and cancels
//     "no response needed"; after the first response it is the next
//     response that is due;
//   - an agent reply, or "no response needed", stops the response clock;
//   - pending (waiting on the buyer) pauses the resolution clock, and
//     resuming moves its deadline on by the time paused, unless the
//     deadline is the provider's own (a dispute's due_by);
//   - solved and closed clear every deadline.
func Apply(p *kefu.SLAPolicy, clk Clock, t *kefu.Ticket, st kefu.TicketSLA, ev Event) (kefu.TicketUpdate, kefu.TicketSLA) {
	at := ev.At.UTC().Truncate(time.Millisecond)
	fr, nr, res := t.FirstResponseDue, t.NextResponseDue, t.ResolutionDue
	st.TicketID, st.PolicyID, st.PolicyName = t.ID, p.ID, p.Name
	done := t.Status == kefu.StatusSolved || t.Status == kefu.StatusClosed

	due := func(start time.Time, d kefu.SLADuration) *time.Time {
		if d.IsZero() {
			return nil
		}
		v := clk.Due(start, d)
		return &v
	}
	// The provider's date wins over a computed one (payments.md), less
	// the policy's safety margin, which counts calendar time.
	resolution := func(start time.Time) *time.Time {
		if st.DueBy != nil {
			v := st.DueBy.Add(-p.DueMargin.Calendar())
			return &v
		}
		return due(start, p.Resolution)
	}
	resume := func() {
		if st.PausedAt == nil {
			return
		}
		paused := clk.Elapsed(*st.PausedAt, at)
		st.PausedTotal += paused
		st.PausedAt = nil
		if res != nil && st.DueBy == nil && paused > 0 {
			v := clk.Due(*res, kefu.SLADuration{Time: paused})
			res = &v
		}
	}
	stopAll := func() {
		fr, nr, res = nil, nil, nil
		st.ClockStartedAt, st.PausedAt = nil, nil
	}

	switch ev.Kind {
	case EventTicketCreated:
		st = kefu.TicketSLA{TicketID: t.ID, PolicyID: p.ID, PolicyName: p.Name, DueBy: st.DueBy}
		if done {
			stopAll()
			break
		}
		st.ClockStartedAt = &at
		fr, nr = due(at, p.FirstResponse), nil
		if v := resolution(at); v != nil {
			res = v
		}
		if t.Status == kefu.StatusPending {
			st.PausedAt = &at
		}

	case EventBuyerMessage:
		st.NoResponseNeeded = false
		if done {
			break
		}
		resume()
		if st.ClockStartedAt == nil {
			st.ClockStartedAt = &at
			if t.FirstResponseAt == nil {
				fr = due(at, p.FirstResponse)
			} else {
				nr = due(at, p.NextResponse)
			}
		}
		if res == nil {
			res = resolution(at) // reopened after it was solved
		}

	case EventAgentReply, EventNoResponseNeeded:
		st.ClockStartedAt = nil
		fr, nr = nil, nil
		if ev.Kind == EventNoResponseNeeded {
			st.NoResponseNeeded = true
		}

	case EventStatusChanged:
		switch {
		case done:
			stopAll()
		case t.Status == kefu.StatusPending:
			if st.PausedAt == nil {
				st.PausedAt = &at
			}
		default:
			resume()
			if res == nil {
				res = resolution(at)
			}
		}
	}

	u := kefu.TicketUpdate{
		FirstResponseDue: dueChange(t.FirstResponseDue, fr),
		NextResponseDue:  dueChange(t.NextResponseDue, nr),
		ResolutionDue:    dueChange(t.ResolutionDue, res),
	}
	return u, st
}

// dueChange is the TicketUpdate value that turns deadline from into to:
// nil for no change, a zero time to clear it.
func dueChange(from, to *time.Time) *time.Time {
	switch {
	case to == nil && from == nil:
		return nil
	case to == nil:
		return &time.Time{}
	}
	v := to.UTC().Truncate(time.Millisecond)
	if from != nil && from.Equal(v) {
		return nil
	}
	return &v
}

// ChangesDues reports whether u moves any deadline.
func ChangesDues(u kefu.TicketUpdate) bool {
	return u.FirstResponseDue != nil || u.NextResponseDue != nil || u.ResolutionDue != nil
}

// applyDues applies the deadline part of u to t, as storage will.
func applyDues(t *kefu.Ticket, u kefu.TicketUpdate) {
	for _, f := range []struct {
		dst **time.Time
		v   *time.Time
	}{{&t.FirstResponseDue, u.FirstResponseDue}, {&t.NextResponseDue, u.NextResponseDue}, {&t.ResolutionDue, u.ResolutionDue}} {
		switch {
		case f.v == nil:
		case f.v.IsZero():
			*f.dst = nil
		default:
			v := *f.v
			*f.dst = &v
		}
	}
}
