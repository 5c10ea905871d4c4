package ui

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"kefu"
)

// The composer: replies to the buyer and internal notes, started from a
// saved reply whose variables are filled from the ticket.

// addMessage posts a reply or a note, then optionally moves the ticket
// (reply and solve in one go).
func (s *Server) addMessage(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	text := strings.TrimSpace(r.PostFormValue("text"))
	if text == "" {
		return kefu.Invalid("text", "%s", v.lang.T("compose.empty"))
	}
	dir := kefu.DirectionOutbound
	if r.PostFormValue("kind") == "note" {
		dir = kefu.DirectionNote
	}
	m := &kefu.Message{Direction: dir, Channel: "web", Text: text, AuthorUserID: v.user.ID, AuthorName: displayName(v.user),
		ComplianceOverride: r.PostFormValue("compliance_override") == "1"}
	if _, err := s.svc.Tickets.AddMessage(r.Context(), id, m); err != nil {
		if code := kefu.ErrorCode(err); code == kefu.EINVALID || code == kefu.ECONFLICT {
			// Refused (the marketplace's messaging rules, a closed ticket):
			// show why, and keep what the agent wrote.
			return s.composeAgain(w, r, id, text, r.PostFormValue("kind"), err)
		}
		return err
	}
	if st := r.PostFormValue("then"); st != "" {
		if _, err := s.svc.Tickets.UpdateTicket(r.Context(), id, kefu.TicketUpdate{Status: &st}); err != nil {
			return err
		}
	}
	s.counts.drop()
	s.hub.setReplying(v.session.ID, id, false)
	flash := v.lang.T("compose.sent")
	if dir == kefu.DirectionNote {
		flash = v.lang.T("compose.noted")
	}
	return s.redirect(w, r, "/tickets/"+strconv.FormatInt(id, 10)+"#m"+strconv.FormatInt(m.ID, 10), flash)
}

// composeAgain renders the ticket page with a refused reply back in the
// composer and the reason above it.
func (s *Server) composeAgain(w http.ResponseWriter, r *http.Request, id int64, text, kind string, refused error) error {
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	page, err := s.ticketData(r, t)
	if err != nil {
		return err
	}
	page.Prefill, page.Kind, page.Refused = text, kind, true
	page.Error = kefu.ErrorMessage(refused)
	return s.render(w, r, http.StatusUnprocessableEntity, "ticket", page)
}

// repliesFor lists the saved replies for a ticket: its store's and the
// shared ones, the buyer's language first.
func (s *Server) repliesFor(ctx context.Context, t *kefu.Ticket) ([]*kefu.SavedReply, error) {
	all, err := s.svc.Replies.ListReplies(ctx, kefu.ReplyFilter{StoreID: t.StoreID})
	if err != nil {
		return nil, err
	}
	lang := baseLanguage(t.Language)
	var first, rest []*kefu.SavedReply
	for _, r := range all {
		if baseLanguage(r.Language) == lang {
			first = append(first, r)
		} else {
			rest = append(rest, r)
		}
	}
	return append(first, rest...), nil
}

func baseLanguage(tag string) string {
	b, _, _ := strings.Cut(strings.ToLower(tag), "-")
	return b
}

// renderReply returns a saved reply filled in for a ticket, as JSON for
// the composer's script.
func (s *Server) renderReply(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	rid, err := pathID(r, "reply")
	if err != nil {
		return err
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	p, err := s.ticketData(r, t)
	if err != nil {
		return err
	}
	text, err := s.replyText(r.Context(), viewerFrom(r), p, rid)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]string{"text": text})
}

// replyText fills a saved reply's variables from the ticket page's data.
func (s *Server) replyText(ctx context.Context, v *viewer, p *ticketPage, rid int64) (string, error) {
	reply, err := s.svc.Replies.FindReply(ctx, rid)
	if err != nil {
		return "", err
	}
	if reply.StoreID != 0 && reply.StoreID != p.Ticket.StoreID {
		return "", kefu.NotFound("saved reply")
	}
	return reply.Render(replyVars(v, p)), nil
}

// replyVars are the values a saved reply can use. The buyer's name is the
// customer's; the parcel is the ticket's order's latest shipment.
func replyVars(v *viewer, p *ticketPage) map[string]string {
	vars := map[string]string{
		"agent_name": displayName(v.user),
		"store_name": p.Store.Name,
		"case_id":    p.Ticket.CaseID,
	}
	if p.Customer != nil {
		vars["buyer_name"] = p.Customer.Name
	}
	for _, o := range p.Orders {
		if !o.Linked && len(p.Orders) > 1 {
			continue
		}
		vars["order_number"] = o.O.Number
		if n := len(o.Shipments); n > 0 {
			sh := o.Shipments[n-1]
			vars["tracking_number"], vars["carrier"], vars["tracking_link"] = sh.TrackingNumber, sh.Carrier, sh.URL
		}
		break
	}
	return vars
}
