package storage

import (
	"context"

	"kefu/search"
)

// indexWrite is one full-text index row waiting for its transaction's end.
type indexWrite struct {
	query string // index_message or index_subject
	id    int64
	text  string
}

// indexLater queues a full-text index write for the end of the
// transaction. SQLite's FTS5 flushes its in-memory index to disk at every
// statement savepoint once it has pending rows, and nearly every INSERT
// opens one (it may abort on a constraint), so interleaving index writes
// with the rest of a transaction costs a flush per statement. Written
// last, in a row, they flush once. Nothing in a write transaction
// searches, so nothing misses the rows meanwhile.
func (t *tx) indexLater(query string, id int64, text string) {
	t.deferred.index = append(t.deferred.index, indexWrite{query: query, id: id, text: text})
}

// writeIndex writes the queued index rows; the last write wins for an id
// queued twice (a subject changed twice in one batch).
func (t *tx) writeIndex(ctx context.Context) error {
	for _, w := range t.deferred.index {
		if _, err := t.exec(ctx, t.db.dialect.q(w.query), t.db.dialect.vector(search.Tokens(w.text)), w.id); err != nil {
			return err
		}
	}
	t.deferred.index = nil
	return nil
}
