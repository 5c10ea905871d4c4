package kefu

import (
	"encoding/json"
	"testing"
	"time"
)

func TestSLADurationParsesAndWritesDaysAndTimes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want SLADuration
		out  string
	}{
		{"24h", SLADuration{Time: 24 * time.Hour}, "24h"},
		{"90m", SLADuration{Time: 90 * time.Minute}, "1h30m"},
		{"3d", SLADuration{Days: 3}, "3d"},
		{"1d12h", SLADuration{Days: 1, Time: 12 * time.Hour}, "1d12h"},
		{"0", SLADuration{}, "0"},
		{"", SLADuration{}, "0"},
		{"1500ms", SLADuration{Time: 1500 * time.Millisecond}, "1s500ms"},
	} {
		got, err := ParseSLADuration(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
		if s := got.String(); s != tc.out {
			t.Errorf("String(%q) = %q, want %q", tc.in, s, tc.out)
		}
	}
	for _, bad := range []string{"-2h", "3x", "d", "2d-1h", "1.5d", "9999d"} {
		if _, err := ParseSLADuration(bad); err == nil {
			t.Errorf("Parse(%q) succeeded", bad)
		}
	}
	var p SLAPolicy
	if err := json.Unmarshal([]byte(`{"first_response":"3d","resolution":null}`), &p); err != nil || p.FirstResponse != SLADays(3) {
		t.Fatalf("unmarshal = %+v, %v", p.FirstResponse, err)
	}
	b, _ := json.Marshal(SLAPolicy{FirstResponse: SLAHours(12)})
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	if m["first_response"] != "12h" || m["resolution"] != nil {
		t.Fatalf("marshal = %s; want first_response \"12h\" and no resolution", b)
	}
}

func validPolicy() SLAPolicy {
	return SLAPolicy{Name: "p", Platform: "amazon", Clock: ClockCalendar, FirstResponse: SLAHours(24), Enabled: true,
		Escalations: []EscalationLevel{{Name: EscalationWarn, After: SLAHours(2), Notify: true}}}
}

func TestSLAPolicyValidateNamesTheField(t *testing.T) {
	for _, tc := range []struct {
		name  string
		json  string // applied over a valid policy
		field string
	}{
		{"negative duration", `{"first_response":"-2h"}`, "first_response"},
		{"not a duration", `{"resolution":"soon"}`, "resolution"},
		{"a number is not a duration", `{"next_response":24}`, "next_response"},
		{"negative margin", `{"due_margin":"-1d"}`, "due_margin"},
		{"unknown platform", `{"platform":"etsy"}`, "platform"},
		{"unknown notice kind", `{"notice_kind":"complaint"}`, "notice_kind"},
		{"unknown kind", `{"kind":"chat"}`, "kind"},
		{"message kind with a notice kind", `{"kind":"message","notice_kind":"review_alert"}`, "kind"},
		{"unknown clock", `{"clock":"lunar"}`, "clock"},
		{"no name", `{"name":"  "}`, "name"},
		{"bad channel", `{"channel":"E Mail"}`, "channel"},
		{"negative store", `{"store_id":-1}`, "store_id"},
		{"unknown level", `{"escalations":[{"name":"panic","after":"1h"}]}`, "escalations.0.name"},
		{"level twice", `{"escalations":[{"name":"warn","after":"1h"},{"name":"warn","after":"2h"}]}`, "escalations.1.name"},
		{"level without delay", `{"escalations":[{"name":"warn"}]}`, "escalations.0.after"},
		{"negative delay", `{"escalations":[{"name":"warn","after":"-5m"}]}`, "escalations.0.after"},
		{"assign to an agent", `{"escalations":[{"name":"escalate","after":"1h","assign_role":"agent"}]}`, "escalations.0.assign_role"},
	} {
		p := validPolicy()
		p.Escalations = nil // decoding into a slice reuses its elements
		if err := json.Unmarshal([]byte(tc.json), &p); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		err := p.Validate()
		if ErrorCode(err) != EINVALID || ErrorField(err) != tc.field {
			t.Errorf("%s: Validate = %v; want invalid %s", tc.name, err, tc.field)
		}
	}
	p := validPolicy()
	p.Clock, p.Escalations = "", nil
	if err := p.Validate(); err != nil || p.Clock != ClockCalendar || p.Escalations == nil {
		t.Fatalf("defaults: %v, clock %q, escalations %v", err, p.Clock, p.Escalations)
	}
}

func TestBusinessCalendarValidate(t *testing.T) {
	day := []Period{{540, 720}, {810, 1080}}
	ok := func() BusinessCalendar {
		return BusinessCalendar{Timezone: "Asia/Shanghai", Periods: Week{Mon: day, Fri: []Period{{810, 1080}, {540, 720}}},
			Holidays: []string{"2026-10-02", "2026-10-01", "2026-10-01"}}
	}
	c := ok()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Periods.Fri[0].Start != 540 || len(c.Holidays) != 2 || c.Holidays[0] != "2026-10-01" || c.Name == "" {
		t.Fatalf("not normalised: %+v", c)
	}
	if got := c.Day(time.Friday); len(got) != 2 {
		t.Fatalf("Day(Friday) = %v", got)
	}
	for _, tc := range []struct {
		name  string
		edit  func(c *BusinessCalendar)
		field string
	}{
		{"unknown time zone", func(c *BusinessCalendar) { c.Timezone = "Mars/Olympus" }, "timezone"},
		{"overlapping periods", func(c *BusinessCalendar) { c.Periods.Tue = []Period{{540, 720}, {700, 800}} }, "periods.tue"},
		{"end before start", func(c *BusinessCalendar) { c.Periods.Wed = []Period{{720, 540}} }, "periods.wed.0"},
		{"past midnight", func(c *BusinessCalendar) { c.Periods.Wed = []Period{{1200, 1500}} }, "periods.wed.0"},
		{"no open hours", func(c *BusinessCalendar) { c.Periods = Week{Sat: []Period{}} }, "periods"},
		{"bad holiday", func(c *BusinessCalendar) { c.Holidays = []string{"2026-13-01"} }, "holidays.0"},
		{"negative store", func(c *BusinessCalendar) { c.StoreID = -2 }, "store_id"},
	} {
		c := ok()
		tc.edit(&c)
		err := c.Validate()
		if ErrorCode(err) != EINVALID || ErrorField(err) != tc.field {
			t.Errorf("%s: Validate = %v; want invalid %s", tc.name, err, tc.field)
		}
	}
}

func TestTicketSLAKind(t *testing.T) {
	for _, tc := range []struct {
		t    Ticket
		want string
	}{
		{Ticket{}, SLAKindMessage},
		{Ticket{CaseID: "5001"}, SLAKindCase},
		{Ticket{NoticeKind: "dispute_notice"}, SLAKindCase},
		{Ticket{NoticeKind: "review_alert"}, ""},
	} {
		if got := TicketSLAKind(&tc.t); got != tc.want {
			t.Errorf("TicketSLAKind(%+v) = %q, want %q", tc.t, got, tc.want)
		}
	}
}

// The SLA engine stops a clock by clearing its deadline: a zero time.
func TestTicketUpdateZeroTimeClearsADeadline(t *testing.T) {
	due := time.Now()
	tk := &Ticket{Subject: "s", Priority: PriorityNormal, Status: StatusOpen, FirstResponseDue: &due, ResolutionDue: &due}
	if err := (TicketUpdate{FirstResponseDue: &time.Time{}}).Apply(tk, time.Now()); err != nil {
		t.Fatal(err)
	}
	if tk.FirstResponseDue != nil || tk.ResolutionDue == nil {
		t.Fatalf("first %v resolution %v; want only the first response deadline cleared", tk.FirstResponseDue, tk.ResolutionDue)
	}
}
