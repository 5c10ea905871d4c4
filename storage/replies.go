package storage

import (
	"context"
	"database/sql"

	"kefu"
)

const replyColumns = `id, name, language, store_id, body, created_at, updated_at`

// CreateReply adds a saved reply. Admins and supervisors.
func (db *DB) CreateReply(ctx context.Context, r *kefu.SavedReply) error {
	if err := kefu.ActorFrom(ctx).RequireSupervisor(); err != nil {
		return err
	}
	if err := r.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		r.CreatedAt, r.UpdatedAt = t.now, t.now
		var err error
		r.ID, err = t.insert(ctx, `INSERT INTO saved_replies (name, language, store_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
			r.Name, r.Language, idOrNil(r.StoreID), r.Body, ms(t.now), ms(t.now))
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", r.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "reply.create", "saved_reply", r.ID, nil, r)
	})
}

// FindReply returns a saved reply the caller may use: one for every store
// or for a store they see.
func (db *DB) FindReply(ctx context.Context, id int64) (*kefu.SavedReply, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	r, err := scanReply(db.queryRow(ctx, db.reader(ctx), `SELECT `+replyColumns+` FROM saved_replies WHERE id = ?`, id))
	if err != nil {
		return nil, notFound(err, "saved reply")
	}
	if r.StoreID != 0 && !a.CanSeeStore(r.StoreID) {
		return nil, kefu.NotFound("saved reply")
	}
	return r, nil
}

// ListReplies returns the saved replies matching f that the caller may
// use, by language and name.
func (db *DB) ListReplies(ctx context.Context, f kefu.ReplyFilter) ([]*kefu.SavedReply, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	var c conds
	if f.StoreID != 0 {
		c.add(`(store_id IS NULL OR store_id = ?)`, f.StoreID)
	}
	if f.Language != "" {
		c.add(`language = ?`, f.Language)
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+replyColumns+` FROM saved_replies WHERE 1=1`+c.and()+` ORDER BY language, name, id`, c.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.SavedReply
	for rows.Next() {
		r, err := scanReply(rows)
		if err != nil {
			return nil, err
		}
		if r.StoreID == 0 || a.CanSeeStore(r.StoreID) {
			out = append(out, r)
		}
	}
	return out, rows.Err()
}

// UpdateReply replaces a saved reply's fields. Admins and supervisors.
func (db *DB) UpdateReply(ctx context.Context, r *kefu.SavedReply) error {
	if err := kefu.ActorFrom(ctx).RequireSupervisor(); err != nil {
		return err
	}
	if err := r.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		before, err := scanReply(t.queryRow(ctx, `SELECT `+replyColumns+` FROM saved_replies WHERE id = ?`, r.ID))
		if err != nil {
			return notFound(err, "saved reply")
		}
		r.CreatedAt, r.UpdatedAt = before.CreatedAt, t.now
		_, err = t.exec(ctx, `UPDATE saved_replies SET name = ?, language = ?, store_id = ?, body = ?, updated_at = ? WHERE id = ?`,
			r.Name, r.Language, idOrNil(r.StoreID), r.Body, ms(t.now), r.ID)
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", r.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "reply.update", "saved_reply", r.ID, before, r)
	})
}

// DeleteReply removes a saved reply. Admins and supervisors.
func (db *DB) DeleteReply(ctx context.Context, id int64) error {
	if err := kefu.ActorFrom(ctx).RequireSupervisor(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `DELETE FROM saved_replies WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return kefu.NotFound("saved reply")
		}
		return t.audit(ctx, "reply.delete", "saved_reply", id, nil, nil)
	})
}

func scanReply(row scanner) (*kefu.SavedReply, error) {
	var r kefu.SavedReply
	var store sql.NullInt64
	var created, updated int64
	if err := row.Scan(&r.ID, &r.Name, &r.Language, &store, &r.Body, &created, &updated); err != nil {
		return nil, err
	}
	r.StoreID, r.CreatedAt, r.UpdatedAt = store.Int64, fromMS(created), fromMS(updated)
	return &r, nil
}
