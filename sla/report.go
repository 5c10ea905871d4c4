package sla

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"kefu"
)

// incidentReport writes what a supervisor needs after a critical
// escalation: the ticket, the store, the policy, who has it now, and the
// timeline of messages and escalations, as JSON and as Markdown.
func incidentReport(t *kefu.Ticket, s *kefu.Store, p *kefu.SLAPolicy, esc *kefu.Escalation, escalations []*kefu.Escalation, assignee *kefu.User, reassigned bool, frozenUntil *time.Time) *kefu.Incident {
	r := &kefu.IncidentReport{
		TicketID: t.ID, Subject: t.Subject, Status: t.Status, StoreID: s.ID, Store: s.Name, Platform: s.Platform,
		Policy: p.Name, Level: esc.Level, ClockStartedAt: esc.ClockStartedAt, WaitingFor: waited(esc),
		AssigneeID: t.AssigneeID, RefundsFrozen: frozenUntil, Timeline: []kefu.IncidentTimestamp{},
	}
	if assignee != nil {
		r.Assignee = userLabel(assignee)
	}
	for _, m := range t.Messages {
		who := m.AuthorName
		switch {
		case who != "":
		case m.Direction == kefu.DirectionInbound:
			who = "buyer"
		case m.Automated:
			who = "auto-reply"
		default:
			who = "agent"
		}
		r.Timeline = append(r.Timeline, kefu.IncidentTimestamp{At: m.CreatedAt, Kind: m.Direction,
			Text: who + ": " + clip(oneLine(m.Text), 200)})
	}
	for _, e := range escalations {
		r.Timeline = append(r.Timeline, kefu.IncidentTimestamp{At: e.At, Kind: "escalation",
			Text: fmt.Sprintf("SLA %s, clock started %s", e.Level, e.ClockStartedAt.UTC().Format(time.DateTime))})
	}
	if reassigned {
		r.Timeline = append(r.Timeline, kefu.IncidentTimestamp{At: esc.At, Kind: "assignment", Text: "assigned to " + r.Assignee})
	}
	if frozenUntil != nil {
		r.Timeline = append(r.Timeline, kefu.IncidentTimestamp{At: esc.At, Kind: "refund_freeze",
			Text: "refunds frozen until " + frozenUntil.UTC().Format(time.DateTime) + " UTC"})
	}
	slices.SortStableFunc(r.Timeline, func(a, b kefu.IncidentTimestamp) int { return a.At.Compare(b.At) })
	title := fmt.Sprintf("SLA %s: ticket #%d unanswered for %s (%s)", esc.Level, t.ID, r.WaitingFor, s.Name)
	return &kefu.Incident{StoreID: s.ID, TicketID: t.ID, Level: esc.Level, Title: title, OpenedAt: esc.At, Report: r,
		Markdown: incidentMarkdown(title, r)}
}

func incidentMarkdown(title string, r *kefu.IncidentReport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdText(title))
	fmt.Fprintf(&b, "- **Store:** %s (%s, store %d)\n", mdText(r.Store), r.Platform, r.StoreID)
	fmt.Fprintf(&b, "- **Ticket:** #%d %s — %s\n", r.TicketID, mdText(r.Subject), r.Status)
	fmt.Fprintf(&b, "- **Policy:** %s, level %s\n", mdText(r.Policy), r.Level)
	fmt.Fprintf(&b, "- **Clock started:** %s UTC, no response for %s\n", r.ClockStartedAt.UTC().Format(time.DateTime), r.WaitingFor)
	switch {
	case r.Assignee != "":
		fmt.Fprintf(&b, "- **Assigned to:** %s\n", mdText(r.Assignee))
	case r.AssigneeID != 0:
		fmt.Fprintf(&b, "- **Assigned to:** user %d\n", r.AssigneeID)
	default:
		b.WriteString("- **Assigned to:** nobody\n")
	}
	if r.RefundsFrozen != nil {
		fmt.Fprintf(&b, "- **Refunds frozen until:** %s UTC\n", r.RefundsFrozen.UTC().Format(time.DateTime))
	}
	b.WriteString("\n## Timeline\n\n| time (UTC) | what | detail |\n|---|---|---|\n")
	for _, e := range r.Timeline {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", e.At.UTC().Format(time.DateTime), e.Kind, mdText(e.Text))
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mdText keeps text from a buyer from turning into Markdown structure:
// one line, table pipes and markup characters escaped.
func mdText(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\|*_`[]<>#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
