package storage_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
	"kefu/storage/storagetest"
)

func slaPolicy(name string) *kefu.SLAPolicy {
	return &kefu.SLAPolicy{Name: name, Platform: "amazon", Kind: kefu.SLAKindMessage, Clock: kefu.ClockBusiness,
		FirstResponse: kefu.SLAHours(24), NextResponse: kefu.SLADays(1), Resolution: kefu.SLADuration{Days: 2, Time: 4 * time.Hour},
		DueMargin: kefu.SLAHours(6), Position: 5, Enabled: true,
		Escalations: []kefu.EscalationLevel{
			{Name: kefu.EscalationWarn, After: kefu.SLAHours(2), Notify: true},
			{Name: kefu.EscalationCritical, After: kefu.SLADays(3), Notify: true, AssignRole: kefu.RoleSupervisor, FreezeRefunds: true},
		}}
}

func TestSLAPolicies_RoundTripPermissionsAndChecks(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		sys := sysCtx(t)
		amazon := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		agent := mustCreateUser(t, db, "lin@example.com", kefu.RoleAgent)

		p := slaPolicy("Amazon, business clock")
		wantCode(t, db.CreateSLAPolicy(userCtx(t, agent), p), kefu.EFORBIDDEN)
		must(t, db.CreateSLAPolicy(sys, p), "CreateSLAPolicy")
		got, err := db.FindSLAPolicy(userCtx(t, agent), p.ID) // agents read the clocks
		must(t, err, "FindSLAPolicy")
		if got.Resolution != p.Resolution || got.NextResponse != kefu.SLADays(1) || got.DueMargin != kefu.SLAHours(6) ||
			len(got.Escalations) != 2 || got.Escalations[1].After != kefu.SLADays(3) || !got.Escalations[1].FreezeRefunds ||
			got.Escalations[1].AssignRole != kefu.RoleSupervisor || got.Clock != kefu.ClockBusiness || !got.Enabled || got.Position != 5 {
			t.Fatalf("round trip = %+v", got)
		}

		// A store's policy must name a store that exists, on its platform.
		bad := slaPolicy("wrong platform")
		bad.StoreID, bad.Platform = amazon.ID, "ebay"
		wantInvalid(t, db.CreateSLAPolicy(sys, bad), "platform")
		bad.StoreID, bad.Platform = 424242, ""
		wantInvalid(t, db.CreateSLAPolicy(sys, bad), "store_id")
		neg := slaPolicy("negative")
		neg.FirstResponse = kefu.SLADuration{Time: -time.Hour}
		wantInvalid(t, db.CreateSLAPolicy(sys, neg), "first_response")

		got.Name, got.StoreID, got.Escalations = "Acme US", amazon.ID, nil
		must(t, db.UpdateSLAPolicy(sys, got), "UpdateSLAPolicy")
		list, err := db.ListSLAPolicies(sys)
		must(t, err, "ListSLAPolicies")
		if len(list) != 1 || list[0].Name != "Acme US" || list[0].StoreID != amazon.ID || len(list[0].Escalations) != 0 || !list[0].CreatedAt.Equal(p.CreatedAt) {
			t.Fatalf("after update = %+v", list[0])
		}
		wantCode(t, db.UpdateSLAPolicy(sys, &kefu.SLAPolicy{ID: 999, Name: "x"}), kefu.ENOTFOUND)
		must(t, db.DeleteSLAPolicy(sys, p.ID), "DeleteSLAPolicy")
		wantCode(t, db.DeleteSLAPolicy(sys, p.ID), kefu.ENOTFOUND)
		_, err = db.FindSLAPolicy(sys, p.ID)
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

func TestSLAPolicies_SeedOnlyIntoAnEmptyTable(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		sys := sysCtx(t)
		n, err := db.SeedSLAPolicies(sys, []*kefu.SLAPolicy{slaPolicy("a"), slaPolicy("b")})
		if err != nil || n != 2 {
			t.Fatalf("first seed = %d, %v", n, err)
		}
		n, err = db.SeedSLAPolicies(sys, []*kefu.SLAPolicy{slaPolicy("c")})
		if err != nil || n != 0 {
			t.Fatalf("second seed = %d, %v; want nothing seeded", n, err)
		}
	})
}

func TestBusinessCalendars_OnePerStoreAndCompany(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		sys := sysCtx(t)
		store := mustCreateStore(t, db, "acme-cn", "shopee", "CNY")
		day := []kefu.Period{{Start: 540, End: 720}, {Start: 810, End: 1080}}
		company := &kefu.BusinessCalendar{Name: "Shenzhen office", Timezone: "Asia/Shanghai",
			Periods: kefu.Week{Mon: day, Tue: day}, Holidays: []string{"2026-10-01"}}
		must(t, db.CreateBusinessCalendar(sys, company), "company calendar")
		wantCode(t, db.CreateBusinessCalendar(sys, &kefu.BusinessCalendar{Periods: kefu.Week{Mon: day}}), kefu.ECONFLICT)
		own := &kefu.BusinessCalendar{StoreID: store.ID, Periods: kefu.Week{Sat: day}}
		must(t, db.CreateBusinessCalendar(sys, own), "store calendar")
		wantInvalid(t, db.CreateBusinessCalendar(sys, &kefu.BusinessCalendar{StoreID: 999, Periods: kefu.Week{Mon: day}}), "store_id")
		wantInvalid(t, db.CreateBusinessCalendar(sys, &kefu.BusinessCalendar{Timezone: "Nowhere/City", Periods: kefu.Week{Mon: day}}), "timezone")

		cals, err := db.ListBusinessCalendars(sys)
		must(t, err, "ListBusinessCalendars")
		if len(cals) != 2 || cals[0].StoreID != 0 || len(cals[0].Day(time.Monday)) != 2 || cals[0].Holidays[0] != "2026-10-01" || cals[1].StoreID != store.ID {
			t.Fatalf("calendars = %+v", cals)
		}
		own.StoreID = 0
		wantCode(t, db.UpdateBusinessCalendar(sys, own), kefu.ECONFLICT)
		own.StoreID, own.Holidays = store.ID, []string{"2026-05-01"}
		must(t, db.UpdateBusinessCalendar(sys, own), "UpdateBusinessCalendar")
		got, err := db.FindBusinessCalendar(sys, own.ID)
		must(t, err, "FindBusinessCalendar")
		if len(got.Holidays) != 1 || got.Holidays[0] != "2026-05-01" {
			t.Fatalf("after update = %+v", got)
		}
		must(t, db.DeleteBusinessCalendar(sys, own.ID), "DeleteBusinessCalendar")
		_, err = db.FindBusinessCalendar(sys, own.ID)
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

func TestTicketSLA_StateEscalationsIncidentsAndFreezes(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		sys := sysCtx(t)
		us := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		my := mustCreateStore(t, db, "acme-my", "shopee", "MYR")
		tk := mustCreateTicket(t, db, newTicket(us.ID, "Where is my order", "still waiting"))
		other := mustCreateTicket(t, db, newTicket(my.ID, "Refund", "please"))
		agentMY := mustCreateUser(t, db, "my@example.com", kefu.RoleAgent, my.ID)

		_, err := db.TicketSLA(sys, tk.ID)
		wantCode(t, err, kefu.ENOTFOUND)
		start := time.Date(2026, 5, 4, 8, 0, 0, 123e6, time.UTC)
		due := start.Add(72 * time.Hour)
		st := &kefu.TicketSLA{TicketID: tk.ID, PolicyName: "Amazon buyer messages", ClockStartedAt: &start, PausedAt: &start,
			PausedTotal: 90 * time.Minute, DueBy: &due}
		must(t, db.SaveTicketSLA(sys, st), "SaveTicketSLA")
		st.NoResponseNeeded = true
		must(t, db.SaveTicketSLA(sys, st), "SaveTicketSLA again")
		got, err := db.TicketSLA(sys, tk.ID)
		must(t, err, "TicketSLA")
		if !got.ClockStartedAt.Equal(start) || !got.PausedAt.Equal(start) || got.PausedTotal != 90*time.Minute || !got.DueBy.Equal(due) ||
			!got.NoResponseNeeded || got.PolicyName != "Amazon buyer messages" || got.PolicyID != 0 {
			t.Fatalf("state = %+v", got)
		}
		_, err = db.TicketSLA(userCtx(t, agentMY), tk.ID)
		wantCode(t, err, kefu.ENOTFOUND)
		wantCode(t, db.SaveTicketSLA(userCtx(t, agentMY), st), kefu.ENOTFOUND)

		// A level fires once per clock run.
		e := &kefu.Escalation{TicketID: tk.ID, StoreID: us.ID, Level: kefu.EscalationWarn, ClockStartedAt: start}
		if added, err := db.RecordEscalation(sys, e); err != nil || !added || e.ID == 0 {
			t.Fatalf("first escalation = %v, %v", added, err)
		}
		if added, err := db.RecordEscalation(sys, &kefu.Escalation{TicketID: tk.ID, StoreID: us.ID, Level: kefu.EscalationWarn, ClockStartedAt: start}); err != nil || added {
			t.Fatalf("same level, same clock run = %v, %v; want nothing recorded", added, err)
		}
		if added, err := db.RecordEscalation(sys, &kefu.Escalation{TicketID: tk.ID, StoreID: us.ID, Level: kefu.EscalationWarn, ClockStartedAt: start.Add(time.Hour)}); err != nil || !added {
			t.Fatalf("same level, next clock run = %v, %v", added, err)
		}
		_, err = db.RecordEscalation(userCtx(t, agentMY), e)
		wantCode(t, err, kefu.EFORBIDDEN)
		escs, err := db.ListEscalations(sys, tk.ID)
		must(t, err, "ListEscalations")
		if len(escs) != 2 || escs[0].Level != kefu.EscalationWarn || !escs[0].ClockStartedAt.Equal(start) {
			t.Fatalf("escalations = %+v", escs)
		}

		inc := &kefu.Incident{StoreID: us.ID, TicketID: tk.ID, Level: kefu.EscalationCritical, Title: "SLA critical",
			Report:   &kefu.IncidentReport{TicketID: tk.ID, Store: us.Name, Timeline: []kefu.IncidentTimestamp{{At: start, Kind: "inbound", Text: "buyer: hi"}}},
			Markdown: "# SLA critical"}
		must(t, db.OpenIncident(sys, inc), "OpenIncident")
		must(t, db.OpenIncident(sys, &kefu.Incident{StoreID: my.ID, TicketID: other.ID, Level: kefu.EscalationCritical, Title: "MY", Report: &kefu.IncidentReport{}}), "OpenIncident MY")
		all, err := db.ListIncidents(sys, kefu.IncidentFilter{})
		must(t, err, "ListIncidents")
		if len(all) != 2 || all[1].Report.Timeline[0].Text != "buyer: hi" || all[1].Markdown != "# SLA critical" {
			t.Fatalf("incidents = %+v", all)
		}
		mine, err := db.ListIncidents(userCtx(t, agentMY), kefu.IncidentFilter{})
		must(t, err, "ListIncidents as MY agent")
		if len(mine) != 1 || mine[0].StoreID != my.ID {
			t.Fatalf("MY agent sees %+v; want only the MY store's incident", mine)
		}
		byTicket, err := db.ListIncidents(sys, kefu.IncidentFilter{TicketID: tk.ID})
		must(t, err, "ListIncidents by ticket")
		if len(byTicket) != 1 || byTicket[0].ID != inc.ID {
			t.Fatalf("by ticket = %+v", byTicket)
		}

		// Refund freezes: active until they end or are lifted.
		if frozen, _, _, err := db.RefundsFrozen(sys, us.ID); err != nil || frozen {
			t.Fatalf("frozen before any freeze = %v, %v", frozen, err)
		}
		must(t, db.FreezeRefunds(sys, &kefu.RefundFreeze{StoreID: us.ID, Until: time.Now().Add(-time.Minute), Reason: "old"}), "expired freeze")
		if frozen, _, _, _ := db.RefundsFrozen(sys, us.ID); frozen {
			t.Fatal("an expired freeze still freezes")
		}
		until := time.Now().Add(24 * time.Hour)
		must(t, db.FreezeRefunds(sys, &kefu.RefundFreeze{StoreID: us.ID, Until: until, Reason: "SLA critical", IncidentID: inc.ID}), "FreezeRefunds")
		frozen, gotUntil, reason, err := db.RefundsFrozen(sys, us.ID)
		if err != nil || !frozen || reason != "SLA critical" || !gotUntil.Equal(*kefu.Millis(&until)) {
			t.Fatalf("RefundsFrozen = %v %v %q %v", frozen, gotUntil, reason, err)
		}
		f, err := db.FindRefundFreeze(sys, us.ID)
		if err != nil || f.IncidentID != inc.ID {
			t.Fatalf("FindRefundFreeze = %+v, %v", f, err)
		}
		_, err = db.FindRefundFreeze(userCtx(t, agentMY), us.ID)
		wantCode(t, err, kefu.ENOTFOUND)
		if frozen, _, _, _ := db.RefundsFrozen(sys, my.ID); frozen {
			t.Fatal("another store's refunds are frozen")
		}
		wantCode(t, db.LiftRefundFreeze(userCtx(t, agentMY), us.ID), kefu.EFORBIDDEN)
		must(t, db.LiftRefundFreeze(sys, us.ID), "LiftRefundFreeze")
		if frozen, _, _, _ := db.RefundsFrozen(sys, us.ID); frozen {
			t.Fatal("still frozen after the freeze was lifted")
		}
		wantCode(t, db.LiftRefundFreeze(sys, us.ID), kefu.ENOTFOUND)
	})
}

func TestMarkNoResponseNeeded_ClearsResponseDeadlines(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		sys := sysCtx(t)
		us := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		fr, res := time.Now().Add(time.Hour), time.Now().Add(48*time.Hour)
		c := newTicket(us.ID, "Thanks!", "thank you, got it")
		c.FirstResponseDue, c.ResolutionDue = &fr, &res
		tk := mustCreateTicket(t, db, c)
		start := time.Now()
		must(t, db.SaveTicketSLA(sys, &kefu.TicketSLA{TicketID: tk.ID, PolicyName: "p", ClockStartedAt: &start}), "SaveTicketSLA")

		viewer := mustCreateUser(t, db, "view@example.com", kefu.RoleViewer)
		_, err := db.MarkNoResponseNeeded(userCtx(t, viewer), tk.ID)
		wantCode(t, err, kefu.EFORBIDDEN)
		agent := mustCreateUser(t, db, "lin@example.com", kefu.RoleAgent)
		got, err := db.MarkNoResponseNeeded(userCtx(t, agent), tk.ID)
		must(t, err, "MarkNoResponseNeeded")
		if got.FirstResponseDue != nil || got.ResolutionDue == nil || !got.SLADue().Equal(*kefu.Millis(&res)) {
			t.Fatalf("ticket = first %v resolution %v", got.FirstResponseDue, got.ResolutionDue)
		}
		if again := mustFindTicket(t, db, tk.ID); again.FirstResponseDue != nil || again.ResolutionDue == nil {
			t.Fatalf("stored ticket = first %v resolution %v", again.FirstResponseDue, again.ResolutionDue)
		}
		st, err := db.TicketSLA(sys, tk.ID)
		if err != nil || !st.NoResponseNeeded || st.ClockStartedAt != nil || st.PolicyName != "p" {
			t.Fatalf("state = %+v, %v", st, err)
		}
		// A ticket the clocks never saw gets a state of its own.
		other := mustCreateTicket(t, db, newTicket(us.ID, "Other", "ok"))
		if _, err := db.MarkNoResponseNeeded(sys, other.ID); err != nil {
			t.Fatal(err)
		}
		if st, err := db.TicketSLA(sys, other.ID); err != nil || !st.NoResponseNeeded {
			t.Fatalf("state = %+v, %v", st, err)
		}
		closed := kefu.StatusClosed
		_, err = db.UpdateTicket(sys, other.ID, kefu.TicketUpdate{Status: &closed})
		must(t, err, "close")
		_, err = db.MarkNoResponseNeeded(sys, other.ID)
		wantCode(t, err, kefu.ECONFLICT)
		_, err = db.MarkNoResponseNeeded(sys, 999999)
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

func TestLockTicketSLA_ZeroStateBeforeTheClocksRan(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		sys := sysCtx(t)
		us := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		tk := mustCreateTicket(t, db, newTicket(us.ID, "Hello", "hi"))
		var st *kefu.TicketSLA
		must(t, db.Batch(sys, func(ctx context.Context) error {
			var err error
			st, err = db.LockTicketSLA(ctx, tk.ID)
			return err
		}), "LockTicketSLA")
		if st.TicketID != tk.ID || st.ClockStartedAt != nil || st.NoResponseNeeded {
			t.Fatalf("state = %+v", st)
		}
		_, err := db.LockTicketSLA(sys, 999999)
		wantCode(t, err, kefu.ENOTFOUND)
		viewer := mustCreateUser(t, db, "view@example.com", kefu.RoleViewer)
		_, err = db.LockTicketSLA(userCtx(t, viewer), tk.ID)
		wantCode(t, err, kefu.EFORBIDDEN)
	})
}

// The policies are cached between reads; every reader still gets what it
// would have read: its own transaction's writes, nothing rolled back,
// each update and delete at once, and a copy it may change.
func TestSLAPolicies_ListedFreshThroughTheCache(t *testing.T) {
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		sys := sysCtx(t)
		names := func(ctx context.Context) []string {
			t.Helper()
			list, err := db.ListSLAPolicies(ctx)
			must(t, err, "ListSLAPolicies")
			var out []string
			for _, p := range list {
				out = append(out, p.Name)
			}
			return out
		}
		a := slaPolicy("first")
		must(t, db.CreateSLAPolicy(sys, a), "CreateSLAPolicy")
		if got := names(sys); !slices.Equal(got, []string{"first"}) {
			t.Fatalf("listed %v", got)
		}
		list, _ := db.ListSLAPolicies(sys)
		list[0].Name, list[0].Escalations[0].After = "changed by a caller", kefu.SLAHours(99)
		if again, _ := db.ListSLAPolicies(sys); again[0].Name != "first" || again[0].Escalations[0].After == kefu.SLAHours(99) {
			t.Fatalf("a caller's change reached the cache: %+v", again[0])
		}

		rollback := errors.New("roll back")
		err := db.Batch(sys, func(ctx context.Context) error {
			must(t, db.CreateSLAPolicy(ctx, slaPolicy("in a transaction")), "CreateSLAPolicy")
			if got := names(ctx); !slices.Contains(got, "in a transaction") {
				t.Errorf("the transaction does not see its own policy: %v", got)
			}
			if got := names(sys); slices.Contains(got, "in a transaction") {
				t.Errorf("another reader sees an uncommitted policy: %v", got)
			}
			return rollback
		})
		if !errors.Is(err, rollback) {
			t.Fatalf("batch: %v", err)
		}
		if got := names(sys); !slices.Equal(got, []string{"first"}) {
			t.Fatalf("after the rollback: %v", got)
		}

		a.Name = "renamed"
		must(t, db.UpdateSLAPolicy(sys, a), "UpdateSLAPolicy")
		if got := names(sys); !slices.Equal(got, []string{"renamed"}) {
			t.Fatalf("after the update: %v", got)
		}
		must(t, db.DeleteSLAPolicy(sys, a.ID), "DeleteSLAPolicy")
		b := slaPolicy("second")
		must(t, db.CreateSLAPolicy(sys, b), "CreateSLAPolicy")
		if got := names(sys); !slices.Equal(got, []string{"second"}) {
			t.Fatalf("after delete and create: %v", got)
		}
	})
}
