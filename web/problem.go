package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"kefu"
)

// problem is an RFC 9457 problem detail. Code is the stable kefu error
// code clients switch on; Field names the offending input (a JSON field,
// query parameter or CSV column); Line the line of an import body.
type problem struct {
	Type      string `json:"type"`
	Title     string `json:"title"`
	Status    int    `json:"status"`
	Detail    string `json:"detail,omitempty"`
	Code      string `json:"code"`
	Field     string `json:"field,omitempty"`
	Line      int    `json:"line,omitempty"`
	RequestID string `json:"request_id,omitempty"`
}

// problemType names a problem kind by its code. A URN rather than an
// http URL: there is no page to dereference, and RFC 9457 allows both.
func problemType(code string) string { return "urn:kefu:problem:" + code }

// requestError is a failure found by the web layer itself, before the
// domain sees the request, carrying a status that the code alone does not
// decide. Codes stay the domain's.
//
// The rule for "invalid": a request the server cannot read — malformed
// JSON, an unknown field, a wrong type, a bad query parameter, a bad
// import row — is 400 Bad Request; a well-formed body that breaks a domain
// rule (kefu.EINVALID from Validate) is 422 Unprocessable Content. A GET
// has no body, so every validation error of a GET is about its query
// parameters and is 400, wherever it was found (see writeError).
type requestError struct {
	status int
	err    kefu.Error
	line   int
}

func (e *requestError) Error() string { return e.err.Error() }
func (e *requestError) Unwrap() error { return &e.err }

// badRequest is a 400 for input the server could not read.
func badRequest(field, format string, args ...any) error {
	return &requestError{status: http.StatusBadRequest, err: kefu.Error{Code: kefu.EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}}
}

// badQuery turns a domain validation error of query parameters into a 400:
// without a body there is no "content" for 422 to refer to. params maps
// the domain's field names to the query parameters they came from
// ("tags" → "tag"), so the problem names what the client sent.
func badQuery(err error, params map[string]string) error {
	var ke *kefu.Error
	if errors.As(err, &ke) && ke.Code == kefu.EINVALID {
		c := *ke
		if name, ok := params[c.Field]; ok {
			c.Field = name
		}
		return &requestError{status: http.StatusBadRequest, err: c}
	}
	return err
}

// atLine attaches an import line number to err, keeping its status.
func atLine(line int, err error) error {
	var re *requestError
	if errors.As(err, &re) {
		c := *re
		c.line = line
		c.err.Message = fmt.Sprintf("line %d: %s", line, c.err.Message)
		return &c
	}
	var ke *kefu.Error
	if errors.As(err, &ke) {
		return &requestError{status: statusOf(ke.Code), line: line,
			err: kefu.Error{Code: ke.Code, Field: ke.Field, Message: fmt.Sprintf("line %d: %s", line, ke.Message)}}
	}
	return err
}

// statusOf maps a domain error code to its HTTP status.
func statusOf(code string) int {
	switch code {
	case kefu.EINVALID:
		return http.StatusUnprocessableEntity
	case kefu.ENOTFOUND:
		return http.StatusNotFound
	case kefu.ECONFLICT:
		return http.StatusConflict
	case kefu.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case kefu.EFORBIDDEN:
		return http.StatusForbidden
	case kefu.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}

// statusFor is the HTTP status of err: the web layer's own when it set
// one, else the status of the domain code.
func statusFor(err error) int {
	var re *requestError
	if errors.As(err, &re) {
		return re.status
	}
	return statusOf(kefu.ErrorCode(err))
}

// writeError is the one place an error becomes a response. Internal
// errors are logged with the request id and answered with a generic
// message so nothing about the server's insides reaches the client.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	p := problem{
		Code:      kefu.ErrorCode(err),
		Detail:    kefu.ErrorMessage(err),
		Field:     kefu.ErrorField(err),
		RequestID: requestID(r.Context()),
	}
	p.Status = statusFor(err)
	if p.Status == http.StatusUnprocessableEntity && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		// Without a body, a rule broken is a query parameter misread.
		p.Status = http.StatusBadRequest
	}
	var re *requestError
	if errors.As(err, &re) {
		p.Line = re.line
	}
	// The web layer's own 5xx (503 not ready) carry safe messages and are
	// logged where they arise; any other 5xx is a surprise: log it, hide it.
	if p.Status >= 500 && re == nil {
		level := slog.LevelError
		if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
			level = slog.LevelInfo // the client went away; nothing is broken
		}
		s.log.Log(r.Context(), level, "request failed", "request_id", p.RequestID,
			"method", r.Method, "route", routeOf(r.Context()), "err", err)
		p.Detail, p.Field = "internal error", ""
	}
	if p.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", challenge(err))
	}
	writeProblem(w, p)
}

func writeProblem(w http.ResponseWriter, p problem) {
	p.Type = problemType(p.Code)
	p.Title = http.StatusText(p.Status)
	body, err := json.Marshal(p)
	if err != nil { // cannot happen: every field is a string or int
		body = []byte(`{"type":"urn:kefu:problem:internal","title":"Internal Server Error","status":500,"code":"internal"}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(p.Status)
	_, _ = w.Write(body)
}

// writeJSON writes v with status. HTML-sensitive characters are escaped
// (the encoder's default), so stored text is returned verbatim but inert.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
	return nil
}
