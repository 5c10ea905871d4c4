package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"kefu"
)

var _ kefu.SLAService = (*DB)(nil)

// SLA policies and business calendars: read by anyone who works tickets
// (the clocks show on every ticket), written by admins.

const slaPolicyColumns = `id, name, platform, store_id, channel, notice_kind, kind, first_response, next_response,
	resolution, clock, due_margin, escalations, position, enabled, created_at, updated_at`

// ListSLAPolicies returns every policy by position, then id.
func (db *DB) ListSLAPolicies(ctx context.Context) ([]*kefu.SLAPolicy, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	return db.slaPolicies.get(ctx, db, func() ([]*kefu.SLAPolicy, error) { return db.loadSLAPolicies(ctx) },
		func(p *kefu.SLAPolicy) *kefu.SLAPolicy {
			c := *p
			c.Escalations = slices.Clone(p.Escalations)
			return &c
		})
}

func (db *DB) loadSLAPolicies(ctx context.Context) ([]*kefu.SLAPolicy, error) {
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+slaPolicyColumns+` FROM sla_policies ORDER BY position, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*kefu.SLAPolicy{}
	for rows.Next() {
		p, err := scanSLAPolicy(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// FindSLAPolicy returns one policy.
func (db *DB) FindSLAPolicy(ctx context.Context, id int64) (*kefu.SLAPolicy, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	p, err := scanSLAPolicy(db.queryRow(ctx, db.reader(ctx), `SELECT `+slaPolicyColumns+` FROM sla_policies WHERE id = ?`, id))
	return p, notFound(err, "SLA policy")
}

// CreateSLAPolicy stores a new policy. Admins only.
func (db *DB) CreateSLAPolicy(ctx context.Context, p *kefu.SLAPolicy) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error { return t.insertSLAPolicy(ctx, p) })
}

func (t *tx) insertSLAPolicy(ctx context.Context, p *kefu.SLAPolicy) error {
	if err := t.checkPolicyStore(ctx, p); err != nil {
		return err
	}
	p.CreatedAt, p.UpdatedAt = t.now, t.now
	var err error
	p.ID, err = t.insert(ctx, `INSERT INTO sla_policies (name, platform, store_id, channel, notice_kind, kind, first_response,
		next_response, resolution, clock, due_margin, escalations, position, enabled, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Name, p.Platform, idOrNil(p.StoreID), p.Channel, p.NoticeKind, p.Kind, p.FirstResponse.String(),
		p.NextResponse.String(), p.Resolution.String(), p.Clock, p.DueMargin.String(), string(mustJSON(p.Escalations)),
		p.Position, p.Enabled, ms(t.now), ms(t.now))
	if err != nil {
		return err
	}
	return t.audit(ctx, "sla_policy.create", "sla_policy", p.ID, nil, p)
}

// checkPolicyStore refuses a store that does not exist, and a platform
// that is not the store's: such a policy could never match.
func (t *tx) checkPolicyStore(ctx context.Context, p *kefu.SLAPolicy) error {
	if p.StoreID == 0 {
		return nil
	}
	var platform string
	err := t.queryRow(ctx, `SELECT platform FROM stores WHERE id = ?`, p.StoreID).Scan(&platform)
	if err == sql.ErrNoRows {
		return kefu.Invalid("store_id", "store %d does not exist", p.StoreID)
	} else if err != nil {
		return err
	}
	if p.Platform != "" && p.Platform != platform {
		return kefu.Invalid("platform", "store %d sells on %s, not %s; leave platform empty or match it", p.StoreID, platform, p.Platform)
	}
	return nil
}

// UpdateSLAPolicy replaces policy p.ID with p. Admins only.
func (db *DB) UpdateSLAPolicy(ctx context.Context, p *kefu.SLAPolicy) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		before, err := scanSLAPolicy(t.queryRow(ctx, `SELECT `+slaPolicyColumns+` FROM sla_policies WHERE id = ?`, p.ID))
		if err != nil {
			return notFound(err, "SLA policy")
		}
		if err := t.checkPolicyStore(ctx, p); err != nil {
			return err
		}
		p.CreatedAt, p.UpdatedAt = before.CreatedAt, t.now
		if _, err := t.exec(ctx, `UPDATE sla_policies SET name = ?, platform = ?, store_id = ?, channel = ?, notice_kind = ?, kind = ?,
			first_response = ?, next_response = ?, resolution = ?, clock = ?, due_margin = ?, escalations = ?, position = ?,
			enabled = ?, updated_at = ? WHERE id = ?`,
			p.Name, p.Platform, idOrNil(p.StoreID), p.Channel, p.NoticeKind, p.Kind, p.FirstResponse.String(),
			p.NextResponse.String(), p.Resolution.String(), p.Clock, p.DueMargin.String(), string(mustJSON(p.Escalations)),
			p.Position, p.Enabled, ms(t.now), p.ID); err != nil {
			return err
		}
		return t.audit(ctx, "sla_policy.update", "sla_policy", p.ID, before, p)
	})
}

// DeleteSLAPolicy removes a policy; tickets it was timing keep their
// deadlines until their next event. Admins only.
func (db *DB) DeleteSLAPolicy(ctx context.Context, id int64) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		before, err := scanSLAPolicy(t.queryRow(ctx, `SELECT `+slaPolicyColumns+` FROM sla_policies WHERE id = ?`, id))
		if err != nil {
			return notFound(err, "SLA policy")
		}
		if _, err := t.exec(ctx, `DELETE FROM sla_policies WHERE id = ?`, id); err != nil {
			return err
		}
		return t.audit(ctx, "sla_policy.delete", "sla_policy", id, before, nil)
	})
}

// SeedSLAPolicies stores ps when no policy exists yet, so a fresh install
// starts with the marketplaces' clocks, and reports how many it stored.
// Replicas starting together seed once: the check and the inserts hold
// the migration lock.
func (db *DB) SeedSLAPolicies(ctx context.Context, ps []*kefu.SLAPolicy) (int, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return 0, err
	}
	for _, p := range ps {
		if err := p.Validate(); err != nil {
			return 0, fmt.Errorf("seed policy %q: %w", p.Name, err)
		}
	}
	n := 0
	err := db.inTx(ctx, func(t *tx) error {
		if err := t.migrationLock(ctx); err != nil {
			return err
		}
		var count int
		if err := t.queryRow(ctx, `SELECT count(*) FROM sla_policies`).Scan(&count); err != nil || count > 0 {
			return err
		}
		for _, p := range ps {
			if err := t.insertSLAPolicy(ctx, p); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

func scanSLAPolicy(row scanner) (*kefu.SLAPolicy, error) {
	var p kefu.SLAPolicy
	var store sql.NullInt64
	var first, next, res, margin, escalations string
	var created, updated int64
	if err := row.Scan(&p.ID, &p.Name, &p.Platform, &store, &p.Channel, &p.NoticeKind, &p.Kind, &first, &next,
		&res, &p.Clock, &margin, &escalations, &p.Position, &p.Enabled, &created, &updated); err != nil {
		return nil, err
	}
	p.StoreID, p.CreatedAt, p.UpdatedAt = store.Int64, fromMS(created), fromMS(updated)
	for _, d := range []struct {
		dst *kefu.SLADuration
		src string
	}{{&p.FirstResponse, first}, {&p.NextResponse, next}, {&p.Resolution, res}, {&p.DueMargin, margin}} {
		v, err := kefu.ParseSLADuration(d.src)
		if err != nil {
			return nil, fmt.Errorf("SLA policy %d: %w", p.ID, err)
		}
		*d.dst = v
	}
	if err := json.Unmarshal([]byte(escalations), &p.Escalations); err != nil {
		return nil, fmt.Errorf("SLA policy %d: escalations: %w", p.ID, err)
	}
	if p.Escalations == nil {
		p.Escalations = []kefu.EscalationLevel{}
	}
	return &p, nil
}

const calendarColumns = `id, store_id, name, timezone, periods, holidays, created_at, updated_at`

// ListBusinessCalendars returns every calendar, the company's (store 0)
// first.
func (db *DB) ListBusinessCalendars(ctx context.Context) ([]*kefu.BusinessCalendar, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	rows, err := db.query(ctx, db.reader(ctx), `SELECT `+calendarColumns+` FROM business_calendars ORDER BY store_id, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*kefu.BusinessCalendar{}
	for rows.Next() {
		c, err := scanCalendar(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// FindBusinessCalendar returns one calendar.
func (db *DB) FindBusinessCalendar(ctx context.Context, id int64) (*kefu.BusinessCalendar, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	c, err := scanCalendar(db.queryRow(ctx, db.reader(ctx), `SELECT `+calendarColumns+` FROM business_calendars WHERE id = ?`, id))
	return c, notFound(err, "business calendar")
}

// CreateBusinessCalendar stores a calendar; one per store, one for the
// company. Admins only.
func (db *DB) CreateBusinessCalendar(ctx context.Context, c *kefu.BusinessCalendar) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		if err := t.checkCalendarStore(ctx, c); err != nil {
			return err
		}
		c.CreatedAt, c.UpdatedAt = t.now, t.now
		var err error
		c.ID, err = t.insert(ctx, `INSERT INTO business_calendars (store_id, name, timezone, periods, holidays, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, c.StoreID, c.Name, c.Timezone, string(mustJSON(c.Periods)), string(mustJSON(c.Holidays)), ms(t.now), ms(t.now))
		if isUniqueViolation(err) {
			return calendarTaken(c.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "business_calendar.create", "business_calendar", c.ID, nil, c)
	})
}

func calendarTaken(storeID int64) error {
	if storeID == 0 {
		return kefu.Errorf(kefu.ECONFLICT, "the company calendar exists already; change it instead")
	}
	return kefu.Errorf(kefu.ECONFLICT, "store %d has a calendar already; change it instead", storeID)
}

func (t *tx) checkCalendarStore(ctx context.Context, c *kefu.BusinessCalendar) error {
	if c.StoreID == 0 {
		return nil
	}
	var one int
	if err := t.queryRow(ctx, `SELECT 1 FROM stores WHERE id = ?`, c.StoreID).Scan(&one); err == sql.ErrNoRows {
		return kefu.Invalid("store_id", "store %d does not exist", c.StoreID)
	} else if err != nil {
		return err
	}
	return nil
}

// UpdateBusinessCalendar replaces calendar c.ID with c. Admins only.
func (db *DB) UpdateBusinessCalendar(ctx context.Context, c *kefu.BusinessCalendar) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		before, err := scanCalendar(t.queryRow(ctx, `SELECT `+calendarColumns+` FROM business_calendars WHERE id = ?`, c.ID))
		if err != nil {
			return notFound(err, "business calendar")
		}
		if err := t.checkCalendarStore(ctx, c); err != nil {
			return err
		}
		c.CreatedAt, c.UpdatedAt = before.CreatedAt, t.now
		_, err = t.exec(ctx, `UPDATE business_calendars SET store_id = ?, name = ?, timezone = ?, periods = ?, holidays = ?, updated_at = ? WHERE id = ?`,
			c.StoreID, c.Name, c.Timezone, string(mustJSON(c.Periods)), string(mustJSON(c.Holidays)), ms(t.now), c.ID)
		if isUniqueViolation(err) {
			return calendarTaken(c.StoreID)
		} else if err != nil {
			return err
		}
		return t.audit(ctx, "business_calendar.update", "business_calendar", c.ID, before, c)
	})
}

// DeleteBusinessCalendar removes a calendar; its store falls back to the
// company calendar. Admins only.
func (db *DB) DeleteBusinessCalendar(ctx context.Context, id int64) error {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return err
	}
	return db.inTx(ctx, func(t *tx) error {
		before, err := scanCalendar(t.queryRow(ctx, `SELECT `+calendarColumns+` FROM business_calendars WHERE id = ?`, id))
		if err != nil {
			return notFound(err, "business calendar")
		}
		if _, err := t.exec(ctx, `DELETE FROM business_calendars WHERE id = ?`, id); err != nil {
			return err
		}
		return t.audit(ctx, "business_calendar.delete", "business_calendar", id, before, nil)
	})
}

func scanCalendar(row scanner) (*kefu.BusinessCalendar, error) {
	var c kefu.BusinessCalendar
	var periods, holidays string
	var created, updated int64
	if err := row.Scan(&c.ID, &c.StoreID, &c.Name, &c.Timezone, &periods, &holidays, &created, &updated); err != nil {
		return nil, err
	}
	c.CreatedAt, c.UpdatedAt = fromMS(created), fromMS(updated)
	if err := json.Unmarshal([]byte(periods), &c.Periods); err != nil {
		return nil, fmt.Errorf("business calendar %d: periods: %w", c.ID, err)
	}
	if err := json.Unmarshal([]byte(holidays), &c.Holidays); err != nil {
		return nil, fmt.Errorf("business calendar %d: holidays: %w", c.ID, err)
	}
	if c.Holidays == nil {
		c.Holidays = []string{}
	}
	return &c, nil
}
