package storage_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

func tagRule(name string, storeID int64, position int) *kefu.Rule {
	return &kefu.Rule{Name: name, StoreID: storeID, Position: position, Enabled: true,
		Conditions: []kefu.RuleCondition{{Field: "intent", Op: "eq", Value: json.RawMessage(`"order_status"`)}},
		Actions:    []kefu.RuleAction{{Type: kefu.ActionAddTags, Params: json.RawMessage(`{"tags":["wismo"]}`)}}}
}

func ruleNames(t *testing.T, db *storage.DB, f kefu.RuleFilter) []string {
	t.Helper()
	rules, err := db.ListRules(sysCtx(t), f)
	must(t, err, "ListRules")
	var names []string
	for i, r := range rules {
		if r.Position != i+1 && f.StoreID == 0 && !f.EnabledOnly {
			t.Errorf("rule %s at index %d has position %d", r.Name, i, r.Position)
		}
		names = append(names, r.Name)
	}
	return names
}

func TestRules_CreateMoveDeleteKeepPositionsDense(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		us := mustCreateStore(t, db, "us", "amazon", "USD")
		my := mustCreateStore(t, db, "my", "shopee", "MYR")
		ctx := sysCtx(t)
		for _, r := range []*kefu.Rule{tagRule("a", 0, 0), tagRule("b", us.ID, 0), tagRule("c", my.ID, 0), tagRule("first", 0, 1)} {
			must(t, db.CreateRule(ctx, r), "CreateRule "+r.Name)
		}
		if got := ruleNames(t, db, kefu.RuleFilter{}); !slices.Equal(got, []string{"first", "a", "b", "c"}) {
			t.Fatalf("order = %v", got)
		}
		// A store's rules come with the global ones, in one order.
		if got := ruleNames(t, db, kefu.RuleFilter{StoreID: us.ID}); !slices.Equal(got, []string{"first", "a", "b"}) {
			t.Errorf("us rules = %v", got)
		}
		rules, _ := db.ListRules(ctx, kefu.RuleFilter{})
		c := rules[3]
		pos, off := 1, false
		moved, err := db.UpdateRule(ctx, c.ID, kefu.RuleUpdate{Position: &pos, Enabled: &off})
		must(t, err, "move c to 1")
		if moved.Position != 1 || moved.Enabled {
			t.Errorf("moved = %+v", moved)
		}
		if got := ruleNames(t, db, kefu.RuleFilter{}); !slices.Equal(got, []string{"c", "first", "a", "b"}) {
			t.Errorf("after move = %v", got)
		}
		if got := ruleNames(t, db, kefu.RuleFilter{EnabledOnly: true}); !slices.Equal(got, []string{"first", "a", "b"}) {
			t.Errorf("enabled = %v", got)
		}
		must(t, db.DeleteRule(ctx, rules[0].ID), "DeleteRule first")
		if got := ruleNames(t, db, kefu.RuleFilter{}); !slices.Equal(got, []string{"c", "a", "b"}) {
			t.Errorf("after delete = %v", got)
		}
		got, err := db.FindRule(ctx, c.ID)
		must(t, err, "FindRule")
		if got.Name != "c" || got.StoreID != my.ID || len(got.Conditions) != 1 || string(got.Actions[0].Params) != `{"tags":["wismo"]}` {
			t.Errorf("FindRule = %+v", got)
		}
		_, err = db.FindRule(ctx, 9999)
		wantCode(t, err, kefu.ENOTFOUND)
		wantCode(t, db.DeleteRule(ctx, 9999), kefu.ENOTFOUND)
	})
}

func TestRules_SaveRefusesBadRulesWithThePathAtFault(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "us", "amazon", "USD")
		viewer := mustCreateUser(t, db, "v@example.com", kefu.RoleViewer)
		agent := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent)
		ctx := sysCtx(t)

		r := tagRule("bad", 0, 0)
		r.Conditions[0].Field = "intnet"
		err := db.CreateRule(ctx, r)
		wantInvalid(t, err, "conditions.0.field")

		r = tagRule("no such template", s.ID, 0)
		r.Actions = append(r.Actions, kefu.RuleAction{Type: kefu.ActionAutoReply, Params: json.RawMessage(`{"template":"nope"}`)})
		wantInvalid(t, db.CreateRule(ctx, r), "actions.1.params.template")

		r = tagRule("viewer", 0, 0)
		r.Actions = []kefu.RuleAction{{Type: kefu.ActionAssign, Params: json.RawMessage(`{"user_id":` + strconv.FormatInt(viewer.ID, 10) + `}`)}}
		err = db.CreateRule(ctx, r)
		wantInvalid(t, err, "actions.0.params.user_id")
		if !strings.Contains(kefu.ErrorMessage(err), "viewer") {
			t.Errorf("message = %q", kefu.ErrorMessage(err))
		}
		r.Actions[0].Params = json.RawMessage(`{"user_id":` + strconv.FormatInt(agent.ID, 10) + `}`)
		must(t, db.CreateRule(ctx, r), "assign to an agent")

		wantInvalid(t, db.CreateRule(ctx, tagRule("ghost store", 999, 0)), "store_id")

		// A template that exists is accepted, also for a store rule.
		tpl := &kefu.AutoReplyTemplate{Name: "wismo", Language: "en", Intent: "order_status", Body: "Hi {{buyer_name|there}}"}
		must(t, db.CreateAutoReplyTemplate(ctx, tpl), "CreateAutoReplyTemplate")
		r = tagRule("reply", s.ID, 0)
		r.Actions = append(r.Actions, kefu.RuleAction{Type: kefu.ActionAutoReply, Params: json.RawMessage(`{"template":"wismo"}`)})
		must(t, db.CreateRule(ctx, r), "auto_reply with a template")

		bad := []kefu.RuleCondition{{Field: "text", Op: "matches", Value: json.RawMessage(`"(unclosed"`)}}
		_, err = db.UpdateRule(ctx, r.ID, kefu.RuleUpdate{Conditions: &bad})
		wantInvalid(t, err, "conditions.0.value")

		// Only admins manage rules.
		wantCode(t, db.CreateRule(userCtx(t, agent), tagRule("x", 0, 0)), kefu.EFORBIDDEN)
		_, err = db.ListRules(userCtx(t, agent), kefu.RuleFilter{})
		wantCode(t, err, kefu.EFORBIDDEN)
	})
}

func TestRuleFirings_OncePerRuleTicketAndMessage(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		us := mustCreateStore(t, db, "us", "amazon", "USD")
		my := mustCreateStore(t, db, "my", "shopee", "MYR")
		ctx := sysCtx(t)
		r := tagRule("tag", 0, 0)
		must(t, db.CreateRule(ctx, r), "CreateRule")
		tk := mustCreateTicket(t, db, newTicket(us.ID, "Where is my order", "112-1234567-1234567?"))
		msgID := tk.Messages[0].ID

		f := &kefu.RuleFiring{RuleID: r.ID, RuleName: r.Name, TicketID: tk.ID, MessageID: msgID, Trigger: kefu.TriggerTicketCreated,
			Actions: []kefu.ActionResult{{Type: kefu.ActionAddTags, Outcome: kefu.OutcomePending}, {Type: kefu.ActionNotify, Outcome: kefu.OutcomePending}}}
		ok, err := db.StartRuleFiring(ctx, f)
		must(t, err, "StartRuleFiring")
		if !ok || f.ID == 0 {
			t.Fatalf("first StartRuleFiring = %v, id %d", ok, f.ID)
		}
		again := *f
		again.ID = 0
		ok, err = db.StartRuleFiring(ctx, &again)
		must(t, err, "StartRuleFiring again")
		if ok {
			t.Fatal("the same rule fired twice for one message")
		}
		// Another message of the ticket is another event.
		other := *f
		other.ID, other.MessageID = 0, msgID+1000
		if ok, err := db.StartRuleFiring(ctx, &other); err != nil || !ok {
			t.Fatalf("firing for another message = %v, %v", ok, err)
		}

		f.Actions[0].Outcome = kefu.OutcomeDone
		must(t, db.UpdateRuleFiring(ctx, f), "UpdateRuleFiring")
		must(t, db.SetRuleFiringAction(ctx, f.ID, 1, kefu.ActionResult{Type: kefu.ActionNotify, Outcome: kefu.OutcomeBlocked, Detail: "x"}), "SetRuleFiringAction")
		wantInvalid(t, db.SetRuleFiringAction(ctx, f.ID, 5, kefu.ActionResult{}), "index")

		firings, err := db.ListRuleFirings(ctx, tk.ID)
		must(t, err, "ListRuleFirings")
		if len(firings) != 2 || firings[0].Actions[0].Outcome != kefu.OutcomeDone || firings[0].Actions[1].Outcome != kefu.OutcomeBlocked ||
			!firings[0].Blocked || firings[0].RuleName != "tag" || firings[0].MessageID != msgID {
			t.Fatalf("firings = %+v", firings)
		}

		// Firings are read with the ticket: an agent of another store sees nothing.
		outsider := mustCreateUser(t, db, "o@example.com", kefu.RoleAgent, my.ID)
		_, err = db.ListRuleFirings(userCtx(t, outsider), tk.ID)
		wantCode(t, err, kefu.ENOTFOUND)

		// Deleting the rule keeps its firings, by name.
		must(t, db.DeleteRule(ctx, r.ID), "DeleteRule")
		firings, err = db.ListRuleFirings(ctx, tk.ID)
		must(t, err, "ListRuleFirings after delete")
		if len(firings) != 2 || firings[0].RuleID != 0 || firings[0].RuleName != "tag" {
			t.Errorf("after delete = %+v", firings[0])
		}
	})
}

func TestAutoReplies_OneSlotAndAnAgentReplyCancelsTheDelayedOne(t *testing.T) {
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		s := mustCreateStore(t, db, "us", "amazon", "USD")
		agent := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent)
		ctx := sysCtx(t)
		r := tagRule("reply", 0, 0)
		must(t, db.CreateRule(ctx, r), "CreateRule")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "Where is my order", "hello"))
		f := &kefu.RuleFiring{RuleID: r.ID, RuleName: r.Name, TicketID: tk.ID, Trigger: kefu.TriggerTicketCreated,
			Actions: []kefu.ActionResult{{Type: kefu.ActionAutoReply, Outcome: kefu.OutcomeScheduled}}}
		_, err := db.StartRuleFiring(ctx, f)
		must(t, err, "StartRuleFiring")

		slot := &kefu.AutoReplyState{RuleID: r.ID, TicketID: tk.ID, FiringID: f.ID}
		ok, err := db.ClaimAutoReply(ctx, slot)
		must(t, err, "ClaimAutoReply")
		if !ok {
			t.Fatal("first claim refused")
		}
		if ok, err := db.ClaimAutoReply(ctx, &kefu.AutoReplyState{RuleID: r.ID, TicketID: tk.ID}); err != nil || ok {
			t.Fatalf("second claim = %v, %v: two auto-replies possible", ok, err)
		}
		_, err = db.EnqueueJob(ctx, &kefu.Job{Kind: kefu.JobAutoReply, TicketID: tk.ID, DedupeKey: "autoreply:1:1", DueAt: time.Now().Add(time.Hour)})
		must(t, err, "EnqueueJob")

		// An automated reply is not a person answering.
		_, err = db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Channel: "email", Text: "auto", Automated: true})
		must(t, err, "automated reply")
		if n := be.count(t, `SELECT count(*) FROM jobs WHERE kind = 'auto_reply' AND status = 'pending'`); n != 1 {
			t.Fatalf("an automated reply cancelled the delayed auto-reply (%d pending)", n)
		}
		_, err = db.AddMessage(userCtx(t, agent), tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Channel: "email", Text: "On its way!"})
		must(t, err, "agent reply")
		if n := be.count(t, `SELECT count(*) FROM jobs WHERE kind = 'auto_reply' AND status = 'cancelled'`); n != 1 {
			t.Errorf("agent reply left the delayed auto-reply pending")
		}
		got, err := db.FindAutoReply(ctx, r.ID, tk.ID)
		must(t, err, "FindAutoReply")
		if got.Status != kefu.OutcomeCancelled || got.Detail == "" {
			t.Errorf("slot after agent reply = %+v", got)
		}
		firings, err := db.ListRuleFirings(ctx, tk.ID)
		must(t, err, "ListRuleFirings")
		if firings[0].Actions[0].Outcome != kefu.OutcomeCancelled {
			t.Errorf("firing shows %+v, want the auto-reply cancelled", firings[0].Actions[0])
		}

		got.Status, got.MessageID, got.Detail = kefu.OutcomeDone, 0, "sent"
		must(t, db.SetAutoReply(ctx, got), "SetAutoReply")
		wantCode(t, db.SetAutoReply(ctx, &kefu.AutoReplyState{RuleID: r.ID, TicketID: 9999, Status: "done"}), kefu.ENOTFOUND)
		_, err = db.FindAutoReply(ctx, r.ID, 9999)
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

func TestAutoReplyTemplates_CRUDAndScope(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		us := mustCreateStore(t, db, "us", "amazon", "USD")
		my := mustCreateStore(t, db, "my", "shopee", "MYR")
		ctx := sysCtx(t)
		all := &kefu.AutoReplyTemplate{Name: "wismo", Intent: "order_status", Language: "en", Body: "Order {{order_number}}"}
		mine := &kefu.AutoReplyTemplate{Name: "wismo", Intent: "order_status", Language: "zh", StoreID: my.ID, Body: "订单 {{order_number}}"}
		must(t, db.CreateAutoReplyTemplate(ctx, all), "create all")
		must(t, db.CreateAutoReplyTemplate(ctx, mine), "create mine")
		wantInvalid(t, db.CreateAutoReplyTemplate(ctx, &kefu.AutoReplyTemplate{Name: "x", Language: "en", Body: "{{nope}}"}), "body")
		wantInvalid(t, db.CreateAutoReplyTemplate(ctx, &kefu.AutoReplyTemplate{Name: "x", Language: "en", Body: "x", StoreID: 999}), "store_id")

		usAgent := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent, us.ID)
		list, err := db.ListAutoReplyTemplates(userCtx(t, usAgent), kefu.AutoReplyFilter{})
		must(t, err, "list as us agent")
		if len(list) != 1 || list[0].ID != all.ID {
			t.Errorf("us agent sees %+v", list)
		}
		_, err = db.FindAutoReplyTemplate(userCtx(t, usAgent), mine.ID)
		wantCode(t, err, kefu.ENOTFOUND)
		list, err = db.ListAutoReplyTemplates(ctx, kefu.AutoReplyFilter{StoreID: my.ID, Intent: "order_status"})
		must(t, err, "list for my")
		if len(list) != 2 {
			t.Errorf("my store's templates = %d, want 2 (its own and the global one)", len(list))
		}
		list, _ = db.ListAutoReplyTemplates(ctx, kefu.AutoReplyFilter{Language: "zh", Name: "wismo"})
		if len(list) != 1 || list[0].ID != mine.ID {
			t.Errorf("zh list = %+v", list)
		}
		wantCode(t, db.CreateAutoReplyTemplate(userCtx(t, usAgent), &kefu.AutoReplyTemplate{Name: "x", Language: "en", Body: "x"}), kefu.EFORBIDDEN)

		mine.Body = "您好 {{buyer_name|亲}}"
		must(t, db.UpdateAutoReplyTemplate(ctx, mine), "update")
		got, err := db.FindAutoReplyTemplate(ctx, mine.ID)
		must(t, err, "find")
		if got.Body != mine.Body || got.StoreID != my.ID {
			t.Errorf("after update = %+v", got)
		}
		must(t, db.DeleteAutoReplyTemplate(ctx, mine.ID), "delete")
		wantCode(t, db.DeleteAutoReplyTemplate(ctx, mine.ID), kefu.ENOTFOUND)
	})
}

func TestAssignmentCandidates_OnlineAgentsInScopeWithTheirLoad(t *testing.T) {
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		us := mustCreateStore(t, db, "us", "amazon", "USD")
		my := mustCreateStore(t, db, "my", "shopee", "MYR")
		ctx := sysCtx(t)
		online := func(u *kefu.User) {
			_, err := db.CreateSession(ctx, &kefu.Session{UserID: u.ID})
			must(t, err, "CreateSession")
		}
		busy := mustCreateUser(t, db, "busy@example.com", kefu.RoleAgent, us.ID)
		free := mustCreateUser(t, db, "free@example.com", kefu.RoleSupervisor)
		elsewhere := mustCreateUser(t, db, "my@example.com", kefu.RoleAgent, my.ID)
		offline := mustCreateUser(t, db, "off@example.com", kefu.RoleAgent)
		stale := mustCreateUser(t, db, "stale@example.com", kefu.RoleAgent)
		viewer := mustCreateUser(t, db, "view@example.com", kefu.RoleViewer)
		admin := mustCreateUser(t, db, "admin@example.com", kefu.RoleAdmin)
		halfway := mustCreateUser(t, db, "totp@example.com", kefu.RoleAgent)
		for _, u := range []*kefu.User{busy, free, elsewhere, stale, viewer, admin} {
			online(u)
		}
		_, err := db.CreateSession(ctx, &kefu.Session{UserID: halfway.ID, Pending: true})
		must(t, err, "pending session")
		_ = offline
		// stale was last seen ten minutes ago.
		if err := be.exec(`UPDATE sessions SET last_seen_at = ? WHERE user_id = ?`, time.Now().Add(-10*time.Minute).UnixMilli(), stale.ID); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 2; i++ {
			c := newTicket(us.ID, "open "+strconv.FormatInt(int64(i), 10), "x")
			c.AssigneeID = busy.ID
			mustCreateTicket(t, db, c)
		}
		solved := newTicket(us.ID, "solved", "x")
		solved.AssigneeID, solved.Status = free.ID, kefu.StatusSolved
		mustCreateTicket(t, db, solved)

		since := time.Now().Add(-5 * time.Minute)
		got, err := db.AssignmentCandidates(ctx, us.ID, "", since)
		must(t, err, "AssignmentCandidates")
		want := []kefu.AssignmentCandidate{
			{UserID: busy.ID, Name: busy.Name, Role: kefu.RoleAgent, OpenTickets: 2},
			{UserID: free.ID, Name: free.Name, Role: kefu.RoleSupervisor, OpenTickets: 0},
		}
		if !slices.Equal(got, want) {
			t.Fatalf("candidates = %+v, want %+v", got, want)
		}
		team := &kefu.Team{Name: "Payments", MemberIDs: []int64{free.ID}}
		must(t, db.CreateTeam(ctx, team), "CreateTeam")
		got, err = db.AssignmentCandidates(ctx, us.ID, "Payments", since)
		must(t, err, "by team")
		if len(got) != 1 || got[0].UserID != free.ID {
			t.Errorf("team candidates = %+v", got)
		}
		got, _ = db.AssignmentCandidates(ctx, my.ID, "", since)
		if len(got) != 2 || got[0].UserID != free.ID || got[1].UserID != elsewhere.ID {
			t.Errorf("my candidates = %+v", got)
		}

		r := tagRule("rr", 0, 0)
		must(t, db.CreateRule(ctx, r), "CreateRule")
		var picks []int64
		for i := 0; i < 4; i++ {
			id, err := db.NextRoundRobin(ctx, r.ID, []int64{free.ID, busy.ID})
			must(t, err, "NextRoundRobin")
			picks = append(picks, id)
		}
		if !slices.Equal(picks, []int64{busy.ID, free.ID, busy.ID, free.ID}) {
			t.Errorf("round robin picked %v", picks)
		}
		_, err = db.NextRoundRobin(ctx, r.ID, nil)
		wantInvalid(t, err, "user_ids")
	})
}

func TestCustomerHistory_CountsOtherTicketsAndDisputes(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "us", "stripe", "USD")
		ctx := sysCtx(t)
		buyer := &kefu.Customer{Name: "Ann", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "ann@example.com"}}}
		order := &kefu.Order{StoreID: s.ID, Number: "A-1", Currency: "USD", TotalMinor: 1000, Customer: buyer}
		_, err := db.UpsertOrder(ctx, order)
		must(t, err, "UpsertOrder")
		order, err = db.FindOrderByID(ctx, order.ID)
		must(t, err, "FindOrderByID")
		var tickets []*kefu.Ticket
		for i := 0; i < 3; i++ {
			c := newTicket(s.ID, "t"+strconv.FormatInt(int64(i), 10), "x")
			c.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "ann@example.com"}}}
			tickets = append(tickets, mustCreateTicket(t, db, c))
		}
		_, err = db.UpsertDispute(ctx, &kefu.Dispute{StoreID: s.ID, Provider: "stripe", ExternalID: "dp_1", OrderID: order.ID, Currency: "USD", LastEventAt: time.Now()})
		must(t, err, "dispute on the order")
		_, err = db.UpsertDispute(ctx, &kefu.Dispute{StoreID: s.ID, Provider: "stripe", ExternalID: "dp_2", TicketID: tickets[2].ID, Currency: "USD", LastEventAt: time.Now()})
		must(t, err, "dispute on ticket 2")

		h, err := db.CustomerHistory(ctx, tickets[0].CustomerID, tickets[2].ID)
		must(t, err, "CustomerHistory")
		if h.Tickets != 2 || h.Disputes != 1 {
			t.Errorf("history besides ticket 2 = %+v, want 2 tickets and 1 dispute", h)
		}
		h, _ = db.CustomerHistory(ctx, tickets[0].CustomerID, tickets[0].ID)
		if h.Tickets != 2 || h.Disputes != 2 {
			t.Errorf("history besides ticket 0 = %+v, want 2 and 2", h)
		}
		h, _ = db.CustomerHistory(ctx, 0, tickets[0].ID)
		if h != (kefu.CustomerHistory{}) {
			t.Errorf("no customer = %+v", h)
		}
	})
}
