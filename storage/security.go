package storage

import (
	"context"
	"database/sql"
	"strconv"

	"kefu"
)

// SecondFactor returns a user's TOTP enrolment, opening the sealed
// secret; a user who never enrolled gets a zero value. Only the user and
// the system read it: an admin has no business with anyone's secret.
func (db *DB) SecondFactor(ctx context.Context, userID int64) (*kefu.SecondFactor, error) {
	a := kefu.ActorFrom(ctx)
	if a == nil || a.User != nil && a.User.ID != userID {
		return nil, kefu.Errorf(kefu.EFORBIDDEN, "only the user can read their second factor")
	}
	f := &kefu.SecondFactor{UserID: userID}
	var sealed []byte
	var enabledAt sql.NullInt64
	err := db.queryRow(ctx, db.reader(ctx), `SELECT totp_secret, totp_enabled, totp_enabled_at, totp_last_step FROM user_security WHERE user_id = ?`, userID).
		Scan(&sealed, &f.Enabled, &enabledAt, &f.LastStep)
	if err == sql.ErrNoRows {
		return f, nil
	} else if err != nil {
		return nil, err
	}
	f.EnabledAt = fromNullMS(enabledAt)
	secrets, err := db.sealer.open(sealed)
	if err != nil {
		return nil, err
	}
	f.Secret = secrets["totp"]
	if f.Secret == "" {
		f.Enabled = false
	}
	return f, nil
}

// SaveSecondFactor stores a user's TOTP secret sealed, or removes it when
// f.Secret is empty. Users enrol themselves; an admin may only remove
// someone's enrolment (a lost phone), never set one.
func (db *DB) SaveSecondFactor(ctx context.Context, f *kefu.SecondFactor) error {
	a := kefu.ActorFrom(ctx)
	if a == nil {
		return kefu.Errorf(kefu.EUNAUTHORIZED, "authentication required")
	}
	if a.User != nil && a.User.ID != f.UserID {
		if err := a.Require(kefu.ScopeAdmin); err != nil {
			return err
		}
		if f.Secret != "" {
			return kefu.Errorf(kefu.EFORBIDDEN, "users enrol their own second factor; an admin can only reset it")
		}
	}
	if f.Secret == "" {
		f.Enabled = false
	}
	var secrets kefu.Secrets
	if f.Secret != "" {
		secrets = kefu.Secrets{"totp": f.Secret}
	}
	sealed, err := db.sealer.seal(secrets)
	if err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		if err := t.ensureUserSecurity(ctx, f.UserID); err != nil {
			return err
		}
		var enabledAt any
		if f.Enabled {
			now := t.now
			f.EnabledAt, enabledAt = &now, ms(now)
		} else {
			f.EnabledAt = nil
		}
		if _, err := t.exec(ctx, `UPDATE user_security SET totp_secret = ?, totp_enabled = ?, totp_enabled_at = ?, totp_last_step = 0, updated_at = ? WHERE user_id = ?`,
			sealed, f.Enabled, enabledAt, ms(t.now), f.UserID); err != nil {
			return err
		}
		action := "user.totp_enable"
		switch {
		case f.Secret == "":
			action = "user.totp_reset"
		case !f.Enabled:
			action = "user.totp_enrol"
		}
		return t.audit(ctx, action, "user", f.UserID, nil, map[string]any{"enabled": f.Enabled})
	})
}

// ensureUserSecurity creates a user's settings row when it is missing.
func (t *tx) ensureUserSecurity(ctx context.Context, userID int64) error {
	_, err := t.exec(ctx, `INSERT INTO user_security (user_id, updated_at) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING`, userID, ms(t.now))
	if isForeignKeyViolation(err) {
		return kefu.NotFound("user")
	}
	return err
}

// UseTOTPStep records that a code for step was accepted. The conditional
// update is the whole check: of two requests with the same code, one
// moves the step and the other finds nothing to update.
func (db *DB) UseTOTPStep(ctx context.Context, userID, step int64) error {
	a := kefu.ActorFrom(ctx)
	if a == nil || a.User != nil && a.User.ID != userID {
		return kefu.Errorf(kefu.EFORBIDDEN, "only the user can use their second factor")
	}
	return db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, db.dialect.q("use_totp_step"), step, ms(t.now), userID, step)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return kefu.Errorf(kefu.ECONFLICT, "this code was already used; wait for the next one")
		}
		return nil
	})
}

const settingRequireTOTP = "require_totp"

// SecuritySettings returns the sign-in rules; anyone may read them, since
// signing in depends on them.
func (db *DB) SecuritySettings(ctx context.Context) (*kefu.SecuritySettings, error) {
	var s kefu.SecuritySettings
	var v string
	err := db.queryRow(ctx, db.reader(ctx), `SELECT value FROM settings WHERE name = ?`, settingRequireTOTP).Scan(&v)
	if err != nil && err != sql.ErrNoRows {
		return nil, err
	}
	s.RequireTOTP, _ = strconv.ParseBool(v)
	return &s, nil
}

// UpdateSecuritySettings changes the sign-in rules. Admins only.
func (db *DB) UpdateSecuritySettings(ctx context.Context, s kefu.SecuritySettings) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		if _, err := t.exec(ctx, db.dialect.q("upsert_setting"), settingRequireTOTP, strconv.FormatBool(s.RequireTOTP), ms(t.now)); err != nil {
			return err
		}
		return t.audit(ctx, "settings.update", "settings", 0, nil, s)
	})
}

// Preferences returns a user's UI preferences; users read their own,
// admins anyone's. A user who never set any gets the zero value.
func (db *DB) Preferences(ctx context.Context, userID int64) (*kefu.Preferences, error) {
	if err := requireSelfOrAdmin(kefu.ActorFrom(ctx), userID); err != nil {
		return nil, err
	}
	var p kefu.Preferences
	err := db.queryRow(ctx, db.reader(ctx), `SELECT locale, pii, totp_enabled AND totp_secret IS NOT NULL FROM user_security WHERE user_id = ?`, userID).
		Scan(&p.Locale, &p.PII, &p.SecondFactor)
	if err == sql.ErrNoRows {
		return &p, nil
	}
	return &p, err
}

// SetLocale stores the UI language a user chose, "" to follow the
// browser. Users set their own.
func (db *DB) SetLocale(ctx context.Context, userID int64, locale string) error {
	a := kefu.ActorFrom(ctx)
	if a == nil || a.User != nil && a.User.ID != userID {
		return kefu.Errorf(kefu.EFORBIDDEN, "users choose their own language")
	}
	if locale != "" && locale != "en" && locale != "zh-CN" {
		return kefu.Invalid("locale", "locale must be en or zh-CN, or empty for the browser's")
	}
	return db.inTx(ctx, func(t *tx) error {
		if err := t.ensureUserSecurity(ctx, userID); err != nil {
			return err
		}
		_, err := t.exec(ctx, `UPDATE user_security SET locale = ?, updated_at = ? WHERE user_id = ?`, locale, ms(t.now), userID)
		return err
	})
}

// GrantPII lets one user see personal data unmasked, or takes it back.
// Admins only.
func (db *DB) GrantPII(ctx context.Context, userID int64, granted bool) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		if err := t.ensureUserSecurity(ctx, userID); err != nil {
			return err
		}
		if _, err := t.exec(ctx, `UPDATE user_security SET pii = ?, updated_at = ? WHERE user_id = ?`, granted, ms(t.now), userID); err != nil {
			return err
		}
		return t.audit(ctx, "user.pii_grant", "user", userID, nil, map[string]any{"pii": granted})
	})
}

// RecordUnmask logs that the caller revealed personal data on purpose.
// Anyone who may read tickets may unmask; the log is what keeps it honest.
func (db *DB) RecordUnmask(ctx context.Context, entityType string, entityID int64, fields []string) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		return t.audit(ctx, "pii.unmask", entityType, entityID, nil, map[string]any{"fields": fields})
	})
}
