package demo

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"kefu"
)

func testWriter() Writer { return Writer{R: rand.New(rand.NewPCG(1, 2))} }

// testPlan builds the plan with made-up ids, as Load would after creating
// the stores and users.
func testPlan(now time.Time) *plan {
	stores := storeProfiles()
	for i, s := range stores {
		s.Store.ID = int64(i + 1)
	}
	var users []*demoUser
	for i, spec := range userSpecs() {
		users = append(users, &demoUser{spec: spec, id: int64(i + 1)})
	}
	return buildPlan(now, stores, users)
}

var testNow = time.Date(2026, 11, 22, 8, 30, 0, 0, time.UTC)

func TestPlanIsValidAndVaried(t *testing.T) {
	p := testPlan(testNow)
	if n := len(p.tickets); n < 190 || n > 260 {
		t.Errorf("%d tickets, want about 200", n)
	}
	intents, kinds, langs, statuses := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	closeDisputes, breached, phishing, notes, systems := 0, 0, 0, 0, 0
	for i, tp := range p.tickets {
		c := tp.create // Validate normalises; work on a copy
		if err := c.Validate(); err != nil {
			t.Fatalf("ticket %d %q: %v", i, c.Subject, err)
		}
		if c.Message == nil {
			t.Fatalf("ticket %d has no first message", i)
		}
		if c.ReceivedAt == nil || !c.ReceivedAt.Before(testNow) || c.ReceivedAt.Before(testNow.Add(-15*24*time.Hour)) {
			t.Errorf("ticket %d received at %v, want within the last 15 days", i, c.ReceivedAt)
		}
		last := c.Message.CreatedAt
		for _, m := range tp.more {
			if !m.CreatedAt.After(last) || !m.CreatedAt.Before(testNow) {
				t.Errorf("ticket %d: message at %v after one at %v, now %v", i, m.CreatedAt, last, testNow)
			}
			last = m.CreatedAt
		}
		if n := 1 + len(tp.more); n > 6 {
			t.Errorf("ticket %d has %d messages, want 1-6", i, n)
		}
		for _, m := range tp.more {
			mc := *m
			if err := mc.Validate(); err != nil {
				t.Errorf("ticket %d message: %v", i, err)
			}
			switch m.Direction {
			case kefu.DirectionNote:
				notes++
			case kefu.DirectionSystem:
				systems++
			case kefu.DirectionOutbound:
				if m.DeliveryState != kefu.DeliverySent {
					t.Errorf("ticket %d: outbound demo message would be queued for sending", i)
				}
			}
		}
		if c.Intent != "" {
			intents[c.Intent]++
		}
		if c.NoticeKind != "" {
			kinds[c.NoticeKind]++
		}
		langs[c.Language]++
		statuses[*tp.update.Status]++
		if c.SuspectedPhishing {
			phishing++
		}
		if c.NoticeKind == "dispute_notice" && !c.SuspectedPhishing {
			if c.CaseID == "" || c.Currency == "" || c.AmountMinor == 0 {
				t.Errorf("dispute %q lacks case id or amount", c.Subject)
			}
			if due := tp.update.ResolutionDue; due != nil && due.After(testNow) && due.Before(testNow.Add(72*time.Hour)) {
				closeDisputes++
			}
		}
		if due := tp.update.FirstResponseDue; due != nil && due.Before(testNow) {
			breached++
		}
	}
	if len(intents) != 12 {
		t.Errorf("intents %v, want all 12", intents)
	}
	if len(kinds) < 9 {
		t.Errorf("notice kinds %v, want all 9", kinds)
	}
	if len(langs) < 8 {
		t.Errorf("languages %v, want at least 8", langs)
	}
	if len(statuses) != 6 {
		t.Errorf("statuses %v, want all 6", statuses)
	}
	if closeDisputes < 3 {
		t.Errorf("%d disputes due within 3 days, want at least 3", closeDisputes)
	}
	if breached < 5 || phishing < 2 || notes < 40 || systems < 20 {
		t.Errorf("breached %d, phishing %d, notes %d, system events %d: too few", breached, phishing, notes, systems)
	}
	seen := map[string]bool{}
	for _, o := range p.orders {
		oc := *o
		if err := oc.Validate(); err != nil {
			t.Errorf("order %s: %v", o.Number, err)
		}
		key := string(rune(o.StoreID)) + o.Number
		if seen[key] {
			t.Errorf("order number %s used twice", o.Number)
		}
		seen[key] = true
	}
	t.Logf("%d tickets, %d orders; intents %v; kinds %v; languages %v; statuses %v",
		len(p.tickets), len(p.orders), intents, kinds, langs, statuses)
}

func TestPlanIsDeterministic(t *testing.T) {
	a, b := testPlan(testNow), testPlan(testNow)
	if !reflect.DeepEqual(a.tickets, b.tickets) || !reflect.DeepEqual(a.orders, b.orders) {
		t.Error("two plans from the same clock differ")
	}
}
