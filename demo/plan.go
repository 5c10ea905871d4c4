package demo

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"kefu"
)

// The demo's story, decided before anything is written: which tickets,
// orders and conversations exist. buildPlan is a pure function of the
// clock and the ids of the stores and users, so it can be tested without
// a database and the same clock always gives the same inbox.

// intentCounts is how many buyer tickets of each intent the demo has:
// "where is it" and "not received" dominate, as in every real inbox.
var intentCounts = []struct {
	intent string
	n      int
}{
	{"order_status", 28}, {"not_received", 22}, {"not_as_described", 20}, {"return_exchange", 14},
	{"refund_request", 20}, {"refund_delay", 12}, {"cancel_order", 12}, {"payment_issue", 8},
	{"duplicate_charge", 6}, {"fx_dispute", 6}, {"chargeback_threat", 9}, {"presale_question", 18},
}

// demoUser is a created user with how they sign replies.
type demoUser struct {
	spec userSpec
	id   int64
}

// ticketPlan is one ticket: how it is created, the messages that follow
// the first, and the update that sets its final state and clocks.
type ticketPlan struct {
	create kefu.TicketCreate
	more   []*kefu.Message
	update kefu.TicketUpdate
}

type plan struct {
	now     time.Time
	r       *rand.Rand
	w       Writer
	stores  []*StoreProfile
	users   []*demoUser
	orders  []*kefu.Order
	tickets []*ticketPlan
	buyers  map[string][]*buyer // by store slug and language, for repeat buyers
	seq     int                 // Shopify order numbers
}

type buyer struct {
	name       string
	email      string
	identities []kefu.Identity
}

func buildPlan(now time.Time, stores []*StoreProfile, users []*demoUser) *plan {
	r := rand.New(rand.NewPCG(20261122, 1))
	p := &plan{now: now.UTC().Truncate(time.Second), r: r, w: Writer{R: r}, stores: stores, users: users,
		buyers: map[string][]*buyer{}}
	p.addNotices()
	var intents []string
	for _, c := range intentCounts {
		for range c.n {
			intents = append(intents, c.intent)
		}
	}
	r.Shuffle(len(intents), func(i, j int) { intents[i], intents[j] = intents[j], intents[i] })
	// The first tickets go round the phrase books, so every language has a
	// few conversations however the shares fall.
	books := Phrasebooks()
	for i, intent := range intents {
		lang := ""
		if i < 3*len(books) {
			lang = books[i%len(books)].Key()
		}
		p.addBuyerTicket(intent, lang)
	}
	// Mix notices in among buyer tickets, as they arrive in real life.
	r.Shuffle(len(p.tickets), func(i, j int) { p.tickets[i], p.tickets[j] = p.tickets[j], p.tickets[i] })
	return p
}

// store returns a store for a buyer ticket whose buyers write in lang (any
// when ""): card problems happen where cards are taken, everything else
// follows the stores' shares.
func (p *plan) store(intent, lang string) *StoreProfile {
	if lang == "" && (intent == "duplicate_charge" || intent == "fx_dispute" || intent == "payment_issue") {
		if p.r.IntN(10) < 7 {
			return p.storeBy("shopify", "")
		}
	}
	var shares []Share
	for i, s := range p.stores {
		if lang == "" || slices.ContainsFunc(s.Langs, func(l Share) bool { return l.Key == lang }) {
			shares = append(shares, Share{strconv.Itoa(i), s.Weight})
		}
	}
	i, _ := strconv.Atoi(PickShare(p.r, shares))
	return p.stores[i]
}

func (p *plan) storeBy(platform, site string) *StoreProfile {
	for _, s := range p.stores {
		if s.Store.Platform == platform && (site == "" || s.Store.Site == site) {
			return s
		}
	}
	return p.stores[0]
}

func (p *plan) status(intent string) string {
	if intent == "chargeback_threat" {
		return []string{kefu.StatusNew, kefu.StatusOpen, kefu.StatusOpen, kefu.StatusPending, kefu.StatusSolved}[p.r.IntN(5)]
	}
	return PickShare(p.r, []Share{{kefu.StatusNew, 22}, {kefu.StatusOpen, 28}, {kefu.StatusPending, 14},
		{kefu.StatusOnHold, 8}, {kefu.StatusSolved, 18}, {kefu.StatusClosed, 10}})
}

// age is how long ago the ticket arrived, by status: new tickets are
// recent (some past their first-response deadline), closed ones old.
func (p *plan) age(status string) time.Duration {
	span := func(lo, hi time.Duration) time.Duration { return lo + time.Duration(p.r.Int64N(int64(hi-lo))) }
	switch status {
	case kefu.StatusNew:
		return span(20*time.Minute, 40*time.Hour)
	case kefu.StatusOpen:
		return span(2*time.Hour, 5*24*time.Hour)
	case kefu.StatusPending:
		return span(24*time.Hour, 6*24*time.Hour)
	case kefu.StatusOnHold:
		return span(2*24*time.Hour, 8*24*time.Hour)
	case kefu.StatusSolved:
		return span(2*24*time.Hour, 12*24*time.Hour)
	}
	return span(7*24*time.Hour, 14*24*time.Hour)
}

// customer returns a buyer of the store writing in b's language, now and
// then one who wrote before.
func (p *plan) customer(st *StoreProfile, b *Phrasebook) (c *buyer, repeat bool) {
	key := st.Store.Slug + "/" + b.Key()
	prev := p.buyers[key]
	if len(prev) > 0 && p.r.IntN(100) < 15 {
		return prev[p.r.IntN(len(prev))], true
	}
	c = &buyer{name: p.w.Pick(b.Names)}
	c.email = Email(p.r, c.name, b.Lang)
	switch st.Store.Platform {
	case "amazon":
		c.identities = []kefu.Identity{{Kind: kefu.IdentityRelay, Value: RelayAddress(p.r, st.Relay)}}
	case "shopify":
		c.identities = []kefu.Identity{{Kind: kefu.IdentityEmail, Value: c.email}}
	default:
		c.identities = []kefu.Identity{{Kind: kefu.IdentityBuyerID, Platform: st.Store.Platform, Value: Handle(p.r, c.name)}}
	}
	p.buyers[key] = append(prev, c)
	return c, false
}

func (c *buyer) customer() *kefu.Customer {
	return &kefu.Customer{Name: c.name, Identities: slices.Clone(c.identities)}
}

// agentFor picks who works a ticket of st: an agent who can see the store,
// or for money at risk now and then the supervisor. nil leaves it unassigned.
func (p *plan) agentFor(st *StoreProfile, risky bool) *demoUser {
	var agents []*demoUser
	var supervisor *demoUser
	for _, u := range p.users {
		switch u.spec.user.Role {
		case kefu.RoleSupervisor:
			supervisor = u
		case kefu.RoleAgent:
			if len(u.spec.stores) == 0 || slices.Contains(u.spec.stores, st.Store.Slug) {
				agents = append(agents, u)
			}
		}
	}
	if risky && supervisor != nil && p.r.IntN(2) == 0 || len(agents) == 0 {
		return supervisor
	}
	return agents[p.r.IntN(len(agents))]
}

// signature is the name an agent signs with in a buyer's language.
func (u *demoUser) signature(b *Phrasebook) string {
	if u == nil {
		return "Lumora"
	}
	if b.Lang == "zh" && b.Variant == "" && u.spec.zhName != "" {
		return u.spec.zhName
	}
	if u.spec.alias != "" {
		return u.spec.alias
	}
	return u.spec.user.Name
}

func (u *demoUser) userID() int64 {
	if u == nil {
		return 0
	}
	return u.id
}

func (p *plan) at(d time.Duration) *time.Time {
	t := p.now.Add(d)
	return &t
}

// Messages.

func (p *plan) inbound(channel, author, text string) *kefu.Message {
	return &kefu.Message{Direction: kefu.DirectionInbound, Channel: channel, AuthorName: author, Text: text}
}

func (p *plan) outbound(channel string, u *demoUser, text string) *kefu.Message {
	m := &kefu.Message{Direction: kefu.DirectionOutbound, Channel: channel, Text: text, DeliveryState: kefu.DeliverySent}
	if u != nil {
		m.AuthorUserID, m.AuthorName = u.id, u.spec.user.Name
	}
	return m
}

func (p *plan) note(u *demoUser, text string) *kefu.Message {
	m := &kefu.Message{Direction: kefu.DirectionNote, Channel: "web", Text: text}
	if u != nil {
		m.AuthorUserID, m.AuthorName = u.id, u.spec.user.Name
	}
	return m
}

func (p *plan) system(text string) *kefu.Message {
	return &kefu.Message{Direction: kefu.DirectionSystem, Channel: "system", AuthorName: "kefu", Text: text}
}

// addBuyerTicket writes one buyer conversation of intent, in the book
// lang or, when "", in a language of the store's buyers.
func (p *plan) addBuyerTicket(intent, lang string) {
	r, w := p.r, p.w
	st := p.store(intent, lang)
	bookKey := lang
	if bookKey == "" {
		bookKey = PickShare(r, st.Langs)
	}
	b := BookFor(bookKey)
	status := p.status(intent)
	age := p.age(status)
	c, repeat := p.customer(st, b)
	prod := p.product(intent)
	agent := p.agentFor(st, intent == "chargeback_threat")
	if status == kefu.StatusNew && r.IntN(2) == 0 {
		agent = nil
	}

	s := &Slots{Product: prod.Name(bookKey), Name: c.name, Email: c.email, Store: st.Store.Name,
		Agent: agent.signature(b), Days: strconv.Itoa(3 + int(age.Hours()/24) + r.IntN(6))}
	tc := kefu.TicketCreate{
		StoreID: st.Store.ID, Intent: intent, Language: b.Lang, Channel: st.Channel,
		Customer: c.customer(), AssigneeID: agent.userID(), Team: st.Team, Priority: kefu.PriorityNormal,
	}
	var o *kefu.Order
	if intent != "presale_question" && !(intent == "payment_issue" && r.IntN(2) == 0) {
		o = p.newOrder(st, bookKey, c, prod, orderStage(intent, status), age)
		tc.OrderNumber = o.Number
		s.Order, s.Amount = o.Number, FormatAmount(o.Currency, o.TotalMinor)
		if len(o.Shipments) > 0 {
			s.Carrier, s.Tracking = o.Shipments[0].Carrier, o.Shipments[0].TrackingNumber
		}
	}
	if s.Carrier == "" {
		s.Carrier = st.Carriers[0]
		s.Tracking = TrackingNumber(r, s.Carrier, st.Country)
	}
	if s.Amount == "" {
		s.Amount = FormatAmount(st.Store.Currency, LocalPrice(prod.PriceUSD, st.Store.Currency))
	}
	if intent == "fx_dispute" {
		cur := fxCurrency(bookKey)
		s.Amount = FormatAmount(cur, LocalPrice(prod.PriceUSD, cur))
	}
	switch intent {
	case "refund_request", "refund_delay", "duplicate_charge", "fx_dispute", "chargeback_threat":
		if o != nil {
			tc.Currency, tc.AmountMinor = o.Currency, o.TotalMinor
		}
	}

	// Priority and tags, the way agents triage.
	var tags []string
	switch {
	case intent == "chargeback_threat":
		tc.Priority = "urgent"
		tags = append(tags, "chargeback-risk")
		if st.Store.Platform == "amazon" {
			tags = append(tags, "a-to-z-risk")
		}
	case intent == "presale_question":
		tc.Priority = "low"
	case intent == "not_received" || intent == "duplicate_charge":
		if r.IntN(3) == 0 {
			tc.Priority = "high"
		}
	}
	if repeat {
		tags = append(tags, "repeat-buyer")
	}
	if r.IntN(100) < 6 {
		tags = append(tags, "vip")
		if tc.Priority == kefu.PriorityNormal {
			tc.Priority = "high"
		}
	}
	if prod.Fragile && (intent == "not_as_described" || intent == "return_exchange") {
		tags = append(tags, "fragile")
	}
	if intent == "order_status" && r.IntN(4) == 0 {
		tags = append(tags, "customs")
	}
	if intent == "not_as_described" && r.IntN(3) == 0 {
		tags = append(tags, []string{"wrong-item", "warranty"}[r.IntN(2)])
	}
	tc.Tags = tags

	subject, text := w.Opening(b, intent, s, st.Chat)
	tc.Subject = subject
	tc.Message = p.inbound(st.Channel, c.name, text)
	tp := &ticketPlan{create: tc}
	up := &tp.update
	window := 24 * time.Hour // Amazon's and eBay's clock; chat platforms count 12 hours
	if st.Chat {
		window = 12 * time.Hour
	}
	firstDue := p.at(-age + window)
	nextDue := false         // the buyer wrote again after a reply: the next-response clock runs
	var breach *kefu.Message // "first response SLA breached", when it was
	buyerMsg := func(text string) { tp.more = append(tp.more, p.inbound(st.Channel, c.name, text)) }
	reply := func() { tp.more = append(tp.more, p.outbound(st.Channel, agent, w.Reply(b, intent, s, st.Chat))) }
	note := func() { tp.more = append(tp.more, p.note(agent, w.Note(intent, s))) }

	if intent == "chargeback_threat" && status != kefu.StatusSolved {
		buyerMsg(w.FollowUp(b, s)) // they have been chasing
	}
	switch status {
	case kefu.StatusNew:
		if r.IntN(3) == 0 {
			buyerMsg(w.FollowUp(b, s))
		}
		up.FirstResponseDue = firstDue
		if age > window {
			breach = p.system(w.SystemEvent("breach", s))
			tp.more = append(tp.more, breach)
		}
	case kefu.StatusOpen:
		switch r.IntN(3) {
		case 0:
			note()
			up.FirstResponseDue = firstDue
		case 1:
			reply()
			if intent == "not_as_described" {
				buyerMsg(w.PhotosSent(b, s))
			} else {
				buyerMsg(w.FollowUp(b, s))
			}
			nextDue = true
		default:
			note()
			buyerMsg(w.FollowUp(b, s))
			up.FirstResponseDue = firstDue
		}
	case kefu.StatusPending:
		if r.IntN(2) == 0 {
			note()
		}
		reply()
		up.ResolutionDue = p.at(time.Duration(2+r.IntN(5)) * 24 * time.Hour)
	case kefu.StatusOnHold:
		tp.more = append(tp.more, p.outbound(st.Channel, agent, w.Holding(b, s, st.Chat)))
		note()
		waitingOn := "on_hold_warehouse"
		switch intent {
		case "order_status", "not_received":
			waitingOn = "on_hold_carrier"
		case "payment_issue", "duplicate_charge", "fx_dispute", "refund_delay", "chargeback_threat":
			waitingOn = "on_hold_payment"
		}
		tp.more = append(tp.more, p.system(w.SystemEvent(waitingOn, s)))
		up.ResolutionDue = p.at(time.Duration(1+r.IntN(5)) * 24 * time.Hour)
	default: // solved, closed
		if r.IntN(5) < 2 {
			note()
		}
		reply()
		switch intent {
		case "refund_request", "refund_delay", "duplicate_charge", "chargeback_threat":
			tp.more = append(tp.more, p.system(w.SystemEvent("refund", s)))
			if o != nil {
				o.RefundedMinor = o.TotalMinor
			}
		}
		if r.IntN(3) > 0 {
			buyerMsg(w.Thanks(b, intent, s))
		}
	}
	if intent == "chargeback_threat" && status != kefu.StatusSolved && up.ResolutionDue == nil {
		up.ResolutionDue = p.at(time.Duration(20+r.IntN(28)) * time.Hour)
	}
	if len(tp.more) > 5 {
		tp.more = tp.more[:5]
	}
	received := p.now.Add(-age)
	span := age * 9 / 10
	if status == kefu.StatusNew && age > window {
		span = window * 9 / 10 // the breach event comes after everything else
	}
	p.stamp(tp, received, span, false)
	if breach != nil {
		breach.CreatedAt = received.Add(window + time.Minute)
	}
	for _, m := range tp.more {
		if nextDue && m.Direction == kefu.DirectionInbound {
			due := m.CreatedAt.Add(window)
			up.NextResponseDue = &due
		}
	}
	up.Status = &status
	p.tickets = append(p.tickets, tp)
}
