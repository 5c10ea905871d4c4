package storage_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

const goodPassword = "correct horse battery staple"

func TestUsers_CreateFindListUpdate(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		a := mustCreateStore(t, db, "a", "amazon", "USD")
		b := mustCreateStore(t, db, "b", "ebay", "USD")
		u := &kefu.User{Email: "  Mei.Chen@Example.COM ", Name: "陈美", Role: kefu.RoleAgent, StoreIDs: []int64{b.ID, a.ID}, Locale: "zh-CN", Timezone: "Asia/Shanghai"}
		must(t, db.CreateUser(ctx, u, goodPassword), "CreateUser")
		if u.ID == 0 {
			t.Fatal("CreateUser left ID 0")
		}
		got, err := db.FindUserByEmail(ctx, "mei.chen@example.com")
		must(t, err, "FindUserByEmail")
		if got.ID != u.ID || got.Email != "mei.chen@example.com" || got.Name != "陈美" || got.Role != kefu.RoleAgent ||
			got.Locale != "zh-CN" || got.Timezone != "Asia/Shanghai" || got.DisabledAt != nil {
			t.Errorf("FindUserByEmail = %+v", got)
		}
		ids := slices.Clone(got.StoreIDs)
		slices.Sort(ids)
		if want := []int64{a.ID, b.ID}; !slices.Equal(ids, want) {
			t.Errorf("StoreIDs = %v, want %v", got.StoreIDs, want)
		}
		byID, err := db.FindUserByID(ctx, u.ID)
		must(t, err, "FindUserByID")
		if byID.Email != got.Email {
			t.Errorf("FindUserByID = %+v", byID)
		}
		mustCreateUser(t, db, "adam@example.com", kefu.RoleAdmin)
		list, err := db.ListUsers(ctx)
		must(t, err, "ListUsers")
		if len(list) != 2 {
			t.Errorf("ListUsers = %d users, want 2", len(list))
		}
		for _, l := range list {
			if l.PasswordHash != "" && strings.Contains(l.PasswordHash, goodPassword) {
				t.Error("ListUsers exposes the password")
			}
		}

		role, none := kefu.RoleSupervisor, []int64{}
		upd, err := db.UpdateUser(ctx, u.ID, kefu.UserUpdate{Role: &role, StoreIDs: &none})
		must(t, err, "UpdateUser")
		if upd.Role != kefu.RoleSupervisor || len(upd.StoreIDs) != 0 {
			t.Errorf("UpdateUser = %+v", upd)
		}
		again, err := db.FindUserByID(ctx, u.ID)
		must(t, err, "FindUserByID after update")
		if again.Role != kefu.RoleSupervisor || len(again.StoreIDs) != 0 {
			t.Errorf("user after update = %+v", again)
		}
		_, err = db.FindUserByID(ctx, 999999)
		wantCode(t, err, kefu.ENOTFOUND)
		_, err = db.FindUserByEmail(ctx, "nobody@example.com")
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

func TestUsers_AuthenticateChecksPasswordAndDisabledState(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		ctx := sysCtx(t)
		login := context.Background() // nobody is signed in yet
		u := &kefu.User{Email: "agent@example.com", Role: kefu.RoleAgent}
		must(t, db.CreateUser(ctx, u, goodPassword), "CreateUser")
		nopw := &kefu.User{Email: "sso-only@example.com", Role: kefu.RoleAgent}
		must(t, db.CreateUser(ctx, nopw, ""), "CreateUser without password")

		got, err := db.Authenticate(login, "agent@example.com", goodPassword)
		must(t, err, "Authenticate with the right password")
		if got.ID != u.ID {
			t.Errorf("Authenticate returned user %d, want %d", got.ID, u.ID)
		}
		for _, tt := range []struct{ name, email, pw string }{
			{"wrong password", "agent@example.com", "correct horse battery stapler"},
			{"empty password", "agent@example.com", ""},
			{"unknown email", "ghost@example.com", goodPassword},
			{"user without a password", "sso-only@example.com", ""},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, err := db.Authenticate(login, tt.email, tt.pw)
				wantCode(t, err, kefu.EUNAUTHORIZED)
			})
		}

		raw := be.rowText(t, `SELECT * FROM users`)
		if strings.Contains(raw, goodPassword) {
			t.Error("the users table holds the password in plain text")
		}

		yes := true
		_, err = db.UpdateUser(ctx, u.ID, kefu.UserUpdate{Disabled: &yes})
		must(t, err, "disable")
		_, err = db.Authenticate(login, "agent@example.com", goodPassword)
		wantCode(t, err, kefu.EUNAUTHORIZED)

		// A new password replaces the old one.
		no, newPW := false, "another long passphrase"
		_, err = db.UpdateUser(ctx, u.ID, kefu.UserUpdate{Disabled: &no, Password: &newPW})
		must(t, err, "re-enable with a new password")
		_, err = db.Authenticate(login, "agent@example.com", goodPassword)
		wantCode(t, err, kefu.EUNAUTHORIZED)
		_, err = db.Authenticate(login, "agent@example.com", newPW)
		must(t, err, "Authenticate with the new password")
	})
}

func TestUsers_DuplicateEmailIsConflictAndBadInputIsInvalid(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		mustCreateUser(t, db, "agent@example.com", kefu.RoleAgent)
		wantCode(t, db.CreateUser(ctx, &kefu.User{Email: "Agent@Example.com", Role: kefu.RoleViewer}, goodPassword), kefu.ECONFLICT)
		wantInvalid(t, db.CreateUser(ctx, &kefu.User{Email: "not-an-email", Role: kefu.RoleAgent}, goodPassword), "email")
		wantInvalid(t, db.CreateUser(ctx, &kefu.User{Email: "x@example.com", Role: "god"}, goodPassword), "role")
		wantInvalid(t, db.CreateUser(ctx, &kefu.User{Email: "y@example.com", Role: kefu.RoleAgent}, "short"), "password")
		list, err := db.ListUsers(ctx)
		must(t, err, "ListUsers")
		if len(list) != 1 {
			t.Errorf("%d users after refused creates, want 1", len(list))
		}
	})
}

func TestTokens_SecretIsShownOnceStoredHashedAndResolvesToItsUser(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		ctx := sysCtx(t)
		login := context.Background()
		u := mustCreateUser(t, db, "bot-owner@example.com", kefu.RoleAgent)
		tok := &kefu.Token{UserID: u.ID, Name: "erp sync", Scopes: []string{kefu.ScopeTicketsRead, kefu.ScopeOrdersWrite}}
		secret, err := db.CreateToken(ctx, tok)
		must(t, err, "CreateToken")
		if len(secret) < 20 || tok.ID == 0 {
			t.Fatalf("CreateToken returned secret %q, token %+v", secret, tok)
		}
		if tok.Prefix == "" || !strings.HasPrefix(secret, tok.Prefix) || len(tok.Prefix) >= len(secret)/2 {
			t.Errorf("Prefix %q should be a short start of the secret", tok.Prefix)
		}
		gotTok, gotUser, err := db.AuthenticateToken(login, secret)
		must(t, err, "AuthenticateToken")
		if gotTok.ID != tok.ID || gotUser.ID != u.ID || !slices.Equal(gotTok.Scopes, tok.Scopes) {
			t.Errorf("AuthenticateToken = %+v, %+v", gotTok, gotUser)
		}

		raw := be.rowText(t, `SELECT * FROM api_tokens`)
		if strings.Contains(raw, secret) || strings.Contains(raw, secret[len(tok.Prefix):]) {
			t.Errorf("api_tokens holds the secret, not only its hash: %s", raw)
		}
		list, err := db.ListTokens(ctx, u.ID)
		must(t, err, "ListTokens")
		if len(list) != 1 || list[0].ID != tok.ID || list[0].Name != "erp sync" {
			t.Errorf("ListTokens = %+v", list)
		}

		_, _, err = db.AuthenticateToken(login, secret+"x")
		wantCode(t, err, kefu.EUNAUTHORIZED)
		_, _, err = db.AuthenticateToken(login, "")
		wantCode(t, err, kefu.EUNAUTHORIZED)

		must(t, db.RevokeToken(ctx, tok.ID), "RevokeToken")
		_, _, err = db.AuthenticateToken(login, secret)
		wantCode(t, err, kefu.EUNAUTHORIZED)
		if list, _ := db.ListTokens(ctx, u.ID); len(list) == 1 && list[0].RevokedAt == nil {
			t.Error("a revoked token is listed without RevokedAt")
		}
	})
}

func TestTokens_ExpiredTokenOrDisabledUserIsUnauthorized(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		login := context.Background()
		u := mustCreateUser(t, db, "short@example.com", kefu.RoleAgent)
		soon := kefu.Now().Add(300 * time.Millisecond)
		secret, err := db.CreateToken(ctx, &kefu.Token{UserID: u.ID, Name: "short-lived", Scopes: []string{kefu.ScopeTicketsRead}, ExpiresAt: &soon})
		must(t, err, "CreateToken")
		_, _, err = db.AuthenticateToken(login, secret)
		must(t, err, "AuthenticateToken before expiry")
		time.Sleep(time.Until(soon) + 50*time.Millisecond)
		_, _, err = db.AuthenticateToken(login, secret)
		wantCode(t, err, kefu.EUNAUTHORIZED)

		other := mustCreateUser(t, db, "leaver@example.com", kefu.RoleAgent)
		secret2, err := db.CreateToken(ctx, &kefu.Token{UserID: other.ID, Scopes: []string{kefu.ScopeTicketsRead}})
		must(t, err, "CreateToken")
		yes := true
		_, err = db.UpdateUser(ctx, other.ID, kefu.UserUpdate{Disabled: &yes})
		must(t, err, "disable")
		_, _, err = db.AuthenticateToken(login, secret2)
		wantCode(t, err, kefu.EUNAUTHORIZED)

		_, err = db.CreateToken(ctx, &kefu.Token{UserID: u.ID, Scopes: []string{"tickets:delete"}})
		wantInvalid(t, err, "scopes")
	})
}
