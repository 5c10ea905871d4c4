package ui

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"kefu"
)

// Users and roles: who signs in, what they may do, which stores they see,
// whether they see personal data, and the locks an admin holds (reset a
// lost second factor, sign someone out everywhere).

type adminUsersPage struct {
	*base
	Users  []userRow
	Stores []*kefu.Store
}

type userRow struct {
	U     *kefu.User
	Prefs *kefu.Preferences
}

func (s *Server) adminUsers(w http.ResponseWriter, r *http.Request) error {
	users, err := s.svc.Users.ListUsers(r.Context())
	if err != nil {
		return err
	}
	stores, err := s.svc.Stores.ListStores(r.Context())
	if err != nil {
		return err
	}
	page := &adminUsersPage{base: s.base(r, "", "admin"), Stores: stores}
	page.Title = page.T("admin.users")
	for _, u := range users {
		p, err := s.svc.Sessions.Preferences(r.Context(), u.ID)
		if err != nil {
			return err
		}
		page.Users = append(page.Users, userRow{U: u, Prefs: p})
	}
	return s.render(w, r, http.StatusOK, "admin_users", page)
}

func formIDs(values []string) []int64 {
	ids := []int64{}
	for _, v := range values {
		if id, err := strconv.ParseInt(v, 10, 64); err == nil && id > 0 {
			ids = append(ids, id)
		}
	}
	return ids
}

func (s *Server) createUser(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	u := &kefu.User{
		Email:    strings.TrimSpace(r.PostFormValue("email")),
		Name:     strings.TrimSpace(r.PostFormValue("name")),
		Role:     r.PostFormValue("role"),
		StoreIDs: formIDs(r.PostForm["store"]),
		Locale:   r.PostFormValue("locale"),
		Timezone: strings.TrimSpace(r.PostFormValue("timezone")),
	}
	if err := s.svc.Users.CreateUser(r.Context(), u, r.PostFormValue("password")); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/users", viewerFrom(r).lang.T("admin.user_created"))
}

func (s *Server) updateUser(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	name, role := strings.TrimSpace(r.PostFormValue("name")), r.PostFormValue("role")
	stores := formIDs(r.PostForm["store"])
	disabled := r.PostFormValue("disabled") == "1"
	up := kefu.UserUpdate{Name: &name, Role: &role, StoreIDs: &stores, Disabled: &disabled}
	if pw := r.PostFormValue("password"); pw != "" {
		up.Password = &pw
	}
	if _, err := s.svc.Users.UpdateUser(r.Context(), id, up); err != nil {
		return err
	}
	if err := s.svc.PII.GrantPII(r.Context(), id, r.PostFormValue("pii") == "1"); err != nil {
		return err
	}
	if disabled {
		if _, err := s.svc.Sessions.DeleteUserSessions(r.Context(), id); err != nil {
			return err
		}
		s.hub.dropUser(id)
	}
	return s.redirect(w, r, "/admin/users", viewerFrom(r).lang.T("admin.saved"))
}

func (s *Server) resetUserTOTP(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.svc.Sessions.SaveSecondFactor(r.Context(), &kefu.SecondFactor{UserID: id}); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/users", viewerFrom(r).lang.T("admin.totp_reset"))
}

func (s *Server) logoutUser(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	n, err := s.svc.Sessions.DeleteUserSessions(r.Context(), id)
	if err != nil {
		return err
	}
	s.hub.dropUser(id)
	return s.redirect(w, r, "/admin/users", viewerFrom(r).lang.T("admin.signed_out", n))
}

// InStores reports whether a user's store scope names the store.
func (p *adminUsersPage) InStores(u *kefu.User, id int64) bool {
	return slices.Contains(u.StoreIDs, id)
}
