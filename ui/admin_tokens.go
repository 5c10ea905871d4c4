package ui

import (
	"net/http"
	"strings"
	"time"

	"kefu"
)

// API tokens: everyone manages their own; the secret is shown once.

type adminTokensPage struct {
	*base
	Tokens []*kefu.Token
	Scopes []string
	Secret string // the token just created, shown this once
}

func (s *Server) adminTokens(w http.ResponseWriter, r *http.Request) error {
	return s.showTokens(w, r, "")
}

func (s *Server) showTokens(w http.ResponseWriter, r *http.Request, secret string) error {
	tokens, err := s.svc.Tokens.ListTokens(r.Context(), 0)
	if err != nil {
		return err
	}
	page := &adminTokensPage{base: s.base(r, "", "tokens"), Tokens: tokens, Secret: secret}
	page.Title = page.T("admin.tokens")
	for _, sc := range kefu.Scopes {
		if (&kefu.Actor{User: viewerFrom(r).user}).Require(sc) == nil {
			page.Scopes = append(page.Scopes, sc)
		}
	}
	return s.render(w, r, http.StatusOK, "admin_tokens", page)
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	t := &kefu.Token{Name: strings.TrimSpace(r.PostFormValue("name")), Scopes: r.PostForm["scope"]}
	if days := r.PostFormValue("days"); days != "" && days != "0" {
		d, err := time.ParseDuration(days + "h")
		if err != nil {
			return kefu.Invalid("days", "days must be a number")
		}
		exp := time.Now().Add(d * 24)
		t.ExpiresAt = &exp
	}
	secret, err := s.svc.Tokens.CreateToken(r.Context(), t)
	if err != nil {
		return err
	}
	// Rendered, not redirected: the secret must not travel in a cookie or
	// a URL, and is never shown again.
	return s.showTokens(w, r, secret)
}

func (s *Server) revokeToken(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.svc.Tokens.RevokeToken(r.Context(), id); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/tokens", viewerFrom(r).lang.T("admin.revoked"))
}
