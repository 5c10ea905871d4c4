package web

import (
	"context"
	"errors"
	"net/http"

	"kefu"
	"kefu/translate"
)

// Machine translation for agents: read a buyer's message in Chinese, write
// in Chinese and send in the buyer's language. Off (409 translation_off)
// until KEFU_TRANSLATE_PROVIDER names a provider.

// Problem codes of the translation endpoints, beside the domain's.
const (
	codeTranslationOff    = "translation_off"    // 409: no provider configured
	codeTranslationFailed = "translation_failed" // 502: the provider failed
)

// MessageTickets says which ticket a message belongs to, so that the
// ticket, and the caller's right to see it, can be checked through
// TicketService. storage.DB implements it.
type MessageTickets interface {
	MessageTicketID(ctx context.Context, messageID int64) (int64, error)
}

// translateRequest is the body of POST /api/v1/translate.
type translateRequest struct {
	Text   string `json:"text"`
	Source string `json:"source,omitempty"` // empty: the provider detects it
	Target string `json:"target"`
}

// translationJSON is a translation as the API returns it.
type translationJSON struct {
	MessageID int64  `json:"message_id,omitempty"`
	Text      string `json:"text"`
	Source    string `json:"source"` // the given source, or the detected one ("" if unknown)
	Target    string `json:"target"`
	Provider  string `json:"provider"`
	Cached    bool   `json:"cached"`
}

// translateText translates a text: what the composer sends when an agent
// writes in Chinese for a buyer in Thailand.
func (s *Server) translateText(w http.ResponseWriter, r *http.Request) error {
	var req translateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	// Bad input is answered as such whether translation is on or off.
	if _, _, err := translate.Check(req.Text, req.Source, req.Target); err != nil {
		return err
	}
	if !s.svc.Translate.Enabled() {
		return translationError(translate.ErrOff)
	}
	out, err := s.translate(r.Context(), req.Text, req.Source, req.Target)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}

// messageTranslation translates a stored message for the ticket page.
func (s *Server) messageTranslation(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	q, err := parseQuery(r, "target", "source")
	if err != nil {
		return err
	}
	target, source := q.str("target"), q.str("source")
	if q.err != nil {
		return q.err
	}
	if _, _, err := translate.CheckLanguages(source, target); err != nil {
		return err // a GET's invalid input is a 400 (writeError)
	}
	if !s.svc.Translate.Enabled() {
		return translationError(translate.ErrOff)
	}
	if s.svc.MessageTickets == nil {
		return errors.New("web: translation is on but Services.MessageTickets is nil")
	}
	ticketID, err := s.svc.MessageTickets.MessageTicketID(r.Context(), id)
	if err != nil {
		return err
	}
	// Load the ticket through the service that checks the caller may see
	// it, and take the message from there.
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), ticketID)
	if err != nil {
		return notFoundAs(err, "message")
	}
	var m *kefu.Message
	for _, mm := range t.Messages {
		if mm.ID == id {
			m = mm
		}
	}
	if m == nil {
		return kefu.NotFound("message")
	}
	if m.Text == "" {
		return &requestError{status: http.StatusConflict, err: kefu.Error{Code: kefu.ECONFLICT, Message: "the message has no text to translate"}}
	}
	out, err := s.translate(r.Context(), m.Text, source, target)
	if err != nil {
		return err
	}
	out.MessageID = m.ID
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) translate(ctx context.Context, text, source, target string) (*translationJSON, error) {
	t, cached, err := s.svc.Translate.Translate(ctx, text, source, target)
	if err != nil {
		var pe *translate.ProviderError
		if errors.As(err, &pe) {
			// A 502 is logged here, where it arises (see writeError).
			s.log.Warn("translation failed", "request_id", requestID(ctx), "provider", pe.Provider,
				"status", pe.Status, "code", pe.Code, "err", pe.Message)
		}
		return nil, translationError(err)
	}
	// Translate has checked target; normalising it again cannot fail.
	tgt, _ := translate.Normalize("target", target)
	return &translationJSON{Text: t.Text, Source: t.DetectedSource, Target: tgt, Provider: s.svc.Translate.ProviderName(), Cached: cached}, nil
}

// translationError gives the translation failures their statuses: off is
// a state of the server (409), a provider's failure is a bad gateway
// (502) whose message, which never holds a key, tells the admin what to
// fix. Validation errors pass through as the domain's.
func translationError(err error) error {
	var pe *translate.ProviderError
	switch {
	case errors.Is(err, translate.ErrOff):
		return &requestError{status: http.StatusConflict, err: kefu.Error{Code: codeTranslationOff, Message: err.Error()}}
	case errors.As(err, &pe):
		return &requestError{status: http.StatusBadGateway, err: kefu.Error{Code: codeTranslationFailed, Message: pe.Error()}}
	}
	return err
}

// notFoundAs renames a not-found error, so that a message of a ticket the
// caller may not see is "message not found", not a hint about tickets.
func notFoundAs(err error, what string) error {
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return kefu.NotFound(what)
	}
	return err
}
