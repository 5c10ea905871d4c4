package storage_test

import (
	"slices"
	"testing"

	"kefu"
	"kefu/storage"
)

func TestTeams_CreateRenameMovesTicketsAndDelete(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		a := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent)
		b := mustCreateUser(t, db, "b@example.com", kefu.RoleAgent)
		team := &kefu.Team{Name: " EU marketplaces ", MemberIDs: []int64{b.ID, a.ID, b.ID}}
		must(t, db.CreateTeam(ctx, team), "CreateTeam")
		if team.Name != "EU marketplaces" || len(team.MemberIDs) != 2 {
			t.Errorf("CreateTeam normalised to %+v", team)
		}
		wantCode(t, db.CreateTeam(ctx, &kefu.Team{Name: "EU marketplaces"}), kefu.ECONFLICT)
		wantCode(t, db.CreateTeam(userCtx(t, a), &kefu.Team{Name: "x"}), kefu.EFORBIDDEN)
		wantInvalid(t, db.CreateTeam(ctx, &kefu.Team{Name: "ghosts", MemberIDs: []int64{999}}), "member_ids")

		c := newTicket(s.ID, "where is it", "hello")
		c.Team = "EU marketplaces"
		tk := mustCreateTicket(t, db, c)

		teams, err := db.ListTeams(userCtx(t, a))
		must(t, err, "ListTeams as an agent")
		if len(teams) != 1 || !slices.Equal(teams[0].MemberIDs, []int64{a.ID, b.ID}) {
			t.Errorf("ListTeams = %+v", teams)
		}
		team.Name, team.MemberIDs = "Europe", []int64{a.ID}
		must(t, db.UpdateTeam(ctx, team), "UpdateTeam")
		if got := mustFindTicket(t, db, tk.ID); got.Team != "Europe" {
			t.Errorf("ticket team after rename = %q, want Europe", got.Team)
		}
		must(t, db.DeleteTeam(ctx, team.ID), "DeleteTeam")
		wantCode(t, db.DeleteTeam(ctx, team.ID), kefu.ENOTFOUND)
		if teams, _ := db.ListTeams(ctx); len(teams) != 0 {
			t.Errorf("ListTeams after delete = %+v", teams)
		}
	})
}

func TestAssignees_ListsEnabledWorkersForAgents(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		a := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent)
		mustCreateUser(t, db, "v@example.com", kefu.RoleViewer)
		gone := mustCreateUser(t, db, "gone@example.com", kefu.RoleAgent)
		disabled := true
		_, err := db.UpdateUser(sysCtx(t), gone.ID, kefu.UserUpdate{Disabled: &disabled})
		must(t, err, "UpdateUser")
		list, err := db.Assignees(userCtx(t, a))
		must(t, err, "Assignees")
		if len(list) != 1 || list[0].ID != a.ID || list[0].PasswordHash != "" {
			t.Errorf("Assignees = %+v, want only the enabled agent", list)
		}
	})
}
