package ui

import (
	"context"
	"net/http"
	"time"

	"kefu"
)

// Cookies. The session cookie carries the session secret; the pre-session
// cookie only anchors the sign-in form's CSRF token.
const (
	sessionCookie = "kefu_session"
	preCookie     = "kefu_pre"
)

// viewer is who is looking at a page, in which language and time zone.
// Anonymous visitors of public pages have no user and no session.
type viewer struct {
	user    *kefu.User
	session *kefu.Session
	csrf    string // the token forms and fetches must send back
	lang    *catalog
	loc     *time.Location
	pii     bool   // sees buyers' personal data unmasked
	hasTOTP bool   // has a second factor enabled
	chosen  string // the UI language the user chose; "" follows the browser
}

type viewerKey struct{}

func withViewer(ctx context.Context, v *viewer) context.Context {
	if v.user != nil {
		ctx = kefu.WithActor(ctx, &kefu.Actor{User: v.user})
	}
	return context.WithValue(ctx, viewerKey{}, v)
}

func viewerFrom(r *http.Request) *viewer {
	v, _ := r.Context().Value(viewerKey{}).(*viewer)
	return v
}

// viewerFor resolves the session cookie. No cookie, or one for a session
// that ended, is (nil, nil): the visitor is simply not signed in.
func (s *Server) viewerFor(r *http.Request) (*viewer, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil, nil
	}
	sess, u, err := s.svc.Sessions.AuthenticateSession(r.Context(), c.Value)
	if err != nil {
		if kefu.ErrorCode(err) == kefu.EUNAUTHORIZED {
			return nil, nil
		}
		return nil, err
	}
	ctx := kefu.WithActor(r.Context(), &kefu.Actor{User: u})
	prefs, err := s.svc.Sessions.Preferences(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	v := &viewer{user: u, session: sess, csrf: csrfToken(c.Value), pii: kefu.SeesPII(u, prefs.PII),
		hasTOTP: prefs.SecondFactor, chosen: prefs.Locale}
	v.lang = s.i18n.forUser(prefs.Locale, r.Header.Get("Accept-Language"), u.Locale)
	v.loc = loadLocation(u.Timezone)
	return v, nil
}

// publicViewer is the viewer of a public page: the signed-in one when
// there is one, else an anonymous visitor in the browser's language whose
// forms are tied to the pre-session cookie.
func (s *Server) publicViewer(r *http.Request, v *viewer) *viewer {
	if v != nil {
		return v
	}
	anon := &viewer{lang: s.i18n.forUser("", r.Header.Get("Accept-Language"), ""), loc: time.UTC}
	if c, err := r.Cookie(preCookie); err == nil && c.Value != "" {
		anon.csrf = csrfToken(c.Value)
	}
	return anon
}

// Authenticate lets the JSON API accept a browser session (it implements
// web.Authenticator). A request without the cookie is not this
// authenticator's business; a state-changing request with it must carry
// the session's CSRF token in X-CSRF-Token, since a cookie, unlike a
// bearer token, is sent by the browser whoever made the page.
func (s *Server) Authenticate(r *http.Request) (*kefu.Actor, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil, nil
	}
	sess, u, err := s.svc.Sessions.AuthenticateSession(r.Context(), c.Value)
	if err != nil {
		return nil, err
	}
	if sess.Pending {
		return nil, kefu.Errorf(kefu.EUNAUTHORIZED, "finish signing in (second factor) first")
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
	default:
		if !sameToken(r.Header.Get(csrfHeader), csrfToken(c.Value)) {
			return nil, kefu.Errorf(kefu.EFORBIDDEN, "a request authenticated by the session cookie must send its CSRF token in %s", csrfHeader)
		}
	}
	return &kefu.Actor{User: u}, nil
}

// startSession signs the user in: a new session, its cookie, and the end
// of the pre-session cookie.
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, u *kefu.User, pending bool) (*kefu.Session, error) {
	sess := &kefu.Session{UserID: u.ID, Pending: pending, UserAgent: r.UserAgent(), IP: clientIP(r)}
	secret, err := s.svc.Sessions.CreateSession(kefu.SystemContext(r.Context(), "signin"), sess)
	if err != nil {
		return nil, err
	}
	s.setCookie(w, r, sessionCookie, secret, int(kefu.SessionMaxAge/time.Second))
	s.setCookie(w, r, preCookie, "", -1)
	return sess, nil
}

func (s *Server) setCookie(w http.ResponseWriter, r *http.Request, name, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name:     name,
		Value:    value,
		Path:     "/",
		MaxAge:   maxAge,
		HttpOnly: true,
		// Lax: a link to a ticket pasted in chat still opens signed in;
		// every state change also needs the CSRF token.
		SameSite: http.SameSiteLaxMode,
		Secure:   s.secure(r),
	})
}

// secure reports whether cookies may be marked Secure for r: over TLS,
// behind a proxy that says so, or when configured.
func (s *Server) secure(r *http.Request) bool {
	return s.opts.SecureCookies || r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
}

// clientIP is the peer address, for the session list only.
func clientIP(r *http.Request) string {
	host := r.RemoteAddr
	for i := len(host) - 1; i >= 0; i-- {
		if host[i] == ':' {
			return host[:i]
		}
	}
	return host
}

func loadLocation(name string) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.UTC
}
