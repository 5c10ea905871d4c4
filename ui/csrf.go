package ui

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
)

// csrfHeader carries the token on the page's own fetches and on API calls
// authenticated by the session cookie.
const csrfHeader = "X-CSRF-Token"

// csrfToken derives a form token from a cookie secret: a page that can
// read the token can only have been served to the cookie's owner, and a
// third-party page can neither read the cookie nor the page. Nothing needs
// storing, and signing out (a new cookie) retires every old token.
func csrfToken(cookieSecret string) string {
	sum := sha256.Sum256([]byte("kefu csrf v1\x00" + cookieSecret))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

func sameToken(got, want string) bool {
	return got != "" && want != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// checkCSRF demands the token of v (or, on public forms, of the
// pre-session cookie) in the _csrf field or the X-CSRF-Token header. A
// browser that says the request comes from another site is refused
// outright.
func (s *Server) checkCSRF(r *http.Request, v *viewer) error {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return errCSRF
	}
	want := ""
	if v != nil {
		want = v.csrf
	} else if c, err := r.Cookie(preCookie); err == nil {
		want = csrfToken(c.Value)
	}
	got := r.Header.Get(csrfHeader)
	if got == "" {
		got = r.PostFormValue("_csrf")
	}
	if !sameToken(got, want) {
		return errCSRF
	}
	return nil
}

// ensurePreCookie gives an anonymous visitor the cookie their sign-in
// form's token is derived from, and returns that token.
func (s *Server) ensurePreCookie(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(preCookie); err == nil && len(c.Value) >= 32 {
		return csrfToken(c.Value)
	}
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	v := base64.RawURLEncoding.EncodeToString(b)
	s.setCookie(w, r, preCookie, v, 3600)
	return csrfToken(v)
}
