package ui

import (
	"net/http"
	"strings"
	"sync"
	"time"

	"kefu"
)

// Sign-in: the password first, then, for users with a second factor (or
// when an admin requires one), a TOTP code on a half-signed-in session.

type loginPage struct {
	*base
	Email string
	Next  string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) error {
	if v := viewerFrom(r); v.user != nil && !v.session.Pending {
		http.Redirect(w, r, localPath(r.URL.Query().Get("next"), "/"), http.StatusSeeOther)
		return nil
	}
	viewerFrom(r).csrf = s.ensurePreCookie(w, r)
	b := s.base(r, "", "")
	b.Title = b.T("login.title")
	return s.render(w, r, http.StatusOK, "login", &loginPage{base: b, Next: localPath(r.URL.Query().Get("next"), "")})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) error {
	email := strings.TrimSpace(r.PostFormValue("email"))
	next := localPath(r.PostFormValue("next"), "/")
	b := s.base(r, "", "")
	b.Title = b.T("login.title")
	page := &loginPage{base: b, Email: email, Next: next}
	keys := []string{"ip:" + clientIP(r), "email:" + strings.ToLower(email)}
	if !s.limiter.allow(keys...) {
		b.Error = b.T("login.throttled")
		return s.render(w, r, http.StatusTooManyRequests, "login", page)
	}
	u, err := s.svc.Users.Authenticate(kefu.SystemContext(r.Context(), "signin"), email, r.PostFormValue("password"))
	if err != nil {
		if kefu.ErrorCode(err) != kefu.EUNAUTHORIZED {
			return err
		}
		s.limiter.fail(keys...)
		b.Error = b.T("login.failed")
		return s.render(w, r, http.StatusUnauthorized, "login", page)
	}
	s.limiter.reset(keys[1])
	sys := kefu.SystemContext(r.Context(), "signin")
	f, err := s.svc.Sessions.SecondFactor(sys, u.ID)
	if err != nil {
		return err
	}
	required, err := s.requireTOTP(r)
	if err != nil {
		return err
	}
	if _, err := s.startSession(w, r, u, f.Enabled || required); err != nil {
		return err
	}
	switch {
	case f.Enabled:
		http.Redirect(w, r, "/login/totp?next="+urlQuery(next), http.StatusSeeOther)
	case required:
		http.Redirect(w, r, "/account/totp?next="+urlQuery(next), http.StatusSeeOther)
	default:
		http.Redirect(w, r, next, http.StatusSeeOther)
	}
	return nil
}

type totpPage struct {
	*base
	Next string
}

func (s *Server) totpPage(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	next := localPath(r.URL.Query().Get("next"), "/")
	if !v.session.Pending {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return nil
	}
	f, err := s.svc.Sessions.SecondFactor(r.Context(), v.user.ID)
	if err != nil {
		return err
	}
	if !f.Enabled {
		return s.finishWithoutCode(w, r, next)
	}
	b := s.base(r, "", "")
	b.Title = b.T("totp.title")
	return s.render(w, r, http.StatusOK, "totp", &totpPage{base: b, Next: next})
}

// finishWithoutCode handles a half-signed-in user who has no second
// factor: enrol when one is required, else (the requirement was lifted
// meanwhile) the session is complete.
func (s *Server) finishWithoutCode(w http.ResponseWriter, r *http.Request, next string) error {
	required, err := s.requireTOTP(r)
	if err != nil {
		return err
	}
	if required {
		http.Redirect(w, r, "/account/totp?next="+urlQuery(next), http.StatusSeeOther)
		return nil
	}
	if err := s.svc.Sessions.CompleteSession(r.Context(), viewerFrom(r).session.ID); err != nil {
		return err
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
	return nil
}

func (s *Server) totpLogin(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	next := localPath(r.PostFormValue("next"), "/")
	if !v.session.Pending {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return nil
	}
	f, err := s.svc.Sessions.SecondFactor(r.Context(), v.user.ID)
	if err != nil {
		return err
	}
	if !f.Enabled {
		return s.finishWithoutCode(w, r, next)
	}
	b := s.base(r, "", "")
	b.Title = b.T("totp.title")
	page := &totpPage{base: b, Next: next}
	key := "totp:" + v.user.Email
	if !s.limiter.allow(key) {
		b.Error = b.T("login.throttled")
		return s.render(w, r, http.StatusTooManyRequests, "totp", page)
	}
	step, ok := totpStep(f.Secret, r.PostFormValue("code"), time.Now())
	if ok {
		if err := s.svc.Sessions.UseTOTPStep(r.Context(), v.user.ID, step); err != nil {
			if kefu.ErrorCode(err) != kefu.ECONFLICT {
				return err
			}
			ok = false // a replayed code
		}
	}
	if !ok {
		s.limiter.fail(key)
		b.Error = b.T("totp.wrong")
		return s.render(w, r, http.StatusUnauthorized, "totp", page)
	}
	s.limiter.reset(key)
	if err := s.svc.Sessions.CompleteSession(r.Context(), v.session.ID); err != nil {
		return err
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
	return nil
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	if err := s.svc.Sessions.DeleteSession(r.Context(), v.session.ID); err != nil && kefu.ErrorCode(err) != kefu.ENOTFOUND {
		return err
	}
	s.setCookie(w, r, sessionCookie, "", -1)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
	return nil
}

func (s *Server) logoutEverywhere(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	if _, err := s.svc.Sessions.DeleteUserSessions(r.Context(), v.user.ID); err != nil {
		return err
	}
	s.hub.dropUser(v.user.ID)
	s.setCookie(w, r, sessionCookie, "", -1)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
	return nil
}

// requireTOTP is the admin's "require TOTP for everyone", cached for a few
// seconds: every page checks it.
func (s *Server) requireTOTP(r *http.Request) (bool, error) {
	s.settingsMu.Lock()
	defer s.settingsMu.Unlock()
	if s.settingsAt.IsZero() || time.Since(s.settingsAt) > settingsTTL {
		set, err := s.svc.Sessions.SecuritySettings(r.Context())
		if err != nil {
			return false, err
		}
		s.settings, s.settingsAt = *set, time.Now()
	}
	return s.settings.RequireTOTP, nil
}

const settingsTTL = 5 * time.Second

// Sign-in attempts: ten failures per address or account in fifteen
// minutes, then a wait. Per process, which is enough to make guessing
// slow; the bcrypt cost does the rest.
const (
	loginAttempts = 10
	loginWindow   = 15 * time.Minute
)

type limiter struct {
	mu       sync.Mutex
	max      int
	window   time.Duration
	failures map[string][]time.Time
}

func newLimiter(max int, window time.Duration) *limiter {
	return &limiter{max: max, window: window, failures: map[string][]time.Time{}}
}

func (l *limiter) allow(keys ...string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		if len(l.recent(k)) >= l.max {
			return false
		}
	}
	return true
}

func (l *limiter) fail(keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.failures) > 100000 { // under a flood, forget rather than grow
		l.failures = map[string][]time.Time{}
	}
	for _, k := range keys {
		l.failures[k] = append(l.recent(k), time.Now())
	}
}

func (l *limiter) reset(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.failures, key)
}

// recent drops failures older than the window; callers hold mu.
func (l *limiter) recent(key string) []time.Time {
	list := l.failures[key]
	cut := time.Now().Add(-l.window)
	i := 0
	for i < len(list) && list[i].Before(cut) {
		i++
	}
	list = list[i:]
	if len(list) == 0 {
		delete(l.failures, key)
		return nil
	}
	l.failures[key] = list
	return list
}
