package storage

import (
	"context"
	"sync"
)

// tableCache keeps the decoded rows of a small configuration table that
// is read for every event (SLA policies: the SLA engine matches each
// ticket event against all of them, and decoding their JSON cost more
// than the rest of the lookup). Before each use it asks the same reader
// for the table's fingerprint — row count, sum of ids, sum of update
// times — which changes with any insert, update or delete. So a reader
// gets exactly what it would have read: a transaction sees its own
// writes, other readers the committed rows, and another replica's change
// is seen at once.
type tableCache[T any] struct {
	fingerprint string // the query; its three numbers key the cache
	mu          sync.Mutex
	key         [3]int64
	ok          bool
	rows        []T
}

// get returns the rows, from the cache when the fingerprint matches, else
// from load; clone copies a row out, so callers may change what they get.
func (c *tableCache[T]) get(ctx context.Context, db *DB, load func() ([]T, error), clone func(T) T) ([]T, error) {
	var key [3]int64
	if err := db.queryRow(ctx, db.reader(ctx), c.fingerprint).Scan(&key[0], &key[1], &key[2]); err != nil {
		return nil, err
	}
	c.mu.Lock()
	hit := c.ok && c.key == key
	rows := c.rows
	c.mu.Unlock()
	if !hit {
		var err error
		if rows, err = load(); err != nil {
			return nil, err
		}
		c.mu.Lock()
		c.key, c.ok, c.rows = key, true, rows
		c.mu.Unlock()
	}
	out := make([]T, len(rows))
	for i, r := range rows {
		out[i] = clone(r)
	}
	return out, nil
}
