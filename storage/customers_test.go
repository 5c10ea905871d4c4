package storage_test

import (
	"testing"

	"kefu"
	"kefu/storage"
)

func TestCustomers_IdentitiesAreNormalisedAndMatchedAcrossTickets(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "amazon-uk", "amazon", "GBP")
		c := newTicket(s.ID, "Where is my parcel?", "Nothing arrived yet.")
		c.Customer = &kefu.Customer{Name: "Lin Wei", Identities: []kefu.Identity{
			{Kind: kefu.IdentityEmail, Value: "  Lin.Wei@Example.COM "},
			{Kind: kefu.IdentityEmail, Value: "X7ABC12DEF@Marketplace.Amazon.co.uk"},
			{Kind: kefu.IdentityPhone, Value: "+44 (0)20 7946-0958"},
		}}
		tk := mustCreateTicket(t, db, c)
		if tk.CustomerID == 0 {
			t.Fatal("a ticket with customer identities has no CustomerID")
		}

		byEmail, err := db.FindCustomerByIdentity(ctx, kefu.Identity{Kind: kefu.IdentityEmail, Value: "lin.wei@example.com"})
		must(t, err, "FindCustomerByIdentity(lower-case email)")
		if byEmail.ID != tk.CustomerID || byEmail.Name != "Lin Wei" {
			t.Errorf("customer by email = %+v, want id %d", byEmail, tk.CustomerID)
		}

		relay, err := db.FindCustomerByIdentity(ctx, kefu.Identity{Kind: kefu.IdentityRelay, Value: "x7abc12def@marketplace.amazon.co.uk"})
		must(t, err, "FindCustomerByIdentity(relay)")
		if relay.ID != tk.CustomerID {
			t.Errorf("customer by relay = %d, want %d", relay.ID, tk.CustomerID)
		}

		byID, err := db.FindCustomerByID(ctx, tk.CustomerID)
		must(t, err, "FindCustomerByID")
		kinds := map[string]string{}
		for _, id := range byID.Identities {
			kinds[id.Value] = id.Kind
		}
		want := map[string]string{
			"lin.wei@example.com":                 kefu.IdentityEmail,
			"x7abc12def@marketplace.amazon.co.uk": kefu.IdentityRelay,
			"+4402079460958":                      kefu.IdentityPhone,
		}
		for v, k := range want {
			if kinds[v] != k {
				t.Errorf("identity %q has kind %q, want %q (all: %+v)", v, kinds[v], k, byID.Identities)
			}
		}

		// The same buyer writing again, in another case, is the same customer.
		c2 := newTicket(s.ID, "Second question", "Hello again")
		c2.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "LIN.WEI@EXAMPLE.COM"}}}
		tk2 := mustCreateTicket(t, db, c2)
		if tk2.CustomerID != tk.CustomerID {
			t.Errorf("second ticket's customer = %d, want the existing customer %d", tk2.CustomerID, tk.CustomerID)
		}
	})
}

func TestCustomers_UnknownIdentityOrIDIsNotFound(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		_, err := db.FindCustomerByIdentity(ctx, kefu.Identity{Kind: kefu.IdentityEmail, Value: "nobody@example.com"})
		wantCode(t, err, kefu.ENOTFOUND)
		_, err = db.FindCustomerByID(ctx, 777777)
		wantCode(t, err, kefu.ENOTFOUND)
	})
}
