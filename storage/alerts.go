package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"kefu"
)

var (
	_ kefu.AlertService = (*DB)(nil)
	_ kefu.AlertQueue   = (*DB)(nil)
)

const alertChannelColumns = `id, name, type, store_id, kinds, mentions, custom_host, enabled, sealed, created_at, updated_at`

const alertDeliveryColumns = `d.id, d.channel_id, c.type, c.name, d.kind, d.severity, d.store_id, d.ticket_id, d.title, d.body, d.url, d.lang,
	d.dedupe_key, d.status, d.attempts, d.last_error, d.provider_code, d.next_attempt_at, d.sent_at, d.created_at, d.updated_at`

// CreateAlertChannel adds a channel. Admins only.
func (db *DB) CreateAlertChannel(ctx context.Context, c *kefu.AlertChannel) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	sealed, err := db.sealChannel(c)
	if err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		c.CreatedAt, c.UpdatedAt = t.now, t.now
		c.ID, err = t.insert(ctx, `INSERT INTO alert_channels (name, type, store_id, kinds, mentions, custom_host, enabled, sealed, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			c.Name, c.Type, idOrNil(c.StoreID), strings.Join(c.Kinds, ","), strings.Join(c.Mentions, ","), c.CustomHost, c.Enabled, sealed, ms(t.now), ms(t.now))
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", c.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "alert_channel.create", "alert_channel", c.ID, nil, alertChannelAudit(c))
	})
}

// alertChannelAudit is what the audit log keeps of a channel: the URL
// redacted and whether there is a secret, never the secret.
func alertChannelAudit(c *kefu.AlertChannel) map[string]any {
	return map[string]any{"name": c.Name, "type": c.Type, "store_id": c.StoreID, "kinds": c.Kinds, "url": c.RedactedURL(),
		"secret_set": c.Secret != "", "custom_host": c.CustomHost, "mentions": c.Mentions, "enabled": c.Enabled}
}

// sealChannel encrypts the webhook URL, which carries the robot's key,
// together with the signing secret.
func (db *DB) sealChannel(c *kefu.AlertChannel) ([]byte, error) {
	s := kefu.Secrets{"url": c.URL}
	if c.Secret != "" {
		s["secret"] = c.Secret
	}
	return db.sealer.seal(s)
}

// FindAlertChannel returns a channel, secret included. Admins only.
func (db *DB) FindAlertChannel(ctx context.Context, id int64) (*kefu.AlertChannel, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	c, err := db.scanAlertChannel(db.queryRow(ctx, db.reader(ctx), `SELECT `+alertChannelColumns+` FROM alert_channels WHERE id = ?`, id))
	return c, notFound(err, "alert channel")
}

// ListAlertChannels returns every channel by id. Admins only.
func (db *DB) ListAlertChannels(ctx context.Context) ([]*kefu.AlertChannel, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+alertChannelColumns+` FROM alert_channels ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*kefu.AlertChannel{}
	for rows.Next() {
		c, err := db.scanAlertChannel(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// UpdateAlertChannel changes a channel. Admins only.
func (db *DB) UpdateAlertChannel(ctx context.Context, id int64, u kefu.AlertChannelUpdate) (*kefu.AlertChannel, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	var c *kefu.AlertChannel
	err := db.inTx(ctx, func(t *tx) error {
		var err error
		c, err = db.scanAlertChannel(t.queryRow(ctx, `SELECT `+alertChannelColumns+` FROM alert_channels WHERE id = ?`, id))
		if err != nil {
			return notFound(err, "alert channel")
		}
		before := alertChannelAudit(c)
		if err := u.Apply(c); err != nil {
			return err
		}
		sealed, err := db.sealChannel(c)
		if err != nil {
			return err
		}
		c.UpdatedAt = t.now
		_, err = t.exec(ctx, `UPDATE alert_channels SET name = ?, store_id = ?, kinds = ?, mentions = ?, custom_host = ?, enabled = ?, sealed = ?, updated_at = ?
			WHERE id = ?`, c.Name, idOrNil(c.StoreID), strings.Join(c.Kinds, ","), strings.Join(c.Mentions, ","), c.CustomHost, c.Enabled, sealed, ms(t.now), id)
		if isForeignKeyViolation(err) {
			return kefu.Invalid("store_id", "store %d does not exist", c.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "alert_channel.update", "alert_channel", id, before, alertChannelAudit(c))
	})
	return c, err
}

// DeleteAlertChannel removes a channel and its deliveries. Admins only.
func (db *DB) DeleteAlertChannel(ctx context.Context, id int64) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		c, err := db.scanAlertChannel(t.queryRow(ctx, `SELECT `+alertChannelColumns+` FROM alert_channels WHERE id = ?`, id))
		if err != nil {
			return notFound(err, "alert channel")
		}
		// Its deliveries go with it (ON DELETE CASCADE).
		if _, err := t.exec(ctx, `DELETE FROM alert_channels WHERE id = ?`, id); err != nil {
			return err
		}
		return t.audit(ctx, "alert_channel.delete", "alert_channel", id, alertChannelAudit(c), nil)
	})
}

func (db *DB) scanAlertChannel(row scanner) (*kefu.AlertChannel, error) {
	var c kefu.AlertChannel
	var store sql.NullInt64
	var kinds, mentions string
	var sealed []byte
	var created, updated int64
	if err := row.Scan(&c.ID, &c.Name, &c.Type, &store, &kinds, &mentions, &c.CustomHost, &c.Enabled, &sealed, &created, &updated); err != nil {
		return nil, err
	}
	secrets, err := db.sealer.open(sealed)
	if err != nil {
		return nil, fmt.Errorf("alert channel %d: %w", c.ID, err)
	}
	c.StoreID, c.URL, c.Secret = store.Int64, secrets["url"], secrets["secret"]
	c.Kinds, c.Mentions = splitList(kinds), splitList(mentions)
	c.CreatedAt, c.UpdatedAt = fromMS(created), fromMS(updated)
	return &c, nil
}

func splitList(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}

// RaiseAlert queues the alert on every enabled channel that takes its
// kind and store, in the caller's transaction when there is one.
func (db *DB) RaiseAlert(ctx context.Context, a *kefu.Alert) (int, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsWrite); err != nil {
		return 0, err
	}
	if err := a.Validate(); err != nil {
		return 0, err
	}
	n := 0
	err := db.inTx(ctx, func(t *tx) error {
		rows, err := t.query(ctx, `SELECT id, kinds FROM alert_channels WHERE enabled = ? AND (store_id IS NULL OR store_id = ?) ORDER BY id`,
			true, a.StoreID)
		if err != nil {
			return err
		}
		var channels []int64
		for rows.Next() {
			var id int64
			var kinds string
			if err := rows.Scan(&id, &kinds); err != nil {
				rows.Close()
				return err
			}
			c := kefu.AlertChannel{Kinds: splitList(kinds)}
			if c.Takes(a.Kind, a.StoreID) {
				channels = append(channels, id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range channels {
			added, err := t.enqueueAlert(ctx, id, a)
			if err != nil {
				return err
			}
			if added {
				n++
			}
		}
		return nil
	})
	return n, err
}

// EnqueueAlert queues a for one channel, whether or not it is enabled or
// takes the kind; the digest and channel tests use it.
func (db *DB) EnqueueAlert(ctx context.Context, channelID int64, a *kefu.Alert) (bool, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return false, err
	}
	if err := a.Validate(); err != nil {
		return false, err
	}
	added := false
	err := db.inTx(ctx, func(t *tx) error {
		var err error
		added, err = t.enqueueAlert(ctx, channelID, a)
		if isForeignKeyViolation(err) {
			return kefu.NotFound("alert channel")
		}
		return err
	})
	return added, err
}

func (t *tx) enqueueAlert(ctx context.Context, channelID int64, a *kefu.Alert) (bool, error) {
	var dedupe any
	if a.DedupeKey != "" {
		dedupe = fmt.Sprintf("%s#%d", a.DedupeKey, channelID)
	}
	var id int64
	err := t.queryRow(ctx, `INSERT INTO alert_deliveries (channel_id, kind, severity, store_id, ticket_id, title, body, url, lang, dedupe_key,
			status, next_attempt_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
		channelID, a.Kind, a.Severity, idOrNil(a.StoreID), idOrNil(a.TicketID), a.Title, a.Text, a.URL, a.Lang, dedupe,
		ms(t.now), ms(t.now), ms(t.now)).Scan(&id)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

// ClaimAlertDeliveries takes due queued deliveries, oldest due first, and
// moves their next attempt to the end of the lease: a dispatcher that
// dies mid-send leaves them to be taken again then. Admins and the system.
func (db *DB) ClaimAlertDeliveries(ctx context.Context, limit int, lease time.Duration) ([]*kefu.AlertDelivery, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = 16
	}
	var out []*kefu.AlertDelivery
	err := db.inTx(ctx, func(t *tx) error {
		ids, err := t.ids(ctx, db.dialect.q("claim_alert_deliveries"), ms(t.now), limit)
		if err != nil || len(ids) == 0 {
			return err
		}
		args := append([]any{ms(t.now.Add(lease)), ms(t.now)}, int64Args(ids)...)
		if _, err := t.exec(ctx, `UPDATE alert_deliveries SET next_attempt_at = ?, updated_at = ? WHERE id IN (`+placeholders(len(ids))+`)`, args...); err != nil {
			return err
		}
		rows, err := t.query(ctx, `SELECT `+alertDeliveryColumns+` FROM alert_deliveries d JOIN alert_channels c ON c.id = d.channel_id
			WHERE d.id IN (`+placeholders(len(ids))+`) ORDER BY d.next_attempt_at, d.id`, int64Args(ids)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			d, err := scanAlertDelivery(rows)
			if err != nil {
				return err
			}
			out = append(out, d)
		}
		return rows.Err()
	})
	return out, err
}

// RecordAlertDelivery stores what became of a claimed delivery.
func (db *DB) RecordAlertDelivery(ctx context.Context, id int64, o kefu.AlertOutcome) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	switch o.Status {
	case kefu.AlertSent, kefu.AlertFailed:
	case kefu.AlertQueued:
		if o.RetryAt == nil {
			return kefu.Invalid("retry_at", "a delivery queued again needs a retry time")
		}
	default:
		return kefu.Invalid("status", "status must be sent, failed or queued")
	}
	msg := o.Error
	if len(msg) > 2000 {
		msg = strings.ToValidUTF8(msg[:2000], "")
	}
	attempted := 0
	if o.Attempted {
		attempted = 1
	}
	return db.inTx(ctx, func(t *tx) error {
		next, sent := t.now, any(nil)
		if o.RetryAt != nil {
			next = *kefu.Millis(o.RetryAt)
		}
		if o.Status == kefu.AlertSent {
			sent, msg = ms(t.now), ""
		}
		res, err := t.exec(ctx, `UPDATE alert_deliveries SET status = ?, attempts = attempts + ?, last_error = ?, provider_code = ?,
			next_attempt_at = ?, sent_at = ?, updated_at = ? WHERE id = ?`,
			o.Status, attempted, msg, o.ProviderCode, ms(next), sent, ms(t.now), id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return kefu.NotFound("alert delivery")
		}
		return nil
	})
}

// ListAlertDeliveries returns deliveries, newest first. Admins only.
func (db *DB) ListAlertDeliveries(ctx context.Context, f kefu.AlertDeliveryFilter) ([]*kefu.AlertDelivery, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	if f.Limit > kefu.MaxPageSize {
		f.Limit = kefu.MaxPageSize
	}
	query := `SELECT ` + alertDeliveryColumns + ` FROM alert_deliveries d JOIN alert_channels c ON c.id = d.channel_id WHERE 1 = 1`
	var args []any
	for _, cond := range []struct {
		set   bool
		where string
		arg   any
	}{
		{f.ChannelID != 0, ` AND d.channel_id = ?`, f.ChannelID},
		{f.TicketID != 0, ` AND d.ticket_id = ?`, f.TicketID},
		{f.Status != "", ` AND d.status = ?`, f.Status},
		{f.Kind != "", ` AND d.kind = ?`, f.Kind},
		{f.BeforeID != 0, ` AND d.id < ?`, f.BeforeID},
	} {
		if cond.set {
			query += cond.where
			args = append(args, cond.arg)
		}
	}
	query += ` ORDER BY d.id DESC LIMIT ?`
	args = append(args, f.Limit)
	rows, err := db.query(ctx, db.reader(ctx), query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*kefu.AlertDelivery{}
	for rows.Next() {
		d, err := scanAlertDelivery(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

func scanAlertDelivery(row scanner) (*kefu.AlertDelivery, error) {
	var d kefu.AlertDelivery
	var store, ticket, sent sql.NullInt64
	var dedupe sql.NullString
	var next, created, updated int64
	a := &d.Alert
	if err := row.Scan(&d.ID, &d.ChannelID, &d.ChannelType, &d.ChannelName, &a.Kind, &a.Severity, &store, &ticket, &a.Title, &a.Text, &a.URL, &a.Lang,
		&dedupe, &d.Status, &d.Attempts, &d.LastError, &d.ProviderCode, &next, &sent, &created, &updated); err != nil {
		return nil, err
	}
	a.StoreID, a.TicketID = store.Int64, ticket.Int64
	if i := strings.LastIndexByte(dedupe.String, '#'); i >= 0 {
		a.DedupeKey = dedupe.String[:i] // as the raiser gave it, without the channel
	}
	if d.Status == kefu.AlertQueued {
		t := fromMS(next)
		d.NextAttemptAt = &t
	}
	d.SentAt, d.CreatedAt, d.UpdatedAt = fromNullMS(sent), fromMS(created), fromMS(updated)
	return &d, nil
}

// AlertDigestCounts counts what the daily digest reports, for one store
// or (storeID 0) all of them.
func (db *DB) AlertDigestCounts(ctx context.Context, storeID int64, now, dayStart time.Time) (*kefu.AlertDigest, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	d := &kefu.AlertDigest{StoreID: storeID}
	// Dispute statuses that leave nothing to do are those of
	// kefu.Dispute.Open.
	err := db.queryRow(ctx, db.reader(ctx), `SELECT
		(SELECT count(*) FROM tickets WHERE status NOT IN ('solved', 'closed') AND (? = 0 OR store_id = ?)),
		(SELECT count(*) FROM tickets WHERE status NOT IN ('solved', 'closed') AND sla_due < ? AND (? = 0 OR store_id = ?)),
		(SELECT count(*) FROM disputes WHERE due_by >= ? AND due_by < ?
			AND status NOT IN ('won', 'lost', 'warning_closed', 'prevented', 'resolved', 'closed') AND (? = 0 OR store_id = ?)),
		(SELECT count(*) FROM tickets WHERE suspected_phishing = ? AND created_at >= ? AND (? = 0 OR store_id = ?))`,
		storeID, storeID,
		ms(now), storeID, storeID,
		ms(now), ms(now.Add(72*time.Hour)), storeID, storeID,
		true, ms(dayStart), storeID, storeID,
	).Scan(&d.OpenTickets, &d.BreachedSLA, &d.DisputesDueSoon, &d.SuspectedPhishing)
	return d, err
}
