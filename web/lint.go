package web

import (
	"net/http"
	"unicode/utf8"

	"kefu"
	"kefu/compliance"
)

// The marketplace guard as a service: the composer asks, while the agent
// types, what storage's guard (storage/guard.go) would say about a reply.
// Linting changes nothing; the guard still decides when the reply is sent.

// lintMaxText caps a linted text: a reply longer than that is not a reply.
const lintMaxText = 64 << 10

// lintRequest is the body of POST /api/v1/lint: the text and either the
// platform to check it for or the ticket whose store's platform applies.
type lintRequest struct {
	Text     string `json:"text"`
	Platform string `json:"platform,omitempty"`
	TicketID int64  `json:"ticket_id,omitempty"`
}

// lintResult is compliance.Report with the platform it was checked for.
type lintResult struct {
	Platform   string                 `json:"platform"`
	Violations []compliance.Violation `json:"violations"`
	Blocked    bool                   `json:"blocked"`
}

func (s *Server) lint(w http.ResponseWriter, r *http.Request) error {
	var req lintRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	switch {
	case req.Text == "":
		return kefu.Invalid("text", "text is required")
	case len(req.Text) > lintMaxText:
		return kefu.Invalid("text", "text is longer than 64 KiB")
	case !utf8.ValidString(req.Text):
		return kefu.Invalid("text", "text is not valid UTF-8")
	case req.Platform != "" && req.TicketID != 0:
		return kefu.Invalid("platform", "give platform or ticket_id, not both")
	case req.Platform == "" && req.TicketID == 0:
		return kefu.Invalid("platform", "platform or ticket_id is required")
	case req.TicketID < 0:
		return kefu.Invalid("ticket_id", "ticket_id must be a positive integer")
	}
	platform, err := s.lintPlatform(r, req)
	if err != nil {
		return err
	}
	rep := compliance.Check(platform, req.Text)
	out := lintResult{Platform: string(platform), Violations: rep.Violations, Blocked: rep.Blocked}
	if out.Violations == nil {
		out.Violations = []compliance.Violation{}
	}
	return writeJSON(w, http.StatusOK, out)
}

// lintPlatform is the platform named in the request, or that of the
// ticket's store, read through the services that check the caller may
// see the ticket.
func (s *Server) lintPlatform(r *http.Request, req lintRequest) (compliance.Platform, error) {
	if req.Platform != "" {
		p, err := compliance.ParsePlatform(req.Platform)
		if err != nil {
			// The message lists the accepted names; the given one is not echoed.
			return "", kefu.Invalid("platform", "unknown platform")
		}
		return p, nil
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), req.TicketID)
	if err != nil {
		return "", err
	}
	st, err := s.svc.Stores.FindStoreByID(r.Context(), t.StoreID)
	if err != nil {
		return "", err
	}
	p, err := compliance.ParsePlatform(st.Platform)
	if err != nil {
		return compliance.PlatformOther, nil
	}
	return p, nil
}
