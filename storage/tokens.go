package storage

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base32"
	"encoding/hex"
	"strings"

	"kefu"
)

// tokenPrefix marks kefu secrets so that secret scanners can find leaks.
const tokenPrefix = "kefu_"

// Token secrets carry 160 random bits, so a fast hash (SHA-256) is enough
// to store them: there is nothing to brute-force.
func hashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

const tokenColumns = `id, user_id, name, prefix, scopes, expires_at, last_used_at, revoked_at, created_at`

// CreateToken stores a new token for t.UserID and returns its secret.
// Users create their own; admins create for anyone. A token never grants
// more than its user's role allows.
func (db *DB) CreateToken(ctx context.Context, t *kefu.Token) (string, error) {
	a := kefu.ActorFrom(ctx)
	if t.UserID == 0 {
		t.UserID = a.UserID()
	}
	if t.UserID != a.UserID() {
		if err := a.Require(kefu.ScopeAdmin); err != nil {
			return "", err
		}
	} else if a == nil {
		return "", kefu.Errorf(kefu.EUNAUTHORIZED, "authentication required")
	}
	if err := t.Validate(db.now()); err != nil {
		return "", err
	}
	raw := make([]byte, 20)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	secret := tokenPrefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw))
	t.Prefix = secret[:len(tokenPrefix)+6]
	err := db.inTx(ctx, func(tx *tx) error {
		owner, err := db.findUser(ctx, tx, `id = ?`, t.UserID)
		if err != nil {
			return err
		}
		for _, s := range t.Scopes {
			if err := (&kefu.Actor{User: owner}).Require(s); err != nil {
				return kefu.Invalid("scopes", "user %s (role %s) cannot hold scope %s", owner.Email, owner.Role, s)
			}
		}
		t.CreatedAt = tx.now
		t.ID, err = tx.insert(ctx, `INSERT INTO api_tokens (user_id, name, prefix, hash, scopes, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			t.UserID, t.Name, t.Prefix, hashToken(secret), strings.Join(t.Scopes, " "), msOrNil(t.ExpiresAt), ms(tx.now))
		if err != nil {
			return err
		}
		return tx.audit(ctx, "token.create", "token", t.ID, nil, t)
	})
	if err != nil {
		return "", err
	}
	return secret, nil
}

// ListTokens returns a user's tokens; 0 means the caller's own.
func (db *DB) ListTokens(ctx context.Context, userID int64) ([]*kefu.Token, error) {
	a := kefu.ActorFrom(ctx)
	if userID == 0 {
		userID = a.UserID()
	}
	if userID != a.UserID() || a == nil {
		if err := a.Require(kefu.ScopeAdmin); err != nil {
			return nil, err
		}
	}
	query := `SELECT ` + tokenColumns + ` FROM api_tokens WHERE user_id = ? ORDER BY id`
	args := []any{userID}
	if userID == 0 { // the system lists every token
		query, args = `SELECT `+tokenColumns+` FROM api_tokens ORDER BY id`, nil
	}
	rows, err := db.query(ctx, db.reader(ctx), query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// RevokeToken revokes a token; users revoke their own, admins any.
func (db *DB) RevokeToken(ctx context.Context, id int64) error {
	a := kefu.ActorFrom(ctx)
	if a == nil {
		return kefu.Errorf(kefu.EUNAUTHORIZED, "authentication required")
	}
	return db.inTx(ctx, func(tx *tx) error {
		t, err := scanToken(tx.queryRow(ctx, `SELECT `+tokenColumns+` FROM api_tokens WHERE id = ?`, id))
		if err != nil {
			return notFound(err, "token")
		}
		if t.UserID != a.UserID() {
			if err := a.Require(kefu.ScopeAdmin); err != nil {
				return kefu.NotFound("token")
			}
		}
		if t.RevokedAt != nil {
			return nil
		}
		before := *t
		now := tx.now
		t.RevokedAt = &now
		if _, err := tx.exec(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE id = ?`, ms(now), id); err != nil {
			return err
		}
		return tx.audit(ctx, "token.revoke", "token", id, before, t)
	})
}

// AuthenticateToken resolves a secret to its live token and user.
func (db *DB) AuthenticateToken(ctx context.Context, secret string) (*kefu.Token, *kefu.User, error) {
	denied := kefu.Errorf(kefu.EUNAUTHORIZED, "invalid or expired token")
	if !strings.HasPrefix(secret, tokenPrefix) || len(secret) > 100 {
		return nil, nil, denied
	}
	t, err := scanToken(db.queryRow(ctx, db.reader(ctx), `SELECT `+tokenColumns+` FROM api_tokens WHERE hash = ?`, hashToken(secret)))
	if err == sql.ErrNoRows {
		return nil, nil, denied
	} else if err != nil {
		return nil, nil, err
	}
	now := db.now()
	if t.RevokedAt != nil || t.ExpiresAt != nil && !now.Before(*t.ExpiresAt) {
		return nil, nil, denied
	}
	u, err := db.findUser(ctx, db.reader(ctx), `id = ?`, t.UserID)
	if err != nil {
		return nil, nil, err
	}
	if u.DisabledAt != nil {
		return nil, nil, kefu.Errorf(kefu.EUNAUTHORIZED, "user is disabled")
	}
	// last_used_at is informational; refresh it at most once a minute so
	// reads do not turn into a write per request.
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > 60e9 {
		_, _ = db.write.ExecContext(ctx, db.dialect.rebind(`UPDATE api_tokens SET last_used_at = ? WHERE id = ?`), ms(now), t.ID)
	}
	return t, u, nil
}

func scanToken(row scanner) (*kefu.Token, error) {
	var t kefu.Token
	var scopes string
	var expires, used, revoked sql.NullInt64
	var created int64
	if err := row.Scan(&t.ID, &t.UserID, &t.Name, &t.Prefix, &scopes, &expires, &used, &revoked, &created); err != nil {
		return nil, err
	}
	t.Scopes = strings.Fields(scopes)
	t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.CreatedAt = fromNullMS(expires), fromNullMS(used), fromNullMS(revoked), fromMS(created)
	return &t, nil
}
