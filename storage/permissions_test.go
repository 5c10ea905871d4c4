package storage_test

import (
	"context"
	"testing"

	"kefu"
	"kefu/storage"
)

// scopedFixture is two stores with a ticket and an order each, and users
// of every kind of limitation.
type scopedFixture struct {
	a, b         *kefu.Store
	ticketA      *kefu.Ticket
	ticketB      *kefu.Ticket
	orderB       *kefu.Order
	agentA       *kefu.User // agent limited to store A
	viewer       *kefu.User
	admin        *kefu.User
	readOnlyTok  *kefu.Token // admin's token with tickets:read only
	readWriteTok *kefu.Token // admin's token with tickets:read and tickets:write
}

func newScopedFixture(t *testing.T, db *storage.DB) *scopedFixture {
	t.Helper()
	ctx := sysCtx(t)
	f := &scopedFixture{}
	f.a = mustCreateStore(t, db, "store-a", "amazon", "USD")
	f.b = mustCreateStore(t, db, "store-b", "shopee", "MYR")
	f.ticketA = mustCreateTicket(t, db, newTicket(f.a.ID, "A ticket refund", "refund for store A"))
	f.ticketB = mustCreateTicket(t, db, newTicket(f.b.ID, "B ticket refund", "refund for store B"))
	_, err := db.UpsertOrder(ctx, &kefu.Order{StoreID: f.a.ID, Number: "A-1", Currency: "USD"})
	must(t, err, "UpsertOrder A")
	_, err = db.UpsertOrder(ctx, &kefu.Order{StoreID: f.b.ID, Number: "B-1", Currency: "MYR"})
	must(t, err, "UpsertOrder B")
	f.orderB = findOrderByNumber(t, db, f.b.ID, "B-1")
	f.agentA = mustCreateUser(t, db, "agent-a@example.com", kefu.RoleAgent, f.a.ID)
	f.viewer = mustCreateUser(t, db, "viewer@example.com", kefu.RoleViewer)
	f.admin = mustCreateUser(t, db, "admin@example.com", kefu.RoleAdmin)
	f.readOnlyTok = mustToken(t, db, f.admin.ID, kefu.ScopeTicketsRead)
	f.readWriteTok = mustToken(t, db, f.admin.ID, kefu.ScopeTicketsRead, kefu.ScopeTicketsWrite)
	return f
}

// mustToken creates a token and returns it as AuthenticateToken resolves it.
func mustToken(t *testing.T, db *storage.DB, userID int64, scopes ...string) *kefu.Token {
	t.Helper()
	secret, err := db.CreateToken(sysCtx(t), &kefu.Token{UserID: userID, Name: "test", Scopes: scopes})
	must(t, err, "CreateToken")
	tok, _, err := db.AuthenticateToken(context.Background(), secret)
	must(t, err, "AuthenticateToken")
	return tok
}

func TestPermissions_StoreScopedAgentSeesAndChangesOnlyItsStores(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		f := newScopedFixture(t, db)
		ctx := userCtx(t, f.agentA)

		list := listAll(t, ctx, db, kefu.TicketFilter{})
		if len(list) != 1 || list[0].ID != f.ticketA.ID {
			t.Errorf("scoped agent lists %v, want only ticket %d", ticketIDs(list), f.ticketA.ID)
		}
		// Asking for the other store explicitly does not widen the scope.
		if got, err := tryListAll(ctx, db, kefu.TicketFilter{StoreID: []int64{f.b.ID}}); err == nil && len(got) != 0 {
			t.Errorf("scoped agent filtering by store B sees %v", ticketIDs(got))
		} else if err != nil {
			wantCodeIn(t, err, kefu.EFORBIDDEN, kefu.ENOTFOUND)
		}
		// Nor does a search.
		if got, err := tryListAll(ctx, db, kefu.TicketFilter{Query: "refund"}); err != nil {
			t.Errorf("scoped search: %v", err)
		} else if len(got) != 1 || got[0].ID != f.ticketA.ID {
			t.Errorf("scoped agent searching finds %v, want only ticket %d", ticketIDs(got), f.ticketA.ID)
		}

		_, err := db.FindTicketByID(ctx, f.ticketB.ID)
		wantCode(t, err, kefu.ENOTFOUND)
		high := "high"
		_, err = db.UpdateTicket(ctx, f.ticketB.ID, kefu.TicketUpdate{Priority: &high})
		wantCodeIn(t, err, kefu.ENOTFOUND, kefu.EFORBIDDEN)
		_, err = db.AddMessage(ctx, f.ticketB.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "hi"})
		wantCodeIn(t, err, kefu.ENOTFOUND, kefu.EFORBIDDEN)
		// Naming a store outside the scope may also be refused as an invalid store_id.
		_, err = db.CreateTicket(ctx, newTicket(f.b.ID, "sneaky", "into B"))
		wantCodeIn(t, err, kefu.ENOTFOUND, kefu.EFORBIDDEN, kefu.EINVALID)
		if got := mustFindTicket(t, db, f.ticketB.ID); got.Priority != kefu.PriorityNormal || got.MessageCount != 1 {
			t.Errorf("store B's ticket changed through an agent of store A: %+v", got)
		}
		if n := countTickets(t, db); n != 2 {
			t.Errorf("ticket count = %d, want 2", n)
		}

		// Orders follow the same scope.
		orders, err := db.ListOrders(ctx, kefu.OrderFilter{})
		must(t, err, "ListOrders as agent")
		for _, o := range orders {
			if o.StoreID != f.a.ID {
				t.Errorf("scoped agent lists order %s of store %d", o.Number, o.StoreID)
			}
		}
		if len(orders) != 1 {
			t.Errorf("scoped agent lists %d orders, want 1", len(orders))
		}
		_, err = db.FindOrderByID(ctx, f.orderB.ID)
		wantCode(t, err, kefu.ENOTFOUND)
		_, err = db.UpsertOrder(ctx, &kefu.Order{StoreID: f.b.ID, Number: "B-1", Currency: "MYR", Status: "hijacked"})
		wantCodeIn(t, err, kefu.ENOTFOUND, kefu.EFORBIDDEN, kefu.EINVALID)
		if o := findOrderByNumber(t, db, f.b.ID, "B-1"); o.Status == "hijacked" {
			t.Error("an agent of store A replaced an order of store B")
		}

		// Within the scope the agent works normally.
		got, err := db.UpdateTicket(ctx, f.ticketA.ID, kefu.TicketUpdate{Priority: &high})
		must(t, err, "UpdateTicket in own store")
		if got.Priority != "high" {
			t.Errorf("priority = %q", got.Priority)
		}
		_, err = db.AddMessage(ctx, f.ticketA.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "on it"})
		must(t, err, "AddMessage in own store")
		_, err = db.CreateTicket(ctx, newTicket(f.a.ID, "new in A", "ok"))
		must(t, err, "CreateTicket in own store")
	})
}

func TestPermissions_ViewerAndReadOnlyTokenCannotWrite(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		f := newScopedFixture(t, db)
		high := "high"
		for _, who := range []struct {
			name string
			ctx  context.Context
		}{
			{"viewer", userCtx(t, f.viewer)},
			{"token without tickets:write", tokenCtx(t, f.admin, f.readOnlyTok)},
		} {
			t.Run(who.name, func(t *testing.T) {
				if got := listAll(t, who.ctx, db, kefu.TicketFilter{}); len(got) != 2 {
					t.Errorf("reading lists %d tickets, want 2", len(got))
				}
				_, err := db.FindTicketByID(who.ctx, f.ticketA.ID)
				must(t, err, "FindTicketByID")
				_, err = db.UpdateTicket(who.ctx, f.ticketA.ID, kefu.TicketUpdate{Priority: &high})
				wantCode(t, err, kefu.EFORBIDDEN)
				_, err = db.AddMessage(who.ctx, f.ticketA.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "hi"})
				wantCode(t, err, kefu.EFORBIDDEN)
				_, err = db.CreateTicket(who.ctx, newTicket(f.a.ID, "nope", "nope"))
				wantCode(t, err, kefu.EFORBIDDEN)
			})
		}
		if got := mustFindTicket(t, db, f.ticketA.ID); got.Priority != kefu.PriorityNormal || got.MessageCount != 1 {
			t.Errorf("a refused writer changed the ticket: %+v", got)
		}
		if n := countTickets(t, db); n != 2 {
			t.Errorf("ticket count = %d, want 2", n)
		}
		// The token that has the scope may write.
		_, err := db.UpdateTicket(tokenCtx(t, f.admin, f.readWriteTok), f.ticketA.ID, kefu.TicketUpdate{Priority: &high})
		must(t, err, "UpdateTicket with tickets:write")
		// Admin-only operations refuse an agent.
		agent := userCtx(t, f.agentA)
		wantCode(t, db.CreateUser(agent, &kefu.User{Email: "new@example.com", Role: kefu.RoleAdmin}, "correct horse battery"), kefu.EFORBIDDEN)
		if _, err := db.FindUserByEmail(sysCtx(t), "new@example.com"); kefu.ErrorCode(err) != kefu.ENOTFOUND {
			t.Errorf("a refused CreateUser left a user (lookup: %v)", err)
		}
	})
}

func TestPermissions_NoActorIsUnauthorized(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		f := newScopedFixture(t, db)
		ctx := context.Background()
		high := "high"
		ops := map[string]func() error{
			"CreateStore": func() error {
				return db.CreateStore(ctx, &kefu.Store{Slug: "x", Platform: "ebay", Name: "X", Timezone: "UTC", Currency: "USD"})
			},
			"ListStores":    func() error { _, err := db.ListStores(ctx); return err },
			"FindStoreByID": func() error { _, err := db.FindStoreByID(ctx, f.a.ID); return err },
			"CreateTicket":  func() error { _, err := db.CreateTicket(ctx, newTicket(f.a.ID, "x", "y")); return err },
			"FindTicketByID": func() error {
				_, err := db.FindTicketByID(ctx, f.ticketA.ID)
				return err
			},
			"ListTickets": func() error { _, err := db.ListTickets(ctx, kefu.TicketFilter{}); return err },
			"UpdateTicket": func() error {
				_, err := db.UpdateTicket(ctx, f.ticketA.ID, kefu.TicketUpdate{Priority: &high})
				return err
			},
			"AddMessage": func() error {
				_, err := db.AddMessage(ctx, f.ticketA.ID, &kefu.Message{Text: "x"})
				return err
			},
			"UpsertOrder": func() error {
				_, err := db.UpsertOrder(ctx, &kefu.Order{StoreID: f.a.ID, Number: "Z", Currency: "USD"})
				return err
			},
			"ListOrders":       func() error { _, err := db.ListOrders(ctx, kefu.OrderFilter{}); return err },
			"FindOrderByID":    func() error { _, err := db.FindOrderByID(ctx, f.orderB.ID); return err },
			"FindCustomerByID": func() error { _, err := db.FindCustomerByID(ctx, 1); return err },
			"ListUsers":        func() error { _, err := db.ListUsers(ctx); return err },
			"CreateUser": func() error {
				return db.CreateUser(ctx, &kefu.User{Email: "x@example.com", Role: kefu.RoleAdmin}, "correct horse battery")
			},
			"CreateToken": func() error {
				_, err := db.CreateToken(ctx, &kefu.Token{UserID: f.admin.ID, Scopes: []string{kefu.ScopeAdmin}})
				return err
			},
			"ListAudit": func() error { _, err := db.ListAudit(ctx, kefu.AuditFilter{}); return err },
		}
		for name, op := range ops {
			t.Run(name, func(t *testing.T) { wantCode(t, op(), kefu.EUNAUTHORIZED) })
		}
		if n := countTickets(t, db); n != 2 {
			t.Errorf("ticket count = %d after anonymous attempts, want 2", n)
		}
	})
}

func TestPermissions_DisabledUserInContextIsUnauthorized(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		f := newScopedFixture(t, db)
		yes := true
		disabled, err := db.UpdateUser(sysCtx(t), f.agentA.ID, kefu.UserUpdate{Disabled: &yes})
		must(t, err, "disable user")
		_, err = db.ListTickets(userCtx(t, disabled), kefu.TicketFilter{})
		wantCode(t, err, kefu.EUNAUTHORIZED)
	})
}
