package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"kefu"
)

const userColumns = `id, email, name, role, locale, timezone, password_hash, disabled_at, created_at, updated_at`

// dummyHash keeps Authenticate's timing the same for unknown emails.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("kefu-timing-equaliser"), bcrypt.DefaultCost)

// CreateUser adds a user, hashing password when given. Admins only.
func (db *DB) CreateUser(ctx context.Context, u *kefu.User, password string) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := u.Validate(); err != nil {
		return err
	}
	if password != "" {
		if err := kefu.CheckPassword(password); err != nil {
			return err
		}
		hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
		if err != nil {
			return err
		}
		u.PasswordHash = string(hash)
	}
	return db.inTx(ctx, func(t *tx) error {
		var err error
		u.CreatedAt, u.UpdatedAt = t.now, t.now
		u.ID, err = t.insert(ctx, `INSERT INTO users (email, name, role, locale, timezone, password_hash, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, u.Email, u.Name, u.Role, u.Locale, u.Timezone, u.PasswordHash, ms(t.now), ms(t.now))
		if isUniqueViolation(err) {
			return &kefu.Error{Code: kefu.ECONFLICT, Message: fmt.Sprintf("a user with email %s exists", u.Email), Field: "email"}
		} else if err != nil {
			return err
		}
		if err := t.setUserStores(ctx, u.ID, u.StoreIDs); err != nil {
			return err
		}
		return t.audit(ctx, "user.create", "user", u.ID, nil, u)
	})
}

func (t *tx) setUserStores(ctx context.Context, userID int64, storeIDs []int64) error {
	if _, err := t.exec(ctx, `DELETE FROM user_stores WHERE user_id = ?`, userID); err != nil {
		return err
	}
	for _, sid := range storeIDs {
		_, err := t.exec(ctx, `INSERT INTO user_stores (user_id, store_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, userID, sid)
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_ids", "store %d does not exist", sid)
		} else if err != nil {
			return err
		}
	}
	return nil
}

// FindUserByID returns a user. Users may read themselves; admins anyone.
func (db *DB) FindUserByID(ctx context.Context, id int64) (*kefu.User, error) {
	a := kefu.ActorFrom(ctx)
	if a.UserID() != id {
		if err := a.Require(kefu.ScopeAdmin); err != nil {
			return nil, err
		}
	}
	return db.findUser(ctx, db.reader(ctx), `id = ?`, id)
}

// FindUserByEmail returns a user by email. Admins only.
func (db *DB) FindUserByEmail(ctx context.Context, email string) (*kefu.User, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	email, ok := lookupEmail(email)
	if !ok {
		return nil, kefu.NotFound("user")
	}
	return db.findUser(ctx, db.reader(ctx), `email = ?`, email)
}

// lookupEmail normalises an email to look a user up by, as
// kefu.User.Validate stores it. Text that no stored email can equal —
// invalid UTF-8, a NUL — is refused before it reaches the database, where
// PostgreSQL would fail on it and lower-casing would turn it into U+FFFD.
func lookupEmail(email string) (string, bool) {
	email = strings.TrimSpace(email)
	if email == "" || len(email) > kefu.MaxEmailLen || !utf8.ValidString(email) || strings.ContainsRune(email, 0) {
		return "", false
	}
	return strings.ToLower(email), true
}

func (db *DB) findUser(ctx context.Context, q queryer, where string, arg any) (*kefu.User, error) {
	u, err := scanUser(db.queryRow(ctx, q, `SELECT `+userColumns+` FROM users WHERE `+where, arg))
	if err != nil {
		return nil, notFound(err, "user")
	}
	u.StoreIDs, err = db.userStores(ctx, q, u.ID)
	return u, err
}

func (db *DB) userStores(ctx context.Context, q queryer, userID int64) ([]int64, error) {
	rows, err := db.query(ctx, q, `SELECT store_id FROM user_stores WHERE user_id = ? ORDER BY store_id`, userID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// ListUsers returns every user by email. Admins only.
func (db *DB) ListUsers(ctx context.Context) ([]*kefu.User, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+userColumns+` FROM users ORDER BY email`)
	if err != nil {
		return nil, err
	}
	var users []*kefu.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		users = append(users, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, u := range users {
		if u.StoreIDs, err = db.userStores(ctx, db.reader(ctx), u.ID); err != nil {
			return nil, err
		}
	}
	return users, nil
}

// UpdateUser changes a user. Admins change anyone; users may change their
// own name, locale, timezone and password.
func (db *DB) UpdateUser(ctx context.Context, id int64, up kefu.UserUpdate) (*kefu.User, error) {
	a := kefu.ActorFrom(ctx)
	self := a.UserID() == id && up.Role == nil && up.StoreIDs == nil && up.Disabled == nil
	if !self {
		if err := a.Require(kefu.ScopeAdmin); err != nil {
			return nil, err
		}
	} else if a == nil {
		return nil, kefu.Errorf(kefu.EUNAUTHORIZED, "authentication required")
	}
	var hash string
	if up.Password != nil {
		if err := kefu.CheckPassword(*up.Password); err != nil {
			return nil, err
		}
		b, err := bcrypt.GenerateFromPassword([]byte(*up.Password), bcrypt.DefaultCost)
		if err != nil {
			return nil, err
		}
		hash = string(b)
	}
	var u *kefu.User
	err := db.inTx(ctx, func(t *tx) error {
		var err error
		if u, err = db.findUser(ctx, t, `id = ?`, id); err != nil {
			return err
		}
		before := *u
		applyUserUpdate(u, up, t)
		if hash != "" {
			u.PasswordHash = hash
		}
		if err := u.Validate(); err != nil {
			return err
		}
		u.UpdatedAt = t.now
		if _, err := t.exec(ctx, `UPDATE users SET name = ?, role = ?, locale = ?, timezone = ?, password_hash = ?, disabled_at = ?, updated_at = ? WHERE id = ?`,
			u.Name, u.Role, u.Locale, u.Timezone, u.PasswordHash, msOrNil(u.DisabledAt), ms(t.now), id); err != nil {
			return err
		}
		if up.StoreIDs != nil {
			if err := t.setUserStores(ctx, id, u.StoreIDs); err != nil {
				return err
			}
		}
		return t.audit(ctx, "user.update", "user", id, before, u)
	})
	return u, err
}

func applyUserUpdate(u *kefu.User, up kefu.UserUpdate, t *tx) {
	for dst, v := range map[*string]*string{&u.Name: up.Name, &u.Role: up.Role, &u.Locale: up.Locale, &u.Timezone: up.Timezone} {
		if v != nil {
			*dst = *v
		}
	}
	if up.StoreIDs != nil {
		u.StoreIDs = append([]int64{}, *up.StoreIDs...)
	}
	if up.Disabled != nil {
		if *up.Disabled && u.DisabledAt == nil {
			now := t.now
			u.DisabledAt = &now
		} else if !*up.Disabled {
			u.DisabledAt = nil
		}
	}
}

// Authenticate checks an email and password.
func (db *DB) Authenticate(ctx context.Context, email, password string) (*kefu.User, error) {
	denied := kefu.Errorf(kefu.EUNAUTHORIZED, "wrong email or password")
	email, ok := lookupEmail(email)
	var u *kefu.User
	var err error = kefu.NotFound("user")
	if ok {
		u, err = db.findUser(ctx, db.reader(ctx), `email = ?`, email)
	}
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		_ = bcrypt.CompareHashAndPassword(dummyHash, []byte(password))
		return nil, denied
	} else if err != nil {
		return nil, err
	}
	if u.PasswordHash == "" || bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(password)) != nil {
		return nil, denied
	}
	if u.DisabledAt != nil {
		return nil, kefu.Errorf(kefu.EUNAUTHORIZED, "user is disabled")
	}
	return u, nil
}

func scanUser(row scanner) (*kefu.User, error) {
	var u kefu.User
	var disabled sql.NullInt64
	var created, updated int64
	if err := row.Scan(&u.ID, &u.Email, &u.Name, &u.Role, &u.Locale, &u.Timezone, &u.PasswordHash, &disabled, &created, &updated); err != nil {
		return nil, err
	}
	u.DisabledAt, u.CreatedAt, u.UpdatedAt = fromNullMS(disabled), fromMS(created), fromMS(updated)
	return &u, nil
}
