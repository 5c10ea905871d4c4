package ui

import (
	"net/http"
	"slices"
	"strconv"

	"kefu"
)

// Teams: named groups that tickets are routed to.

type adminTeamsPage struct {
	*base
	Teams []*kefu.Team
	Users []*kefu.User
}

func (s *Server) adminTeams(w http.ResponseWriter, r *http.Request) error {
	teams, err := s.svc.Teams.ListTeams(r.Context())
	if err != nil {
		return err
	}
	users, err := s.svc.Inbox.Assignees(r.Context())
	if err != nil {
		return err
	}
	page := &adminTeamsPage{base: s.base(r, "", "admin"), Teams: teams, Users: users}
	page.Title = page.T("admin.teams")
	return s.render(w, r, http.StatusOK, "admin_teams", page)
}

// saveTeam creates a team, or with an id replaces its name and members.
func (s *Server) saveTeam(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	t := &kefu.Team{Name: r.PostFormValue("name"), MemberIDs: formIDs(r.PostForm["member"])}
	var err error
	if id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64); id > 0 {
		t.ID = id
		err = s.svc.Teams.UpdateTeam(r.Context(), t)
	} else {
		err = s.svc.Teams.CreateTeam(r.Context(), t)
	}
	if err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/teams", viewerFrom(r).lang.T("admin.saved"))
}

func (s *Server) deleteTeam(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.svc.Teams.DeleteTeam(r.Context(), id); err != nil {
		return err
	}
	return s.redirect(w, r, "/admin/teams", viewerFrom(r).lang.T("admin.deleted"))
}

// IsMember reports whether a user is on a team.
func (p *adminTeamsPage) IsMember(t *kefu.Team, userID int64) bool {
	return slices.Contains(t.MemberIDs, userID)
}
