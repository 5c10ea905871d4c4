package sla

import (
	"kefu"
)

// Matches reports whether policy p applies to ticket t of store s.
func Matches(p *kefu.SLAPolicy, t *kefu.Ticket, s *kefu.Store) bool {
	return p.Enabled &&
		(p.StoreID == 0 || p.StoreID == t.StoreID) &&
		(p.Platform == "" || s != nil && p.Platform == s.Platform) &&
		(p.Channel == "" || p.Channel == t.Channel) &&
		(p.NoticeKind == "" || p.NoticeKind == t.NoticeKind) &&
		(p.Kind == "" || p.Kind == kefu.TicketSLAKind(t))
}

// Specificity ranks how narrowly a policy is aimed: a store's own policy
// beats a channel's, which beats a notice kind's, then a platform's, then
// one for messages or cases only, then a catch-all.
func Specificity(p *kefu.SLAPolicy) int {
	n := 0
	for _, c := range []struct {
		set    bool
		weight int
	}{{p.StoreID != 0, 16}, {p.Channel != "", 8}, {p.NoticeKind != "", 4}, {p.Platform != "", 2}, {p.Kind != "", 1}} {
		if c.set {
			n += c.weight
		}
	}
	return n
}

// Match returns the policy for ticket t of store s: the most specific
// enabled one that matches, the lower Position (then id) among equals;
// nil when none does.
func Match(policies []*kefu.SLAPolicy, t *kefu.Ticket, s *kefu.Store) *kefu.SLAPolicy {
	var best *kefu.SLAPolicy
	for _, p := range policies {
		if !Matches(p, t, s) {
			continue
		}
		if best == nil || better(p, best) {
			best = p
		}
	}
	return best
}

func better(a, b *kefu.SLAPolicy) bool {
	if sa, sb := Specificity(a), Specificity(b); sa != sb {
		return sa > sb
	}
	if a.Position != b.Position {
		return a.Position < b.Position
	}
	return a.ID < b.ID
}

// DefaultDueMargin is taken off a dispute's due_by by default: a day to
// spare before the provider's cut-off.
var DefaultDueMargin = kefu.SLAHours(24)

// Ladder is the default escalation ladder: warn two hours into the
// response clock, hand the ticket to a supervisor after a day, and after
// three days freeze the store's refunds and write an incident.
func Ladder(clock string) []kefu.EscalationLevel {
	escalate, critical := kefu.SLAHours(24), kefu.SLAHours(72)
	if clock == kefu.ClockBusiness {
		escalate, critical = kefu.SLADays(1), kefu.SLADays(3)
	}
	return []kefu.EscalationLevel{
		{Name: kefu.EscalationWarn, After: kefu.SLAHours(2), Notify: true},
		{Name: kefu.EscalationEscalate, After: escalate, Notify: true, AssignRole: kefu.RoleSupervisor},
		{Name: kefu.EscalationCritical, After: critical, Notify: true, FreezeRefunds: true},
	}
}

// Defaults are the marketplaces' own clocks (shared/reference/platforms.md),
// which apply while no policy is stored and are stored on first start.
func Defaults() []*kefu.SLAPolicy {
	chat := func(pos int, platform, name string) *kefu.SLAPolicy {
		// Shopee, Lazada and TikTok Shop rate chat responses within 12 h.
		return &kefu.SLAPolicy{Name: name, Platform: platform, Kind: kefu.SLAKindMessage, Clock: kefu.ClockCalendar,
			FirstResponse: kefu.SLAHours(12), NextResponse: kefu.SLAHours(12), Escalations: Ladder(kefu.ClockCalendar), Position: pos, Enabled: true}
	}
	ebayCase := func(pos int, notice string) *kefu.SLAPolicy {
		name := "eBay cases"
		if notice != "" {
			name = "eBay case notices"
		}
		return &kefu.SLAPolicy{Name: name, Platform: "ebay", Kind: kefu.SLAKindCase, NoticeKind: notice, Clock: kefu.ClockBusiness,
			FirstResponse: kefu.SLADays(3), NextResponse: kefu.SLADays(3), Resolution: kefu.SLADays(3), Escalations: Ladder(kefu.ClockBusiness), Position: pos, Enabled: true}
	}
	return []*kefu.SLAPolicy{
		// Amazon's Late Response Rate: 24 h including weekends and holidays.
		{Name: "Amazon buyer messages", Platform: "amazon", Kind: kefu.SLAKindMessage, Clock: kefu.ClockCalendar,
			FirstResponse: kefu.SLAHours(24), NextResponse: kefu.SLAHours(24), Escalations: Ladder(kefu.ClockCalendar), Position: 10, Enabled: true},
		{Name: "eBay messages", Platform: "ebay", Kind: kefu.SLAKindMessage, Clock: kefu.ClockCalendar,
			FirstResponse: kefu.SLAHours(24), NextResponse: kefu.SLAHours(24), Escalations: Ladder(kefu.ClockCalendar), Position: 20, Enabled: true},
		// eBay: the seller has 3 business days before the buyer can ask
		// eBay to step in.
		ebayCase(30, ""),
		// Case notices by mail are dispute notices; on eBay its rule wins
		// over the generic dispute policy below.
		ebayCase(31, "dispute_notice"),
		chat(40, "shopee", "Shopee chat"),
		chat(50, "lazada", "Lazada chat"),
		chat(60, "tiktok", "TikTok Shop chat"),
		// Disputes are due when the provider says (due_by), less a margin.
		{Name: "Payment disputes", NoticeKind: "dispute_notice", Clock: kefu.ClockCalendar,
			FirstResponse: kefu.SLAHours(24), DueMargin: DefaultDueMargin, Escalations: Ladder(kefu.ClockCalendar), Position: 70, Enabled: true},
		{Name: "Everything else", Clock: kefu.ClockBusiness,
			FirstResponse: kefu.SLADays(1), NextResponse: kefu.SLADays(1), Escalations: Ladder(kefu.ClockBusiness), Position: 1000, Enabled: true},
	}
}
