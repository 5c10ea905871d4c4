package storage

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"strings"
	"time"

	"kefu"
)

// sessionPrefix marks session secrets so that secret scanners find leaks.
const sessionPrefix = "kefus_"

const sessionColumns = `id, user_id, pending, user_agent, ip, created_at, last_seen_at, expires_at`

// CreateSession stores a session for a user whose password the caller has
// just checked and returns the cookie secret. Session secrets carry 256
// random bits, so like token secrets a SHA-256 is enough to store them.
func (db *DB) CreateSession(ctx context.Context, s *kefu.Session) (string, error) {
	if err := s.Validate(); err != nil {
		return "", err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	secret := sessionPrefix + base64.RawURLEncoding.EncodeToString(raw)
	err := db.inTx(ctx, func(t *tx) error {
		// Expired sessions go as new ones come: bounded, indexed work.
		if _, err := t.exec(ctx, `DELETE FROM sessions WHERE expires_at < ?`, ms(t.now)); err != nil {
			return err
		}
		s.CreatedAt, s.LastSeenAt = t.now, t.now
		s.ExpiresAt = sessionExpiry(s, t.now)
		var err error
		s.ID, err = t.insert(ctx, `INSERT INTO sessions (hash, user_id, pending, user_agent, ip, created_at, last_seen_at, expires_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, hashToken(secret), s.UserID, s.Pending, s.UserAgent, s.IP, ms(t.now), ms(t.now), ms(s.ExpiresAt))
		if isForeignKeyViolation(err) {
			return kefu.Invalid("user_id", "user %d does not exist", s.UserID)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	return secret, nil
}

// sessionExpiry is when s ends if it is not used again after now: an idle
// gap, but never past the maximum age.
func sessionExpiry(s *kefu.Session, now time.Time) time.Time {
	idle := kefu.SessionIdle
	if s.Pending {
		idle = kefu.SessionPendingIdle
	}
	exp := now.Add(idle)
	if limit := s.CreatedAt.Add(kefu.SessionMaxAge); exp.After(limit) {
		exp = limit
	}
	return exp
}

// sessionTouchEvery bounds how often a busy browser's session is written:
// last_seen_at is for display and the idle expiry only needs minutes.
const sessionTouchEvery = time.Minute

// AuthenticateSession resolves a cookie secret to a live session and its
// enabled user.
func (db *DB) AuthenticateSession(ctx context.Context, secret string) (*kefu.Session, *kefu.User, error) {
	denied := kefu.Errorf(kefu.EUNAUTHORIZED, "session expired; sign in again")
	if !strings.HasPrefix(secret, sessionPrefix) || len(secret) > 100 {
		return nil, nil, denied
	}
	s, err := scanSession(db.queryRow(ctx, db.reader(ctx), `SELECT `+sessionColumns+` FROM sessions WHERE hash = ?`, hashToken(secret)))
	if err == sql.ErrNoRows {
		return nil, nil, denied
	} else if err != nil {
		return nil, nil, err
	}
	now := db.now()
	if !now.Before(s.ExpiresAt) {
		return nil, nil, denied
	}
	u, err := db.findUser(ctx, db.reader(ctx), `id = ?`, s.UserID)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		return nil, nil, denied
	} else if err != nil {
		return nil, nil, err
	}
	if u.DisabledAt != nil {
		return nil, nil, kefu.Errorf(kefu.EUNAUTHORIZED, "user is disabled")
	}
	if now.Sub(s.LastSeenAt) >= sessionTouchEvery {
		s.LastSeenAt, s.ExpiresAt = now, sessionExpiry(s, now)
		_, _ = db.write.ExecContext(ctx, db.dialect.rebind(`UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?`),
			ms(now), ms(s.ExpiresAt), s.ID)
	}
	return s, u, nil
}

// CompleteSession marks the second factor of a session as done, and
// restarts its lifetime: the session really begins now.
func (db *DB) CompleteSession(ctx context.Context, id int64) error {
	return db.inTx(ctx, func(t *tx) error {
		s, err := scanSession(t.queryRow(ctx, `SELECT `+sessionColumns+` FROM sessions WHERE id = ?`, id))
		if err != nil {
			return notFound(err, "session")
		}
		// The system completes a session after checking the code; a user
		// only their own.
		if a := kefu.ActorFrom(ctx); a == nil || a.User != nil && a.User.ID != s.UserID {
			return kefu.NotFound("session")
		}
		s.Pending, s.CreatedAt = false, t.now
		s.ExpiresAt = sessionExpiry(s, t.now)
		_, err = t.exec(ctx, `UPDATE sessions SET pending = ?, created_at = ?, last_seen_at = ?, expires_at = ? WHERE id = ?`,
			false, ms(t.now), ms(t.now), ms(s.ExpiresAt), id)
		return err
	})
}

// ListSessions returns a user's live sessions, newest first; 0 means the
// caller's own.
func (db *DB) ListSessions(ctx context.Context, userID int64) ([]*kefu.Session, error) {
	a := kefu.ActorFrom(ctx)
	if userID == 0 {
		userID = a.UserID()
	}
	if err := requireSelfOrAdmin(a, userID); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+sessionColumns+` FROM sessions WHERE user_id = ? AND expires_at > ? ORDER BY id DESC`,
		userID, ms(db.now()))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.Session
	for rows.Next() {
		s, err := scanSession(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// DeleteSession ends one session: the owner's sign-out, or an admin's.
func (db *DB) DeleteSession(ctx context.Context, id int64) error {
	a := kefu.ActorFrom(ctx)
	return db.inTx(ctx, func(t *tx) error {
		var owner int64
		if err := t.queryRow(ctx, `SELECT user_id FROM sessions WHERE id = ?`, id).Scan(&owner); err != nil {
			return notFound(err, "session")
		}
		if err := requireSelfOrAdmin(a, owner); err != nil {
			return kefu.NotFound("session")
		}
		_, err := t.exec(ctx, `DELETE FROM sessions WHERE id = ?`, id)
		return err
	})
}

// DeleteUserSessions signs a user out everywhere ("log out everywhere",
// or an admin locking a lost laptop out) and records it.
func (db *DB) DeleteUserSessions(ctx context.Context, userID int64) (int, error) {
	a := kefu.ActorFrom(ctx)
	if err := requireSelfOrAdmin(a, userID); err != nil {
		return 0, err
	}
	var n int64
	err := db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		return t.audit(ctx, "session.delete_all", "user", userID, nil, map[string]any{"sessions": n})
	})
	return int(n), err
}

// requireSelfOrAdmin lets users manage what is theirs and admins anyone's;
// the system may do either.
func requireSelfOrAdmin(a *kefu.Actor, userID int64) error {
	if a == nil {
		return kefu.Errorf(kefu.EUNAUTHORIZED, "authentication required")
	}
	if a.User != nil && a.User.ID == userID && a.User.DisabledAt == nil {
		return nil
	}
	return a.Require(kefu.ScopeAdmin)
}

func scanSession(row scanner) (*kefu.Session, error) {
	var s kefu.Session
	var created, seen, expires int64
	if err := row.Scan(&s.ID, &s.UserID, &s.Pending, &s.UserAgent, &s.IP, &created, &seen, &expires); err != nil {
		return nil, err
	}
	s.CreatedAt, s.LastSeenAt, s.ExpiresAt = fromMS(created), fromMS(seen), fromMS(expires)
	return &s, nil
}
