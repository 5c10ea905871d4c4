package storage_test

import (
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

// inbox is a small, hand-made inbox: eight tickets over three stores,
// created in two batches (a… before t1, b… after) and with SLA deadlines set
// on a1, b1 and a3 after t2. Each filter case lists the tickets it must
// return, so a reader can check them against this table.
type inbox struct {
	ids        map[string]int64
	keys       map[int64]string
	us, my, sh *kefu.Store
	ana, bo    *kefu.User
	t1, t2     time.Time // batch boundary, update boundary
	due        time.Time // base of the SLA deadlines
}

func newInbox(t *testing.T, db *storage.DB) *inbox {
	t.Helper()
	ctx := sysCtx(t)
	in := &inbox{ids: map[string]int64{}, keys: map[int64]string{}}
	in.us = mustCreateStore(t, db, "amazon-us", "amazon", "USD")
	in.my = mustCreateStore(t, db, "shopee-my", "shopee", "MYR")
	in.sh = mustCreateStore(t, db, "shop-eu", "shopify", "EUR")
	in.ana = mustCreateUser(t, db, "ana@example.com", kefu.RoleAgent)
	in.bo = mustCreateUser(t, db, "bo@example.com", kefu.RoleAgent)

	for _, o := range []*kefu.Order{
		{StoreID: in.us.ID, Number: "112-3456789-1234567", Currency: "USD", ChargeID: "ch_3Nabc", PaymentIntentID: "pi_3Nabc", CardLast4: "4242"},
		{StoreID: in.my.ID, Number: "250101ABCDEF", Currency: "MYR", PaymentRef: "SPX-PAY-778899"},
		{StoreID: in.sh.ID, Number: "#1001", Currency: "EUR", ChargeID: "ch_shop1001", PaymentIntentID: "pi_shop1001", CardLast4: "1881"},
	} {
		_, err := db.UpsertOrder(ctx, o)
		must(t, err, "UpsertOrder "+o.Number)
	}
	lin := func() *kefu.Customer {
		return &kefu.Customer{Name: "Lin", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "Lin.Wei@example.com"}}}
	}
	relay := &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "x9abc@marketplace.amazon.com"}}}

	type spec struct {
		key string
		c   kefu.TicketCreate
	}
	batchA := []spec{
		{"a1", kefu.TicketCreate{StoreID: in.us.ID, Status: "new", Intent: "not_received", Language: "en", Currency: "USD", Priority: "high",
			Tags: []string{"refund", "vip"}, AssigneeID: in.ana.ID, Team: "amazon-team", Customer: lin(), OrderNumber: "112-3456789-1234567"}},
		{"a2", kefu.TicketCreate{StoreID: in.us.ID, Status: "open", Intent: "refund_request", Language: "zh", Currency: "USD", Tags: []string{"refund"}, Customer: relay}},
		{"a3", kefu.TicketCreate{StoreID: in.my.ID, Status: "pending", Intent: "order_status", Language: "th", Currency: "MYR", Priority: "low",
			Tags: []string{"vip"}, AssigneeID: in.bo.ID, Team: "sea-team", OrderNumber: "250101ABCDEF"}},
		{"a4", kefu.TicketCreate{StoreID: in.sh.ID, Status: "open", NoticeKind: "dispute_notice", Language: "en", Currency: "EUR", Priority: "urgent",
			CaseID: "dp_1Qdispute", AssigneeID: in.ana.ID, OrderNumber: "#1001", Channel: "stripe"}},
	}
	batchB := []spec{
		{"b1", kefu.TicketCreate{StoreID: in.sh.ID, Status: "new", NoticeKind: "dispute_notice", SuspectedPhishing: true, Language: "en", Currency: "EUR", Priority: "urgent"}},
		{"b2", kefu.TicketCreate{StoreID: in.us.ID, Status: "solved", Intent: "fx_dispute", Language: "en", Currency: "EUR",
			Tags: []string{"refund", "vip", "escalated"}, AssigneeID: in.bo.ID, Team: "amazon-team"}},
		{"b3", kefu.TicketCreate{StoreID: in.my.ID, Status: "on_hold", Intent: "cancel_order", Language: "vi", Currency: "MYR"}},
		{"b4", kefu.TicketCreate{StoreID: in.us.ID, Status: "new", Intent: "not_received", Language: "en", Currency: "USD", Customer: lin()}},
	}
	create := func(specs []spec) {
		for _, sp := range specs {
			c := sp.c
			c.Subject = "ticket " + sp.key
			// A note, so that no status rule moves the ticket off the status it was created with.
			c.Message = &kefu.Message{Direction: kefu.DirectionNote, Text: "message of " + sp.key}
			tk := mustCreateTicket(t, db, &c)
			in.ids[sp.key], in.keys[tk.ID] = tk.ID, sp.key
			time.Sleep(2 * time.Millisecond) // distinct created_at, for the created sort
		}
	}
	pause := func() time.Time {
		time.Sleep(10 * time.Millisecond)
		at := kefu.Now()
		time.Sleep(10 * time.Millisecond)
		return at
	}
	create(batchA)
	in.t1 = pause()
	create(batchB)
	in.t2 = pause()

	in.due = kefu.Now().Add(24 * time.Hour)
	for _, d := range []struct {
		key string
		u   kefu.TicketUpdate
	}{
		{"a1", kefu.TicketUpdate{FirstResponseDue: ptr(in.due.Add(1 * time.Hour))}},
		{"b1", kefu.TicketUpdate{NextResponseDue: ptr(in.due.Add(2 * time.Hour))}},
		{"a3", kefu.TicketUpdate{ResolutionDue: ptr(in.due.Add(3 * time.Hour)), FirstResponseDue: ptr(in.due.Add(5 * time.Hour))}},
	} {
		_, err := db.UpdateTicket(ctx, in.ids[d.key], d.u)
		must(t, err, "set SLA of "+d.key)
		time.Sleep(3 * time.Millisecond) // distinct updated_at: a1 < b1 < a3
	}
	return in
}

func ptr[T any](v T) *T { return &v }

// keysOf names the tickets of a result, sorted, for comparison.
func (in *inbox) keysOf(tickets []*kefu.Ticket) []string {
	keys := make([]string, 0, len(tickets))
	for _, tk := range tickets {
		k, ok := in.keys[tk.ID]
		if !ok {
			k = fmt.Sprintf("?%d", tk.ID)
		}
		keys = append(keys, k)
	}
	return keys
}

func TestListTickets_EachFilterAloneAndCombined(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		in := newInbox(t, db)
		all := []string{"a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"}
		tests := []struct {
			name string
			f    kefu.TicketFilter
			want []string
		}{
			{"no filter", kefu.TicketFilter{}, all},
			{"status new", kefu.TicketFilter{Status: []string{"new"}}, []string{"a1", "b1", "b4"}},
			{"status open or pending", kefu.TicketFilter{Status: []string{"open", "pending"}}, []string{"a2", "a3", "a4"}},
			{"store", kefu.TicketFilter{StoreID: []int64{in.us.ID}}, []string{"a1", "a2", "b2", "b4"}},
			{"two stores", kefu.TicketFilter{StoreID: []int64{in.my.ID, in.sh.ID}}, []string{"a3", "a4", "b1", "b3"}},
			{"platform", kefu.TicketFilter{Platform: []string{"shopee"}}, []string{"a3", "b3"}},
			{"two platforms", kefu.TicketFilter{Platform: []string{"amazon", "shopify"}}, []string{"a1", "a2", "a4", "b1", "b2", "b4"}},
			{"intent", kefu.TicketFilter{Intent: []string{"not_received"}}, []string{"a1", "b4"}},
			{"notice kind", kefu.TicketFilter{NoticeKind: []string{"dispute_notice"}}, []string{"a4", "b1"}},
			{"language", kefu.TicketFilter{Language: []string{"zh"}}, []string{"a2"}},
			{"two languages", kefu.TicketFilter{Language: []string{"th", "vi"}}, []string{"a3", "b3"}},
			{"currency of the ticket", kefu.TicketFilter{Currency: []string{"EUR"}}, []string{"a4", "b1", "b2"}},
			{"priority", kefu.TicketFilter{Priority: []string{"urgent"}}, []string{"a4", "b1"}},
			{"default priority", kefu.TicketFilter{Priority: []string{"normal"}}, []string{"a2", "b2", "b3", "b4"}},
			{"one tag", kefu.TicketFilter{Tags: []string{"refund"}}, []string{"a1", "a2", "b2"}},
			{"all of two tags", kefu.TicketFilter{Tags: []string{"refund", "vip"}}, []string{"a1", "b2"}},
			{"tag in capitals", kefu.TicketFilter{Tags: []string{"VIP"}}, []string{"a1", "a3", "b2"}},
			{"all of three tags", kefu.TicketFilter{Tags: []string{"refund", "vip", "escalated"}}, []string{"b2"}},
			{"assignee", kefu.TicketFilter{AssigneeID: &in.ana.ID}, []string{"a1", "a4"}},
			{"unassigned", kefu.TicketFilter{AssigneeID: ptr(int64(0))}, []string{"a2", "b1", "b3", "b4"}},
			{"team", kefu.TicketFilter{Team: "amazon-team"}, []string{"a1", "b2"}},
			{"phishing", kefu.TicketFilter{Phishing: ptr(true)}, []string{"b1"}},
			{"not phishing", kefu.TicketFilter{Phishing: ptr(false)}, []string{"a1", "a2", "a3", "a4", "b2", "b3", "b4"}},
			{"created after", kefu.TicketFilter{CreatedAfter: &in.t1}, []string{"b1", "b2", "b3", "b4"}},
			{"created before", kefu.TicketFilter{CreatedBefore: &in.t1}, []string{"a1", "a2", "a3", "a4"}},
			{"updated after", kefu.TicketFilter{UpdatedAfter: &in.t2}, []string{"a1", "a3", "b1"}},
			{"updated before", kefu.TicketFilter{UpdatedBefore: &in.t2}, []string{"a2", "a4", "b2", "b3", "b4"}},
			{"created and updated window", kefu.TicketFilter{CreatedAfter: &in.t1, UpdatedAfter: &in.t2}, []string{"b1"}},
			{"sla due before", kefu.TicketFilter{SLADueBefore: ptr(in.due.Add(150 * time.Minute))}, []string{"a1", "b1"}},
			{"sla due before uses the earliest deadline", kefu.TicketFilter{SLADueBefore: ptr(in.due.Add(4 * time.Hour))}, []string{"a1", "a3", "b1"}},
			{"order number", kefu.TicketFilter{OrderNumber: "112-3456789-1234567"}, []string{"a1"}},
			{"order number with #", kefu.TicketFilter{OrderNumber: "#1001"}, []string{"a4"}},
			{"customer email", kefu.TicketFilter{Customer: "lin.wei@example.com"}, []string{"a1", "b4"}},
			{"customer relay", kefu.TicketFilter{Customer: "x9abc@marketplace.amazon.com"}, []string{"a2"}},
			{"unknown customer", kefu.TicketFilter{Customer: "nobody@example.com"}, nil},
			{"card last4", kefu.TicketFilter{CardLast4: "4242"}, []string{"a1"}},
			{"card last4 of another order", kefu.TicketFilter{CardLast4: "1881"}, []string{"a4"}},
			{"payment id: charge", kefu.TicketFilter{PaymentID: "ch_3Nabc"}, []string{"a1"}},
			{"payment id: payment intent", kefu.TicketFilter{PaymentID: "pi_shop1001"}, []string{"a4"}},
			{"payment id: payment ref", kefu.TicketFilter{PaymentID: "SPX-PAY-778899"}, []string{"a3"}},
			{"payment id: case id", kefu.TicketFilter{PaymentID: "dp_1Qdispute"}, []string{"a4"}},
			{"payment id unknown", kefu.TicketFilter{PaymentID: "ch_nope"}, nil},
			{"store and status", kefu.TicketFilter{StoreID: []int64{in.us.ID}, Status: []string{"new"}}, []string{"a1", "b4"}},
			{"store, tag and language", kefu.TicketFilter{StoreID: []int64{in.us.ID}, Tags: []string{"refund"}, Language: []string{"en"}}, []string{"a1", "b2"}},
			{"intent, customer and created after", kefu.TicketFilter{Intent: []string{"not_received"}, Customer: "lin.wei@example.com", CreatedAfter: &in.t1}, []string{"b4"}},
			{"currency, store and not phishing", kefu.TicketFilter{Currency: []string{"EUR"}, StoreID: []int64{in.sh.ID}, Phishing: ptr(false)}, []string{"a4"}},
			{"contradiction is empty", kefu.TicketFilter{Status: []string{"new"}, Priority: []string{"urgent"}, Phishing: ptr(false)}, nil},
			{"platform and assignee and sla", kefu.TicketFilter{Platform: []string{"amazon"}, AssigneeID: &in.ana.ID, SLADueBefore: ptr(in.due.Add(10 * time.Hour))}, []string{"a1"}},
			{"unassigned in a team-less store", kefu.TicketFilter{AssigneeID: ptr(int64(0)), StoreID: []int64{in.my.ID}}, []string{"b3"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := tryListAll(sysCtx(t), db, tt.f)
				if err != nil {
					t.Fatalf("ListTickets(%+v): %v", tt.f, err)
				}
				keys := in.keysOf(got)
				sort.Strings(keys)
				want := slices.Clone(tt.want)
				sort.Strings(want)
				if !slices.Equal(keys, want) {
					t.Errorf("got %q, want %q", keys, want)
				}
			})
		}
	})
}

func TestListTickets_SortOrders(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		in := newInbox(t, db)
		ctx := sysCtx(t)

		updated := listAll(t, ctx, db, kefu.TicketFilter{Sort: kefu.SortUpdated})
		if keys := in.keysOf(updated); len(keys) != 8 || !slices.Equal(keys[:3], []string{"a3", "b1", "a1"}) {
			t.Errorf("updated sort = %q, want the SLA updates first, newest first: a3 b1 a1", keys)
		}
		for i := 1; i < len(updated); i++ {
			if updated[i].UpdatedAt.After(updated[i-1].UpdatedAt) {
				t.Errorf("updated sort: %s (%v) after %s (%v)", in.keys[updated[i].ID], updated[i].UpdatedAt, in.keys[updated[i-1].ID], updated[i-1].UpdatedAt)
			}
		}
		// The default sort is the updated one.
		if def := listAll(t, ctx, db, kefu.TicketFilter{}); !slices.Equal(ticketIDs(def), ticketIDs(updated)) {
			t.Errorf("default order %q differs from the updated sort %q", in.keysOf(def), in.keysOf(updated))
		}

		created := listAll(t, ctx, db, kefu.TicketFilter{Sort: kefu.SortCreated})
		if keys := in.keysOf(created); !slices.Equal(keys, []string{"b4", "b3", "b2", "b1", "a4", "a3", "a2", "a1"}) {
			t.Errorf("created sort = %q, want newest first b4 … a1", keys)
		}

		due := listAll(t, ctx, db, kefu.TicketFilter{Sort: kefu.SortSLADue})
		if keys := in.keysOf(due); len(keys) != 8 || !slices.Equal(keys[:3], []string{"a1", "b1", "a3"}) {
			t.Errorf("sla_due sort = %q, want a1 b1 a3 first and tickets without a deadline last", keys)
		}
	})
}

func TestListTickets_CursorVisitsEveryTicketOnceEvenWithEqualTimestamps(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		other := mustCreateStore(t, db, "other", "ebay", "USD")
		// One batch is one transaction: every ticket shares created_at and updated_at.
		var cs []*kefu.TicketCreate
		for i := range 57 {
			store := s.ID
			if i%4 == 0 {
				store = other.ID
			}
			cs = append(cs, newTicket(store, fmt.Sprintf("same time %d", i), "body"))
		}
		ids, err := db.CreateTickets(ctx, cs)
		must(t, err, "CreateTickets")
		if len(ids) != 57 {
			t.Fatalf("CreateTickets returned %d ids", len(ids))
		}
		// Deadlines on some, several equal, so the sla_due sort has ties and NULLs.
		due := kefu.Now().Add(48 * time.Hour)
		for i, id := range ids[:12] {
			_, err := db.UpdateTicket(ctx, id, kefu.TicketUpdate{FirstResponseDue: ptr(due.Add(time.Duration(i%3) * time.Hour))})
			must(t, err, "set due")
		}

		for _, tt := range []struct {
			name string
			f    kefu.TicketFilter
			want int
		}{
			{"updated", kefu.TicketFilter{Sort: kefu.SortUpdated, Limit: 5}, 57},
			{"created", kefu.TicketFilter{Sort: kefu.SortCreated, Limit: 7}, 57},
			{"sla_due", kefu.TicketFilter{Sort: kefu.SortSLADue, Limit: 4}, 57},
			{"one per page", kefu.TicketFilter{Limit: 1}, 57},
			{"filtered by store", kefu.TicketFilter{StoreID: []int64{s.ID}, Limit: 6}, 42},
			{"filtered sla_due", kefu.TicketFilter{StoreID: []int64{other.ID}, Sort: kefu.SortSLADue, Limit: 2}, 15},
		} {
			t.Run(tt.name, func(t *testing.T) {
				first, err := tryListAll(ctx, db, tt.f)
				if err != nil {
					t.Fatalf("walk: %v", err)
				}
				seen := map[int64]int{}
				for _, tk := range first {
					seen[tk.ID]++
				}
				for id, n := range seen {
					if n > 1 {
						t.Errorf("ticket %d listed %d times", id, n)
					}
				}
				if len(seen) != tt.want || len(first) != tt.want {
					t.Errorf("walk listed %d tickets (%d distinct), want %d", len(first), len(seen), tt.want)
				}
				for i := 1; i < len(first); i++ {
					a, b := first[i-1], first[i]
					switch tt.f.Sort {
					case kefu.SortCreated:
						if b.CreatedAt.After(a.CreatedAt) {
							t.Errorf("created order broken at %d", i)
						}
					case kefu.SortSLADue:
						da, db := a.SLADue(), b.SLADue()
						if da == nil && db != nil || da != nil && db != nil && db.Before(*da) {
							t.Errorf("sla_due order broken at %d: %v then %v", i, da, db)
						}
					default:
						if b.UpdatedAt.After(a.UpdatedAt) {
							t.Errorf("updated order broken at %d", i)
						}
					}
				}
				again, err := tryListAll(ctx, db, tt.f)
				if err != nil {
					t.Fatalf("second walk: %v", err)
				}
				if !slices.Equal(ticketIDs(first), ticketIDs(again)) {
					t.Error("two walks over unchanged data gave different orders")
				}
			})
		}
	})
}

func TestListTickets_InvalidFilterIsRefused(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		mustCreateTicket(t, db, newTicket(mustCreateStore(t, db, "s", "amazon", "USD").ID, "x", "y"))
		for _, tt := range []struct {
			name  string
			f     kefu.TicketFilter
			field string
		}{
			{"unknown sort", kefu.TicketFilter{Sort: "random"}, "sort"},
			{"limit too big", kefu.TicketFilter{Limit: kefu.MaxPageSize + 1}, "limit"},
			{"unknown status", kefu.TicketFilter{Status: []string{"archived"}}, "status"},
			{"bad currency", kefu.TicketFilter{Currency: []string{"eur"}}, "currency"},
			{"garbage cursor", kefu.TicketFilter{Cursor: "not-a-cursor!!"}, "cursor"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, err := db.ListTickets(ctx, tt.f)
				wantInvalid(t, err, tt.field)
			})
		}
	})
}

// The customer filter takes what an agent pastes: an address in any case,
// a phone number with its formatting, a buyer id exactly as the platform
// shows it.
func TestListTickets_CustomerFilterFindsEveryKindOfIdentity(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "shopee-my", "shopee", "MYR")
		c := newTicket(s.ID, "Parcel", "where is it")
		c.Customer = &kefu.Customer{Identities: []kefu.Identity{
			{Kind: kefu.IdentityEmail, Value: "siti@example.com"},
			{Kind: kefu.IdentityPhone, Value: "+60 12-345 6789"},
			{Kind: kefu.IdentityBuyerID, Platform: "shopee", Value: "SitiShop88"},
		}}
		tk := mustCreateTicket(t, db, c)
		mustCreateTicket(t, db, newTicket(s.ID, "Other", "someone else"))
		for _, q := range []string{"siti@example.com", "Siti@Example.com", "+60123456789", "+60 12-345 6789", "SitiShop88"} {
			got := ticketIDs(listAll(t, sysCtx(t), db, kefu.TicketFilter{Customer: q}))
			if !slices.Equal(got, []int64{tk.ID}) {
				t.Errorf("Customer %q finds %v, want [%d]", q, got, tk.ID)
			}
		}
	})
}
