package kefu

import (
	"context"
	"strings"
	"time"
)

// Team is a group of users that tickets can be routed to, e.g. "EU
// marketplaces" or "Payments". Tickets name their team (Ticket.Team), so
// a renamed team keeps its tickets only when they are renamed with it.
type Team struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	MemberIDs []int64   `json:"member_ids"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks and normalises a team before it is written.
func (t *Team) Validate() error {
	t.Name = strings.TrimSpace(t.Name)
	if err := checkText("name", t.Name, MaxNameLen, true); err != nil {
		return err
	}
	if len(t.MemberIDs) > 1000 {
		return Invalid("member_ids", "at most 1000 members")
	}
	seen := map[int64]bool{}
	members := t.MemberIDs[:0:0]
	for _, id := range t.MemberIDs {
		if id <= 0 {
			return Invalid("member_ids", "member ids must be user ids")
		}
		if !seen[id] {
			seen[id] = true
			members = append(members, id)
		}
	}
	t.MemberIDs = members
	return nil
}

// TeamService manages teams. Everyone who reads tickets may list teams;
// only admins change them.
type TeamService interface {
	CreateTeam(ctx context.Context, t *Team) error
	ListTeams(ctx context.Context) ([]*Team, error)
	// UpdateTeam replaces the name and members of a team.
	UpdateTeam(ctx context.Context, t *Team) error
	DeleteTeam(ctx context.Context, id int64) error
}
