// Package demo loads a realistic after-sales inbox into an empty kefu: the
// seller "Lumora" with ten stores on Amazon, eBay, Shopee, Lazada, TikTok
// Shop and a Stripe-paid Shopify site, its support team, and about two
// hundred tickets in ten languages (Chinese in both scripts): buyer
// conversations for all twelve intents, Stripe and PayPal disputes close to
// their deadlines, regulator letters, marketplace warnings and a few
// phishing mails. It is what `kefu serve --demo` shows a newcomer first.
//
// The text lives in per-language phrase books (phrases_*.go), which the
// bench seeder reuses to write a million realistic messages.
package demo

import (
	"context"
	"fmt"
	"time"

	"kefu"
)

// Services are what Load writes through; *storage.DB implements them all.
type Services struct {
	Stores  kefu.StoreService
	Users   kefu.UserService
	Orders  kefu.OrderService
	Tickets kefu.TicketService
}

// Result says how to sign in. Created is false when the demo was already
// loaded and nothing changed.
type Result struct {
	AdminEmail, AdminPassword string
	Created                   bool
}

// Load writes the demo data as the system actor, with times relative to
// now. It is idempotent: when the store demo-amazon-us exists it returns
// Created=false and changes nothing. A load that fails part-way returns the
// error and leaves what it wrote; stores and users found by slug or email
// are reused on the next attempt, tickets are not.
func Load(ctx context.Context, svc Services, now time.Time) (Result, error) {
	ctx = kefu.SystemContext(ctx, "demo")
	res := Result{AdminEmail: AdminEmail, AdminPassword: Password}
	if _, err := svc.Stores.FindStoreBySlug(ctx, sentinelSlug); err == nil {
		return res, nil
	} else if kefu.ErrorCode(err) != kefu.ENOTFOUND {
		return res, fmt.Errorf("demo: look for store %s: %w", sentinelSlug, err)
	}

	// The sentinel store goes last, so that a failure among the stores
	// does not mark the demo as loaded.
	stores := storeProfiles()
	for i := len(stores) - 1; i >= 0; i-- {
		if err := ensureStore(ctx, svc.Stores, &stores[i].Store); err != nil {
			return res, err
		}
	}
	slugIDs := make(map[string]int64, len(stores))
	for _, s := range stores {
		slugIDs[s.Store.Slug] = s.Store.ID
	}
	var users []*demoUser
	for _, spec := range userSpecs() {
		u := &demoUser{spec: spec}
		for _, slug := range spec.stores {
			u.spec.user.StoreIDs = append(u.spec.user.StoreIDs, slugIDs[slug])
		}
		if err := ensureUser(ctx, svc.Users, &u.spec.user); err != nil {
			return res, err
		}
		u.id = u.spec.user.ID
		users = append(users, u)
	}

	p := buildPlan(now, stores, users)
	if len(p.orders) > 0 {
		if _, err := svc.Orders.ImportOrders(ctx, p.orders); err != nil {
			return res, fmt.Errorf("demo: import orders: %w", err)
		}
	}
	for i, tp := range p.tickets {
		c := &tp.create
		FinalState(c, tp.more, &tp.update)
		if _, err := svc.Tickets.CreateTicket(ctx, c); err != nil {
			return res, fmt.Errorf("demo: ticket %d (%q): %w", i+1, c.Subject, err)
		}
	}
	res.Created = true
	return res, nil
}

// ensureStore creates s, or reuses the store with its slug from an
// earlier, failed load.
func ensureStore(ctx context.Context, stores kefu.StoreService, s *kefu.Store) error {
	err := stores.CreateStore(ctx, s)
	if kefu.ErrorCode(err) == kefu.ECONFLICT {
		found, ferr := stores.FindStoreBySlug(ctx, s.Slug)
		if ferr != nil {
			return fmt.Errorf("demo: store %s: %w", s.Slug, ferr)
		}
		*s = *found
		return nil
	}
	if err != nil {
		return fmt.Errorf("demo: create store %s: %w", s.Slug, err)
	}
	return nil
}

// ensureUser creates u with the demo password, or reuses the user with its
// email. An existing user keeps their password.
func ensureUser(ctx context.Context, users kefu.UserService, u *kefu.User) error {
	err := users.CreateUser(ctx, u, Password)
	if kefu.ErrorCode(err) == kefu.ECONFLICT {
		found, ferr := users.FindUserByEmail(ctx, u.Email)
		if ferr != nil {
			return fmt.Errorf("demo: user %s: %w", u.Email, ferr)
		}
		*u = *found
		return nil
	}
	if err != nil {
		return fmt.Errorf("demo: create user %s: %w", u.Email, err)
	}
	return nil
}

// FinalState folds the rest of a conversation and the ticket's final status
// and clocks into its creation, so the whole history is written at once and
// moves no status on the way (a buyer's reply would reopen a solved ticket).
func FinalState(c *kefu.TicketCreate, more []*kefu.Message, up *kefu.TicketUpdate) {
	c.Messages = more
	if up == nil {
		return
	}
	if up.Status != nil {
		c.Status = *up.Status
	}
	c.FirstResponseDue, c.NextResponseDue, c.ResolutionDue = up.FirstResponseDue, up.NextResponseDue, up.ResolutionDue
}
