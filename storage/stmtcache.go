package storage

import (
	"context"
	"database/sql"
	"sync"
)

// stmtCache keeps SQLite statements prepared across transactions on the
// one writer connection. Parsing is most of a small statement's cost, and
// a transaction's own prepared statements die with it. A statement can
// only be prepared on the database while no transaction holds the writer
// (preparing inside one would wait for itself), so statements a
// transaction prepared are learned after its commit and used from the
// next transaction on.
type stmtCache struct {
	db      *sql.DB
	rebind  func(string) string
	mu      sync.Mutex
	stmts   map[string]*sql.Stmt
	limit   int
	enabled bool
}

func newStmtCache(db *sql.DB, rebind func(string) string, enabled bool) *stmtCache {
	return &stmtCache{db: db, rebind: rebind, stmts: map[string]*sql.Stmt{}, limit: 512, enabled: enabled}
}

func (c *stmtCache) get(query string) *sql.Stmt {
	if c == nil || !c.enabled {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stmts[query]
}

// learn prepares the queries a committed transaction used that the cache
// does not hold yet. Inbox filters vary with their inputs, so the cache
// is bounded; once full it keeps what it has. The lock is not held while
// preparing: a transaction that holds the writer may be asking get.
func (c *stmtCache) learn(used map[string]*sql.Stmt) {
	if c == nil || !c.enabled || len(used) == 0 {
		return
	}
	c.mu.Lock()
	var missing []string
	for q := range used {
		if _, ok := c.stmts[q]; !ok && len(c.stmts)+len(missing) < c.limit {
			missing = append(missing, q)
		}
	}
	c.mu.Unlock()
	for _, q := range missing {
		s, err := c.db.PrepareContext(context.Background(), c.rebind(q))
		if err != nil {
			continue // the transaction's own preparation reports it
		}
		c.mu.Lock()
		if _, ok := c.stmts[q]; ok || !c.enabled {
			s.Close()
		} else {
			c.stmts[q] = s
		}
		c.mu.Unlock()
	}
}

// prepare returns the query prepared on the cache's pool, preparing it on
// first use. For the read pool, where no caller holds a connection while
// asking; nil when the cache is off or full (the caller runs the query
// unprepared).
func (c *stmtCache) prepare(ctx context.Context, query string) *sql.Stmt {
	if c == nil || !c.enabled {
		return nil
	}
	c.mu.Lock()
	s, ok := c.stmts[query]
	full := len(c.stmts) >= c.limit
	c.mu.Unlock()
	if ok || full {
		return s
	}
	s, err := c.db.PrepareContext(ctx, c.rebind(query))
	if err != nil {
		return nil // the unprepared query reports the error
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.stmts[query]; ok || !c.enabled {
		s.Close()
		return old
	}
	c.stmts[query] = s
	return s
}

func (c *stmtCache) close() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.stmts {
		s.Close()
	}
	c.stmts = nil
	c.enabled = false
}
