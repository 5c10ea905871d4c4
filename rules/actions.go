package rules

import (
	"context"
	"fmt"
	"strings"
	"time"

	"kefu"
)

// do runs one action of a fired rule against the event's ticket.
func (e *Engine) do(ctx context.Context, ev *event, rule *kefu.Rule, f *kefu.RuleFiring, index int, a Action) (kefu.ActionResult, error) {
	p := a.Params
	switch a.Type {
	case kefu.ActionSetPriority:
		if ev.ticket.Priority == p.Priority {
			return done("priority was %s already", p.Priority)
		}
		return e.update(ctx, ev, kefu.TicketUpdate{Priority: &p.Priority}, "priority %s", p.Priority)
	case kefu.ActionAddTags:
		return e.update(ctx, ev, kefu.TicketUpdate{AddTags: p.Tags}, "added %s", strings.Join(p.Tags, ", "))
	case kefu.ActionRemoveTags:
		return e.update(ctx, ev, kefu.TicketUpdate{RemoveTags: p.Tags}, "removed %s", strings.Join(p.Tags, ", "))
	case kefu.ActionSetTeam:
		return e.update(ctx, ev, kefu.TicketUpdate{Team: &p.Team}, "team %s", p.Team)
	case kefu.ActionHold:
		if ev.ticket.Status == kefu.StatusOnHold {
			return done("on hold already")
		}
		if ev.ticket.Status == kefu.StatusSolved {
			return skipped("the ticket is solved")
		}
		status := kefu.StatusOnHold
		return e.update(ctx, ev, kefu.TicketUpdate{Status: &status}, "on hold")
	case kefu.ActionAssign:
		return e.assign(ctx, ev, rule, p)
	case kefu.ActionEscalate:
		urgent := "urgent"
		res, err := e.update(ctx, ev, kefu.TicketUpdate{Priority: &urgent}, "priority urgent")
		if err != nil || e.Alerts == nil {
			if err == nil {
				res.Detail += "; no alert channel is configured"
			}
			return res, err
		}
		return e.alert(ctx, ev, rule, kefu.AlertEscalation, kefu.SeverityCritical, p.Message, "priority urgent; ")
	case kefu.ActionNotify:
		if e.Alerts == nil {
			return skipped("no alert channel is configured")
		}
		kind := p.Kind
		if kind == "" {
			kind = kefu.AlertRiskFlag
		}
		return e.alert(ctx, ev, rule, kind, p.Severity, p.Message, "")
	case kefu.ActionTranslate:
		switch {
		case e.Translator == nil:
			return skipped("no translator is configured")
		case ev.message == nil || strings.TrimSpace(ev.message.Text) == "":
			return skipped("no buyer message to translate")
		case ev.ticket.Language != "" && strings.EqualFold(ev.ticket.Language, p.To):
			return skipped("the message is in %s already", p.To)
		}
		return e.enqueueEffect(ctx, ev, rule, f, index, a, "translation to "+p.To+" queued")
	case kefu.ActionAutoReply:
		return e.autoReply(ctx, ev, rule, f, index, p)
	}
	return kefu.ActionResult{}, kefu.Errorf(kefu.EINVALID, "unknown action %q", a.Type)
}

// update changes the event's ticket and keeps the event's copy current
// for the actions that follow.
func (e *Engine) update(ctx context.Context, ev *event, u kefu.TicketUpdate, format string, args ...any) (kefu.ActionResult, error) {
	t, err := e.Store.UpdateTicket(ctx, ev.ticket.ID, u)
	if err != nil {
		return kefu.ActionResult{}, err
	}
	t.Messages = ev.ticket.Messages
	*ev.ticket = *t
	return done(format, args...)
}

// assign picks an assignee for an unassigned ticket: a fixed user, or
// among the agents online and in the store's scope (optionally one
// team's), the least loaded or the next in the rule's rotation.
func (e *Engine) assign(ctx context.Context, ev *event, rule *kefu.Rule, p kefu.ActionParams) (kefu.ActionResult, error) {
	if ev.ticket.AssigneeID != 0 {
		return skipped("already assigned to user %d", ev.ticket.AssigneeID)
	}
	if p.UserID != 0 {
		return e.update(ctx, ev, kefu.TicketUpdate{AssigneeID: &p.UserID}, "assigned to user %d", p.UserID)
	}
	window := e.OnlineWindow
	if window <= 0 {
		window = 5 * time.Minute
	}
	candidates, err := e.Store.AssignmentCandidates(ctx, ev.ticket.StoreID, p.Team, e.now().Add(-window))
	if err != nil {
		return kefu.ActionResult{}, err
	}
	if len(candidates) == 0 {
		where := "for store " + ev.store.Slug
		if p.Team != "" {
			where += " in team " + p.Team
		}
		return skipped("no agent is online %s", where)
	}
	pick := candidates[0]
	switch p.Strategy {
	case kefu.AssignLeastLoaded:
		for _, c := range candidates[1:] {
			if c.OpenTickets < pick.OpenTickets {
				pick = c
			}
		}
	case kefu.AssignRoundRobin:
		ids := make([]int64, len(candidates))
		for i, c := range candidates {
			ids[i] = c.UserID
		}
		id, err := e.Store.NextRoundRobin(ctx, rule.ID, ids)
		if err != nil {
			return kefu.ActionResult{}, err
		}
		for _, c := range candidates {
			if c.UserID == id {
				pick = c
			}
		}
	}
	return e.update(ctx, ev, kefu.TicketUpdate{AssigneeID: &pick.UserID},
		"assigned to %s (user %d, %d open tickets, %s)", pick.Name, pick.UserID, pick.OpenTickets, p.Strategy)
}

// alert raises an alert about the ticket on the team's channels; the
// notify package delivers it after the transaction commits.
func (e *Engine) alert(ctx context.Context, ev *event, rule *kefu.Rule, kind, severity, message, prefix string) (kefu.ActionResult, error) {
	t := ev.ticket
	a := &kefu.Alert{Kind: kind, Severity: severity, StoreID: t.StoreID, TicketID: t.ID,
		Title: kefu.Shorten(fmt.Sprintf("%s · %s", rule.Name, t.Subject), kefu.MaxAlertTitleLen-4),
		Text:  message, DedupeKey: fmt.Sprintf("rule:%d:%d:%d", rule.ID, t.ID, eventMessageID(ev))}
	if a.Text == "" {
		a.Text = fmt.Sprintf("Ticket %d (%s, priority %s) matched rule %q.", t.ID, ev.store.Name, t.Priority, rule.Name)
	}
	if e.TicketURL != nil {
		a.URL = e.TicketURL(t.ID)
	}
	n, err := e.Alerts.RaiseAlert(ctx, a)
	if err != nil {
		return kefu.ActionResult{}, err
	}
	if n == 0 {
		return done("%sno enabled alert channel takes %s alerts for this store", prefix, kind)
	}
	return done("%s%s alert queued on %d channel(s)", prefix, kind, n)
}

func eventMessageID(ev *event) int64 {
	if ev.message == nil {
		return 0
	}
	return ev.message.ID
}

// JobRuleEffect is the job kind of an action that calls out of kefu (a
// translation): it runs after the event's transaction, retried with
// backoff, so a slow or broken provider delays only itself.
const JobRuleEffect = "rule_effect"

// effect is the payload of a JobRuleEffect job.
type effect struct {
	FiringID  int64             `json:"firing_id"`
	Index     int               `json:"index"`
	RuleID    int64             `json:"rule_id"`
	RuleName  string            `json:"rule_name"`
	TicketID  int64             `json:"ticket_id"`
	MessageID int64             `json:"message_id,omitempty"`
	Type      string            `json:"type"`
	Params    kefu.ActionParams `json:"params"`
}

func (e *Engine) enqueueEffect(ctx context.Context, ev *event, rule *kefu.Rule, f *kefu.RuleFiring, index int, a Action, detail string) (kefu.ActionResult, error) {
	payload := effect{FiringID: f.ID, Index: index, RuleID: rule.ID, RuleName: rule.Name, TicketID: ev.ticket.ID,
		MessageID: f.MessageID, Type: a.Type, Params: a.Params}
	_, err := e.Store.EnqueueJob(ctx, &kefu.Job{Kind: JobRuleEffect, TicketID: ev.ticket.ID, Payload: mustJSON(payload),
		DedupeKey: fmt.Sprintf("effect:%d:%d", f.ID, index)})
	if err != nil {
		return kefu.ActionResult{}, err
	}
	return kefu.ActionResult{Outcome: kefu.OutcomePending, Detail: detail}, nil
}
