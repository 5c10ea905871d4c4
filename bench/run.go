package bench

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"kefu"
	"kefu/demo"
	"kefu/storage"
)

// Result is the latency of one scenario over N runs.
type Result struct {
	Name               string
	N                  int
	P50, P95, P99, Max time.Duration
}

// scenario is one agent-facing query; run executes its i-th variant.
type scenario struct {
	name string
	run  func(ctx context.Context, i int) error
}

// params are the values the scenarios draw from, read from the database so
// that Run measures what Seed (or real use) put there.
type params struct {
	stores      []int64
	agents      []int64
	orders      []string
	cards       []string
	addresses   []string
	ticketIDs   []int64
	longIDs     []int64 // tickets with longTicket messages
	searchWords map[string][]string
}

// Run times each agent-facing query iterations times, with parameters
// drawn from the data, after one untimed warm-up run, and returns the
// latency percentiles per scenario. It works on any kefu database, though
// the search terms are those Seed writes; its only write is, once, a few
// tickets of longTicket messages for the ticket-page scenario.
func Run(ctx context.Context, db *storage.DB, iterations int) ([]Result, error) {
	if iterations < 1 {
		return nil, kefu.Invalid("iterations", "iterations must be at least 1")
	}
	ctx = kefu.SystemContext(ctx, "bench")
	p, err := loadParams(ctx, db)
	if err != nil {
		return nil, err
	}
	if p.longIDs, err = longTickets(ctx, db, p.stores[0]); err != nil {
		return nil, err
	}
	var results []Result
	for _, sc := range scenarios(db, p) {
		if err := sc.run(ctx, iterations); err != nil { // warm-up, untimed
			return nil, fmt.Errorf("bench: %s: %w", sc.name, err)
		}
		times := make([]time.Duration, iterations)
		for i := range iterations {
			start := time.Now()
			if err := sc.run(ctx, i); err != nil {
				return nil, fmt.Errorf("bench: %s: %w", sc.name, err)
			}
			times[i] = time.Since(start)
		}
		results = append(results, summarize(sc.name, times))
	}
	return results, nil
}

// summarize returns nearest-rank percentiles of times.
func summarize(name string, times []time.Duration) Result {
	slices.Sort(times)
	at := func(q float64) time.Duration {
		i := int(q*float64(len(times))+0.999999) - 1
		return times[max(0, min(i, len(times)-1))]
	}
	return Result{Name: name, N: len(times), P50: at(0.50), P95: at(0.95), P99: at(0.99), Max: times[len(times)-1]}
}

// loadParams samples stores, agents, orders, card numbers, buyer addresses
// and ticket ids from db.
func loadParams(ctx context.Context, db *storage.DB) (*params, error) {
	p := &params{searchWords: searchWords}
	stores, err := db.ListStores(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range stores {
		if strings.HasPrefix(s.Slug, "bench-") {
			p.stores = append(p.stores, s.ID)
		}
	}
	if len(p.stores) == 0 { // not a seeded database: use every store
		for _, s := range stores {
			p.stores = append(p.stores, s.ID)
		}
	}
	if len(p.stores) == 0 {
		return nil, fmt.Errorf("bench: the database has no stores; run `kefu bench seed` first")
	}
	users, err := db.ListUsers(ctx)
	if err != nil {
		return nil, err
	}
	for _, u := range users {
		if u.Role == kefu.RoleAgent || u.Role == kefu.RoleSupervisor {
			p.agents = append(p.agents, u.ID)
		}
	}
	if len(p.agents) == 0 {
		p.agents = []int64{0} // unassigned
	}
	customers := map[int64]bool{}
	for _, sid := range p.stores {
		orders, err := db.ListOrders(ctx, kefu.OrderFilter{StoreID: sid, Limit: kefu.MaxPageSize})
		if err != nil {
			return nil, err
		}
		for j, o := range orders {
			p.orders = append(p.orders, o.Number)
			if o.CardLast4 != "" {
				p.cards = append(p.cards, o.CardLast4)
			}
			if o.CustomerID != 0 && j%10 == 0 {
				customers[o.CustomerID] = true
			}
		}
		page, err := db.ListTickets(ctx, kefu.TicketFilter{StoreID: []int64{sid}, Sort: kefu.SortCreated, Limit: kefu.MaxPageSize})
		if err != nil {
			return nil, err
		}
		for _, t := range page.Tickets {
			p.ticketIDs = append(p.ticketIDs, t.ID)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(customers)) {
		c, err := db.FindCustomerByID(ctx, id)
		if err != nil {
			return nil, err
		}
		for _, ident := range c.Identities {
			if ident.Kind == kefu.IdentityEmail || ident.Kind == kefu.IdentityRelay {
				p.addresses = append(p.addresses, ident.Value)
			}
		}
	}
	if len(p.orders) == 0 || len(p.ticketIDs) == 0 {
		return nil, fmt.Errorf("bench: the database has no orders or tickets; run `kefu bench seed` first")
	}
	if len(p.cards) == 0 {
		p.cards = []string{"4242"}
	}
	if len(p.addresses) == 0 {
		p.addresses = []string{"nobody@example.com"}
	}
	return p, nil
}

// searchWords are what agents type into the search box, by scenario; all
// occur in the phrase books at realistic frequencies.
var searchWords = map[string][]string{
	"latin":  {"refund", "tracking", "damaged", "reembolso", "Rückerstattung", "remboursement"},
	"phrase": {`"tracking number"`, `"full refund"`, `"wrong colour"`, `"charged twice"`, `"where is my refund"`},
	"zh2":    {"退款", "物流", "发货", "包裹", "扣款", "退貨"},
	"zh4":    {"申请退款", "物流信息", "重复扣款", "全额退款", "退货地址"},
	"thai":   {"คืนเงิน", "พัสดุ", "สินค้า", "ยกเลิก"},
	"vi":     {"hoan tien", "don hang", "giao hang", "chua nhan duoc"},
}

var (
	activeStatuses = []string{kefu.StatusNew, kefu.StatusOpen, kefu.StatusPending, kefu.StatusOnHold}
	intentIDs      = func() []string {
		var ids []string
		for _, l := range kefu.Intents {
			ids = append(ids, l.ID)
		}
		return ids
	}()
)

// scenarios are the queries of an agent's day, each varied by i.
func scenarios(db *storage.DB, p *params) []scenario {
	pick := func(list []string, i int) string { return list[i%len(list)] }
	// mix scatters consecutive variants over the sampled values (Knuth's
	// multiplicative hash), the same way on every run.
	mix := func(i int) int { return int((uint64(i)*2654435761 + 40503) % (1 << 31)) }
	search := func(group string) func(ctx context.Context, i int) error {
		return func(ctx context.Context, i int) error {
			_, err := db.ListTickets(ctx, kefu.TicketFilter{Query: pick(p.searchWords[group], i)})
			return err
		}
	}
	listWith := func(f func(i int) kefu.TicketFilter) func(ctx context.Context, i int) error {
		return func(ctx context.Context, i int) error {
			_, err := db.ListTickets(ctx, f(i))
			return err
		}
	}
	return []scenario{
		{"list: open, newest first", listWith(func(i int) kefu.TicketFilter {
			status := [][]string{{kefu.StatusOpen}, {kefu.StatusNew, kefu.StatusOpen}, {kefu.StatusOpen, kefu.StatusPending}}[i%3]
			return kefu.TicketFilter{Status: status, Sort: kefu.SortCreated}
		})},
		{"list: store+status+intent", listWith(func(i int) kefu.TicketFilter {
			m := mix(i)
			return kefu.TicketFilter{StoreID: []int64{p.stores[m%len(p.stores)]}, Status: []string{activeStatuses[m%2+1]},
				Intent: []string{intentIDs[m%len(intentIDs)]}}
		})},
		{"list: assignee+sla_due", listWith(func(i int) kefu.TicketFilter {
			a := p.agents[mix(i)%len(p.agents)]
			return kefu.TicketFilter{AssigneeID: &a, Status: activeStatuses, Sort: kefu.SortSLADue}
		})},
		{"list: tag", listWith(func(i int) kefu.TicketFilter {
			return kefu.TicketFilter{Tags: []string{tagVocabulary[mix(i)%len(tagVocabulary)]}}
		})},
		{"list: card_last4", listWith(func(i int) kefu.TicketFilter {
			return kefu.TicketFilter{CardLast4: p.cards[mix(i)%len(p.cards)]}
		})},
		{"list: order_number", listWith(func(i int) kefu.TicketFilter {
			return kefu.TicketFilter{OrderNumber: p.orders[mix(i)%len(p.orders)]}
		})},
		{"search: latin word (refund)", search("latin")},
		{"search: latin phrase", search("phrase")},
		{"search: zh 2-char (退款)", search("zh2")},
		{"search: zh 4-char", search("zh4")},
		{"search: thai", search("thai")},
		{"search: vietnamese no diacritics (hoan tien)", search("vi")},
		{"search: email", listWith(func(i int) kefu.TicketFilter {
			return kefu.TicketFilter{Query: p.addresses[mix(i)%len(p.addresses)]}
		})},
		{"search: order number", listWith(func(i int) kefu.TicketFilter {
			return kefu.TicketFilter{Query: p.orders[mix(i)%len(p.orders)]}
		})},
		{"ticket page (ticket + messages)", func(ctx context.Context, i int) error {
			_, err := db.FindTicketByID(ctx, p.ticketIDs[mix(i)%len(p.ticketIDs)])
			return err
		}},
		{fmt.Sprintf("ticket page (ticket + %d messages)", longTicket), func(ctx context.Context, i int) error {
			t, err := db.FindTicketByID(ctx, p.longIDs[mix(i)%len(p.longIDs)])
			if err == nil && len(t.Messages) < longTicket {
				err = fmt.Errorf("ticket %d has %d messages", t.ID, len(t.Messages))
			}
			return err
		}},
	}
}

// longTicket is the conversation length of the ticket-page target
// ("ticket + 20 messages").
const longTicket = 20

// longTickets returns the ids of tickets tagged bench-long, creating 20 of
// them with longTicket messages each the first time.
func longTickets(ctx context.Context, db *storage.DB, store int64) ([]int64, error) {
	ids, err := taggedTickets(ctx, db, "bench-long")
	if err != nil || len(ids) > 0 {
		return ids, err
	}
	w := demo.Writer{R: rand.New(rand.NewPCG(20, 26))}
	book := demo.Phrasebooks()[0]
	var creates []*kefu.TicketCreate
	for i := range 20 {
		c := &kefu.TicketCreate{StoreID: store, Subject: fmt.Sprintf("Long conversation %d", i+1), Status: kefu.StatusOpen,
			Intent: "not_received", Language: book.Key(), Tags: []string{"bench-long"}}
		for j := range longTicket {
			m := &kefu.Message{Direction: kefu.DirectionInbound, Text: w.FollowUp(book, &demo.Slots{})}
			if j%2 == 1 {
				m = &kefu.Message{Direction: kefu.DirectionOutbound, Text: w.Holding(book, &demo.Slots{}, false)}
			}
			c.Messages = append(c.Messages, m)
		}
		creates = append(creates, c)
	}
	return db.CreateTickets(ctx, creates)
}

func taggedTickets(ctx context.Context, db *storage.DB, tag string) ([]int64, error) {
	page, err := db.ListTickets(ctx, kefu.TicketFilter{Tags: []string{tag}, Limit: kefu.MaxPageSize})
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(page.Tickets))
	for i, t := range page.Tickets {
		ids[i] = t.ID
	}
	return ids, nil
}
