package storage

import (
	"cmp"
	"context"
	"database/sql"
	"slices"

	"kefu"
)

// FindCustomerByID returns a customer with identities. Customers belong to
// no store, so any user who may read tickets may look one up by id.
func (db *DB) FindCustomerByID(ctx context.Context, id int64) (*kefu.Customer, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	return db.findCustomer(ctx, db.read, id)
}

// FindCustomerByIdentity finds the owner of an identity, e.g. an email.
func (db *DB) FindCustomerByIdentity(ctx context.Context, id kefu.Identity) (*kefu.Customer, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	id = id.Normalize()
	var cid int64
	err := db.queryRow(ctx, db.read, `SELECT customer_id FROM customer_identities WHERE kind = ? AND platform = ? AND value = ?`,
		id.Kind, id.Platform, id.Value).Scan(&cid)
	if err != nil {
		return nil, notFound(err, "customer")
	}
	return db.findCustomer(ctx, db.read, cid)
}

func (db *DB) findCustomer(ctx context.Context, q queryer, id int64) (*kefu.Customer, error) {
	var c kefu.Customer
	var created, updated int64
	err := db.queryRow(ctx, q, `SELECT id, name, created_at, updated_at FROM customers WHERE id = ?`, id).Scan(&c.ID, &c.Name, &created, &updated)
	if err != nil {
		return nil, notFound(err, "customer")
	}
	c.CreatedAt, c.UpdatedAt = fromMS(created), fromMS(updated)
	rows, err := db.query(ctx, q, `SELECT kind, platform, value FROM customer_identities WHERE customer_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	c.Identities = []kefu.Identity{}
	for rows.Next() {
		var i kefu.Identity
		if err := rows.Scan(&i.Kind, &i.Platform, &i.Value); err != nil {
			return nil, err
		}
		c.Identities = append(c.Identities, i)
	}
	return &c, rows.Err()
}

// resolveCustomer finds the customer owning any of c's identities, adds the
// identities it lacks, or creates the customer. c must be validated.
func (t *tx) resolveCustomer(ctx context.Context, c *kefu.Customer) (int64, error) {
	if c == nil || len(c.Identities) == 0 {
		return 0, nil
	}
	var id int64
	known := make([]bool, len(c.Identities))
	if t.owners == nil {
		t.owners = map[kefu.Identity]int64{}
	}
	if err := t.lockIdentities(ctx, c.Identities); err != nil {
		return 0, err
	}
	for i, ident := range c.Identities {
		if owner, ok := t.owners[ident]; ok {
			known[i] = true
			id = cmp.Or(id, owner)
			continue
		}
		var owner int64
		err := t.queryRow(ctx, `SELECT customer_id FROM customer_identities WHERE kind = ? AND platform = ? AND value = ?`,
			ident.Kind, ident.Platform, ident.Value).Scan(&owner)
		switch {
		case err == sql.ErrNoRows:
		case err != nil:
			return 0, err
		default:
			known[i] = true
			id = cmp.Or(id, owner)
			t.owners[ident] = owner
		}
	}
	if id == 0 {
		var err error
		id, err = t.insert(ctx, `INSERT INTO customers (name, created_at, updated_at) VALUES (?, ?, ?)`, c.Name, ms(t.now), ms(t.now))
		if err != nil {
			return 0, err
		}
	} else if c.Name != "" {
		if _, err := t.exec(ctx, `UPDATE customers SET name = ?, updated_at = ? WHERE id = ? AND name = ''`, c.Name, ms(t.now), id); err != nil {
			return 0, err
		}
	}
	for i, ident := range c.Identities {
		if known[i] {
			continue
		}
		if _, err := t.exec(ctx, `INSERT INTO customer_identities (customer_id, kind, platform, value) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			id, ident.Kind, ident.Platform, ident.Value); err != nil {
			return 0, err
		}
		t.owners[ident] = id
	}
	return id, nil
}

// lockIdentities serialises concurrent writers that meet the same new
// buyer, in a fixed order so that two of them cannot deadlock.
func (t *tx) lockIdentities(ctx context.Context, ids []kefu.Identity) error {
	lock := t.db.dialect.q("identity_lock")
	if lock == "" {
		return nil
	}
	keys := make([]string, 0, len(ids))
	for _, id := range ids {
		if _, cached := t.owners[id]; !cached {
			keys = append(keys, id.Kind+"|"+id.Platform+"|"+id.Value)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		var ignored any
		if err := t.queryRow(ctx, lock, k).Scan(&ignored); err != nil {
			return err
		}
	}
	return nil
}
