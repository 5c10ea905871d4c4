package bench

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"kefu"
	"kefu/demo"
	"kefu/search"
)

// The generator writes tickets the way a seller's inbox fills up over half
// a year: oldest first, most of them closed by now, repeat buyers, the
// phrase books of package demo for the text. Every value comes from one
// seeded source, so the same n always gives the same database.

const (
	seed       = 20261122
	historyAge = 180 * 24 * time.Hour // the oldest ticket
	noticePct  = 8                    // share of tickets that are notices, not buyers
)

// customer is one buyer, fixed by its index whatever n is.
type customer struct {
	store   *demo.StoreProfile
	book    *demo.Phrasebook
	name    string
	email   string
	address string // where their email comes from: personal or Amazon relay; "" for chat buyers
	ident   kefu.Identity
	tickets int
	order   string // the last order they wrote about
}

// ticketGen is one generated ticket before it has an id.
type ticketGen struct {
	create *kefu.TicketCreate
	more   []*kefu.Message
	update *kefu.TicketUpdate // nil when created state is final
	quotes []quoted           // replies to complete once messages have times
}

type generator struct {
	r         *rand.Rand
	w         demo.Writer
	now       time.Time
	n         int
	stores    []*demo.StoreProfile
	shares    []demo.Share
	agents    []*kefu.User
	sups      []*kefu.User
	customers []*customer
	seq       int // Shopify order numbers
	products  []*demo.Product
	notices   []*demo.Notice
	phishing  []*demo.Notice
	i         int // tickets generated so far
}

func newGenerator(now time.Time, n int, stores []*demo.StoreProfile, users []*kefu.User) *generator {
	r := rand.New(rand.NewPCG(seed, uint64(n)))
	g := &generator{r: r, w: demo.Writer{R: r}, now: now.UTC().Truncate(time.Second), n: n, stores: stores,
		products: demo.Products()}
	for i, s := range stores {
		g.shares = append(g.shares, demo.Share{Key: strconv.Itoa(i), Weight: s.Weight})
	}
	for _, u := range users {
		if u.Role == kefu.RoleSupervisor {
			g.sups = append(g.sups, u)
		} else {
			g.agents = append(g.agents, u)
		}
	}
	for _, nt := range demo.Notices() {
		if nt.Phishing {
			g.phishing = append(g.phishing, nt)
		} else {
			g.notices = append(g.notices, nt)
		}
	}
	g.customers = make([]*customer, max(50, n/4))
	return g
}

// customer returns buyer k, made on first use from its own seed so that
// it does not depend on the order buyers are met in.
func (g *generator) customer(k int) *customer {
	if c := g.customers[k]; c != nil {
		return c
	}
	r := rand.New(rand.NewPCG(seed, uint64(k)+1<<32))
	w := demo.Writer{R: r}
	i, _ := strconv.Atoi(demo.PickShare(r, g.shares))
	st := g.stores[i]
	b := demo.BookFor(demo.PickShare(r, st.Langs))
	c := &customer{store: st, book: b, name: w.Pick(b.Names)}
	c.email = demo.Email(r, c.name, b.Lang)
	switch st.Store.Platform {
	case "amazon":
		c.address = demo.RelayAddress(r, st.Relay)
		c.ident = kefu.Identity{Kind: kefu.IdentityRelay, Value: c.address}
	case "shopify":
		c.address = c.email
		c.ident = kefu.Identity{Kind: kefu.IdentityEmail, Value: c.email}
	default:
		c.ident = kefu.Identity{Kind: kefu.IdentityBuyerID, Platform: st.Store.Platform, Value: demo.Handle(r, c.name)}
		if st.Channel == "email" || st.Channel == "ebay" {
			c.address = c.email
		}
	}
	g.customers[k] = c
	return c
}

func (c *customer) kefuCustomer() *kefu.Customer {
	return &kefu.Customer{Name: c.name, Identities: []kefu.Identity{c.ident}}
}

// intentShares is how often buyers write about each intent.
var intentShares = []demo.Share{
	{Key: "order_status", Weight: 22}, {Key: "not_received", Weight: 12}, {Key: "not_as_described", Weight: 10},
	{Key: "return_exchange", Weight: 8}, {Key: "refund_request", Weight: 12}, {Key: "refund_delay", Weight: 6},
	{Key: "cancel_order", Weight: 7}, {Key: "payment_issue", Weight: 4}, {Key: "duplicate_charge", Weight: 2},
	{Key: "fx_dispute", Weight: 2}, {Key: "chargeback_threat", Weight: 3}, {Key: "presale_question", Weight: 12},
}

// Tags agents put on tickets, in the bench's vocabulary; Run filters by them.
var tagVocabulary = []string{"vip", "repeat-buyer", "fragile", "customs", "wrong-item", "warranty", "gift",
	"escalated", "chargeback-risk", "a-to-z-risk", "evidence-needed", "legal", "phishing"}

// received is when ticket i arrived: evenly over the history, oldest
// first, so ids grow with time as in a real database.
func (g *generator) received(i int) time.Time {
	step := float64(historyAge) / float64(g.n)
	at := g.now.Add(-historyAge + time.Duration(step*(float64(i)+g.r.Float64())))
	return at.Truncate(time.Second)
}

// status follows age: last week's tickets are still being worked, last
// quarter's are closed.
func (g *generator) status(age time.Duration) string {
	day := 24 * time.Hour
	switch {
	case age < 2*day:
		return demo.PickShare(g.r, []demo.Share{{Key: kefu.StatusNew, Weight: 35}, {Key: kefu.StatusOpen, Weight: 35},
			{Key: kefu.StatusPending, Weight: 15}, {Key: kefu.StatusOnHold, Weight: 5}, {Key: kefu.StatusSolved, Weight: 10}})
	case age < 7*day:
		return demo.PickShare(g.r, []demo.Share{{Key: kefu.StatusNew, Weight: 5}, {Key: kefu.StatusOpen, Weight: 30},
			{Key: kefu.StatusPending, Weight: 20}, {Key: kefu.StatusOnHold, Weight: 10}, {Key: kefu.StatusSolved, Weight: 35}})
	case age < 30*day:
		return demo.PickShare(g.r, []demo.Share{{Key: kefu.StatusOpen, Weight: 5}, {Key: kefu.StatusPending, Weight: 5},
			{Key: kefu.StatusOnHold, Weight: 5}, {Key: kefu.StatusSolved, Weight: 35}, {Key: kefu.StatusClosed, Weight: 50}})
	}
	return demo.PickShare(g.r, []demo.Share{{Key: kefu.StatusSolved, Weight: 3}, {Key: kefu.StatusClosed, Weight: 97}})
}

// pickCustomer draws a buyer with a long tail: a few write often.
func (g *generator) pickCustomer() *customer {
	k := int(float64(len(g.customers)) * math.Pow(g.r.Float64(), 1.5))
	return g.customer(min(k, len(g.customers)-1))
}

// agent picks who works a ticket, skewed towards the first agents.
func (g *generator) agent() *kefu.User {
	k := int(float64(len(g.agents)) * math.Pow(g.r.Float64(), 1.4))
	return g.agents[min(k, len(g.agents)-1)]
}

func (g *generator) product(intent string) *demo.Product {
	for {
		p := g.products[g.r.IntN(len(g.products))]
		if p.Electric || (intent != "not_as_described" && intent != "presale_question" && intent != "refund_request") {
			return p
		}
	}
}

// next generates ticket number g.i and the order it is about, if any.
func (g *generator) next() (*ticketGen, *kefu.Order) {
	i := g.i
	g.i++
	received := g.received(i)
	age := g.now.Sub(received)
	if g.r.IntN(100) < noticePct {
		return g.notice(received, age)
	}
	return g.buyer(received, age)
}

func (g *generator) buyer(received time.Time, age time.Duration) (*ticketGen, *kefu.Order) {
	r, w := g.r, g.w
	c := g.pickCustomer()
	st, b := c.store, c.book
	intent := demo.PickShare(r, intentShares)
	status := g.status(age)
	prod := g.product(intent)
	c.tickets++

	s := &demo.Slots{Product: prod.Name(b.Key()), Name: c.name, Email: c.email, Store: st.Store.Name,
		Days: strconv.Itoa(2 + r.IntN(14))}
	tc := &kefu.TicketCreate{StoreID: st.Store.ID, Intent: intent, Language: b.Lang, Channel: st.Channel,
		Customer: c.kefuCustomer(), Team: st.Team, Priority: kefu.PriorityNormal, ReceivedAt: &received}
	var o *kefu.Order
	if intent != "presale_question" && !(intent == "payment_issue" && r.IntN(2) == 0) {
		if c.order != "" && r.IntN(5) == 0 {
			s.Order = c.order // a follow-up about the same order
		} else {
			o = g.order(st, b.Key(), c, prod, intent, received)
			s.Order = o.Number
			c.order = o.Number
			s.Amount = demo.FormatAmount(o.Currency, o.TotalMinor)
			if len(o.Shipments) > 0 {
				s.Carrier, s.Tracking = o.Shipments[0].Carrier, o.Shipments[0].TrackingNumber
			}
		}
		tc.OrderNumber = s.Order
	}
	if s.Carrier == "" {
		s.Carrier = st.Carriers[r.IntN(len(st.Carriers))]
		s.Tracking = demo.TrackingNumber(r, s.Carrier, st.Country)
	}
	if s.Amount == "" {
		s.Amount = demo.FormatAmount(st.Store.Currency, demo.LocalPrice(prod.PriceUSD, st.Store.Currency))
	}
	switch intent {
	case "refund_request", "refund_delay", "duplicate_charge", "fx_dispute", "chargeback_threat":
		if o != nil {
			tc.Currency, tc.AmountMinor = o.Currency, o.TotalMinor
		}
	}
	tc.Tags = g.tags(intent, c, prod)
	switch {
	case intent == "chargeback_threat":
		tc.Priority = "urgent"
	case intent == "presale_question":
		tc.Priority = "low"
	case r.IntN(10) == 0 || tc.Tags != nil && tc.Tags[0] == "vip":
		tc.Priority = "high"
	}
	var agent *kefu.User
	if status != kefu.StatusNew || r.IntN(3) == 0 {
		agent = g.agent()
		tc.AssigneeID = agent.ID
		s.Agent = strings.Fields(agent.Name)[len(strings.Fields(agent.Name))-1]
	}

	subject, text := w.Opening(b, intent, s, st.Chat)
	tc.Subject = subject
	tc.Message = g.inbound(st, c, b, text)
	tg := &ticketGen{create: tc}
	g.conversation(tg, st, c, b, intent, status, s, agent)
	g.finish(tg, status, received, age, st.Chat)
	return tg, o
}

// tags are what agents add while triaging.
func (g *generator) tags(intent string, c *customer, prod *demo.Product) []string {
	r := g.r
	var tags []string
	if r.IntN(100) < 3 {
		tags = append(tags, "vip")
	}
	if c.tickets > 4 { // the long tail's head: buyers agents recognise
		tags = append(tags, "repeat-buyer")
	}
	switch intent {
	case "chargeback_threat":
		tags = append(tags, "chargeback-risk")
		if c.store.Store.Platform == "amazon" {
			tags = append(tags, "a-to-z-risk")
		}
	case "order_status", "not_received":
		if r.IntN(6) == 0 {
			tags = append(tags, "customs")
		}
	case "not_as_described":
		if r.IntN(3) == 0 {
			tags = append(tags, []string{"wrong-item", "warranty"}[r.IntN(2)])
		}
	}
	if prod.Fragile && (intent == "not_as_described" || intent == "return_exchange" || intent == "not_received") {
		tags = append(tags, "fragile")
	}
	if r.IntN(50) == 0 {
		tags = append(tags, "gift")
	}
	if r.IntN(50) == 0 {
		tags = append(tags, "escalated")
	}
	return tags
}

// conversationLen is how many messages a ticket of status has; about five
// on average over the whole database.
func (g *generator) conversationLen(status string) int {
	r := g.r
	switch status {
	case kefu.StatusNew:
		return 1 + r.IntN(2)
	case kefu.StatusOpen, kefu.StatusPending:
		return 2 + r.IntN(5)
	case kefu.StatusOnHold:
		return 3 + r.IntN(5)
	}
	return 2 + r.IntN(8)
}

// conversation appends the messages after the first: replies, buyer
// follow-ups, internal notes and now and then a system event, ending the
// way the status says (an agent's answer when waiting on the buyer, the
// buyer's when waiting on the agent, a thank-you when solved).
func (g *generator) conversation(tg *ticketGen, st *demo.StoreProfile, c *customer, b *demo.Phrasebook,
	intent, status string, s *demo.Slots, agent *kefu.User) {
	r, w := g.r, g.w
	n := g.conversationLen(status)
	dirs := []string{kefu.DirectionInbound}
	for len(dirs) < n {
		last := dirs[len(dirs)-1]
		x := r.IntN(100)
		switch {
		case agent == nil: // nobody has picked it up: the buyer chases
			dirs = append(dirs, kefu.DirectionInbound)
		case last == kefu.DirectionInbound && x < 70, last != kefu.DirectionOutbound && last != kefu.DirectionInbound && x < 60:
			dirs = append(dirs, kefu.DirectionOutbound)
		case last == kefu.DirectionOutbound && x < 85, last != kefu.DirectionInbound && last != kefu.DirectionOutbound:
			dirs = append(dirs, kefu.DirectionInbound)
		case x < 95:
			dirs = append(dirs, kefu.DirectionNote)
		default:
			dirs = append(dirs, kefu.DirectionSystem)
		}
	}
	if n > 1 && agent != nil {
		switch status {
		case kefu.StatusPending, kefu.StatusOnHold:
			dirs[n-1] = kefu.DirectionOutbound
		case kefu.StatusNew, kefu.StatusOpen:
			dirs[n-1] = kefu.DirectionInbound
		}
	}
	replies := 0
	lastBuyer := tg.create.Message
	for j, d := range dirs[1:] {
		final := j == n-2
		switch d {
		case kefu.DirectionInbound:
			var text string
			switch {
			case final && (status == kefu.StatusSolved || status == kefu.StatusClosed):
				text = w.Thanks(b, intent, s)
			case replies == 1 && intent == "not_as_described" && r.IntN(2) == 0:
				text = w.PhotosSent(b, s)
			default:
				text = w.FollowUp(b, s)
			}
			lastBuyer = g.inbound(st, c, b, text)
			tg.more = append(tg.more, lastBuyer)
		case kefu.DirectionOutbound:
			// An answer, then an interim "we are checking", then the
			// answer that closes the case; more than that would repeat.
			var text string
			switch {
			case replies == 0 || final && (status == kefu.StatusSolved || status == kefu.StatusClosed):
				text = w.Reply(b, intent, s, st.Chat)
			case replies == 1:
				text = w.Holding(b, s, st.Chat)
			default:
				d = kefu.DirectionNote
			}
			if d == kefu.DirectionOutbound {
				replies++
				m := &kefu.Message{Direction: d, Channel: st.Channel, Text: text, DeliveryState: kefu.DeliverySent}
				m.AuthorUserID, m.AuthorName = agent.ID, agent.Name
				tg.more = append(tg.more, m)
				if lastBuyer != nil && c.address != "" && !st.Chat && r.IntN(2) == 0 {
					tg.quotes = append(tg.quotes, quoted{reply: m, buyer: lastBuyer, name: c.name, address: c.address})
				}
				break
			}
			fallthrough
		case kefu.DirectionNote:
			m := &kefu.Message{Direction: d, Channel: "web", Text: w.Note(intent, s)}
			if agent != nil {
				m.AuthorUserID, m.AuthorName = agent.ID, agent.Name
			}
			tg.more = append(tg.more, m)
		default:
			key := []string{"order", "on_hold_carrier", "on_hold_warehouse", "refund"}[r.IntN(4)]
			tg.more = append(tg.more, &kefu.Message{Direction: d, Channel: "system", AuthorName: "kefu", Text: w.SystemEvent(key, s)})
		}
	}
}

// quoted is an email reply that carries the buyer's message below it.
type quoted struct {
	reply, buyer  *kefu.Message
	name, address string
}

// text is the quote header and the first real line of the buyer's message,
// the way mail clients write it.
func (q quoted) text() string {
	var line string
	for l := range strings.Lines(q.buyer.Text) {
		if l = strings.TrimSpace(l); len([]rune(l)) > 15 {
			line = l
			break
		}
	}
	if line == "" {
		line = strings.TrimSpace(q.buyer.Text)
	}
	return "\n\nOn " + q.buyer.CreatedAt.Format("Mon, 2 Jan 2006 at 15:04") + ", " + q.name + " <" + q.address + "> wrote:\n> " + line
}

func (g *generator) inbound(st *demo.StoreProfile, c *customer, b *demo.Phrasebook, text string) *kefu.Message {
	if b.Lang == "vi" && g.r.IntN(10) < 3 {
		text = search.FoldString(text) // typed on a phone without diacritics
	}
	return &kefu.Message{Direction: kefu.DirectionInbound, Channel: st.Channel, AuthorName: c.name, Text: text}
}

// finish spreads the messages over the ticket's life, sets the state it
// ends in and the clocks still running.
func (g *generator) finish(tg *ticketGen, status string, received time.Time, age time.Duration, chat bool) {
	r := g.r
	tg.create.Message.CreatedAt = received
	span := min(age*9/10, time.Duration(len(tg.more)+1)*36*time.Hour)
	at := received
	n := time.Duration(len(tg.more))
	for i, m := range tg.more {
		lo, hi := span*time.Duration(i)/n, span*time.Duration(i+1)/n
		t := received.Add(lo + time.Duration(r.Int64N(int64(hi-lo)+1))).Truncate(time.Second)
		if !t.After(at) {
			t = at.Add(time.Second)
		}
		m.CreatedAt, at = t, t
	}
	for _, q := range tg.quotes {
		q.reply.Text += q.text()
	}
	// The conversation is written as history at creation (demo.FinalState);
	// the update carries the final status and clocks.
	tg.create.Status = kefu.StatusOpen
	if status == kefu.StatusNew {
		tg.create.Status = kefu.StatusNew
	}
	window := 24 * time.Hour
	if chat {
		window = 12 * time.Hour
	}
	up := &kefu.TicketUpdate{}
	answered, lastIn := false, received
	for _, m := range tg.more {
		switch m.Direction {
		case kefu.DirectionOutbound:
			answered = true
		case kefu.DirectionInbound:
			lastIn = m.CreatedAt
		}
	}
	switch status {
	case kefu.StatusNew, kefu.StatusOpen:
		due := received.Add(window)
		if answered {
			due = lastIn.Add(window)
			up.NextResponseDue = &due
		} else {
			up.FirstResponseDue = &due
		}
	case kefu.StatusPending:
		due := at.Add(time.Duration(3+r.IntN(5)) * 24 * time.Hour)
		up.ResolutionDue = &due
	case kefu.StatusOnHold:
		due := g.now.Add(time.Duration(1+r.IntN(5)) * 24 * time.Hour)
		up.ResolutionDue = &due
	}
	if status != tg.create.Status {
		up.Status = &status
	}
	if up.Status != nil || up.FirstResponseDue != nil || up.NextResponseDue != nil || up.ResolutionDue != nil {
		tg.update = up
	}
}
