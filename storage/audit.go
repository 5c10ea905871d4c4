package storage

import (
	"context"
	"database/sql"
	"fmt"

	"kefu"
)

// audit appends one entry to the audit log inside the change's own
// transaction, so a change and its record commit or fail together.
func (t *tx) audit(ctx context.Context, action, entityType string, entityID int64, before, after any) error {
	a := kefu.ActorFrom(ctx)
	var b, f any
	if before != nil {
		b = string(mustJSON(before))
	}
	if after != nil {
		f = string(mustJSON(after))
	}
	// Written with the transaction's other deferred rows (see
	// writeDeferred): one multi-row INSERT for a whole ingest batch.
	t.deferred.audits = append(t.deferred.audits, []any{ms(t.now), idOrNil(a.UserID()), a.Label(), action, entityType, entityID, b, f})
	return nil
}

// writeAudit inserts the transaction's queued audit rows.
func (t *tx) writeAudit(ctx context.Context) error {
	for rows := t.deferred.audits; len(rows) > 0; {
		n := min(len(rows), deferredChunk)
		args := make([]any, 0, n*8)
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		if _, err := t.exec(ctx, `INSERT INTO audit_log (at, actor_id, actor, action, entity_type, entity_id, before, after) VALUES `+
			valuesList(n, 8), args...); err != nil {
			return fmt.Errorf("audit %s: %w", rows[0][3], err)
		}
		rows = rows[n:]
	}
	t.deferred.audits = nil
	return nil
}

// ListAudit returns audit entries, newest first. Admins only.
func (db *DB) ListAudit(ctx context.Context, f kefu.AuditFilter) ([]*kefu.AuditEntry, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 100
	}
	query := `SELECT id, at, actor_id, actor, action, entity_type, entity_id, before, after FROM audit_log WHERE 1=1`
	var args []any
	if f.EntityType != "" {
		query += ` AND entity_type = ?`
		args = append(args, f.EntityType)
	}
	if f.EntityID != 0 {
		query += ` AND entity_id = ?`
		args = append(args, f.EntityID)
	}
	if f.BeforeID != 0 {
		query += ` AND id < ?`
		args = append(args, f.BeforeID)
	}
	query += ` ORDER BY id DESC LIMIT ?`
	args = append(args, f.Limit)
	rows, err := db.query(ctx, db.reader(ctx), query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*kefu.AuditEntry
	for rows.Next() {
		var e kefu.AuditEntry
		var at int64
		var actorID sql.NullInt64
		var before, after sql.NullString
		if err := rows.Scan(&e.ID, &at, &actorID, &e.Actor, &e.Action, &e.EntityType, &e.EntityID, &before, &after); err != nil {
			return nil, err
		}
		e.At, e.ActorID = fromMS(at), actorID.Int64
		if before.Valid {
			e.Before = []byte(before.String)
		}
		if after.Valid {
			e.After = []byte(after.String)
		}
		out = append(out, &e)
	}
	return out, rows.Err()
}
