package web

import (
	"net/http"
	"strconv"

	"kefu"
)

func (s *Server) listTickets(w http.ResponseWriter, r *http.Request) error {
	f, err := parseTicketFilter(r)
	if err != nil {
		return err
	}
	page, err := s.svc.Tickets.ListTickets(r.Context(), f)
	if err != nil {
		// The service refuses what only it can judge, such as a cursor
		// it did not issue: still a bad query parameter.
		return badQuery(err, ticketFilterFields)
	}
	if page.Tickets == nil {
		page.Tickets = []*kefu.Ticket{}
	}
	return writeJSON(w, http.StatusOK, page)
}

// ticketCreateRequest is kefu.TicketCreate whose first message is given
// as a messageRequest: clients cannot set its author, delivery state or
// attachment hashes, and attachments arrive inline. The outer Message
// field shadows the embedded one for encoding/json.
type ticketCreateRequest struct {
	kefu.TicketCreate
	Message *messageRequest `json:"message,omitempty"`
}

func (s *Server) createTicket(w http.ResponseWriter, r *http.Request) error {
	var req ticketCreateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	c := req.TicketCreate
	if req.Message != nil {
		m, uploads, err := req.Message.message(r, "message.")
		if err != nil {
			return err
		}
		c.Message = m
		if len(uploads) > 0 {
			// Refuse a ticket that cannot be created before writing
			// its attachments to disk.
			pre := c
			pre.Message = withPlaceholderHashes(m)
			if err := pre.Validate(); err != nil {
				return err
			}
			if err := s.storeUploads(m, uploads); err != nil {
				return err
			}
		}
	}
	t, err := s.svc.Tickets.CreateTicket(r.Context(), &c)
	if err != nil {
		return err
	}
	w.Header().Set("Location", api+"/tickets/"+strconv.FormatInt(t.ID, 10))
	return writeJSON(w, http.StatusCreated, t)
}

func (s *Server) getTicket(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, t)
}

func (s *Server) updateTicket(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var u kefu.TicketUpdate
	if err := decodeJSON(r, &u); err != nil {
		return err
	}
	t, err := s.svc.Tickets.UpdateTicket(r.Context(), id, u)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, t)
}
