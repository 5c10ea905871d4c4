package web

import (
	"net/http"
	"strconv"

	"kefu"
)

// userList is the body of GET /api/v1/users.
type userList struct {
	Users []*kefu.User `json:"users"`
}

// userCreateRequest is the body of POST /api/v1/users. Password may be
// empty for a user who will only use API tokens (or, later, SSO).
type userCreateRequest struct {
	Email    string  `json:"email"`
	Name     string  `json:"name,omitempty"`
	Role     string  `json:"role"`
	StoreIDs []int64 `json:"store_ids,omitempty"`
	Locale   string  `json:"locale,omitempty"`
	Timezone string  `json:"timezone,omitempty"`
	Password string  `json:"password,omitempty"`
}

func (s *Server) listUsers(w http.ResponseWriter, r *http.Request) error {
	if _, err := parseQuery(r); err != nil {
		return err
	}
	users, err := s.svc.Users.ListUsers(r.Context())
	if err != nil {
		return err
	}
	if users == nil {
		users = []*kefu.User{}
	}
	return writeJSON(w, http.StatusOK, userList{Users: users})
}

func (s *Server) createUser(w http.ResponseWriter, r *http.Request) error {
	var req userCreateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if req.Password != "" {
		if err := kefu.CheckPassword(req.Password); err != nil {
			return err
		}
	}
	u := &kefu.User{
		Email:    req.Email,
		Name:     req.Name,
		Role:     req.Role,
		StoreIDs: req.StoreIDs,
		Locale:   req.Locale,
		Timezone: req.Timezone,
	}
	if u.StoreIDs == nil {
		u.StoreIDs = []int64{}
	}
	if err := s.svc.Users.CreateUser(r.Context(), u, req.Password); err != nil {
		return err
	}
	w.Header().Set("Location", api+"/users/"+strconv.FormatInt(u.ID, 10))
	return writeJSON(w, http.StatusCreated, u)
}

func (s *Server) getUser(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	u, err := s.svc.Users.FindUserByID(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, u)
}

func (s *Server) updateUser(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var u kefu.UserUpdate
	if err := decodeJSON(r, &u); err != nil {
		return err
	}
	if u.Password != nil {
		if err := kefu.CheckPassword(*u.Password); err != nil {
			return err
		}
	}
	user, err := s.svc.Users.UpdateUser(r.Context(), id, u)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, user)
}
