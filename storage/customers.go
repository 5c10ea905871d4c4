package storage

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"kefu"
)

// FindCustomerByID returns a customer with identities. Customers belong to
// no store, so any user who may read tickets may look one up by id.
func (db *DB) FindCustomerByID(ctx context.Context, id int64) (*kefu.Customer, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	return db.findCustomer(ctx, db.reader(ctx), id)
}

// FindCustomerByIdentity finds the owner of an identity, e.g. an email.
func (db *DB) FindCustomerByIdentity(ctx context.Context, id kefu.Identity) (*kefu.Customer, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	id = id.Normalize()
	var cid int64
	err := db.queryRow(ctx, db.reader(ctx), `SELECT customer_id FROM customer_identities WHERE kind = ? AND platform = ? AND value = ?`,
		id.Kind, id.Platform, id.Value).Scan(&cid)
	if err != nil {
		return nil, notFound(err, "customer")
	}
	return db.findCustomer(ctx, db.reader(ctx), cid)
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
	ids, err := t.resolveCustomers(ctx, []*kefu.Customer{c})
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}

// resolveCustomers resolves many customers at once (order imports): one
// lookup per few hundred identities instead of one per order. A nil
// customer or one without identities resolves to 0.
func (t *tx) resolveCustomers(ctx context.Context, cs []*kefu.Customer) ([]int64, error) {
	if t.owners == nil {
		t.owners, t.named = map[kefu.Identity]int64{}, map[int64]bool{}
	}
	var unknown []kefu.Identity
	for _, c := range cs {
		if c == nil {
			continue
		}
		for _, ident := range c.Identities {
			if _, ok := t.owners[ident]; !ok {
				unknown = append(unknown, ident)
			}
		}
	}
	if err := t.lockIdentities(ctx, unknown); err != nil {
		return nil, err
	}
	if err := t.lookupOwners(ctx, unknown); err != nil {
		return nil, err
	}
	ids := make([]int64, len(cs))
	var newIdents []any
	for i, c := range cs {
		if c == nil || len(c.Identities) == 0 {
			continue
		}
		var id int64
		for _, ident := range c.Identities {
			id = cmp.Or(id, t.owners[ident])
		}
		if id == 0 {
			var err error
			if id, err = t.insert(ctx, `INSERT INTO customers (name, created_at, updated_at) VALUES (?, ?, ?)`, c.Name, ms(t.now), ms(t.now)); err != nil {
				return nil, err
			}
			t.named[id] = c.Name != ""
		} else if c.Name != "" && !t.named[id] {
			if _, err := t.exec(ctx, `UPDATE customers SET name = ?, updated_at = ? WHERE id = ? AND name = ''`, c.Name, ms(t.now), id); err != nil {
				return nil, err
			}
			t.named[id] = true
		}
		for _, ident := range c.Identities {
			if _, ok := t.owners[ident]; !ok {
				t.owners[ident] = id
				newIdents = append(newIdents, id, ident.Kind, ident.Platform, ident.Value)
			}
		}
		ids[i] = id
	}
	const perRow = 4
	for start := 0; start < len(newIdents); start += 250 * perRow {
		chunk := newIdents[start:min(start+250*perRow, len(newIdents))]
		values := strings.Repeat("(?, ?, ?, ?), ", len(chunk)/perRow)
		if _, err := t.exec(ctx, `INSERT INTO customer_identities (customer_id, kind, platform, value) VALUES `+
			strings.TrimSuffix(values, ", ")+` ON CONFLICT DO NOTHING`, chunk...); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// lookupOwners loads the owners (and whether they have a name) of
// identities into the transaction's cache.
func (t *tx) lookupOwners(ctx context.Context, idents []kefu.Identity) error {
	const chunk = 500
	for start := 0; start < len(idents); start += chunk {
		part := idents[start:min(start+chunk, len(idents))]
		values := make([]any, len(part))
		for i, id := range part {
			values[i] = id.Value
		}
		rows, err := t.query(ctx, `SELECT ci.customer_id, ci.kind, ci.platform, ci.value, c.name <> ''
			FROM customer_identities ci JOIN customers c ON c.id = ci.customer_id
			WHERE ci.value IN (`+placeholders(len(values))+`)`, values...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var owner int64
			var ident kefu.Identity
			var named bool
			if err := rows.Scan(&owner, &ident.Kind, &ident.Platform, &ident.Value, &named); err != nil {
				rows.Close()
				return err
			}
			t.owners[ident], t.named[owner] = owner, named
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// lockIdentities serialises concurrent writers that meet the same new
// buyer, in a fixed order so that two of them cannot deadlock.
func (t *tx) lockIdentities(ctx context.Context, ids []kefu.Identity) error {
	keys := make([]string, 0, len(ids))
	for _, id := range ids {
		keys = append(keys, id.Kind+"|"+id.Platform+"|"+id.Value)
	}
	slices.Sort(keys)
	return t.lockKeys(ctx, slices.Compact(keys))
}

// lockKeys takes PostgreSQL's transaction-scoped advisory lock on each
// key; SQLite's one writer already serialises.
func (t *tx) lockKeys(ctx context.Context, keys []string) error {
	lock := t.db.dialect.q("key_lock")
	if lock == "" {
		return nil
	}
	for _, k := range keys {
		var ignored any
		if err := t.queryRow(ctx, lock, k).Scan(&ignored); err != nil {
			return err
		}
	}
	return nil
}
