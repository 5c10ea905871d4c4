package kefu

import (
	"context"
	"strings"
	"time"
)

// Session is a browser signed in as a user. Only a hash of its secret is
// stored; the secret lives in the browser's cookie. A session is Pending
// between a correct password and a correct TOTP code: it proves the
// password and nothing more.
type Session struct {
	ID         int64     `json:"id"`
	UserID     int64     `json:"user_id"`
	Pending    bool      `json:"pending"` // waiting for the second factor
	UserAgent  string    `json:"user_agent"`
	IP         string    `json:"ip"`
	CreatedAt  time.Time `json:"created_at"`
	LastSeenAt time.Time `json:"last_seen_at"`
	ExpiresAt  time.Time `json:"expires_at"`
}

// Session lifetimes: a working day's idle gap and a fortnight at most;
// a half-signed-in session (password, no code yet) lasts minutes.
const (
	SessionIdle        = 12 * time.Hour
	SessionMaxAge      = 14 * 24 * time.Hour
	SessionPendingIdle = 10 * time.Minute
)

// Validate trims what the browser told us to sizes worth keeping.
func (s *Session) Validate() error {
	if s.UserID <= 0 {
		return Invalid("user_id", "user_id is required")
	}
	s.UserAgent = truncateText(s.UserAgent, 300)
	s.IP = truncateText(s.IP, 64)
	return nil
}

// truncateText cuts s to at most n bytes of valid UTF-8 without NULs.
func truncateText(s string, n int) string {
	return CutUTF8(strings.ReplaceAll(strings.ToValidUTF8(s, ""), "\x00", ""), n)
}

// SecondFactor is a user's TOTP enrolment. Secret is sealed at rest like
// store secrets. LastStep is the newest 30-second step a code was
// accepted for, so that an overheard code cannot be replayed.
type SecondFactor struct {
	UserID    int64      `json:"user_id"`
	Secret    string     `json:"-"`
	Enabled   bool       `json:"enabled"`
	LastStep  int64      `json:"-"`
	EnabledAt *time.Time `json:"enabled_at,omitempty"`
}

// Preferences are a user's settings for the web UI beyond the user
// record. Locale is the language they chose in the UI; empty follows the
// browser's Accept-Language. PII is an admin's grant to see buyers'
// personal data unmasked whatever the role (kefu.SeesPII). SecondFactor
// says whether the user has TOTP enabled, which pages that enforce an
// admin's "require TOTP" need on every request.
type Preferences struct {
	Locale       string `json:"locale"`
	PII          bool   `json:"pii"`
	SecondFactor bool   `json:"second_factor"`
}

// SecuritySettings are the sign-in rules an admin sets for everyone.
type SecuritySettings struct {
	// RequireTOTP makes every user enrol a second factor before they can
	// work; users without one are sent to enrolment after the password.
	RequireTOTP bool `json:"require_totp"`
}

// SessionService keeps browser sessions and second factors. Creating and
// authenticating sessions is how actors come to be, so those calls need
// none; everything else checks the caller like every other service.
type SessionService interface {
	// CreateSession stores s for a user whose password was just checked
	// and returns the secret for the cookie; it is never shown again.
	CreateSession(ctx context.Context, s *Session) (secret string, err error)
	// AuthenticateSession resolves a cookie secret to a live session and
	// its user, sliding the idle expiry; pending sessions are returned too.
	AuthenticateSession(ctx context.Context, secret string) (*Session, *User, error)
	// CompleteSession marks the second factor as done.
	CompleteSession(ctx context.Context, id int64) error
	// ListSessions returns a user's live sessions; the user or an admin.
	ListSessions(ctx context.Context, userID int64) ([]*Session, error)
	// DeleteSession signs one session out.
	DeleteSession(ctx context.Context, id int64) error
	// DeleteUserSessions signs a user out everywhere and returns how many
	// sessions ended; the user or an admin.
	DeleteUserSessions(ctx context.Context, userID int64) (int, error)

	// SecondFactor returns a user's TOTP enrolment; a user without one gets
	// a zero SecondFactor, not an error. The user themself or the system.
	SecondFactor(ctx context.Context, userID int64) (*SecondFactor, error)
	// SaveSecondFactor stores a (new or re-enrolled) secret and whether it
	// is enabled; an empty secret removes the enrolment. The user, or an
	// admin resetting someone who lost their phone (Secret empty).
	SaveSecondFactor(ctx context.Context, f *SecondFactor) error
	// UseTOTPStep records that a code for step was accepted; it fails with
	// ECONFLICT when that step or a later one was already used.
	UseTOTPStep(ctx context.Context, userID, step int64) error

	// Preferences returns a user's UI preferences; the user or an admin.
	Preferences(ctx context.Context, userID int64) (*Preferences, error)
	// SetLocale stores the UI language a user chose ("" for the
	// browser's); the user themself.
	SetLocale(ctx context.Context, userID int64, locale string) error

	SecuritySettings(ctx context.Context) (*SecuritySettings, error)
	// UpdateSecuritySettings is for admins.
	UpdateSecuritySettings(ctx context.Context, s SecuritySettings) error
}
