package web

import (
	"net/http"

	"kefu"
	"kefu/ingest"
)

// listEvents lists archived inbound events, e.g. ?status=failed to see
// what did not become a ticket and why.
func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) error {
	if s.svc.Events == nil {
		return kefu.NotFound("event archive")
	}
	q, err := parseQuery(r, "status", "source", "store", "before_id", "limit")
	if err != nil {
		return err
	}
	f := ingest.EventFilter{Status: q.str("status"), Source: q.str("source"), StoreID: q.id("store"), BeforeID: q.id("before_id"), Limit: q.int("limit")}
	if q.err != nil {
		return q.err
	}
	switch f.Status {
	case "", ingest.StatusPending, ingest.StatusProcessed, ingest.StatusFailed:
	default:
		return badRequest("status", "status must be one of pending, processed, failed")
	}
	switch f.Source {
	case "", ingest.SourceStripe, ingest.SourceEmail, ingest.SourceShopee, ingest.SourceGeneric:
	default:
		return badRequest("source", "source must be one of stripe, email, shopee, generic")
	}
	if f.Limit > kefu.MaxPageSize || len(q.values["limit"]) > 0 && f.Limit == 0 {
		return badRequest("limit", "limit must be between 1 and %d", kefu.MaxPageSize)
	}
	evs, err := s.svc.Events.ListEvents(r.Context(), f)
	if err != nil {
		return err
	}
	if evs == nil {
		evs = []*ingest.Event{}
	}
	return writeJSON(w, http.StatusOK, map[string]any{"events": evs})
}
