package rules

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"kefu"
)

// Store is what the engine reads and changes; *storage.DB implements it.
// Calls made with a context inside Batch join its transaction.
type Store interface {
	kefu.TicketService
	kefu.RuleService
	kefu.AutoReplyService
	EnqueueJob(ctx context.Context, j *kefu.Job) (bool, error)
	FindStoreByID(ctx context.Context, id int64) (*kefu.Store, error)
	FindOrderByID(ctx context.Context, id int64) (*kefu.Order, error)
	FindCustomerByID(ctx context.Context, id int64) (*kefu.Customer, error)
	ListDisputes(ctx context.Context, ticketID int64) ([]*kefu.Dispute, error)
	CustomerHistory(ctx context.Context, customerID, ticketID int64) (kefu.CustomerHistory, error)
	AssignmentCandidates(ctx context.Context, storeID int64, team string, onlineSince time.Time) ([]kefu.AssignmentCandidate, error)
	NextRoundRobin(ctx context.Context, ruleID int64, userIDs []int64) (int64, error)
	ClaimAutoReply(ctx context.Context, s *kefu.AutoReplyState) (bool, error)
	FindAutoReply(ctx context.Context, ruleID, ticketID int64) (*kefu.AutoReplyState, error)
	SetAutoReply(ctx context.Context, s *kefu.AutoReplyState) error
	// Batch runs fn in one transaction; nested, in a savepoint.
	Batch(ctx context.Context, fn func(ctx context.Context) error) error
}

// Guard checks an outgoing message against the platform's messaging
// rules (package compliance). blocked means it must not be sent; findings
// explain why, for the agent.
type Guard interface {
	Check(platform, text string) (blocked bool, findings []string)
}

// GuardFunc adapts a function to Guard.
type GuardFunc func(platform, text string) (bool, []string)

// Check calls f.
func (f GuardFunc) Check(platform, text string) (bool, []string) { return f(platform, text) }

// Translator translates a buyer message for the agents (package
// translate). from may be empty when the language is unknown.
type Translator interface {
	Translate(ctx context.Context, text, from, to string) (string, error)
}

// Alerts records alerts for the team's channels to deliver (package
// notify's kefu.AlertService.RaiseAlert, which *storage.DB implements).
// It must only write rows, never send: it runs inside the event's
// transaction, so an escalation and its alert commit together.
type Alerts interface {
	RaiseAlert(ctx context.Context, a *kefu.Alert) (int, error)
}

// ErrUnavailable, returned (wrapped) by a translator, says the provider
// is switched off: the action is recorded as skipped, not retried.
var ErrUnavailable = errors.New("provider unavailable")

// BusinessHours says whether a store is open at a moment, for the
// business_hours condition (SLA calendars, when configured).
type BusinessHours interface {
	Open(store *kefu.Store, at time.Time) bool
}

// Engine applies rules. Store is required; the providers are optional:
// without a Guard no auto-reply is ever sent (each is recorded as
// blocked), without a Translator or Alerts those actions are skipped.
type Engine struct {
	Store      Store
	Guard      Guard
	Translator Translator
	Alerts     Alerts
	Hours      BusinessHours // default OfficeHours{}
	// TicketURL links an alert to the ticket in kefu's UI; nil: no link.
	TicketURL func(ticketID int64) string
	// Deliverable reports whether kefu can send a reply on a channel;
	// default: email only (the outbox). Auto-replies on other channels
	// are recorded, marked failed, for an agent to copy over.
	Deliverable func(channel string) bool
	// OnlineWindow is how recently an agent's session must have been
	// seen to be assigned tickets (default 5 minutes).
	OnlineWindow time.Duration
	Now          func() time.Time
	Logger       *slog.Logger
}

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return kefu.Now()
}

func (e *Engine) logger() *slog.Logger {
	if e.Logger != nil {
		return e.Logger
	}
	return slog.Default()
}

func (e *Engine) hours() BusinessHours {
	if e.Hours != nil {
		return e.Hours
	}
	return OfficeHours{}
}

func (e *Engine) deliverable(channel string) bool {
	if e.Deliverable != nil {
		return e.Deliverable(channel)
	}
	return channel == "email"
}

// event is one ticket event with everything rules and templates read.
type event struct {
	name     string
	ticket   *kefu.Ticket // with its messages
	message  *kefu.Message
	store    *kefu.Store
	order    *kefu.Order    // nil without one
	customer *kefu.Customer // nil without one
	facts    Facts
}

// loadEvent reads a ticket and what its facts need. messageID names the
// buyer message of the event; 0 takes the ticket's latest inbound one.
func (e *Engine) loadEvent(ctx context.Context, ticketID int64, name string, messageID int64) (*event, error) {
	t, err := e.Store.FindTicketByID(ctx, ticketID)
	if err != nil {
		return nil, err
	}
	ev := &event{name: name, ticket: t}
	for _, m := range t.Messages {
		if m.Direction == kefu.DirectionInbound && (messageID == 0 || m.ID == messageID) {
			ev.message = m
		}
	}
	if ev.store, err = e.Store.FindStoreByID(ctx, t.StoreID); err != nil {
		return nil, fmt.Errorf("ticket %d: store: %w", t.ID, err)
	}
	if t.OrderID != 0 {
		if ev.order, err = e.Store.FindOrderByID(ctx, t.OrderID); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return nil, err
		}
	}
	if t.CustomerID != 0 {
		if ev.customer, err = e.Store.FindCustomerByID(ctx, t.CustomerID); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
			return nil, err
		}
	}
	disputes, err := e.Store.ListDisputes(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	history, err := e.Store.CustomerHistory(ctx, t.CustomerID, t.ID)
	if err != nil {
		return nil, err
	}
	at := t.CreatedAt
	if ev.message != nil {
		at = ev.message.CreatedAt
	}
	f := Facts{
		Event: name, StoreID: t.StoreID, Platform: ev.store.Platform, Channel: t.Channel,
		Intent: t.Intent, NoticeKind: t.NoticeKind, Language: t.Language, Subject: t.Subject,
		AmountMinor: t.AmountMinor, Currency: t.Currency, SuspectedPhishing: t.SuspectedPhishing,
		CustomerTickets: history.Tickets, CustomerDisputes: history.Disputes,
		InBusinessHours: e.hours().Open(ev.store, at),
	}
	if ev.message != nil {
		f.Text = ev.message.Text
	}
	if f.AmountMinor == 0 && ev.order != nil {
		f.AmountMinor, f.Currency = ev.order.TotalMinor, ev.order.Currency
	}
	for _, d := range disputes {
		for _, code := range []string{d.NetworkReasonCode, d.Reason} {
			if code != "" && !slices.Contains(f.ReasonCodes, code) {
				f.ReasonCodes = append(f.ReasonCodes, code)
			}
		}
	}
	ev.facts = f
	return ev, nil
}

// Automate evaluates the enabled rules for a ticket event and applies the
// ones that fire, recording each firing. Run it inside the Batch of the
// job that asked for it: a rule that fired for this event before (a
// retried job, a second worker) is skipped, so nothing happens twice.
// One action failing is recorded on its firing and does not stop the
// others; an error returned is the database's.
func (e *Engine) Automate(ctx context.Context, ticketID int64, name string, messageID int64) ([]*kefu.RuleFiring, error) {
	ev, err := e.loadEvent(ctx, ticketID, name, messageID)
	if err != nil {
		return nil, err
	}
	if ev.ticket.Status == kefu.StatusClosed {
		return nil, nil // read-only; a buyer writing again makes a new ticket
	}
	rules, err := e.Store.ListRules(ctx, kefu.RuleFilter{StoreID: ev.ticket.StoreID, EnabledOnly: true})
	if err != nil {
		return nil, err
	}
	var firings []*kefu.RuleFiring
	for _, fired := range Evaluate(&ev.facts, rules) {
		f, err := e.fire(ctx, ev, fired)
		if err != nil {
			return firings, err
		}
		if f != nil {
			firings = append(firings, f)
		}
	}
	return firings, nil
}

// fire claims the firing of one rule for the event and runs its actions;
// nil when the rule fired for this event already.
func (e *Engine) fire(ctx context.Context, ev *event, fired Fired) (*kefu.RuleFiring, error) {
	f := &kefu.RuleFiring{RuleID: fired.Rule.ID, RuleName: fired.Rule.Name, TicketID: ev.ticket.ID, Trigger: ev.name,
		Actions: make([]kefu.ActionResult, len(fired.Actions))}
	if ev.message != nil {
		f.MessageID = ev.message.ID
	}
	for i, a := range fired.Actions {
		f.Actions[i] = kefu.ActionResult{Type: a.Type, Outcome: kefu.OutcomePending}
	}
	claimed, err := e.Store.StartRuleFiring(ctx, f)
	if err != nil || !claimed {
		return nil, err
	}
	for i, a := range fired.Actions {
		f.Actions[i] = e.runAction(ctx, ev, fired.Rule, f, i, a)
	}
	if err := e.Store.UpdateRuleFiring(ctx, f); err != nil {
		return nil, err
	}
	return f, nil
}

// runAction runs one action in a savepoint of its own: when it fails, or
// panics, its writes are undone and the failure is its outcome; the
// rule's other actions and the event's other rules go on.
func (e *Engine) runAction(ctx context.Context, ev *event, rule *kefu.Rule, f *kefu.RuleFiring, index int, a Action) (res kefu.ActionResult) {
	ticket := *ev.ticket
	err := e.Store.Batch(ctx, func(ctx context.Context) (err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("panic in %s: %v", a.Type, p)
			}
		}()
		res, err = e.do(ctx, ev, rule, f, index, a)
		return err
	})
	if err != nil {
		*ev.ticket = ticket // the savepoint undid what the action changed
		e.logger().Warn("rules: action failed", "rule_id", rule.ID, "ticket_id", ev.ticket.ID, "action", a.Type, "err", err)
		detail := kefu.ErrorMessage(err)
		if kefu.ErrorCode(err) == kefu.EINTERNAL {
			detail = kefu.Shorten(err.Error(), 500)
		}
		return kefu.ActionResult{Type: a.Type, Outcome: kefu.OutcomeFailed, Detail: detail}
	}
	res.Type = a.Type
	return res
}

func skipped(format string, args ...any) (kefu.ActionResult, error) {
	return kefu.ActionResult{Outcome: kefu.OutcomeSkipped, Detail: fmt.Sprintf(format, args...)}, nil
}

func done(format string, args ...any) (kefu.ActionResult, error) {
	return kefu.ActionResult{Outcome: kefu.OutcomeDone, Detail: fmt.Sprintf(format, args...)}, nil
}

// TranslatorFunc adapts a function to Translator.
type TranslatorFunc func(ctx context.Context, text, from, to string) (string, error)

// Translate calls f.
func (f TranslatorFunc) Translate(ctx context.Context, text, from, to string) (string, error) {
	return f(ctx, text, from, to)
}
