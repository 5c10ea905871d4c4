package storage

import (
	"context"
	"database/sql"

	"kefu"
)

var _ kefu.IntentCorrections = (*DB)(nil)

// maxCorrectionText bounds the text kept with a correction: the opening
// of a buyer's message carries its intent.
const maxCorrectionText = 4000

// recordCorrection keeps an agent's change of a ticket's intent with the
// buyer's first message, for the classifier. Changes by kefu itself (the
// classifier's own guess) and tickets without a buyer message teach
// nothing.
func (tx *tx) recordCorrection(ctx context.Context, t *kefu.Ticket) error {
	a := kefu.ActorFrom(ctx)
	if a == nil || a.User == nil || t.Intent == "" {
		return nil
	}
	var text string
	err := tx.queryRow(ctx, `SELECT body_text FROM messages WHERE ticket_id = ? AND direction = 'inbound' ORDER BY id LIMIT 1`, t.ID).Scan(&text)
	if err == sql.ErrNoRows || text == "" {
		return nil
	} else if err != nil {
		return err
	}
	if len(text) > maxCorrectionText {
		text = kefu.CutUTF8(text, maxCorrectionText)
	}
	_, err = tx.exec(ctx, `INSERT INTO intent_corrections (store_id, ticket_id, user_id, text, language, intent, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, t.StoreID, t.ID, a.User.ID, text, t.Language, t.Intent, ms(tx.now))
	return err
}

// IntentCorrectionsAfter lists corrections after an id, oldest first, with
// their store's slug as the seller. The system reads them for every
// store; users need tickets:write.
func (db *DB) IntentCorrectionsAfter(ctx context.Context, afterID int64, limit int) ([]*kefu.IntentCorrection, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT c.id, c.store_id, s.slug, c.ticket_id, c.user_id, c.text, c.language, c.intent, c.created_at
		FROM intent_corrections c JOIN stores s ON s.id = c.store_id WHERE c.id > ? ORDER BY c.id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.IntentCorrection
	for rows.Next() {
		var c kefu.IntentCorrection
		var ticket, user sql.NullInt64
		var created int64
		if err := rows.Scan(&c.ID, &c.StoreID, &c.Seller, &ticket, &user, &c.Text, &c.Language, &c.Intent, &created); err != nil {
			return nil, err
		}
		c.TicketID, c.UserID, c.CreatedAt = ticket.Int64, user.Int64, fromMS(created)
		out = append(out, &c)
	}
	return out, rows.Err()
}
