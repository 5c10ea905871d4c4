package web

import (
	"net/http"
	"strings"

	"kefu"
)

// auditPage is the body of GET /api/v1/audit, newest first. NextBeforeID
// is the before_id of the next page; absent on the last one.
type auditPage struct {
	Entries      []*kefu.AuditEntry `json:"entries"`
	NextBeforeID int64              `json:"next_before_id,omitempty"`
}

func (s *Server) listAudit(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, "entity_type", "entity_id", "before_id", "limit")
	if err != nil {
		return err
	}
	f := kefu.AuditFilter{
		EntityType: strings.ToLower(q.str("entity_type")),
		EntityID:   q.id("entity_id"),
		BeforeID:   q.id("before_id"),
		Limit:      q.int("limit"),
	}
	if q.err != nil {
		return q.err
	}
	if q.values.Has("limit") && (f.Limit < 1 || f.Limit > kefu.MaxPageSize) {
		return badRequest("limit", "limit must be between 1 and %d", kefu.MaxPageSize)
	}
	if f.Limit == 0 {
		f.Limit = 50
	}
	if len(f.EntityType) > 50 || strings.Trim(f.EntityType, "abcdefghijklmnopqrstuvwxyz_") != "" {
		return badRequest("entity_type", "entity_type must be a name such as ticket, order or store")
	}
	if f.EntityID != 0 && f.EntityType == "" {
		return badRequest("entity_id", "entity_id needs entity_type")
	}
	entries, err := s.svc.Audit.ListAudit(r.Context(), f)
	if err != nil {
		return err
	}
	page := auditPage{Entries: entries}
	if page.Entries == nil {
		page.Entries = []*kefu.AuditEntry{}
	}
	if len(entries) == f.Limit {
		page.NextBeforeID = entries[len(entries)-1].ID
	}
	return writeJSON(w, http.StatusOK, page)
}
