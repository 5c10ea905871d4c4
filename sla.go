package kefu

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// SLA clocks: which hours count towards a target.
const (
	// ClockCalendar counts every hour: Amazon's 24-hour rule includes
	// weekends and holidays (Late Response Rate, platforms.md).
	ClockCalendar = "calendar"
	// ClockBusiness counts only the business calendar's open hours, and a
	// day is a business day (eBay: "3 business days").
	ClockBusiness = "business"
)

// What an SLA policy matches besides platform, store, channel and notice kind.
const (
	SLAKindMessage = "message" // a buyer conversation: no case id, no notice kind
	SLAKindCase    = "case"    // a case, claim or dispute: a case id, or a dispute notice
)

// Escalation levels, from mild to severe.
const (
	EscalationWarn     = "warn"
	EscalationEscalate = "escalate"
	EscalationCritical = "critical"
)

// EscalationLevels lists the level names in order of severity.
var EscalationLevels = []string{EscalationWarn, EscalationEscalate, EscalationCritical}

// TicketSLAKind is what a ticket is for SLA matching: SLAKindCase,
// SLAKindMessage, or "" for a notice that is neither.
func TicketSLAKind(t *Ticket) string {
	switch {
	case t.CaseID != "" || t.NoticeKind == "dispute_notice":
		return SLAKindCase
	case t.NoticeKind == "":
		return SLAKindMessage
	}
	return ""
}

// SLADuration is an SLA target or escalation delay: whole days and a
// time, written "24h", "90m", "3d" or "1d12h". On a calendar clock a day
// is 24 hours; on a business clock hours count open hours and a day is a
// business day, so "3d" ends at the same time of day three business days
// later, as eBay counts. The zero value means "no target".
type SLADuration struct {
	Days int
	Time time.Duration
	// bad keeps a JSON value that is not a duration, so that Validate can
	// name the field instead of the decoder failing without one.
	bad string
}

// SLAHours returns a duration of h hours.
func SLAHours(h int) SLADuration { return SLADuration{Time: time.Duration(h) * time.Hour} }

// SLADays returns a duration of n days (business days on a business clock).
func SLADays(n int) SLADuration { return SLADuration{Days: n} }

// ParseSLADuration reads "24h", "90m", "3d", "1d12h" or "0".
func ParseSLADuration(s string) (SLADuration, error) {
	s = strings.TrimSpace(s)
	var d SLADuration
	if s == "" || s == "0" {
		return d, nil
	}
	if strings.HasPrefix(s, "-") {
		return d, fmt.Errorf("%q is negative", s)
	}
	if i := strings.IndexByte(s, 'd'); i >= 0 {
		n, err := strconv.Atoi(s[:i])
		if err != nil || n < 0 || n > 3650 {
			return d, fmt.Errorf("%q is not a duration such as 24h, 90m or 3d", s)
		}
		d.Days, s = n, s[i+1:]
		if s == "" {
			return d, nil
		}
	}
	t, err := time.ParseDuration(s)
	if err != nil || t < 0 {
		return SLADuration{}, fmt.Errorf("%q is not a duration such as 24h, 90m or 3d", s)
	}
	d.Time = t
	return d, nil
}

// IsZero reports whether d is no time at all.
func (d SLADuration) IsZero() bool { return d.Days == 0 && d.Time == 0 && d.bad == "" }

// Calendar is d on a calendar clock: a day is 24 hours.
func (d SLADuration) Calendar() time.Duration { return time.Duration(d.Days)*24*time.Hour + d.Time }

// String writes d the way ParseSLADuration reads it: "3d", "1h30m", "0".
func (d SLADuration) String() string {
	if d.bad != "" {
		return d.bad
	}
	var b strings.Builder
	if d.Days > 0 {
		b.WriteString(strconv.Itoa(d.Days) + "d")
	}
	t := d.Time
	for _, u := range []struct {
		unit time.Duration
		name string
	}{{time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}} {
		if n := t / u.unit; n > 0 {
			b.WriteString(strconv.FormatInt(int64(n), 10) + u.name)
			t -= n * u.unit
		}
	}
	if t > 0 {
		b.WriteString(t.String())
	}
	if b.Len() == 0 {
		return "0"
	}
	return b.String()
}

// MarshalJSON writes d as a string such as "24h".
func (d SLADuration) MarshalJSON() ([]byte, error) { return []byte(strconv.Quote(d.String())), nil }

// UnmarshalJSON reads a string such as "24h". A value that is not one is
// kept for Validate to report with its field name.
func (d *SLADuration) UnmarshalJSON(b []byte) error {
	var s string
	if uq, err := strconv.Unquote(string(b)); err == nil && len(b) > 0 && b[0] == '"' {
		s = uq
	} else if string(b) == "null" {
		*d = SLADuration{}
		return nil
	} else {
		*d = SLADuration{bad: slaTruncate(string(b), 40)}
		return nil
	}
	v, err := ParseSLADuration(s)
	if err != nil {
		v = SLADuration{bad: slaTruncate(s, 40)}
	}
	*d = v
	return nil
}

func (d SLADuration) check(field string) error {
	if d.bad != "" {
		if strings.HasPrefix(strings.TrimSpace(d.bad), "-") {
			return Invalid(field, "%s must not be negative, not %q", field, d.bad)
		}
		return Invalid(field, "%s must be a duration such as 24h, 90m or 3d, not %q", field, d.bad)
	}
	if d.Days < 0 || d.Time < 0 {
		return Invalid(field, "%s must not be negative", field)
	}
	if d.Days > 3650 || d.Calendar() > 3650*24*time.Hour {
		return Invalid(field, "%s must be at most 3650d", field)
	}
	return nil
}

func slaTruncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// EscalationLevel is one step of a policy's escalation ladder: After the
// response clock started, with no human response yet, the level fires
// once per clock run.
type EscalationLevel struct {
	Name  string      `json:"name"` // warn, escalate or critical
	After SLADuration `json:"after"`
	// Notify raises an alert to the notification channels.
	Notify bool `json:"notify"`
	// AssignRole reassigns the ticket to a user of this role who may see
	// the store (supervisor or admin); empty leaves the assignee.
	AssignRole string `json:"assign_role,omitempty"`
	// FreezeRefunds stops refund actions for the store for a while and
	// opens an incident, as a critical level does anyway.
	FreezeRefunds bool `json:"freeze_refunds"`
}

// SLAPolicy says which clocks run for the tickets it matches. The most
// specific enabled policy wins: store, then channel, then notice kind,
// then platform, then kind; Position breaks ties, lower first.
type SLAPolicy struct {
	ID         int64  `json:"id"`
	Name       string `json:"name"`
	Platform   string `json:"platform,omitempty"`    // empty: any platform
	StoreID    int64  `json:"store_id,omitempty"`    // 0: any store
	Channel    string `json:"channel,omitempty"`     // empty: any channel
	NoticeKind string `json:"notice_kind,omitempty"` // empty: any notice kind or none
	Kind       string `json:"kind,omitempty"`        // message, case, or empty for both
	// Targets; a zero target sets no deadline.
	FirstResponse SLADuration `json:"first_response,omitzero"`
	NextResponse  SLADuration `json:"next_response,omitzero"`
	Resolution    SLADuration `json:"resolution,omitzero"`
	Clock         string      `json:"clock"` // calendar or business
	// DueMargin is taken off a provider's due date (a dispute's due_by) to
	// make the resolution deadline: answer before the bank's cut-off.
	DueMargin   SLADuration       `json:"due_margin,omitzero"`
	Escalations []EscalationLevel `json:"escalations"`
	Position    int               `json:"position"`
	Enabled     bool              `json:"enabled"`
	CreatedAt   time.Time         `json:"created_at"`
	UpdatedAt   time.Time         `json:"updated_at"`
}

// Validate checks and normalises a policy before it is written.
func (p *SLAPolicy) Validate() error {
	p.Name = strings.TrimSpace(p.Name)
	p.Channel = strings.TrimSpace(p.Channel)
	if p.Clock == "" {
		p.Clock = ClockCalendar
	}
	if p.Escalations == nil {
		p.Escalations = []EscalationLevel{}
	}
	if err := firstErr(
		checkText("name", p.Name, MaxNameLen, true),
		checkOneOf("platform", p.Platform, Platforms, false),
		checkOneOf("notice_kind", p.NoticeKind, NoticeKinds, false),
	); err != nil {
		return err
	}
	if p.StoreID < 0 {
		return Invalid("store_id", "store_id must be a store id, or 0 for any store")
	}
	if p.Channel != "" {
		if err := checkChannel("channel", p.Channel); err != nil {
			return err
		}
	}
	switch p.Kind {
	case "", SLAKindCase:
	case SLAKindMessage:
		if p.NoticeKind != "" {
			return Invalid("kind", "kind message matches buyer conversations, which have no notice kind; use case or leave kind empty")
		}
	default:
		return Invalid("kind", "kind must be message, case or empty")
	}
	if p.Clock != ClockCalendar && p.Clock != ClockBusiness {
		return Invalid("clock", "clock must be calendar or business")
	}
	if err := firstErr(
		p.FirstResponse.check("first_response"),
		p.NextResponse.check("next_response"),
		p.Resolution.check("resolution"),
		p.DueMargin.check("due_margin"),
	); err != nil {
		return err
	}
	if len(p.Escalations) > len(EscalationLevels) {
		return Invalid("escalations", "at most %d escalation levels: %s", len(EscalationLevels), strings.Join(EscalationLevels, ", "))
	}
	seen := map[string]bool{}
	for i, e := range p.Escalations {
		field := fmt.Sprintf("escalations.%d.", i)
		if !slices.Contains(EscalationLevels, e.Name) {
			return Invalid(field+"name", "%sname must be one of %s", field, strings.Join(EscalationLevels, ", "))
		}
		if seen[e.Name] {
			return Invalid(field+"name", "level %s is given twice", e.Name)
		}
		seen[e.Name] = true
		if err := e.After.check(field + "after"); err != nil {
			return err
		}
		if e.After.IsZero() {
			return Invalid(field+"after", "%safter must be more than 0, e.g. 2h", field)
		}
		if e.AssignRole != "" && e.AssignRole != RoleSupervisor && e.AssignRole != RoleAdmin {
			return Invalid(field+"assign_role", "%sassign_role must be supervisor, admin or empty", field)
		}
	}
	return nil
}

// Level returns the policy's escalation level of that name.
func (p *SLAPolicy) Level(name string) (EscalationLevel, bool) {
	for _, e := range p.Escalations {
		if e.Name == name {
			return e, true
		}
	}
	return EscalationLevel{}, false
}

// Period is one stretch of business hours within a day, in minutes from
// local midnight: 09:00–12:00 is {540, 720}. End may be 1440 (midnight).
type Period struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Weekdays names the days of Week, Sunday first as in time.Weekday.
var Weekdays = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// Week holds the open periods of each weekday, several a day if need be
// (a lunch break); a day without periods is closed.
type Week struct {
	Sun []Period `json:"sun,omitempty"`
	Mon []Period `json:"mon,omitempty"`
	Tue []Period `json:"tue,omitempty"`
	Wed []Period `json:"wed,omitempty"`
	Thu []Period `json:"thu,omitempty"`
	Fri []Period `json:"fri,omitempty"`
	Sat []Period `json:"sat,omitempty"`
}

// day returns the periods of a weekday for reading and writing.
func (w *Week) day(d time.Weekday) *[]Period {
	return [...]*[]Period{&w.Sun, &w.Mon, &w.Tue, &w.Wed, &w.Thu, &w.Fri, &w.Sat}[d]
}

// WorkWeek returns a week with the same periods Monday to Friday.
func WorkWeek(ps ...Period) Week {
	return Week{Mon: ps, Tue: ps, Wed: ps, Thu: ps, Fri: ps}
}

// BusinessCalendar is when a business clock runs: open periods per
// weekday and holidays. StoreID 0 is the company calendar, used by stores
// without one of their own.
type BusinessCalendar struct {
	ID      int64  `json:"id"`
	StoreID int64  `json:"store_id"`
	Name    string `json:"name"`
	// Timezone the periods and holidays are in; empty means the store's
	// own, so one company calendar serves stores across time zones.
	Timezone string   `json:"timezone,omitempty"`
	Periods  Week     `json:"periods"`
	Holidays []string `json:"holidays"` // YYYY-MM-DD, whole days closed
	// CreatedAt and UpdatedAt are set by storage.
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Day returns the periods of a weekday.
func (c *BusinessCalendar) Day(d time.Weekday) []Period { return *c.Periods.day(d) }

// MaxHolidays bounds a calendar's holiday list: a decade of public holidays.
const MaxHolidays = 1000

// Validate checks and normalises a calendar: periods sorted, holidays
// sorted and unique.
func (c *BusinessCalendar) Validate() error {
	c.Name = strings.TrimSpace(c.Name)
	if c.StoreID < 0 {
		return Invalid("store_id", "store_id must be a store id, or 0 for the company calendar")
	}
	if c.Name == "" {
		c.Name = "Business hours"
	}
	if err := checkText("name", c.Name, MaxNameLen, true); err != nil {
		return err
	}
	if c.Timezone != "" {
		if err := checkTimezone("timezone", c.Timezone); err != nil {
			return err
		}
	}
	open := false
	for d := time.Sunday; d <= time.Saturday; d++ {
		name, ps := Weekdays[d], c.Periods.day(d)
		if len(*ps) > 24 {
			return Invalid("periods."+name, "at most 24 periods a day")
		}
		for i, p := range *ps {
			if p.Start < 0 || p.End > 1440 || p.Start >= p.End {
				return Invalid(fmt.Sprintf("periods.%s.%d", name, i),
					"a period runs from start to a later end, in minutes from midnight 0–1440 (09:00–18:00 is 540–1080)")
			}
		}
		sorted := slices.Clone(*ps)
		slices.SortFunc(sorted, func(a, b Period) int { return a.Start - b.Start })
		for i := 1; i < len(sorted); i++ {
			if sorted[i].Start < sorted[i-1].End {
				return Invalid("periods."+name, "periods %s and %s overlap", sorted[i-1], sorted[i])
			}
		}
		*ps = sorted
		open = open || len(sorted) > 0
	}
	if !open {
		return Invalid("periods", "a calendar needs at least one open period in the week")
	}
	if len(c.Holidays) > MaxHolidays {
		return Invalid("holidays", "at most %d holidays", MaxHolidays)
	}
	days := make([]string, 0, len(c.Holidays))
	for i, h := range c.Holidays {
		h = strings.TrimSpace(h)
		if _, err := time.Parse(time.DateOnly, h); err != nil {
			return Invalid(fmt.Sprintf("holidays.%d", i), "holidays are dates such as 2026-10-01, not %q", slaTruncate(h, 40))
		}
		days = append(days, h)
	}
	slices.Sort(days)
	c.Holidays = slices.Compact(days)
	return nil
}

func (p Period) String() string {
	return fmt.Sprintf("%02d:%02d–%02d:%02d", p.Start/60, p.Start%60, p.End/60, p.End%60)
}

// TicketSLA is the state of a ticket's clocks beyond the deadlines the
// ticket itself carries.
type TicketSLA struct {
	TicketID   int64  `json:"ticket_id"`
	PolicyID   int64  `json:"policy_id,omitempty"` // 0: a built-in default policy
	PolicyName string `json:"policy_name"`
	// ClockStartedAt is when the running response clock started: the
	// ticket's creation or the oldest unanswered buyer message. Nil while
	// no response is owed. Escalations belong to one clock run.
	ClockStartedAt *time.Time `json:"clock_started_at,omitempty"`
	// PausedAt is when the resolution clock stopped for a pending ticket.
	PausedAt    *time.Time    `json:"paused_at,omitempty"`
	PausedTotal time.Duration `json:"paused_total"` // on the policy's clock
	// NoResponseNeeded is set by an agent for a message that wants no
	// answer; the next buyer message clears it.
	NoResponseNeeded bool `json:"no_response_needed"`
	// DueBy is the provider's own deadline (a dispute's due_by), which
	// wins over a computed resolution target.
	DueBy     *time.Time `json:"due_by,omitempty"`
	UpdatedAt time.Time  `json:"updated_at"`
}

// Escalation records that a level fired for one run of a ticket's clock.
type Escalation struct {
	ID             int64     `json:"id"`
	TicketID       int64     `json:"ticket_id"`
	StoreID        int64     `json:"store_id"`
	PolicyID       int64     `json:"policy_id,omitempty"`
	Level          string    `json:"level"`
	ClockStartedAt time.Time `json:"clock_started_at"`
	At             time.Time `json:"at"`
	AssignedTo     int64     `json:"assigned_to,omitempty"`
	IncidentID     int64     `json:"incident_id,omitempty"`
}

// Incident is the report of a critical escalation: what happened to the
// ticket, in JSON for tools and Markdown for people.
type Incident struct {
	ID       int64           `json:"id"`
	StoreID  int64           `json:"store_id"`
	TicketID int64           `json:"ticket_id"`
	Level    string          `json:"level"`
	Title    string          `json:"title"`
	OpenedAt time.Time       `json:"opened_at"`
	Report   *IncidentReport `json:"report"`
	Markdown string          `json:"markdown"`
}

// IncidentReport is the structured content of an incident.
type IncidentReport struct {
	TicketID       int64               `json:"ticket_id"`
	Subject        string              `json:"subject"`
	Status         string              `json:"status"`
	StoreID        int64               `json:"store_id"`
	Store          string              `json:"store"`
	Platform       string              `json:"platform"`
	Policy         string              `json:"policy"`
	Level          string              `json:"level"`
	ClockStartedAt time.Time           `json:"clock_started_at"`
	WaitingFor     string              `json:"waiting_for"` // e.g. "72h0m0s"
	AssigneeID     int64               `json:"assignee_id,omitempty"`
	Assignee       string              `json:"assignee,omitempty"`
	RefundsFrozen  *time.Time          `json:"refunds_frozen_until,omitempty"`
	Timeline       []IncidentTimestamp `json:"timeline"`
}

// IncidentTimestamp is one line of an incident's timeline.
type IncidentTimestamp struct {
	At   time.Time `json:"at"`
	Kind string    `json:"kind"` // inbound, outbound, note, system, escalation
	Text string    `json:"text"`
}

// IncidentFilter selects incidents, newest first.
type IncidentFilter struct {
	StoreID  int64
	TicketID int64
	BeforeID int64 // paging: incidents with a smaller id
	Limit    int
}

// RefundFreeze stops refund actions for a store until Until, after a
// critical escalation: nobody should pay out on a store whose buyers are
// going unanswered until a supervisor has looked.
type RefundFreeze struct {
	ID         int64     `json:"id"`
	StoreID    int64     `json:"store_id"`
	Until      time.Time `json:"until"`
	Reason     string    `json:"reason"`
	IncidentID int64     `json:"incident_id,omitempty"`
	CreatedAt  time.Time `json:"created_at"`
}

// SLAService manages SLA policies and business calendars and reads what
// the clocks produced.
type SLAService interface {
	// ListSLAPolicies returns every policy, enabled or not, by position.
	ListSLAPolicies(ctx context.Context) ([]*SLAPolicy, error)
	FindSLAPolicy(ctx context.Context, id int64) (*SLAPolicy, error)
	CreateSLAPolicy(ctx context.Context, p *SLAPolicy) error
	// UpdateSLAPolicy replaces the policy p.ID with p.
	UpdateSLAPolicy(ctx context.Context, p *SLAPolicy) error
	DeleteSLAPolicy(ctx context.Context, id int64) error

	ListBusinessCalendars(ctx context.Context) ([]*BusinessCalendar, error)
	FindBusinessCalendar(ctx context.Context, id int64) (*BusinessCalendar, error)
	CreateBusinessCalendar(ctx context.Context, c *BusinessCalendar) error
	// UpdateBusinessCalendar replaces the calendar c.ID with c.
	UpdateBusinessCalendar(ctx context.Context, c *BusinessCalendar) error
	DeleteBusinessCalendar(ctx context.Context, id int64) error

	ListIncidents(ctx context.Context, f IncidentFilter) ([]*Incident, error)
	// FindRefundFreeze returns the store's active refund freeze, or a
	// not-found error when refunds may go ahead.
	FindRefundFreeze(ctx context.Context, storeID int64) (*RefundFreeze, error)
	// LiftRefundFreeze ends the store's active freezes now.
	LiftRefundFreeze(ctx context.Context, storeID int64) error
	// MarkNoResponseNeeded stops the ticket's response clock until the
	// next buyer message (Amazon: "no response needed").
	MarkNoResponseNeeded(ctx context.Context, ticketID int64) (*Ticket, error)
}
