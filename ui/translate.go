package ui

import (
	"errors"
	"net/http"
	"strings"

	"kefu"
	"kefu/translate"
)

// Machine translation on the ticket page: a buyer's message into the
// agent's language, below the original, and the agent's draft into the
// buyer's language. Both go through the app's translate.Service, which
// caches, so reading a message twice is paid for once.

// translationOn reports whether the ticket page offers translation.
func (s *Server) translationOn() bool {
	return s.svc.Translate != nil && s.svc.Translate.Enabled()
}

// translateMessage answers {"text": …}: the message {mid} of ticket {id}
// in the viewer's UI language.
func (s *Server) translateMessage(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	mid, err := pathID(r, "mid")
	if err != nil {
		return err
	}
	if !s.translationOn() {
		return kefu.Errorf(kefu.ECONFLICT, "%s", v.lang.T("translate.off"))
	}
	// The ticket service checks the viewer may see the ticket; the
	// message must be one of its own.
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	var text string
	found := false
	for _, m := range t.Messages {
		if m.ID == mid {
			text, found = m.Text, true
		}
	}
	if !found {
		return kefu.NotFound("message")
	}
	if strings.TrimSpace(text) == "" {
		return kefu.Errorf(kefu.ECONFLICT, "%s", v.lang.T("translate.nothing"))
	}
	return s.translateTo(w, r, text, v.lang.tag)
}

// translateDraft answers {"text": …}: the composer's draft in the
// ticket's language.
func (s *Server) translateDraft(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if v.user.Role == kefu.RoleViewer {
		return errForbidden // viewers write nothing, drafts included
	}
	text := r.PostFormValue("text")
	if strings.TrimSpace(text) == "" {
		return kefu.Invalid("text", "%s", v.lang.T("compose.empty"))
	}
	if !s.translationOn() {
		return kefu.Errorf(kefu.ECONFLICT, "%s", v.lang.T("translate.off"))
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	if t.Language == "" {
		return kefu.Errorf(kefu.ECONFLICT, "%s", v.lang.T("translate.no_language"))
	}
	return s.translateTo(w, r, text, t.Language)
}

func (s *Server) translateTo(w http.ResponseWriter, r *http.Request, text, target string) error {
	tr, _, err := s.svc.Translate.Translate(r.Context(), text, "", target)
	if err != nil {
		var pe *translate.ProviderError
		if errors.As(err, &pe) {
			// The provider's failure is the admin's to fix; the agent
			// sees it inline, the log keeps the detail.
			s.log.WarnContext(r.Context(), "ui: translation failed", "provider", pe.Provider, "status", pe.Status, "code", pe.Code)
			return kefu.Errorf(kefu.ECONFLICT, "%s", viewerFrom(r).lang.T("translate.failed"))
		}
		if errors.Is(err, translate.ErrOff) {
			return kefu.Errorf(kefu.ECONFLICT, "%s", viewerFrom(r).lang.T("translate.off"))
		}
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]string{"text": tr.Text, "source": tr.DetectedSource})
}
