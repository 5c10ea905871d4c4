// Package bench is the performance harness behind `kefu bench seed` and
// `kefu bench run`: it fills a database with a realistic, multilingual
// after-sales history and times the queries agents run all day.
package bench

import (
	"context"
	"fmt"

	"kefu"
	"kefu/demo"
	"kefu/storage"
)

// ticketBatch is how many tickets, each with its whole conversation, one
// transaction of the bulk path writes.
const ticketBatch = 1000

// Seed adds n tickets to db, about five messages each (so 200,000 tickets
// make about a million messages), with their orders and customers, across
// ten stores, over the last six months. The text comes from the phrase
// books of package demo: eleven languages, every intent, notices, internal
// notes. Generation is seeded: the same n gives the same data, with times
// relative to the clock. Seed into an empty database: a second run adds n
// more tickets that repeat the first ones. progress, if not nil, is called
// after each batch with the number of tickets written so far.
func Seed(ctx context.Context, db *storage.DB, n int, progress func(done int)) error {
	if n < 0 {
		return kefu.Invalid("tickets", "the number of tickets cannot be negative")
	}
	ctx = kefu.SystemContext(ctx, "bench")
	stores, err := ensureStores(ctx, db)
	if err != nil {
		return err
	}
	users, err := ensureAgents(ctx, db)
	if err != nil {
		return err
	}
	g := newGenerator(kefu.Now(), n, stores, users)
	for done := 0; done < n; {
		k := min(ticketBatch, n-done)
		if err := writeBatch(ctx, db, g, k); err != nil {
			return fmt.Errorf("bench: tickets %d-%d: %w", done+1, done+k, err)
		}
		done += k
		if progress != nil {
			progress(done)
		}
	}
	// A bulk load leaves the planner's statistics stale.
	return db.Optimize(ctx)
}

// writeBatch generates k tickets and writes them through the bulk path:
// their orders, the tickets with first messages, the rest of each
// conversation, then the final status and clocks of those that need one.
func writeBatch(ctx context.Context, db *storage.DB, g *generator, k int) error {
	gens := make([]*ticketGen, 0, k)
	creates := make([]*kefu.TicketCreate, 0, k)
	var orders []*kefu.Order
	for range k {
		tg, o := g.next()
		gens = append(gens, tg)
		creates = append(creates, tg.create)
		if o != nil {
			orders = append(orders, o)
		}
	}
	if len(orders) > 0 {
		if _, err := db.ImportOrders(ctx, orders); err != nil {
			return fmt.Errorf("import orders: %w", err)
		}
	}
	for _, tg := range gens {
		demo.FinalState(tg.create, tg.more, tg.update)
	}
	if _, err := db.CreateTickets(ctx, creates); err != nil {
		return fmt.Errorf("create tickets: %w", err)
	}
	return nil
}
