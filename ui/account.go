package ui

import (
	"html/template"
	"net/http"
	"strings"
	"time"

	"kefu"
)

// The account page: language, time zone, password, second factor and
// where the user is signed in.

type accountPage struct {
	*base
	Chosen    string
	Timezone  string
	Zones     []string
	TOTP      bool
	Sessions  []*kefu.Session
	CurrentID int64
}

// commonZones are offered first; any IANA name can be typed.
var commonZones = []string{"Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Kuala_Lumpur",
	"Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York",
	"America/Chicago", "America/Los_Angeles", "UTC"}

func (s *Server) accountPage(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	sessions, err := s.svc.Sessions.ListSessions(r.Context(), v.user.ID)
	if err != nil {
		return err
	}
	b := s.base(r, "", "account")
	b.Title = b.T("account.title")
	return s.render(w, r, http.StatusOK, "account", &accountPage{base: b, Chosen: v.chosen, Timezone: v.user.Timezone,
		Zones: commonZones, TOTP: v.hasTOTP, Sessions: sessions, CurrentID: v.session.ID})
}

// saveAccount stores the language and time zone.
func (s *Server) saveAccount(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	locale := r.PostFormValue("locale")
	if err := s.svc.Sessions.SetLocale(r.Context(), v.user.ID, locale); err != nil {
		return err
	}
	up := kefu.UserUpdate{}
	if locale != "" {
		up.Locale = &locale // the user record follows an explicit choice
	}
	if tz := strings.TrimSpace(r.PostFormValue("timezone")); tz != "" && tz != v.user.Timezone {
		up.Timezone = &tz
	}
	if up.Locale != nil || up.Timezone != nil {
		if _, err := s.svc.Users.UpdateUser(r.Context(), v.user.ID, up); err != nil {
			return err
		}
	}
	lang := s.i18n.forUser(locale, r.Header.Get("Accept-Language"), v.user.Locale)
	return s.redirect(w, r, localPath(r.PostFormValue("return"), "/account"), lang.T("account.saved"))
}

func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	if _, err := s.svc.Users.Authenticate(r.Context(), v.user.Email, r.PostFormValue("current")); err != nil {
		if kefu.ErrorCode(err) == kefu.EUNAUTHORIZED {
			return kefu.Invalid("current", "%s", v.lang.T("account.wrong_password"))
		}
		return err
	}
	pw := r.PostFormValue("password")
	if _, err := s.svc.Users.UpdateUser(r.Context(), v.user.ID, kefu.UserUpdate{Password: &pw}); err != nil {
		return err
	}
	return s.redirect(w, r, "/account", v.lang.T("account.password_changed"))
}

type totpEnrolPage struct {
	*base
	QR       template.URL
	Secret   string
	Enabled  bool
	Required bool
	Next     string
}

// totpEnrolPage shows a QR code for a new secret. The secret is stored
// (not yet enabled) so that a reload shows the same code; a user with a
// second factor must disable it before enrolling another.
func (s *Server) totpEnrolPage(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	next := localPath(r.URL.Query().Get("next"), "/")
	if v.session.Pending && v.hasTOTP {
		http.Redirect(w, r, "/login/totp?next="+urlQuery(next), http.StatusSeeOther)
		return nil
	}
	required, err := s.requireTOTP(r)
	if err != nil {
		return err
	}
	b := s.base(r, "", "account")
	b.Title = b.T("totp.enrol_title")
	page := &totpEnrolPage{base: b, Enabled: v.hasTOTP, Required: required, Next: next}
	if !v.hasTOTP {
		f, err := s.svc.Sessions.SecondFactor(r.Context(), v.user.ID)
		if err != nil {
			return err
		}
		if f.Secret == "" {
			fresh, err := newTOTPKey(v.user.Email)
			if err != nil {
				return err
			}
			if err := s.svc.Sessions.SaveSecondFactor(r.Context(), &kefu.SecondFactor{UserID: v.user.ID, Secret: fresh.Secret()}); err != nil {
				return err
			}
			f.Secret = fresh.Secret()
		}
		key, err := keyFor(v.user.Email, f.Secret)
		if err != nil {
			return err
		}
		qr, err := qrDataURL(key)
		if err != nil {
			return err
		}
		page.QR, page.Secret = template.URL(qr), groupSecret(f.Secret)
	}
	return s.render(w, r, http.StatusOK, "totp_enrol", page)
}

// groupSecret spaces a base32 secret in fours for typing it by hand.
func groupSecret(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// totpEnrol enables the stored secret once the user proves their app
// has it, and completes a half-signed-in session.
func (s *Server) totpEnrol(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	next := localPath(r.PostFormValue("next"), "/")
	f, err := s.svc.Sessions.SecondFactor(r.Context(), v.user.ID)
	if err != nil {
		return err
	}
	if f.Enabled || f.Secret == "" {
		http.Redirect(w, r, "/account/totp?next="+urlQuery(next), http.StatusSeeOther)
		return nil
	}
	step, ok := totpStep(f.Secret, r.PostFormValue("code"), time.Now())
	if !ok {
		return kefu.Invalid("code", "%s", v.lang.T("totp.wrong"))
	}
	f.Enabled = true
	if err := s.svc.Sessions.SaveSecondFactor(r.Context(), f); err != nil {
		return err
	}
	if err := s.svc.Sessions.UseTOTPStep(r.Context(), v.user.ID, step); err != nil {
		return err
	}
	if v.session.Pending {
		if err := s.svc.Sessions.CompleteSession(r.Context(), v.session.ID); err != nil {
			return err
		}
	}
	return s.redirect(w, r, next, v.lang.T("totp.enabled"))
}

func (s *Server) totpDisable(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	f, err := s.svc.Sessions.SecondFactor(r.Context(), v.user.ID)
	if err != nil {
		return err
	}
	// Turning it off takes a current code: a borrowed laptop is not enough.
	if step, ok := totpStep(f.Secret, r.PostFormValue("code"), time.Now()); !ok || s.svc.Sessions.UseTOTPStep(r.Context(), v.user.ID, step) != nil {
		return kefu.Invalid("code", "%s", v.lang.T("totp.wrong"))
	}
	if err := s.svc.Sessions.SaveSecondFactor(r.Context(), &kefu.SecondFactor{UserID: v.user.ID}); err != nil {
		return err
	}
	return s.redirect(w, r, "/account", v.lang.T("totp.disabled"))
}
