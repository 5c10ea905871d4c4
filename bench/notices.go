package bench

import (
	"strconv"
	"strings"
	"time"

	"kefu"
	"kefu/demo"
)

// notice generates a payment-provider, marketplace or regulator notice;
// one in forty is a phishing mail.
func (g *generator) notice(received time.Time, age time.Duration) (*ticketGen, *kefu.Order) {
	r, w := g.r, g.w
	n := g.notices[r.IntN(len(g.notices))]
	if r.IntN(40) == 0 {
		n = g.phishing[r.IntN(len(g.phishing))]
	}
	var st *demo.StoreProfile
	for _, s := range g.stores {
		if (n.Platform == "" && s.Cards || s.Store.Platform == n.Platform) && (n.Site == "" || s.Store.Site == n.Site) {
			st = s
			break
		}
	}
	if st == nil {
		st = g.stores[0]
	}
	c := g.pickCustomer()
	s := &demo.Slots{Name: c.name, Email: c.email, Store: st.Store.Name, Reason: n.Reason}
	tc := &kefu.TicketCreate{StoreID: st.Store.ID, NoticeKind: n.Kind, Language: n.Lang, Channel: n.Channel,
		SuspectedPhishing: n.Phishing, Priority: n.Priority, Team: st.Team, ReceivedAt: &received}
	status := g.status(age)
	due := received.Add(time.Duration(max(n.DueDays, 1)) * 24 * time.Hour)
	s.Due = due.Format("2006-01-02 15:04 UTC")
	var o *kefu.Order
	if n.Phishing {
		s.Amount = demo.FormatAmount("USD", int64(40+r.IntN(900))*100+99)
		tc.Tags = []string{"phishing"}
	} else if n.Platform != "" {
		prod := g.product("")
		o = g.order(st, demo.PickShare(r, st.Langs), c, prod, "not_received", received)
		tc.OrderNumber, s.Order, s.Amount = o.Number, o.Number, demo.FormatAmount(o.Currency, o.TotalMinor)
		s.Charge = o.ChargeID
		if n.Kind == "payment_failure" {
			s.Charge = o.PaymentIntentID
		}
		if o.CardLast4 != "" {
			s.Card = strings.ToUpper(o.CardBrand[:1]) + o.CardBrand[1:] + " •••• " + o.CardLast4
		}
		switch n.Kind {
		case "dispute_notice", "dispute_outcome", "refund_event", "payment_failure", "fraud_warning":
			tc.Currency, tc.AmountMinor = o.Currency, o.TotalMinor
		}
		switch n.CaseID {
		case "stripe":
			tc.CaseID = demo.StripeID(r, "dp")
		case "paypal":
			tc.CaseID = demo.PayPalCaseID(r)
			o.PaymentRef = demo.PayPalTransactionID(r)
			s.Charge = o.PaymentRef
		case "amazon":
			tc.CaseID = "AZ-" + o.Number
		case "ebay":
			tc.CaseID = "5" + strconv.Itoa(100000000+r.IntN(900000000))
		}
		s.Case = tc.CaseID
		tc.Customer = c.kefuCustomer()
	}
	switch n.Kind {
	case "dispute_notice":
		if !n.Phishing {
			tc.Tags = []string{"evidence-needed"}
		}
	case "regulator_complaint":
		tc.Tags = []string{"legal"}
	}
	tc.Subject = s.Fill(n.Subject)
	tc.Message = &kefu.Message{Direction: kefu.DirectionInbound, Channel: n.Channel, AuthorName: n.From, Text: s.Fill(n.Body)}
	tg := &ticketGen{create: tc}
	if n.Event != "" {
		tg.more = append(tg.more, &kefu.Message{Direction: kefu.DirectionSystem, Channel: "system", AuthorName: "kefu", Text: s.Fill(n.Event)})
	}
	var agent *kefu.User
	if !n.Phishing && (status != kefu.StatusNew || r.IntN(2) == 0) {
		agent = g.agent()
		if n.Kind == "dispute_notice" || n.Kind == "regulator_complaint" {
			agent = g.sups[r.IntN(len(g.sups))]
		}
		tc.AssigneeID = agent.ID
	}
	if status != kefu.StatusNew {
		m := &kefu.Message{Direction: kefu.DirectionNote, Channel: "web", Text: w.Note(n.NoteTopic(), s)}
		if agent != nil {
			m.AuthorUserID, m.AuthorName = agent.ID, agent.Name
		}
		tg.more = append(tg.more, m)
	}
	g.finish(tg, status, received, age, false)
	if n.Kind == "dispute_notice" && !n.Phishing && (status == kefu.StatusOpen || status == kefu.StatusNew) {
		if tg.update == nil {
			tg.update = &kefu.TicketUpdate{}
		}
		tg.update.ResolutionDue = &due
	}
	return tg, o
}
