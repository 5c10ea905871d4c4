package demo

import (
	"time"

	"kefu"
)

// closeDue are the response deadlines, in hours from now, of the first
// copy of each dispute template: the dashboard opens on something urgent.
var closeDue = []int{26, 50, 68, 40, 30, 47}

func (p *plan) addNotices() {
	ci := 0
	for i, n := range notices {
		copies := 1
		if i < 4 || n.Kind == "review_alert" && n.Platform == "amazon" || n.Kind == "payment_failure" && !n.Phishing {
			copies = 2
		}
		for k := range copies {
			var dueIn time.Duration
			if n.Kind == "dispute_notice" && !n.Phishing {
				if k == 0 {
					dueIn = time.Duration(closeDue[ci%len(closeDue)]) * time.Hour
					ci++
				} else {
					dueIn = time.Duration(n.DueDays-1-p.r.IntN(3)) * 24 * time.Hour
				}
			}
			p.addNotice(n, dueIn)
		}
	}
}

func (p *plan) addNotice(n *Notice, dueIn time.Duration) {
	r, w := p.r, p.w
	platform := n.Platform
	if platform == "" { // the seller's own mail domain belongs to the site
		platform = "shopify"
	}
	st := p.storeBy(platform, n.Site)
	bookKey := PickShare(r, st.Langs)
	b := BookFor(bookKey)
	c, _ := p.customer(st, b)
	prod := catalogue[r.IntN(len(catalogue))]
	age := time.Duration(30+r.IntN(60*30)) * time.Minute
	switch n.Kind {
	case "dispute_outcome":
		age = time.Duration(1+r.IntN(10)) * 24 * time.Hour
	case "account_health", "review_alert":
		age = time.Duration(2+r.IntN(70)) * time.Hour
	}
	if dueIn > 0 && n.DueDays > 0 {
		// The provider's clock started when the notice arrived.
		age = max(time.Hour, time.Duration(n.DueDays)*24*time.Hour-dueIn)
	}
	due := p.now.Add(dueIn)
	if dueIn == 0 && n.DueDays > 0 {
		due = p.now.Add(-age + time.Duration(n.DueDays)*24*time.Hour)
	}
	s := &Slots{Name: c.name, Email: c.email, Store: st.Store.Name, Reason: n.Reason,
		Due: due.Format("2006-01-02 15:04 UTC"), Product: prod.Name(bookKey)}
	tc := kefu.TicketCreate{
		StoreID: st.Store.ID, NoticeKind: n.Kind, Language: n.Lang, Channel: n.Channel,
		SuspectedPhishing: n.Phishing, Priority: n.Priority, Team: st.Team,
	}
	money := n.Kind == "dispute_notice" || n.Kind == "dispute_outcome" || n.Kind == "refund_event" ||
		n.Kind == "payment_failure" || n.Kind == "fraud_warning"
	if n.Phishing {
		s.Amount = FormatAmount("USD", int64(40+r.IntN(900))*100+99)
	} else if n.Platform != "" {
		o := p.newOrder(st, bookKey, c, prod, "delivered", age)
		tc.OrderNumber, tc.Customer = o.Number, c.customer()
		s.Order, s.Amount = o.Number, FormatAmount(o.Currency, o.TotalMinor)
		s.Charge = o.ChargeID
		if o.CardLast4 != "" {
			s.Card = cardDisplay(o.CardBrand, o.CardLast4)
		}
		if n.Kind == "payment_failure" {
			s.Charge = o.PaymentIntentID
		}
		if money {
			tc.Currency, tc.AmountMinor = o.Currency, o.TotalMinor
		}
		switch n.CaseID {
		case "stripe":
			tc.CaseID = StripeID(r, "dp")
		case "paypal":
			tc.CaseID = PayPalCaseID(r)
			o.PaymentRef = PayPalTransactionID(r)
			o.ChargeID, o.PaymentIntentID, o.CardBrand, o.CardLast4 = "", "", "", ""
			s.Charge = o.PaymentRef
		case "amazon":
			tc.CaseID = "AZ-" + o.Number
		case "ebay":
			tc.CaseID = "5" + randFrom(r, digits, 9)
		}
		s.Case = tc.CaseID
	}
	tc.Subject = s.Fill(n.Subject)
	tc.Message = p.inbound(n.Channel, n.From, s.Fill(n.Body))
	tp := &ticketPlan{create: tc}
	up := &tp.update
	if n.Event != "" {
		tp.more = append(tp.more, p.system(s.Fill(n.Event)))
	}
	agent := p.agentFor(st, money)
	status := kefu.StatusOpen
	switch {
	case n.Phishing:
		status, agent = kefu.StatusNew, nil
		tp.more = append(tp.more, p.note(p.supervisor(), w.Note("phishing", s)))
		tp.create.Tags = []string{"phishing"}
	case n.Kind == "dispute_notice":
		tp.more = append(tp.more, p.note(agent, w.Note(n.NoteTopic(), s)))
		up.ResolutionDue = &due
		tp.create.Tags = []string{"evidence-needed"}
		if dueIn < 3*24*time.Hour {
			tp.create.Tags = append(tp.create.Tags, "deadline")
		}
	case n.Kind == "regulator_complaint":
		tp.more = append(tp.more, p.note(p.supervisor(), w.Note(n.NoteTopic(), s)))
		status, up.ResolutionDue = kefu.StatusOnHold, &due
		tp.create.Tags = []string{"legal"}
	case n.Kind == "dispute_outcome" || n.Kind == "payment_failure":
		if r.IntN(2) == 0 {
			tp.more = append(tp.more, p.note(agent, w.Note(n.NoteTopic(), s)))
		}
		status = kefu.StatusSolved
	case n.Kind == "account_health" || n.Kind == "review_alert":
		if r.IntN(2) == 0 {
			tp.more = append(tp.more, p.note(agent, w.Note(n.NoteTopic(), s)))
			status = kefu.StatusPending
		} else {
			status, agent = kefu.StatusNew, nil
			up.FirstResponseDue = p.at(-age + 24*time.Hour)
		}
	default:
		if r.IntN(2) == 0 {
			tp.more = append(tp.more, p.note(agent, w.Note(n.NoteTopic(), s)))
		}
		up.FirstResponseDue = p.at(-age + 24*time.Hour)
	}
	tp.create.AssigneeID = agent.userID()
	p.stamp(tp, p.now.Add(-age), age*9/10, true)
	up.Status = &status
	p.tickets = append(p.tickets, tp)
}

// stamp backdates the ticket to received and spreads the messages that
// follow the first over span, each in its own slice so that their order
// holds. With eventFirst, a leading system event is recorded as the notice
// arrives.
func (p *plan) stamp(tp *ticketPlan, received time.Time, span time.Duration, eventFirst bool) {
	tp.create.ReceivedAt = &received
	tp.create.Message.CreatedAt = received
	at := received
	n := time.Duration(len(tp.more))
	for i, m := range tp.more {
		lo, hi := span*time.Duration(i)/n, span*time.Duration(i+1)/n
		t := received.Add(lo + time.Duration(p.r.Int64N(int64(hi-lo)+1))).Truncate(time.Second)
		if i == 0 && eventFirst && m.Direction == kefu.DirectionSystem {
			t = received.Add(2 * time.Second)
		}
		if !t.After(at) {
			t = at.Add(time.Second)
		}
		m.CreatedAt, at = t, t
	}
}

func (p *plan) supervisor() *demoUser {
	for _, u := range p.users {
		if u.spec.user.Role == kefu.RoleSupervisor {
			return u
		}
	}
	return nil
}

func cardDisplay(brand, last4 string) string {
	for _, c := range cardBrands {
		if c.brand == brand {
			return c.display + " •••• " + last4
		}
	}
	return brand + " •••• " + last4
}
