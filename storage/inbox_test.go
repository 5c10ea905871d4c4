package storage_test

import (
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

func TestCountTickets_CountsWithinScopeAndStopsAtTheLimit(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		a := mustCreateStore(t, db, "a", "amazon", "USD")
		b := mustCreateStore(t, db, "b", "ebay", "USD")
		for i := range 5 {
			mustCreateTicket(t, db, newTicket(a.ID, "a ticket", "hi"))
			if i < 2 {
				mustCreateTicket(t, db, newTicket(b.ID, "b ticket", "hi"))
			}
		}
		agent := mustCreateUser(t, db, "agent@example.com", kefu.RoleAgent, b.ID)
		for _, tc := range []struct {
			name  string
			ctx   func() any
			f     kefu.TicketFilter
			limit int
			want  int
		}{
			{"all", nil, kefu.TicketFilter{}, 100, 7},
			{"capped", nil, kefu.TicketFilter{}, 3, 3},
			{"by platform", nil, kefu.TicketFilter{Platform: []string{"amazon"}}, 100, 5},
			{"agent's store only", func() any { return agent }, kefu.TicketFilter{}, 100, 2},
			{"agent asking for another store", func() any { return agent }, kefu.TicketFilter{StoreID: []int64{a.ID}}, 100, 0},
		} {
			ctx := sysCtx(t)
			if tc.ctx != nil {
				ctx = userCtx(t, tc.ctx().(*kefu.User))
			}
			n, err := db.CountTickets(ctx, tc.f, tc.limit)
			must(t, err, tc.name)
			if n != tc.want {
				t.Errorf("%s: CountTickets = %d, want %d", tc.name, n, tc.want)
			}
		}
		_, err := db.CountTickets(sysCtx(t), kefu.TicketFilter{Query: "hi"}, 10)
		wantInvalid(t, err, "q")
	})
}

func TestTicketChanges_ListsUpdatesSinceAMomentOldestFirst(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		first := mustCreateTicket(t, db, newTicket(s.ID, "first", "hi"))
		mark := first.UpdatedAt.Add(time.Millisecond)
		time.Sleep(5 * time.Millisecond)
		second := mustCreateTicket(t, db, newTicket(s.ID, "second", "hi"))
		changes, err := db.TicketChanges(sysCtx(t), mark, 10)
		must(t, err, "TicketChanges")
		if len(changes) != 1 || changes[0].TicketID != second.ID || changes[0].StoreID != s.ID || changes[0].MessageCount != 1 {
			t.Fatalf("TicketChanges = %+v, want only the second ticket", changes)
		}
		_, err = db.AddMessage(sysCtx(t), first.ID, &kefu.Message{Direction: kefu.DirectionInbound, Text: "again"})
		must(t, err, "AddMessage")
		changes, err = db.TicketChanges(sysCtx(t), mark, 10)
		must(t, err, "TicketChanges")
		if len(changes) != 2 || changes[1].TicketID != first.ID || changes[1].MessageCount != 2 {
			t.Errorf("TicketChanges after a message = %+v, want the first ticket last with 2 messages", changes)
		}
	})
}

func TestCustomerTicketsAndAttachments_RespectTheStoreScope(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		a := mustCreateStore(t, db, "a", "amazon", "USD")
		b := mustCreateStore(t, db, "b", "ebay", "USD")
		buyer := &kefu.Customer{Name: "Jane", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "jane@example.com"}}}
		c1 := newTicket(a.ID, "one", "hi")
		c1.Customer = buyer
		c1.Message.Attachments = []kefu.Attachment{{Filename: "photo.jpg", ContentType: "image/jpeg", Size: 3, SHA256: sha(1)}}
		t1 := mustCreateTicket(t, db, c1)
		c2 := newTicket(b.ID, "two", "hi")
		c2.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "jane@example.com"}}}
		t2 := mustCreateTicket(t, db, c2)
		if t1.CustomerID == 0 || t1.CustomerID != t2.CustomerID {
			t.Fatalf("the buyer was not matched: %d, %d", t1.CustomerID, t2.CustomerID)
		}
		past, err := db.CustomerTickets(sysCtx(t), t1.CustomerID, 10)
		must(t, err, "CustomerTickets")
		if len(past) != 2 || past[0].ID != t2.ID {
			t.Errorf("CustomerTickets = %v, want newest first", ticketIDs(past))
		}
		buyers, err := db.FindCustomers(sysCtx(t), []int64{t1.CustomerID, 424242})
		must(t, err, "FindCustomers")
		if c := buyers[t1.CustomerID]; len(buyers) != 1 || c == nil || c.Name != "Jane" || len(c.Identities) != 1 || c.Identities[0].Value != "jane@example.com" {
			t.Errorf("FindCustomers = %+v", buyers)
		}
		agentB := mustCreateUser(t, db, "b@example.com", kefu.RoleAgent, b.ID)
		past, err = db.CustomerTickets(userCtx(t, agentB), t1.CustomerID, 10)
		must(t, err, "CustomerTickets")
		if len(past) != 1 || past[0].ID != t2.ID {
			t.Errorf("CustomerTickets for store b's agent = %v", ticketIDs(past))
		}

		attID := mustFindTicket(t, db, t1.ID).Messages[0].Attachments[0].ID
		att, ticketID, err := db.FindAttachment(sysCtx(t), attID)
		must(t, err, "FindAttachment")
		if ticketID != t1.ID || att.Filename != "photo.jpg" || att.SHA256 != sha(1) {
			t.Errorf("FindAttachment = %+v, ticket %d", att, ticketID)
		}
		_, _, err = db.FindAttachment(userCtx(t, agentB), attID)
		wantCode(t, err, kefu.ENOTFOUND)
	})
}
