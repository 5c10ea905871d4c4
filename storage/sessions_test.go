package storage_test

import (
	"strings"
	"testing"

	"kefu"
	"kefu/storage"
)

func TestSessions_CookieSecretResolvesToTheUserAndIsStoredOnlyAsAHash(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		u := mustCreateUser(t, db, "mei@example.com", kefu.RoleAgent)
		s := &kefu.Session{UserID: u.ID, UserAgent: "Mozilla/5.0 " + strings.Repeat("x", 500), IP: "203.0.113.7"}
		secret, err := db.CreateSession(sysCtx(t), s)
		must(t, err, "CreateSession")
		if s.ID == 0 || len(secret) < 40 || len(s.UserAgent) > 300 {
			t.Fatalf("CreateSession: id %d, secret %q, user agent %d bytes", s.ID, secret, len(s.UserAgent))
		}
		if n := be.count(t, `SELECT count(*) FROM sessions WHERE hash = ?`, secret); n != 0 {
			t.Error("the session secret is stored in clear")
		}
		got, user, err := db.AuthenticateSession(t.Context(), secret)
		must(t, err, "AuthenticateSession")
		if got.ID != s.ID || user.ID != u.ID || got.Pending || !got.ExpiresAt.After(got.CreatedAt) {
			t.Errorf("AuthenticateSession = %+v, user %d", got, user.ID)
		}
		for _, bad := range []string{"", "kefus_nope", secret + "x", "kefu_" + secret[6:]} {
			_, _, err := db.AuthenticateSession(t.Context(), bad)
			wantCode(t, err, kefu.EUNAUTHORIZED)
		}
	})
}

func TestSessions_PendingUntilTheSecondFactorThenComplete(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		u := mustCreateUser(t, db, "lin@example.com", kefu.RoleAgent)
		other := mustCreateUser(t, db, "other@example.com", kefu.RoleAgent)
		s := &kefu.Session{UserID: u.ID, Pending: true}
		secret, err := db.CreateSession(sysCtx(t), s)
		must(t, err, "CreateSession")
		got, _, err := db.AuthenticateSession(t.Context(), secret)
		must(t, err, "AuthenticateSession")
		if !got.Pending || got.ExpiresAt.Sub(got.CreatedAt) > kefu.SessionPendingIdle {
			t.Errorf("pending session = %+v, want pending with a short life", got)
		}
		wantCode(t, db.CompleteSession(userCtx(t, other), s.ID), kefu.ENOTFOUND)
		must(t, db.CompleteSession(sysCtx(t), s.ID), "CompleteSession")
		got, _, err = db.AuthenticateSession(t.Context(), secret)
		must(t, err, "AuthenticateSession")
		if got.Pending || got.ExpiresAt.Sub(got.CreatedAt) != kefu.SessionIdle {
			t.Errorf("completed session = %+v", got)
		}
	})
}

func TestSessions_LogOutEverywhereEndsOnlyThatUsersSessions(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		u := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent)
		other := mustCreateUser(t, db, "b@example.com", kefu.RoleAgent)
		var mine []string
		for range 3 {
			secret, err := db.CreateSession(sysCtx(t), &kefu.Session{UserID: u.ID})
			must(t, err, "CreateSession")
			mine = append(mine, secret)
		}
		theirs, err := db.CreateSession(sysCtx(t), &kefu.Session{UserID: other.ID})
		must(t, err, "CreateSession")

		list, err := db.ListSessions(userCtx(t, u), 0)
		must(t, err, "ListSessions")
		if len(list) != 3 {
			t.Errorf("ListSessions = %d sessions, want 3", len(list))
		}
		_, err = db.ListSessions(userCtx(t, u), other.ID)
		wantCode(t, err, kefu.EFORBIDDEN)
		_, err = db.DeleteUserSessions(userCtx(t, u), other.ID)
		wantCode(t, err, kefu.EFORBIDDEN)

		n, err := db.DeleteUserSessions(userCtx(t, u), u.ID)
		must(t, err, "DeleteUserSessions")
		if n != 3 {
			t.Errorf("DeleteUserSessions ended %d sessions, want 3", n)
		}
		for _, s := range mine {
			_, _, err := db.AuthenticateSession(t.Context(), s)
			wantCode(t, err, kefu.EUNAUTHORIZED)
		}
		if _, _, err := db.AuthenticateSession(t.Context(), theirs); err != nil {
			t.Errorf("another user's session ended too: %v", err)
		}
		entries, err := db.ListAudit(sysCtx(t), kefu.AuditFilter{EntityType: "user", EntityID: u.ID})
		must(t, err, "ListAudit")
		if len(entries) == 0 || entries[0].Action != "session.delete_all" {
			t.Errorf("no audit entry for logging out everywhere: %+v", entries)
		}
	})
}

func TestSessions_SignOutOneAndDisabledUsersAreRefused(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		u := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent)
		other := mustCreateUser(t, db, "b@example.com", kefu.RoleAgent)
		s := &kefu.Session{UserID: u.ID}
		secret, err := db.CreateSession(sysCtx(t), s)
		must(t, err, "CreateSession")
		wantCode(t, db.DeleteSession(userCtx(t, other), s.ID), kefu.ENOTFOUND)
		must(t, db.DeleteSession(userCtx(t, u), s.ID), "DeleteSession")
		_, _, err = db.AuthenticateSession(t.Context(), secret)
		wantCode(t, err, kefu.EUNAUTHORIZED)

		secret, err = db.CreateSession(sysCtx(t), &kefu.Session{UserID: u.ID})
		must(t, err, "CreateSession")
		disabled := true
		_, err = db.UpdateUser(sysCtx(t), u.ID, kefu.UserUpdate{Disabled: &disabled})
		must(t, err, "UpdateUser")
		_, _, err = db.AuthenticateSession(t.Context(), secret)
		wantCode(t, err, kefu.EUNAUTHORIZED)
	})
}
