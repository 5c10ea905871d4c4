package storage

import (
	"context"
	"database/sql"

	"kefu"
)

var _ kefu.AutoReplyService = (*DB)(nil)

const autoReplyColumns = `id, name, intent, language, store_id, body, created_at, updated_at`

// CreateAutoReplyTemplate adds an auto-reply template. Admins only.
func (db *DB) CreateAutoReplyTemplate(ctx context.Context, tpl *kefu.AutoReplyTemplate) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := tpl.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		tpl.CreatedAt, tpl.UpdatedAt = t.now, t.now
		var err error
		tpl.ID, err = t.insert(ctx, `INSERT INTO auto_reply_templates (name, intent, language, store_id, body, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, tpl.Name, tpl.Intent, tpl.Language, idOrNil(tpl.StoreID), tpl.Body, ms(t.now), ms(t.now))
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", tpl.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "auto_reply_template.create", "auto_reply_template", tpl.ID, nil, tpl)
	})
}

// FindAutoReplyTemplate returns a template for every store or for a store
// the caller sees.
func (db *DB) FindAutoReplyTemplate(ctx context.Context, id int64) (*kefu.AutoReplyTemplate, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	tpl, err := scanAutoReply(db.queryRow(ctx, db.reader(ctx), `SELECT `+autoReplyColumns+` FROM auto_reply_templates WHERE id = ?`, id))
	if err != nil {
		return nil, notFound(err, "auto-reply template")
	}
	if tpl.StoreID != 0 && !a.CanSeeStore(tpl.StoreID) {
		return nil, kefu.NotFound("auto-reply template")
	}
	return tpl, nil
}

// ListAutoReplyTemplates returns the templates matching f that the caller
// may see, by intent, language and name.
func (db *DB) ListAutoReplyTemplates(ctx context.Context, f kefu.AutoReplyFilter) ([]*kefu.AutoReplyTemplate, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	var c conds
	if f.StoreID != 0 {
		c.add(`(store_id IS NULL OR store_id = ?)`, f.StoreID)
	}
	if f.Intent != "" {
		c.add(`intent = ?`, f.Intent)
	}
	if f.Language != "" {
		c.add(`language = ?`, f.Language)
	}
	if f.Name != "" {
		c.add(`name = ?`, f.Name)
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+autoReplyColumns+` FROM auto_reply_templates WHERE 1=1`+c.and()+
		` ORDER BY intent, language, name, id`, c.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*kefu.AutoReplyTemplate{}
	for rows.Next() {
		tpl, err := scanAutoReply(rows)
		if err != nil {
			return nil, err
		}
		if tpl.StoreID == 0 || a.CanSeeStore(tpl.StoreID) {
			out = append(out, tpl)
		}
	}
	return out, rows.Err()
}

// UpdateAutoReplyTemplate replaces a template's fields. Admins only.
func (db *DB) UpdateAutoReplyTemplate(ctx context.Context, tpl *kefu.AutoReplyTemplate) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := tpl.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		before, err := scanAutoReply(t.queryRow(ctx, `SELECT `+autoReplyColumns+` FROM auto_reply_templates WHERE id = ?`, tpl.ID))
		if err != nil {
			return notFound(err, "auto-reply template")
		}
		tpl.CreatedAt, tpl.UpdatedAt = before.CreatedAt, t.now
		_, err = t.exec(ctx, `UPDATE auto_reply_templates SET name = ?, intent = ?, language = ?, store_id = ?, body = ?, updated_at = ? WHERE id = ?`,
			tpl.Name, tpl.Intent, tpl.Language, idOrNil(tpl.StoreID), tpl.Body, ms(t.now), tpl.ID)
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", tpl.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "auto_reply_template.update", "auto_reply_template", tpl.ID, before, tpl)
	})
}

// DeleteAutoReplyTemplate removes a template. Rules that name it skip
// their auto-reply from then on (the firing says why). Admins only.
func (db *DB) DeleteAutoReplyTemplate(ctx context.Context, id int64) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		res, err := t.exec(ctx, `DELETE FROM auto_reply_templates WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return kefu.NotFound("auto-reply template")
		}
		return t.audit(ctx, "auto_reply_template.delete", "auto_reply_template", id, nil, nil)
	})
}

func scanAutoReply(row scanner) (*kefu.AutoReplyTemplate, error) {
	var tpl kefu.AutoReplyTemplate
	var store sql.NullInt64
	var created, updated int64
	if err := row.Scan(&tpl.ID, &tpl.Name, &tpl.Intent, &tpl.Language, &store, &tpl.Body, &created, &updated); err != nil {
		return nil, err
	}
	tpl.StoreID, tpl.CreatedAt, tpl.UpdatedAt = store.Int64, fromMS(created), fromMS(updated)
	return &tpl, nil
}
