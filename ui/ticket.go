package ui

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"kefu"
)

// ticketPage is the whole case on one screen: the conversation, the
// composer, and beside it the buyer, their orders, payments and disputes.
type ticketPage struct {
	*base
	Ticket     *kefu.Ticket
	Store      *kefu.Store
	Customer   *kefu.Customer
	Identities []identityView
	Masked     bool
	Orders     []orderView
	Disputes   []disputeView
	Past       []*kefu.Ticket
	Replies    []*kefu.SavedReply
	Assignees  []*kefu.User
	Teams      []*kefu.Team
	Thread     []entry
	Clock      *clock
	Assignee   string
	Prefill    string
	Kind       string // the composer's choice: reply or note
	Refused    bool   // the last reply was refused; supervisors may override
	Closed     bool
	Translate  bool               // machine translation is configured
	Firings    []*kefu.RuleFiring // what automation did, newest first
	// StopClock offers "no response needed": a writer, a running clock.
	StopClock bool
}

type orderView struct {
	O         *kefu.Order
	Linked    bool // the ticket's own order
	BuyerIP   string
	Shipments []shipmentView
}

type shipmentView struct {
	kefu.Shipment
	URL string
}

type disputeView struct {
	D     *kefu.Dispute
	Clock *clock
}

func (s *Server) ticketPage(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	return s.showTicket(w, r, t)
}

// showTicket renders the ticket page for t (with its messages).
func (s *Server) showTicket(w http.ResponseWriter, r *http.Request, t *kefu.Ticket) error {
	page, err := s.ticketData(r, t)
	if err != nil {
		return err
	}
	if rid, err := strconv.ParseInt(r.URL.Query().Get("reply"), 10, 64); err == nil && rid > 0 {
		if text, err := s.replyText(r.Context(), viewerFrom(r), page, rid); err == nil {
			page.Prefill = text
		}
	}
	return s.render(w, r, http.StatusOK, "ticket", page)
}

func (s *Server) ticketData(r *http.Request, t *kefu.Ticket) (*ticketPage, error) {
	ctx := r.Context()
	v := viewerFrom(r)
	b := s.base(r, "", "inbox")
	b.Title = "#" + strconv.FormatInt(t.ID, 10) + " " + t.Subject
	p := &ticketPage{base: b, Ticket: t, Closed: t.Status == kefu.StatusClosed}
	var err error
	if p.Store, err = s.svc.Stores.FindStoreByID(ctx, t.StoreID); err != nil {
		return nil, err
	}
	if t.Status != kefu.StatusSolved && t.Status != kefu.StatusClosed {
		p.Clock = b.Clock(t.SLADue(), p.Store.Timezone)
	}
	if t.CustomerID != 0 {
		if p.Customer, err = s.svc.Customers.FindCustomerByID(ctx, t.CustomerID); err != nil {
			return nil, err
		}
		p.Identities = identityViews(p.Customer, v.pii)
		for _, iv := range p.Identities {
			p.Masked = p.Masked || iv.Masked
		}
		past, err := s.svc.Inbox.CustomerTickets(ctx, t.CustomerID, 11)
		if err != nil {
			return nil, err
		}
		for _, pt := range past {
			if pt.ID != t.ID && len(p.Past) < 10 {
				p.Past = append(p.Past, pt)
			}
		}
	}
	if p.Orders, err = s.ticketOrders(ctx, v, t); err != nil {
		return nil, err
	}
	for _, o := range p.Orders {
		if o.BuyerIP != o.O.BuyerIP {
			p.Masked = true
		}
	}
	disputes, err := s.svc.Disputes.ListDisputes(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	for _, d := range disputes {
		dv := disputeView{D: d}
		if d.Open() {
			dv.Clock = b.Clock(d.DueBy, p.Store.Timezone)
		}
		p.Disputes = append(p.Disputes, dv)
	}
	if p.Replies, err = s.repliesFor(ctx, t); err != nil {
		return nil, err
	}
	if p.Assignees, err = s.svc.Inbox.Assignees(ctx); err != nil {
		return nil, err
	}
	for _, u := range p.Assignees {
		if u.ID == t.AssigneeID {
			p.Assignee = displayName(u)
		}
	}
	if p.Teams, err = s.svc.Teams.ListTeams(ctx); err != nil {
		return nil, err
	}
	if p.Firings, err = s.ruleFirings(r, t.ID, 10); err != nil {
		return nil, err
	}
	p.Translate = s.translationOn()
	p.StopClock = s.svc.SLA != nil && b.CanWrite() && p.Clock != nil && t.Status != kefu.StatusClosed
	p.Thread = s.thread(t, b)
	return p, nil
}

// ticketOrders is the ticket's order first, then the buyer's other recent
// orders in the store, for "which order is this about?".
func (s *Server) ticketOrders(ctx context.Context, v *viewer, t *kefu.Ticket) ([]orderView, error) {
	var out []orderView
	seen := map[int64]bool{}
	add := func(o *kefu.Order, linked bool) {
		if seen[o.ID] || len(out) >= 4 {
			return
		}
		seen[o.ID] = true
		ov := orderView{O: o, Linked: linked, BuyerIP: maskIP(o.BuyerIP, v.pii)}
		for _, sh := range o.Shipments {
			ov.Shipments = append(ov.Shipments, shipmentView{Shipment: sh, URL: kefu.TrackingURL(sh.Carrier, sh.TrackingNumber)})
		}
		out = append(out, ov)
	}
	if t.OrderID != 0 {
		o, err := s.svc.Orders.FindOrderByID(ctx, t.OrderID)
		if err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND && kefu.ErrorCode(err) != kefu.EFORBIDDEN {
			return nil, err
		}
		if o != nil {
			add(o, true)
		}
	}
	if t.CustomerID != 0 {
		orders, err := s.svc.Orders.ListOrders(ctx, kefu.OrderFilter{StoreID: t.StoreID, CustomerID: t.CustomerID, Limit: 4})
		if err != nil && kefu.ErrorCode(err) != kefu.EFORBIDDEN {
			return nil, err
		}
		for _, o := range orders {
			add(o, false)
		}
	}
	return out, nil
}

// updateTicket changes status, priority, assignee, team and tags from the
// sidebar form, or one of them from a keyboard shortcut's small form.
func (s *Server) updateTicket(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	var up kefu.TicketUpdate
	form := r.PostForm
	if form.Has("status") {
		st := form.Get("status")
		up.Status = &st
	}
	if form.Has("priority") {
		p := form.Get("priority")
		up.Priority = &p
	}
	if form.Has("assignee") {
		var a int64
		switch who := form.Get("assignee"); who {
		case "me":
			a = v.user.ID
		case "", "none":
		default:
			if a, err = strconv.ParseInt(who, 10, 64); err != nil {
				return kefu.Invalid("assignee_id", "assignee must be a user")
			}
		}
		up.AssigneeID = &a
	}
	// Changing the intent teaches the classifier (storage records the
	// correction); an empty choice leaves it, or a notice kind, alone.
	if intent := form.Get("intent"); intent != "" {
		up.Intent = &intent
	}
	if form.Has("team") {
		team := strings.TrimSpace(form.Get("team"))
		up.Team = &team
	}
	if form.Has("tags") {
		tags := []string{}
		for _, tag := range strings.Split(form.Get("tags"), ",") {
			if tag = strings.TrimSpace(tag); tag != "" {
				tags = append(tags, tag)
			}
		}
		up.Tags = &tags
	}
	if _, err := s.svc.Tickets.UpdateTicket(r.Context(), id, up); err != nil {
		return err
	}
	s.counts.drop()
	if wantsJSON(r) {
		return writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	}
	back := localPath(form.Get("return"), "/tickets/"+strconv.FormatInt(id, 10))
	return s.redirect(w, r, back, v.lang.T("ticket.saved"))
}

// threadFragment re-renders the conversation for the live script when a
// message arrives while the page is open.
func (s *Server) threadFragment(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	b := s.base(r, "", "inbox")
	return s.fragment(w, "ticket", "thread", &ticketPage{base: b, Ticket: t, Thread: s.thread(t, b), Translate: s.translationOn()})
}
