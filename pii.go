package kefu

import (
	"context"
	"strings"
)

// Who sees buyers' personal data. Admins and supervisors handle escalations,
// chargebacks and regulator letters, which need the real address; agents
// and viewers work from masked values and unmask one on purpose, which is
// logged (PIIService.RecordUnmask). An admin may grant one user the
// permission regardless of role (PIIService.GrantPII, Preferences.PII).
var piiRoles = []string{RoleAdmin, RoleSupervisor}

// SeesPII reports whether a user sees personal data unmasked: by role, or
// by a grant an admin gave the user.
func SeesPII(u *User, granted bool) bool {
	if u == nil {
		return false
	}
	if granted {
		return true
	}
	for _, r := range piiRoles {
		if u.Role == r {
			return true
		}
	}
	return false
}

// RequireSupervisor allows admins, supervisors and the system: the roles
// that shape how the team works (saved replies, teams' routing).
func (a *Actor) RequireSupervisor() error {
	if err := a.Require(ScopeTicketsWrite); err != nil {
		return err
	}
	if a.User != nil && a.User.Role != RoleAdmin && a.User.Role != RoleSupervisor {
		return Errorf(EFORBIDDEN, "role %s may not change this; ask a supervisor", a.User.Role)
	}
	return nil
}

// MaskEmail hides an address but keeps enough to recognise it:
// jane.doe@example.com → j***@example.com.
func MaskEmail(s string) string {
	local, domain, ok := strings.Cut(s, "@")
	if !ok {
		return MaskText(s)
	}
	r := []rune(local)
	if len(r) == 0 {
		return "***@" + domain
	}
	return string(r[0]) + "***@" + domain
}

// MaskPhone keeps the country code and the last two digits:
// +1 415 555 0112 → +1 ***-***-12.
func MaskPhone(s string) string {
	var digits []rune
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits = append(digits, r)
		}
	}
	if len(digits) < 4 {
		return "***"
	}
	prefix := ""
	if strings.HasPrefix(strings.TrimSpace(s), "+") {
		n := 1
		if len(digits) > 11 {
			n = 2
		}
		prefix = "+" + string(digits[:n]) + " "
	}
	return prefix + "***-***-" + string(digits[len(digits)-2:])
}

// MaskText hides free text such as a street address or a name, keeping
// only the first character of each word: 12 Baker Street → 1* B*** S***.
func MaskText(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		if len(r) > 0 {
			words[i] = string(r[0]) + strings.Repeat("*", min(len(r)-1, 3))
		}
	}
	return strings.Join(words, " ")
}

// PIIService records that someone looked at personal data on purpose.
type PIIService interface {
	// RecordUnmask writes an audit entry ("pii.unmask") naming what was
	// revealed, e.g. entity customer 42, fields ["email"], in the
	// caller's name.
	RecordUnmask(ctx context.Context, entityType string, entityID int64, fields []string) error
	// GrantPII sets the grant; admins only.
	GrantPII(ctx context.Context, userID int64, granted bool) error
}
