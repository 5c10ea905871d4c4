package storage

import (
	"context"
	"fmt"
	"strings"

	"kefu"
)

const storeColumns = `id, slug, platform, site, name, timezone, currency, secrets, created_at, updated_at`

// CreateStore adds a store. Admins only.
func (db *DB) CreateStore(ctx context.Context, s *kefu.Store) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	s.Slug = strings.ToLower(strings.TrimSpace(s.Slug))
	if err := s.Validate(); err != nil {
		return err
	}
	sealed, err := db.sealer.seal(s.Secrets)
	if err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		s.CreatedAt, s.UpdatedAt = t.now, t.now
		s.ID, err = t.insert(ctx, `INSERT INTO stores (slug, platform, site, name, timezone, currency, secrets, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			s.Slug, s.Platform, s.Site, s.Name, s.Timezone, s.Currency, sealed, ms(t.now), ms(t.now))
		if isUniqueViolation(err) {
			return &kefu.Error{Code: kefu.ECONFLICT, Message: fmt.Sprintf("a store with slug %q exists", s.Slug), Field: "slug"}
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "store.create", "store", s.ID, nil, storeAudit(s))
	})
}

// storeAudit is what the audit log records of a store: secret names only.
func storeAudit(s *kefu.Store) map[string]any {
	return map[string]any{"slug": s.Slug, "platform": s.Platform, "site": s.Site, "name": s.Name,
		"timezone": s.Timezone, "currency": s.Currency, "secret_names": s.SecretNames()}
}

// FindStoreByID returns a store the caller may see.
func (db *DB) FindStoreByID(ctx context.Context, id int64) (*kefu.Store, error) {
	return db.findStore(ctx, `id = ?`, id)
}

// FindStoreBySlug returns a store the caller may see.
func (db *DB) FindStoreBySlug(ctx context.Context, slug string) (*kefu.Store, error) {
	return db.findStore(ctx, `slug = ?`, strings.ToLower(slug))
}

func (db *DB) findStore(ctx context.Context, where string, arg any) (*kefu.Store, error) {
	a := kefu.ActorFrom(ctx)
	if err := requireStoreRead(a); err != nil {
		return nil, err
	}
	s, err := db.scanStore(db.queryRow(ctx, db.reader(ctx), `SELECT `+storeColumns+` FROM stores WHERE `+where, arg))
	if err != nil {
		return nil, notFound(err, "store")
	}
	if !a.CanSeeStore(s.ID) {
		return nil, kefu.NotFound("store")
	}
	return s, nil
}

// ListStores returns the stores the caller may see, by slug.
func (db *DB) ListStores(ctx context.Context) ([]*kefu.Store, error) {
	a := kefu.ActorFrom(ctx)
	if err := requireStoreRead(a); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+storeColumns+` FROM stores ORDER BY slug`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.Store
	for rows.Next() {
		s, err := db.scanStore(rows)
		if err != nil {
			return nil, err
		}
		if a.CanSeeStore(s.ID) {
			out = append(out, s)
		}
	}
	return out, rows.Err()
}

// UpdateStore changes a store. Admins only.
func (db *DB) UpdateStore(ctx context.Context, id int64, u kefu.StoreUpdate) (*kefu.Store, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	var s *kefu.Store
	err := db.inTx(ctx, func(t *tx) error {
		var err error
		s, err = db.scanStore(t.queryRow(ctx, `SELECT `+storeColumns+` FROM stores WHERE id = ?`, id))
		if err != nil {
			return notFound(err, "store")
		}
		before := storeAudit(s)
		if err := u.Apply(s); err != nil {
			return err
		}
		sealed, err := db.sealer.seal(s.Secrets)
		if err != nil {
			return err
		}
		s.UpdatedAt = t.now
		if _, err := t.exec(ctx, `UPDATE stores SET site = ?, name = ?, timezone = ?, currency = ?, secrets = ?, updated_at = ? WHERE id = ?`,
			s.Site, s.Name, s.Timezone, s.Currency, sealed, ms(t.now), id); err != nil {
			return err
		}
		return t.audit(ctx, "store.update", "store", id, before, storeAudit(s))
	})
	return s, err
}

type scanner interface{ Scan(dest ...any) error }

func (db *DB) scanStore(row scanner) (*kefu.Store, error) {
	var s kefu.Store
	var sealed []byte
	var created, updated int64
	if err := row.Scan(&s.ID, &s.Slug, &s.Platform, &s.Site, &s.Name, &s.Timezone, &s.Currency, &sealed, &created, &updated); err != nil {
		return nil, err
	}
	secrets, err := db.sealer.open(sealed)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.Slug, err)
	}
	s.Secrets, s.CreatedAt, s.UpdatedAt = secrets, fromMS(created), fromMS(updated)
	return &s, nil
}

// requireStoreRead lets anyone who reads tickets or orders see the stores
// they belong to: an orders-only import token names its store by slug.
func requireStoreRead(a *kefu.Actor) error {
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		if err2 := a.Require(kefu.ScopeOrdersRead); err2 == nil {
			return nil
		}
		return err
	}
	return nil
}
