package ui

import (
	"net/http"

	"kefu"
)

// Sign-in rules for everyone: require a second factor.

type adminSecurityPage struct {
	*base
	Settings *kefu.SecuritySettings
}

func (s *Server) adminSecurity(w http.ResponseWriter, r *http.Request) error {
	set, err := s.svc.Sessions.SecuritySettings(r.Context())
	if err != nil {
		return err
	}
	page := &adminSecurityPage{base: s.base(r, "", "admin"), Settings: set}
	page.Title = page.T("admin.security")
	return s.render(w, r, http.StatusOK, "admin_security", page)
}

func (s *Server) saveSecurity(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	want := r.PostFormValue("require_totp") == "1"
	// An admin who requires TOTP without having it would lock themself out
	// of every page but enrolment; ask them to enrol first.
	if want && !v.hasTOTP {
		return kefu.Invalid("require_totp", "%s", v.lang.T("admin.enrol_first"))
	}
	if err := s.svc.Sessions.UpdateSecuritySettings(r.Context(), kefu.SecuritySettings{RequireTOTP: want}); err != nil {
		return err
	}
	s.settingsMu.Lock()
	s.settingsAt = s.settingsAt.AddDate(-1, 0, 0) // read the new value at once
	s.settingsMu.Unlock()
	return s.redirect(w, r, "/admin/security", v.lang.T("admin.saved"))
}
