package storage

import (
	"context"
	"sync/atomic"
	"time"

	"kefu"
)

// backgroundWait is the longest a background transaction waits for
// foreground writers to clear: background work still gets a turn under
// sustained load, just later.
const backgroundWait = 50 * time.Millisecond

// writerQueue orders SQLite's one writer connection: database/sql hands a
// free connection to any waiter, so without it the automation worker's
// transactions would queue level with webhook acknowledgements, whose
// senders are waiting on the line.
type writerQueue struct {
	foreground atomic.Int32 // foreground transactions waiting for or holding the writer
}

// enter is called before a transaction begins; the returned func after it
// ends. Background transactions first wait, up to backgroundWait, while
// foreground ones are queued.
func (q *writerQueue) enter(ctx context.Context) (done func()) {
	if !kefu.IsBackground(ctx) {
		q.foreground.Add(1)
		return func() { q.foreground.Add(-1) }
	}
	deadline := time.Now().Add(backgroundWait)
	for q.foreground.Load() > 0 && time.Now().Before(deadline) && ctx.Err() == nil {
		time.Sleep(500 * time.Microsecond)
	}
	return func() {}
}

// ForegroundWaiting reports whether webhooks or agents are waiting for
// (or holding) SQLite's writer: a background transaction doing many small
// pieces of work ends early then, and continues in a new one.
func (db *DB) ForegroundWaiting() bool {
	return db.writerQueue != nil && db.writerQueue.foreground.Load() > 0
}
