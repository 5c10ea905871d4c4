package kefu

import (
	"context"
	"net/mail"
	"strings"
	"time"
)

// Roles, from most to least powerful.
const (
	RoleAdmin      = "admin"      // everything, including users, stores and tokens
	RoleSupervisor = "supervisor" // every ticket action, overrides
	RoleAgent      = "agent"      // works tickets and orders
	RoleViewer     = "viewer"     // reads only
)

// Roles lists the valid roles.
var Roles = []Label{
	{RoleAdmin, "管理员", "Admin"},
	{RoleSupervisor, "主管", "Supervisor"},
	{RoleAgent, "客服", "Agent"},
	{RoleViewer, "只读", "Viewer"},
}

// User is a person who signs in. StoreIDs limits which stores' tickets and
// orders they see; empty means every store.
type User struct {
	ID           int64      `json:"id"`
	Email        string     `json:"email"`
	Name         string     `json:"name"`
	Role         string     `json:"role"`
	StoreIDs     []int64    `json:"store_ids"`
	Locale       string     `json:"locale"`
	Timezone     string     `json:"timezone"`
	PasswordHash string     `json:"-"`
	DisabledAt   *time.Time `json:"disabled_at,omitempty"`
	CreatedAt    time.Time  `json:"created_at"`
	UpdatedAt    time.Time  `json:"updated_at"`
}

// MaxEmailLen is the longest email address accepted: a 64-byte local
// part, "@" and a 255-byte domain.
const MaxEmailLen = 320

// Validate checks and normalises a user before it is written.
func (u *User) Validate() error {
	// Check the raw text before lower-casing, which would turn invalid
	// bytes into U+FFFD and so into a plausible address.
	u.Email = strings.TrimSpace(u.Email)
	if err := checkText("email", u.Email, MaxEmailLen, true); err != nil {
		return err
	}
	u.Email = strings.ToLower(u.Email)
	if u.Locale == "" {
		u.Locale = "en"
	}
	if u.Timezone == "" {
		u.Timezone = "UTC"
	}
	if a, err := mail.ParseAddress(u.Email); err != nil || a.Address != u.Email {
		return Invalid("email", "email %q is not an email address", u.Email)
	}
	if u.Locale != "en" && u.Locale != "zh-CN" {
		return Invalid("locale", "locale must be en or zh-CN")
	}
	return firstErr(
		checkText("name", u.Name, MaxNameLen, false),
		checkOneOf("role", u.Role, Roles, true),
		checkTimezone("timezone", u.Timezone),
	)
}

// CanSeeStore reports whether the user's store scope includes id.
func (u *User) CanSeeStore(id int64) bool {
	if len(u.StoreIDs) == 0 {
		return true
	}
	for _, s := range u.StoreIDs {
		if s == id {
			return true
		}
	}
	return false
}

// UserUpdate changes some fields of a user; nil means unchanged.
type UserUpdate struct {
	Name     *string  `json:"name,omitempty"`
	Role     *string  `json:"role,omitempty"`
	StoreIDs *[]int64 `json:"store_ids,omitempty"`
	Locale   *string  `json:"locale,omitempty"`
	Timezone *string  `json:"timezone,omitempty"`
	Disabled *bool    `json:"disabled,omitempty"`
	// Password is hashed by the service; it is never stored or logged plain.
	Password *string `json:"password,omitempty"`
}

// MinPasswordLen is the shortest password accepted.
const MinPasswordLen = 10

// CheckPassword validates a new password.
func CheckPassword(pw string) error {
	if len([]rune(pw)) < MinPasswordLen {
		return Invalid("password", "password must be at least %d characters", MinPasswordLen)
	}
	if len(pw) > 72 {
		return Invalid("password", "password must be at most 72 bytes")
	}
	return checkText("password", pw, 72, true)
}

// UserService manages users.
type UserService interface {
	// CreateUser stores u, hashing password when it is not empty.
	CreateUser(ctx context.Context, u *User, password string) error
	FindUserByID(ctx context.Context, id int64) (*User, error)
	FindUserByEmail(ctx context.Context, email string) (*User, error)
	ListUsers(ctx context.Context) ([]*User, error)
	UpdateUser(ctx context.Context, id int64, u UserUpdate) (*User, error)
	// Authenticate checks an email and password and returns the user.
	Authenticate(ctx context.Context, email, password string) (*User, error)
}
