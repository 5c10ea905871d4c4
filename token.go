package kefu

import (
	"context"
	"slices"
	"strings"
	"time"
)

// API token scopes.
const (
	ScopeTicketsRead  = "tickets:read"
	ScopeTicketsWrite = "tickets:write"
	ScopeOrdersRead   = "orders:read"
	ScopeOrdersWrite  = "orders:write"
	ScopeAdmin        = "admin" // implies every other scope
)

// Scopes lists every scope.
var Scopes = []string{ScopeTicketsRead, ScopeTicketsWrite, ScopeOrdersRead, ScopeOrdersWrite, ScopeAdmin}

// Token is an API token. Only a hash of the secret is stored; the secret
// itself is shown once, when the token is created.
type Token struct {
	ID         int64      `json:"id"`
	UserID     int64      `json:"user_id"`
	Name       string     `json:"name"`
	Prefix     string     `json:"prefix"` // the first characters, to recognise a token in a list
	Scopes     []string   `json:"scopes"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
	CreatedAt  time.Time  `json:"created_at"`
}

// HasScope reports whether the token grants scope.
func (t *Token) HasScope(scope string) bool {
	for _, s := range t.Scopes {
		if s == scope || s == ScopeAdmin {
			return true
		}
	}
	return false
}

// Validate checks and normalises a new token at time now: a name of at
// most MaxNameLen bytes of text (trimmed; may be empty), at least one
// known scope (duplicates dropped), and an expiry, when set, after now.
// Whether the owner may hold the scopes is the service's to decide.
func (t *Token) Validate(now time.Time) error {
	t.Name = strings.TrimSpace(t.Name)
	if err := checkText("name", t.Name, MaxNameLen, false); err != nil {
		return err
	}
	if len(t.Scopes) == 0 {
		return Invalid("scopes", "at least one scope is required: %s", strings.Join(Scopes, ", "))
	}
	scopes := make([]string, 0, len(t.Scopes))
	for _, s := range t.Scopes {
		if !slices.Contains(Scopes, s) {
			return Invalid("scopes", "unknown scope %q; known scopes are %s", s, strings.Join(Scopes, ", "))
		}
		if !slices.Contains(scopes, s) {
			scopes = append(scopes, s)
		}
	}
	t.Scopes = scopes
	if t.ExpiresAt != nil {
		exp := t.ExpiresAt.UTC().Truncate(time.Millisecond)
		if !exp.After(now) {
			return Invalid("expires_at", "expires_at must be in the future")
		}
		t.ExpiresAt = &exp
	}
	return nil
}

// ParseScopes splits a comma- or space-separated scope list and checks it.
func ParseScopes(s string) ([]string, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
	if len(fields) == 0 {
		return nil, Invalid("scopes", "at least one scope is required: %s", strings.Join(Scopes, ", "))
	}
	var out []string
	for _, f := range fields {
		ok := false
		for _, known := range Scopes {
			ok = ok || f == known
		}
		if !ok {
			return nil, Invalid("scopes", "unknown scope %q; known scopes are %s", f, strings.Join(Scopes, ", "))
		}
		out = append(out, f)
	}
	return out, nil
}

// TokenService manages API tokens.
type TokenService interface {
	// CreateToken stores t and returns the secret, which is never shown again.
	CreateToken(ctx context.Context, t *Token) (secret string, err error)
	ListTokens(ctx context.Context, userID int64) ([]*Token, error)
	RevokeToken(ctx context.Context, id int64) error
	// AuthenticateToken resolves a secret to its token and user.
	AuthenticateToken(ctx context.Context, secret string) (*Token, *User, error)
}
