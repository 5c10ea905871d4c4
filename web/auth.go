package web

import (
	"errors"
	"net/http"
	"strings"

	"kefu"
)

// Authenticator resolves a request's credentials to an actor. It returns
// (nil, nil) when the request carries no credentials of its kind, and a
// kefu.EUNAUTHORIZED error when it carries bad ones.
//
// The browser session cookie will plug in here (Options.Session). It must
// also defend against CSRF, which bearer tokens are immune to.
type Authenticator interface {
	Authenticate(r *http.Request) (*kefu.Actor, error)
}

// authenticate returns r with the actor in its context: from the bearer
// token when an Authorization header is present, else from the session.
func (s *Server) authenticate(r *http.Request) (*http.Request, error) {
	var actor *kefu.Actor
	var err error
	if h := r.Header.Get("Authorization"); h != "" {
		actor, err = s.bearer(r, h)
	} else if s.session != nil {
		actor, err = s.session.Authenticate(r)
	}
	if err != nil {
		return r, err
	}
	if actor == nil {
		return r, &unauthorizedError{msg: "authentication required: send Authorization: Bearer <token>"}
	}
	return r.WithContext(kefu.WithActor(r.Context(), actor)), nil
}

// bearer checks an "Authorization: Bearer <token>" header (RFC 6750).
func (s *Server) bearer(r *http.Request, header string) (*kefu.Actor, error) {
	scheme, secret, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return nil, &unauthorizedError{msg: "use Authorization: Bearer <token>"}
	}
	secret = strings.TrimSpace(secret)
	if secret == "" || len(secret) > 512 {
		return nil, &unauthorizedError{msg: "invalid token", invalidToken: true}
	}
	tok, user, err := s.svc.Tokens.AuthenticateToken(r.Context(), secret)
	if err != nil {
		if kefu.ErrorCode(err) == kefu.EINTERNAL {
			return nil, err
		}
		// Unknown, revoked and expired tokens look the same to the caller.
		return nil, &unauthorizedError{msg: "invalid, revoked or expired token", invalidToken: true}
	}
	if tok == nil || user == nil {
		return nil, &unauthorizedError{msg: "invalid, revoked or expired token", invalidToken: true}
	}
	if user.DisabledAt != nil {
		return nil, &unauthorizedError{msg: "user is disabled", invalidToken: true}
	}
	return &kefu.Actor{User: user, Token: tok}, nil
}

// authorize demands rt's scope of the actor, before the handler runs; the
// services check again, but a request that cannot succeed stops here.
func authorize(r *http.Request, rt route) error {
	actor := kefu.ActorFrom(r.Context())
	if rt.scope == "" {
		if actor == nil || actor.User == nil {
			return &unauthorizedError{msg: "authentication required"}
		}
		return nil
	}
	return actor.Require(rt.scope)
}

// unauthorizedError is a 401; invalidToken adds error="invalid_token" to
// the WWW-Authenticate challenge as RFC 6750 section 3.1 asks.
type unauthorizedError struct {
	msg          string
	invalidToken bool
}

func (e *unauthorizedError) Error() string { return e.msg }

// Unwrap lets kefu.ErrorCode see the code.
func (e *unauthorizedError) Unwrap() error {
	return &kefu.Error{Code: kefu.EUNAUTHORIZED, Message: e.msg}
}

func challenge(err error) string {
	var e *unauthorizedError
	if errors.As(err, &e) && e.invalidToken {
		return `Bearer realm="kefu", error="invalid_token"`
	}
	return `Bearer realm="kefu"`
}
