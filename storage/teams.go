package storage

import (
	"context"
	"fmt"

	"kefu"
)

// CreateTeam adds a team with its members. Admins only.
func (db *DB) CreateTeam(ctx context.Context, team *kefu.Team) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := team.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		team.CreatedAt, team.UpdatedAt = t.now, t.now
		var err error
		team.ID, err = t.insert(ctx, `INSERT INTO teams (name, created_at, updated_at) VALUES (?, ?, ?)`, team.Name, ms(t.now), ms(t.now))
		if isUniqueViolation(err) {
			return &kefu.Error{Code: kefu.ECONFLICT, Message: fmt.Sprintf("a team named %q exists", team.Name), Field: "name"}
		} else if err != nil {
			return err
		}
		if err := t.setTeamMembers(ctx, team.ID, team.MemberIDs); err != nil {
			return err
		}
		return t.audit(ctx, "team.create", "team", team.ID, nil, team)
	})
}

func (t *tx) setTeamMembers(ctx context.Context, teamID int64, userIDs []int64) error {
	if _, err := t.exec(ctx, `DELETE FROM team_members WHERE team_id = ?`, teamID); err != nil {
		return err
	}
	for _, uid := range userIDs {
		_, err := t.exec(ctx, `INSERT INTO team_members (team_id, user_id) VALUES (?, ?)`, teamID, uid)
		if isForeignKeyViolation(err) {
			return kefu.Invalid("member_ids", "user %d does not exist", uid)
		} else if err != nil {
			return err
		}
	}
	return nil
}

// ListTeams returns every team with its members, by name. Anyone who may
// read tickets sees them: routing a ticket needs the names.
func (db *DB) ListTeams(ctx context.Context) ([]*kefu.Team, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	q := db.reader(ctx)
	rows, err := db.query(ctx, q, `SELECT id, name, created_at, updated_at FROM teams ORDER BY name`)
	if err != nil {
		return nil, err
	}
	var teams []*kefu.Team
	byID := map[int64]*kefu.Team{}
	for rows.Next() {
		var team kefu.Team
		var created, updated int64
		if err := rows.Scan(&team.ID, &team.Name, &created, &updated); err != nil {
			rows.Close()
			return nil, err
		}
		team.CreatedAt, team.UpdatedAt, team.MemberIDs = fromMS(created), fromMS(updated), []int64{}
		teams = append(teams, &team)
		byID[team.ID] = &team
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(teams) == 0 {
		return teams, err
	}
	rows, err = db.query(ctx, q, `SELECT team_id, user_id FROM team_members ORDER BY team_id, user_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var tid, uid int64
		if err := rows.Scan(&tid, &uid); err != nil {
			return nil, err
		}
		if team := byID[tid]; team != nil {
			team.MemberIDs = append(team.MemberIDs, uid)
		}
	}
	return teams, rows.Err()
}

// UpdateTeam renames a team and replaces its members. Tickets routed to
// the old name move with it, in the same transaction. Admins only.
func (db *DB) UpdateTeam(ctx context.Context, team *kefu.Team) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := team.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		var old string
		var created int64
		if err := t.queryRow(ctx, `SELECT name, created_at FROM teams WHERE id = ?`, team.ID).Scan(&old, &created); err != nil {
			return notFound(err, "team")
		}
		team.CreatedAt, team.UpdatedAt = fromMS(created), t.now
		_, err := t.exec(ctx, `UPDATE teams SET name = ?, updated_at = ? WHERE id = ?`, team.Name, ms(t.now), team.ID)
		if isUniqueViolation(err) {
			return &kefu.Error{Code: kefu.ECONFLICT, Message: fmt.Sprintf("a team named %q exists", team.Name), Field: "name"}
		} else if err != nil {
			return err
		}
		if old != team.Name {
			if _, err := t.exec(ctx, `UPDATE tickets SET team = ?, updated_at = ? WHERE team = ?`, team.Name, ms(t.now), old); err != nil {
				return err
			}
		}
		if err := t.setTeamMembers(ctx, team.ID, team.MemberIDs); err != nil {
			return err
		}
		return t.audit(ctx, "team.update", "team", team.ID, map[string]any{"name": old}, team)
	})
}

// DeleteTeam removes a team; its tickets keep the name as plain text.
// Admins only.
func (db *DB) DeleteTeam(ctx context.Context, id int64) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `DELETE FROM teams WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return kefu.NotFound("team")
		}
		return t.audit(ctx, "team.delete", "team", id, nil, nil)
	})
}

// Assignees lists the enabled users a ticket can be assigned to, with
// only what a picker shows. Unlike ListUsers it is open to everyone who
// reads tickets: an agent must see who else is on the team.
func (db *DB) Assignees(ctx context.Context) ([]*kefu.User, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT id, email, name, role FROM users WHERE disabled_at IS NULL AND role <> ? ORDER BY name, email`, kefu.RoleViewer)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.User
	for rows.Next() {
		var u kefu.User
		if err := rows.Scan(&u.ID, &u.Email, &u.Name, &u.Role); err != nil {
			return nil, err
		}
		out = append(out, &u)
	}
	return out, rows.Err()
}
