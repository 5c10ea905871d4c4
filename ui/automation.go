package ui

import (
	"net/http"
	"strconv"

	"kefu"
)

// What kefu did on its own to a ticket (automation rules) and the one
// thing an agent may tell its SLA clock: this message wants no answer.

// noResponseNeeded stops the ticket's response clock until the buyer
// writes again (Amazon's "no response needed"); the SLA service decides
// whether the ticket may.
func (s *Server) noResponseNeeded(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if s.svc.SLA == nil {
		return kefu.NotFound("SLA service")
	}
	if _, err := s.svc.SLA.MarkNoResponseNeeded(r.Context(), id); err != nil {
		return err
	}
	s.counts.drop()
	if wantsJSON(r) {
		return writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	}
	return s.redirect(w, r, "/tickets/"+strconv.FormatInt(id, 10), v.lang.T("ticket.no_response_done"))
}

// ruleFirings lists the ticket's firings, newest first, at most limit.
func (s *Server) ruleFirings(r *http.Request, ticketID int64, limit int) ([]*kefu.RuleFiring, error) {
	if s.svc.RuleFirings == nil {
		return nil, nil
	}
	all, err := s.svc.RuleFirings.ListRuleFirings(r.Context(), ticketID)
	if err != nil {
		return nil, err
	}
	var out []*kefu.RuleFiring
	for i := len(all) - 1; i >= 0 && len(out) < limit; i-- {
		out = append(out, all[i])
	}
	return out, nil
}
