package rules

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"time"
	"unicode"

	"kefu"
)

// scheduledReply is the payload of a delayed auto-reply job.
type scheduledReply struct {
	RuleID    int64  `json:"rule_id"`
	RuleName  string `json:"rule_name"`
	TicketID  int64  `json:"ticket_id"`
	MessageID int64  `json:"message_id,omitempty"` // the buyer message answered
	FiringID  int64  `json:"firing_id"`
	Index     int    `json:"index"`
	Template  string `json:"template,omitempty"`
}

// noAutoReply says why the event's ticket must not get an auto-reply,
// or "". Only buyers get one: never a notice, never suspected phishing
// (taxonomy.md), never without a buyer message to answer.
func (ev *event) noAutoReply() string {
	t := ev.ticket
	switch {
	case t.NoticeKind != "":
		return "notices are never auto-answered"
	case t.SuspectedPhishing:
		return "suspected phishing is never auto-answered"
	case ev.message == nil || ev.message.Direction != kefu.DirectionInbound:
		return "auto-replies answer buyer messages only"
	case t.Status == kefu.StatusClosed:
		return "the ticket is closed"
	}
	return ""
}

// autoReply sends, or schedules, the rule's one auto-reply on the ticket.
func (e *Engine) autoReply(ctx context.Context, ev *event, rule *kefu.Rule, f *kefu.RuleFiring, index int, p kefu.ActionParams) (kefu.ActionResult, error) {
	if reason := ev.noAutoReply(); reason != "" {
		return skipped("%s", reason)
	}
	slot := &kefu.AutoReplyState{RuleID: rule.ID, TicketID: ev.ticket.ID, FiringID: f.ID, ActionIndex: index, Status: kefu.OutcomeScheduled}
	if p.DelaySeconds > 0 {
		// The slot is taken now: one reply per rule and ticket, even if
		// it is later cancelled by an agent answering first.
		if ok, err := e.Store.ClaimAutoReply(ctx, slot); err != nil || !ok {
			if err != nil {
				return kefu.ActionResult{}, err
			}
			return skipped("this rule has auto-replied on the ticket already")
		}
		delay := time.Duration(p.DelaySeconds) * time.Second
		payload := scheduledReply{RuleID: rule.ID, RuleName: rule.Name, TicketID: ev.ticket.ID, MessageID: ev.message.ID,
			FiringID: f.ID, Index: index, Template: p.Template}
		if _, err := e.Store.EnqueueJob(ctx, &kefu.Job{Kind: kefu.JobAutoReply, TicketID: ev.ticket.ID, Payload: mustJSON(payload),
			DedupeKey: fmt.Sprintf("autoreply:%d:%d", rule.ID, ev.ticket.ID), DueAt: e.now().Add(delay)}); err != nil {
			return kefu.ActionResult{}, err
		}
		return kefu.ActionResult{Outcome: kefu.OutcomeScheduled, Detail: "due in " + delay.String() + " unless an agent replies first"}, nil
	}
	reply, res, err := e.prepareReply(ctx, ev, p.Template)
	if err != nil || res != nil {
		return deref(res), err
	}
	if ok, err := e.Store.ClaimAutoReply(ctx, slot); err != nil || !ok {
		if err != nil {
			return kefu.ActionResult{}, err
		}
		return skipped("this rule has auto-replied on the ticket already")
	}
	return e.deliver(ctx, ev, rule.Name, slot, reply)
}

func deref(r *kefu.ActionResult) kefu.ActionResult {
	if r == nil {
		return kefu.ActionResult{}
	}
	return *r
}

// reply is a rendered auto-reply.
type reply struct {
	template *kefu.AutoReplyTemplate
	text     string
	html     string // email only
}

// prepareReply picks the template for the ticket (by name, else by its
// intent; in its language, else English) and renders it. A result
// instead of a reply says why there is nothing to send.
func (e *Engine) prepareReply(ctx context.Context, ev *event, name string) (*reply, *kefu.ActionResult, error) {
	t := ev.ticket
	if name == "" && t.Intent == "" {
		return nil, &kefu.ActionResult{Outcome: kefu.OutcomeSkipped, Detail: "the ticket has no intent to pick a template by"}, nil
	}
	f := kefu.AutoReplyFilter{StoreID: t.StoreID, Name: name}
	if name == "" {
		f.Intent = t.Intent
	}
	templates, err := e.Store.ListAutoReplyTemplates(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	tpl := SelectTemplate(templates, t.StoreID, t.Language)
	if tpl == nil {
		what := "for intent " + t.Intent
		if name != "" {
			what = fmt.Sprintf("named %q", name)
		}
		lang := t.Language
		if lang == "" {
			lang = "unknown"
		}
		return nil, &kefu.ActionResult{Outcome: kefu.OutcomeSkipped,
			Detail: fmt.Sprintf("no auto-reply template %s in language %s or en", what, lang)}, nil
	}
	vars := ev.variables(tpl.Language)
	text, missing := tpl.Render(vars, nil, plainValue)
	if len(missing) > 0 {
		return nil, &kefu.ActionResult{Outcome: kefu.OutcomeSkipped,
			Detail: fmt.Sprintf("template %q: no value for {{%s}} (give a fallback: {{%s | …}})", tpl.Name, strings.Join(missing, "}}, {{"), missing[0])}, nil
	}
	r := &reply{template: tpl, text: strings.TrimSpace(text)}
	if t.Channel == "email" {
		body, _ := tpl.Render(vars, htmlLiteral, func(v string) string { return html.EscapeString(plainValue(v)) })
		r.html = "<div>" + strings.TrimSpace(body) + "</div>"
	}
	return r, nil, nil
}

// SelectTemplate picks the template for a ticket among candidates of one
// intent or name: the ticket's language first (then its base language,
// zh for zh-TW), else English; the store's own before the global one;
// the oldest on a tie. nil when none fits.
func SelectTemplate(candidates []*kefu.AutoReplyTemplate, storeID int64, language string) *kefu.AutoReplyTemplate {
	base, _, _ := strings.Cut(strings.ToLower(language), "-")
	rank := func(t *kefu.AutoReplyTemplate) int {
		r := 0
		switch {
		case language != "" && strings.EqualFold(t.Language, language):
			r = 30
		case base != "" && strings.EqualFold(t.Language, base):
			r = 20
		case t.Language == "en":
			r = 10
		default:
			return -1
		}
		if t.StoreID != 0 {
			if t.StoreID != storeID {
				return -1
			}
			r++
		}
		return r
	}
	var best *kefu.AutoReplyTemplate
	bestRank := -1
	for _, t := range candidates {
		if r := rank(t); r > bestRank || (r == bestRank && r >= 0 && t.ID < best.ID) {
			best, bestRank = t, r
		}
	}
	return best
}

// deliver runs the compliance guard over a rendered reply and sends it,
// or holds it back with a note saying why. Email replies go out through
// the outbox; on channels kefu cannot send to yet the reply is recorded
// as failed for an agent to pass on.
func (e *Engine) deliver(ctx context.Context, ev *event, ruleName string, slot *kefu.AutoReplyState, r *reply) (kefu.ActionResult, error) {
	t := ev.ticket
	blocked, findings := true, []string{"no compliance guard is configured"}
	if e.Guard != nil {
		if err := callProvider(func() error { blocked, findings = e.Guard.Check(ev.store.Platform, r.text); return nil }); err != nil {
			blocked, findings = true, []string{err.Error()}
		}
	}
	if blocked {
		if len(findings) == 0 {
			findings = []string{"the message breaks the platform's messaging rules"}
		}
		note := &kefu.Message{Direction: kefu.DirectionNote, Channel: "api", AuthorName: "Rule: " + ruleName,
			Text: fmt.Sprintf("Auto-reply %q was not sent: the %s compliance check blocked it.\n- %s\n\nThe reply would have been:\n\n%s",
				r.template.Name, ev.store.Platform, strings.Join(findings, "\n- "), r.text)}
		if _, err := e.Store.AddMessage(ctx, t.ID, note); err != nil {
			return kefu.ActionResult{}, err
		}
		detail := "compliance: " + strings.Join(findings, "; ")
		slot.Status, slot.MessageID, slot.Detail = kefu.OutcomeBlocked, note.ID, detail
		if err := e.Store.SetAutoReply(ctx, slot); err != nil {
			return kefu.ActionResult{}, err
		}
		return kefu.ActionResult{Outcome: kefu.OutcomeBlocked, Detail: kefu.Shorten(detail, 1000), MessageID: note.ID}, nil
	}
	m := &kefu.Message{Direction: kefu.DirectionOutbound, Channel: t.Channel, Text: r.text, HTML: r.html,
		Automated: true, AuthorName: "Auto-reply"}
	outcome, detail := kefu.OutcomeDone, fmt.Sprintf("sent template %q (%s)", r.template.Name, r.template.Language)
	if !e.deliverable(t.Channel) {
		m.DeliveryState = kefu.DeliveryFailed
		outcome, detail = kefu.OutcomeUndeliverable, fmt.Sprintf("kefu cannot send on %s yet; template %q is on the ticket for an agent to pass on", t.Channel, r.template.Name)
	}
	if _, err := e.Store.AddMessage(ctx, t.ID, m); err != nil {
		return kefu.ActionResult{}, err
	}
	t.Messages = append(t.Messages, m)
	slot.Status, slot.MessageID, slot.Detail = outcome, m.ID, detail
	if err := e.Store.SetAutoReply(ctx, slot); err != nil {
		return kefu.ActionResult{}, err
	}
	return kefu.ActionResult{Outcome: outcome, Detail: detail, MessageID: m.ID}, nil
}

// RunAutoReply sends a delayed auto-reply when its job comes due, unless
// it was cancelled, a person answered since it was scheduled, or the
// ticket is no longer one to auto-answer (flagged as phishing, closed).
// Run it inside the job's Batch.
func (e *Engine) RunAutoReply(ctx context.Context, job *kefu.Job) error {
	var p scheduledReply
	if err := json.Unmarshal(job.Payload, &p); err != nil {
		return fmt.Errorf("auto-reply job %d: bad payload: %w", job.ID, err)
	}
	slot, err := e.Store.FindAutoReply(ctx, p.RuleID, p.TicketID)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil // the rule or ticket was deleted
	} else if err != nil {
		return err
	}
	if slot.Status != kefu.OutcomeScheduled {
		return nil // cancelled by an agent's reply, or done by an earlier run
	}
	ev, err := e.loadEvent(ctx, p.TicketID, kefu.EventBuyerMessage, p.MessageID)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil
	} else if err != nil {
		return err
	}
	res, err := e.scheduledResult(ctx, ev, slot, p)
	if err != nil {
		return err
	}
	res.Type = kefu.ActionAutoReply
	if res.Outcome == kefu.OutcomeSkipped || res.Outcome == kefu.OutcomeCancelled {
		slot.Status, slot.Detail = res.Outcome, res.Detail
		if err := e.Store.SetAutoReply(ctx, slot); err != nil {
			return err
		}
	}
	if err := e.Store.SetRuleFiringAction(ctx, p.FiringID, p.Index, res); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
		return err
	}
	return nil
}

func (e *Engine) scheduledResult(ctx context.Context, ev *event, slot *kefu.AutoReplyState, p scheduledReply) (kefu.ActionResult, error) {
	if reason := ev.noAutoReply(); reason != "" {
		return kefu.ActionResult{Outcome: kefu.OutcomeCancelled, Detail: reason}, nil
	}
	// Replies that did not come through kefu's own reply path (which
	// cancels the job) still count: anything a person sent since.
	for _, m := range ev.ticket.Messages {
		if m.Direction == kefu.DirectionOutbound && !m.Automated && !m.CreatedAt.Before(slot.CreatedAt) {
			return kefu.ActionResult{Outcome: kefu.OutcomeCancelled, Detail: "an agent replied first"}, nil
		}
	}
	r, res, err := e.prepareReply(ctx, ev, p.Template)
	if err != nil || res != nil {
		return deref(res), err
	}
	return e.deliver(ctx, ev, p.RuleName, slot, r)
}

// plainValue makes a variable's value safe to put in a message as text:
// no control or bidirectional formatting characters (which could hide or
// reorder what the buyer reads), one line, at most 300 bytes.
func plainValue(v string) string {
	var b strings.Builder
	space := false
	for _, r := range v {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), r == '\u200b', r == '\ufeff':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return kefu.Shorten(b.String(), 300)
}

// htmlLiteral escapes a template's own text for the HTML part of an
// email, keeping its line breaks.
func htmlLiteral(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>\n")
}
