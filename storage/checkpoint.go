package storage

import (
	"context"
	"database/sql"
	"log/slog"
	"sync"
	"time"
)

// writerCheckpointPages is SQLite's own automatic checkpoint threshold on
// the writer connection, raised from the default 1,000 pages: the
// checkpointer below does the work, and this is only the backstop that
// bounds the WAL (64 MiB) should it ever fall behind.
const writerCheckpointPages = 16384

// checkpointDelay gathers the commits of a burst into one checkpoint.
const checkpointDelay = 200 * time.Millisecond

// checkpointer copies SQLite's write-ahead log into the database file on
// a connection of its own. Left to SQLite, the commit that crosses the
// threshold runs the checkpoint itself: it reads back a thousand pages,
// writes them and fsyncs the database file while every webhook and agent
// waits for the one writer. A passive checkpoint beside the writer blocks
// nobody, and the other CPU core does the copying.
type checkpointer struct {
	conn   *sql.DB
	dirty  chan struct{}
	stop   chan struct{}
	done   chan struct{}
	closer sync.Once
}

func startCheckpointer(conn *sql.DB) *checkpointer {
	c := &checkpointer{conn: conn, dirty: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go c.run()
	return c
}

// committed tells the checkpointer the log has grown.
func (c *checkpointer) committed() {
	if c == nil {
		return
	}
	select {
	case c.dirty <- struct{}{}:
	default:
	}
}

func (c *checkpointer) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			return
		case <-c.dirty:
		}
		select {
		case <-c.stop:
			return
		case <-time.After(checkpointDelay):
		}
		// PASSIVE copies what no reader still needs and never waits for a
		// lock; whatever it leaves is copied on the next round.
		if _, err := c.conn.ExecContext(context.Background(), "PRAGMA wal_checkpoint(PASSIVE)"); err != nil {
			slog.Warn("sqlite: checkpoint failed", "err", err)
		}
	}
}

// close stops the loop; the last connection to close checkpoints and
// removes the log anyway.
func (c *checkpointer) close() error {
	if c == nil {
		return nil
	}
	c.closer.Do(func() { close(c.stop) })
	<-c.done
	return c.conn.Close()
}
