package kefu

import (
	"context"
	"strconv"
)

// Actor is who is acting: a signed-in user, a user through an API token,
// or the system itself (the CLI, background work). Services read it from
// the context to check permissions, scope lists and write the audit log.
type Actor struct {
	User   *User
	Token  *Token // nil for a browser session
	System string // "cli", "system", "ingest"…; set when there is no user
}

type actorKey struct{}

// WithActor returns a context carrying a.
func WithActor(ctx context.Context, a *Actor) context.Context {
	return context.WithValue(ctx, actorKey{}, a)
}

// ActorFrom returns the context's actor, or nil.
func ActorFrom(ctx context.Context) *Actor {
	a, _ := ctx.Value(actorKey{}).(*Actor)
	return a
}

// SystemContext marks work done by kefu itself with full access.
func SystemContext(ctx context.Context, name string) context.Context {
	return WithActor(ctx, &Actor{System: name})
}

// Label names the actor in the audit log.
func (a *Actor) Label() string {
	switch {
	case a == nil:
		return "anonymous"
	case a.User == nil:
		return a.System
	case a.Token != nil:
		return "user:" + a.User.Email + " via token:" + strconv.FormatInt(a.Token.ID, 10)
	}
	return "user:" + a.User.Email
}

// UserID is the acting user's id, or 0.
func (a *Actor) UserID() int64 {
	if a == nil || a.User == nil {
		return 0
	}
	return a.User.ID
}

// rolesAllowing maps each scope to the roles that hold it.
var rolesAllowing = map[string][]string{
	ScopeTicketsRead:  {RoleAdmin, RoleSupervisor, RoleAgent, RoleViewer},
	ScopeOrdersRead:   {RoleAdmin, RoleSupervisor, RoleAgent, RoleViewer},
	ScopeTicketsWrite: {RoleAdmin, RoleSupervisor, RoleAgent},
	ScopeOrdersWrite:  {RoleAdmin, RoleSupervisor, RoleAgent},
	ScopeAdmin:        {RoleAdmin},
}

// Require returns nil when the actor may use scope: the role must allow it
// and, through a token, the token must grant it.
func (a *Actor) Require(scope string) error {
	if a == nil {
		return Errorf(EUNAUTHORIZED, "authentication required")
	}
	if a.User == nil {
		return nil
	}
	if a.User.DisabledAt != nil {
		return Errorf(EUNAUTHORIZED, "user is disabled")
	}
	roleOK := false
	for _, r := range rolesAllowing[scope] {
		roleOK = roleOK || r == a.User.Role
	}
	if !roleOK {
		return Errorf(EFORBIDDEN, "role %s may not use %s", a.User.Role, scope)
	}
	if a.Token != nil && !a.Token.HasScope(scope) {
		return Errorf(EFORBIDDEN, "token lacks scope %s", scope)
	}
	return nil
}

// StoreScope returns the store ids the actor is limited to; nil means all.
func (a *Actor) StoreScope() []int64 {
	if a == nil || a.User == nil || a.User.Role == RoleAdmin || len(a.User.StoreIDs) == 0 {
		return nil
	}
	return a.User.StoreIDs
}

// CanSeeStore reports whether the actor may see a store's data.
func (a *Actor) CanSeeStore(id int64) bool {
	if a == nil {
		return false
	}
	if a.User == nil || a.User.Role == RoleAdmin {
		return true
	}
	return a.User.CanSeeStore(id)
}

// MayOverride reports whether the actor may send a reply the compliance
// guard blocks: supervisors and admins, by an explicit choice that is
// audit-logged. Automation never may.
func (a *Actor) MayOverride() bool {
	return a != nil && a.User != nil && a.User.DisabledAt == nil &&
		(a.User.Role == RoleSupervisor || a.User.Role == RoleAdmin)
}
