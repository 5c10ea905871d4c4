package web

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"kefu"
)

// Everyone manages their own API tokens; admins manage anyone's. These
// routes demand only authentication, and each handler checks the rest.

// tokenList is the body of GET /api/v1/tokens.
type tokenList struct {
	Tokens []*kefu.Token `json:"tokens"`
}

// tokenCreateRequest is the body of POST /api/v1/tokens.
type tokenCreateRequest struct {
	Name      string     `json:"name"`
	Scopes    []string   `json:"scopes"`
	UserID    int64      `json:"user_id,omitempty"` // default: the caller
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// tokenCreated is the answer to POST /api/v1/tokens: the token and, this
// once, its secret.
type tokenCreated struct {
	Secret string `json:"token"`
	*kefu.Token
}

func (s *Server) listTokens(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, "user")
	if err != nil {
		return err
	}
	actor := kefu.ActorFrom(r.Context())
	userID := q.id("user")
	if q.err != nil {
		return q.err
	}
	if userID == 0 {
		userID = actor.UserID()
	} else if userID != actor.UserID() {
		if err := actor.Require(kefu.ScopeAdmin); err != nil {
			return err
		}
	}
	tokens, err := s.svc.Tokens.ListTokens(r.Context(), userID)
	if err != nil {
		return err
	}
	if tokens == nil {
		tokens = []*kefu.Token{}
	}
	return writeJSON(w, http.StatusOK, tokenList{Tokens: tokens})
}

// createToken makes a token for the caller or, for an admin, anyone. No
// one hands out more than they hold: each scope is demanded of the caller
// (role and, through a token, that token's scopes), and a token minted by
// a token expires no later than its parent, so a leaked token cannot be
// turned into a permanent one.
func (s *Server) createToken(w http.ResponseWriter, r *http.Request) error {
	var req tokenCreateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	actor := kefu.ActorFrom(r.Context())
	if strings.TrimSpace(req.Name) == "" {
		return kefu.Invalid("name", "name is required, e.g. the integration using the token")
	}
	t := &kefu.Token{Name: req.Name, Scopes: req.Scopes, ExpiresAt: req.ExpiresAt}
	if err := t.Validate(kefu.Now()); err != nil {
		return err
	}
	req.ExpiresAt = t.ExpiresAt
	scopes := slices.Sorted(slices.Values(t.Scopes))
	for _, sc := range scopes {
		if err := actor.Require(sc); err != nil {
			return err
		}
	}
	if parent := actor.Token; parent != nil && parent.ExpiresAt != nil {
		if req.ExpiresAt == nil || req.ExpiresAt.After(*parent.ExpiresAt) {
			return kefu.Invalid("expires_at", "a token created with a token must expire no later than it (%s)", parent.ExpiresAt.Format(time.RFC3339))
		}
	}

	userID := actor.UserID()
	if req.UserID != 0 && req.UserID != userID {
		if err := actor.Require(kefu.ScopeAdmin); err != nil {
			return err
		}
		owner, err := s.svc.Users.FindUserByID(r.Context(), req.UserID)
		if err != nil {
			return err
		}
		// The owner's role must allow the scopes too, or the token would
		// be refused on every use.
		as := &kefu.Actor{User: owner}
		for _, sc := range scopes {
			if err := as.Require(sc); err != nil {
				return kefu.Invalid("scopes", "user %d cannot hold scope %s: %s", owner.ID, sc, kefu.ErrorMessage(err))
			}
		}
		userID = owner.ID
	}

	t.UserID, t.Scopes = userID, scopes
	secret, err := s.svc.Tokens.CreateToken(r.Context(), t)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, tokenCreated{Secret: secret, Token: t})
}

// revokeToken revokes one of the caller's tokens, or any token for an
// admin. Someone else's token is "not found", not "forbidden": its
// existence is none of the caller's business.
func (s *Server) revokeToken(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	actor := kefu.ActorFrom(r.Context())
	if actor.Require(kefu.ScopeAdmin) != nil {
		mine, err := s.svc.Tokens.ListTokens(r.Context(), actor.UserID())
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(mine, func(t *kefu.Token) bool { return t.ID == id }) {
			return kefu.NotFound("token")
		}
	}
	if err := s.svc.Tokens.RevokeToken(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
