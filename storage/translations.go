package storage

import (
	"context"
	"strings"

	"kefu"
)

// Machine translations kept for reuse (translate.Cache): a buyer's message
// is sent to the paid provider once, however many agents open it. Rows
// are found by provider, target language and the SHA-256 of the source
// text, so reading one needs the text it translates. Both dialects take
// the same SQL.

// FindTranslation returns the kept translation of the text whose SHA-256
// is sourceSHA256, or a not-found error.
func (db *DB) FindTranslation(ctx context.Context, provider, target, sourceSHA256 string) (*kefu.CachedTranslation, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	t := &kefu.CachedTranslation{Provider: provider, Target: target, SourceSHA256: sourceSHA256}
	var created int64
	err := db.queryRow(ctx, db.reader(ctx), `SELECT text, detected_source, created_at FROM translations
		WHERE provider = ? AND target = ? AND source_sha256 = ?`, provider, target, sourceSHA256).
		Scan(&t.Text, &t.DetectedSource, &created)
	if err != nil {
		return nil, notFound(err, "translation")
	}
	t.CreatedAt = fromMS(created)
	return t, nil
}

// SaveTranslation keeps t, replacing an earlier translation of the same
// text by the same provider into the same language.
func (db *DB) SaveTranslation(ctx context.Context, t *kefu.CachedTranslation) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return err
	}
	switch {
	case t.Provider == "" || len(t.Provider) > 32:
		return kefu.Invalid("provider", "provider must be a short name such as deepl")
	case t.Target == "" || len(t.Target) > 35:
		return kefu.Invalid("target", "target must be a language code")
	case len(t.SourceSHA256) != 64 || strings.Trim(t.SourceSHA256, "0123456789abcdef") != "":
		return kefu.Invalid("source_sha256", "source_sha256 must be 64 lower-case hex digits")
	case strings.ContainsRune(t.Text, 0):
		return kefu.Invalid("text", "text contains a NUL character")
	}
	return db.inTx(ctx, func(tx *tx) error {
		t.CreatedAt = tx.now
		_, err := tx.exec(ctx, `INSERT INTO translations (provider, target, source_sha256, text, detected_source, created_at)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (provider, target, source_sha256) DO UPDATE
			SET text = excluded.text, detected_source = excluded.detected_source, created_at = excluded.created_at`,
			t.Provider, t.Target, t.SourceSHA256, t.Text, t.DetectedSource, ms(tx.now))
		return err
	})
}

// MessageTicketID returns the ticket a message belongs to, for the
// endpoints that address a message alone (its translation). A message of
// a store outside the caller's scope is not found, like its ticket.
func (db *DB) MessageTicketID(ctx context.Context, messageID int64) (int64, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return 0, err
	}
	var ticketID, storeID int64
	err := db.queryRow(ctx, db.reader(ctx), `SELECT m.ticket_id, t.store_id FROM messages m
		JOIN tickets t ON t.id = m.ticket_id WHERE m.id = ?`, messageID).Scan(&ticketID, &storeID)
	if err != nil {
		return 0, notFound(err, "message")
	}
	if !a.CanSeeStore(storeID) {
		return 0, kefu.NotFound("message")
	}
	return ticketID, nil
}
