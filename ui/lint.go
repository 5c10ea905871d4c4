package ui

import (
	"net/http"
	"strings"

	"kefu"
	"kefu/compliance"
)

// The composer's live warnings: while the agent types a reply, the page
// asks what the marketplace guard would say. Only a warning: storage runs
// the same check when the reply is sent (storage/guard.go) and decides.

// lintMaxText matches the API's POST /api/v1/lint.
const lintMaxText = 64 << 10

// lintView is the "lint" fragment of the ticket template.
type lintView struct {
	*base
	Violations []compliance.Violation
	Blocked    bool
}

// lintDraft checks the draft in the form's text for the platform of the
// ticket's store and answers the findings as an HTML fragment (empty when
// the draft is clean).
func (s *Server) lintDraft(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	text := r.PostFormValue("text")
	if len(text) > lintMaxText {
		return kefu.Invalid("text", "%s", viewerFrom(r).lang.T("lint.too_long"))
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	st, err := s.svc.Stores.FindStoreByID(r.Context(), t.StoreID)
	if err != nil {
		return err
	}
	view := &lintView{base: s.base(r, "", "inbox")}
	if strings.TrimSpace(text) != "" {
		platform, err := compliance.ParsePlatform(st.Platform)
		if err != nil {
			platform = compliance.PlatformOther
		}
		rep := compliance.Check(platform, text)
		view.Violations, view.Blocked = rep.Violations, rep.Blocked
	}
	return s.fragment(w, "ticket", "lint", view)
}
