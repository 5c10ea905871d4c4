package storage_test

import (
	"testing"

	"kefu"
	"kefu/storage"
)

func TestSecondFactor_SecretIsSealedAndOnlyTheUserReadsIt(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		u := mustCreateUser(t, db, "mei@example.com", kefu.RoleAgent)
		admin := mustCreateUser(t, db, "boss@example.com", kefu.RoleAdmin)
		f, err := db.SecondFactor(userCtx(t, u), u.ID)
		must(t, err, "SecondFactor before enrolment")
		if f.Enabled || f.Secret != "" {
			t.Errorf("SecondFactor before enrolment = %+v", f)
		}
		const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
		must(t, db.SaveSecondFactor(userCtx(t, u), &kefu.SecondFactor{UserID: u.ID, Secret: secret, Enabled: true}), "SaveSecondFactor")
		if raw := be.rowText(t, `SELECT totp_secret FROM user_security WHERE user_id = ?`, u.ID); raw == "" || contains(raw, secret) {
			t.Errorf("stored TOTP secret is not sealed: %q", raw)
		}
		f, err = db.SecondFactor(userCtx(t, u), u.ID)
		must(t, err, "SecondFactor")
		if !f.Enabled || f.Secret != secret || f.EnabledAt == nil {
			t.Errorf("SecondFactor = %+v", f)
		}
		if p, err := db.Preferences(userCtx(t, u), u.ID); err != nil || !p.SecondFactor {
			t.Errorf("Preferences after enabling TOTP = %+v, %v; want SecondFactor", p, err)
		}
		_, err = db.SecondFactor(userCtx(t, admin), u.ID)
		wantCode(t, err, kefu.EFORBIDDEN)
		// An admin resets a lost phone but cannot plant a secret.
		wantCode(t, db.SaveSecondFactor(userCtx(t, admin), &kefu.SecondFactor{UserID: u.ID, Secret: secret, Enabled: true}), kefu.EFORBIDDEN)
		must(t, db.SaveSecondFactor(userCtx(t, admin), &kefu.SecondFactor{UserID: u.ID}), "reset")
		f, err = db.SecondFactor(sysCtx(t), u.ID)
		must(t, err, "SecondFactor")
		if f.Enabled || f.Secret != "" {
			t.Errorf("SecondFactor after reset = %+v", f)
		}
		if p, err := db.Preferences(userCtx(t, u), u.ID); err != nil || p.SecondFactor {
			t.Errorf("Preferences after reset = %+v, %v; want no SecondFactor", p, err)
		}
	})
}

func TestSecondFactor_AStepIsUsedOnceAndOnlyForward(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		u := mustCreateUser(t, db, "mei@example.com", kefu.RoleAgent)
		ctx := userCtx(t, u)
		wantCode(t, db.UseTOTPStep(ctx, u.ID, 100), kefu.ECONFLICT) // not enrolled
		must(t, db.SaveSecondFactor(ctx, &kefu.SecondFactor{UserID: u.ID, Secret: "JBSWY3DPEHPK3PXP", Enabled: true}), "SaveSecondFactor")
		must(t, db.UseTOTPStep(ctx, u.ID, 100), "first use")
		wantCode(t, db.UseTOTPStep(ctx, u.ID, 100), kefu.ECONFLICT)
		wantCode(t, db.UseTOTPStep(ctx, u.ID, 99), kefu.ECONFLICT)
		must(t, db.UseTOTPStep(ctx, u.ID, 101), "next step")
	})
}

func TestSecuritySettings_RequireTOTPIsAdminsToSet(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		agent := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent)
		s, err := db.SecuritySettings(t.Context())
		must(t, err, "SecuritySettings")
		if s.RequireTOTP {
			t.Error("a new database requires TOTP")
		}
		wantCode(t, db.UpdateSecuritySettings(userCtx(t, agent), kefu.SecuritySettings{RequireTOTP: true}), kefu.EFORBIDDEN)
		for _, want := range []bool{true, false, true} {
			must(t, db.UpdateSecuritySettings(sysCtx(t), kefu.SecuritySettings{RequireTOTP: want}), "UpdateSecuritySettings")
			s, err = db.SecuritySettings(t.Context())
			must(t, err, "SecuritySettings")
			if s.RequireTOTP != want {
				t.Errorf("RequireTOTP = %v, want %v", s.RequireTOTP, want)
			}
		}
	})
}

func TestPII_GrantIsAdminsAndUnmaskingIsAudited(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		agent := mustCreateUser(t, db, "a@example.com", kefu.RoleAgent)
		p, err := db.Preferences(userCtx(t, agent), agent.ID)
		must(t, err, "Preferences")
		if p.PII || p.Locale != "" {
			t.Errorf("a new agent's preferences = %+v", p)
		}
		wantCode(t, db.GrantPII(userCtx(t, agent), agent.ID, true), kefu.EFORBIDDEN)
		must(t, db.GrantPII(sysCtx(t), agent.ID, true), "GrantPII")
		must(t, db.SetLocale(userCtx(t, agent), agent.ID, "zh-CN"), "SetLocale")
		wantInvalid(t, db.SetLocale(userCtx(t, agent), agent.ID, "fr"), "locale")
		if p, _ = db.Preferences(userCtx(t, agent), agent.ID); !p.PII || p.Locale != "zh-CN" {
			t.Errorf("preferences after GrantPII and SetLocale = %+v", p)
		}
		must(t, db.RecordUnmask(userCtx(t, agent), "customer", 42, []string{"email"}), "RecordUnmask")
		entries, err := db.ListAudit(sysCtx(t), kefu.AuditFilter{EntityType: "customer", EntityID: 42})
		must(t, err, "ListAudit")
		if len(entries) != 1 || entries[0].Action != "pii.unmask" || entries[0].ActorID != agent.ID || !contains(string(entries[0].After), "email") {
			t.Errorf("audit after unmask = %+v", entries)
		}
	})
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
