package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"kefu"
)

const orderColumns = `id, store_id, number, status, currency, total_minor, refunded_minor, items, customer_id,
	charge_id, payment_intent_id, payment_ref, card_brand, card_last4, buyer_ip, ship_country, placed_at, created_at, updated_at`

// FindOrderByID returns an order in the caller's stores.
func (db *DB) FindOrderByID(ctx context.Context, id int64) (*kefu.Order, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeOrdersRead); err != nil {
		return nil, err
	}
	o, err := scanOrder(db.queryRow(ctx, db.reader(ctx), `SELECT `+orderColumns+` FROM orders WHERE id = ?`, id))
	if err != nil {
		return nil, notFound(err, "order")
	}
	if !a.CanSeeStore(o.StoreID) {
		return nil, kefu.NotFound("order")
	}
	return o, db.loadShipments(ctx, db.reader(ctx), []*kefu.Order{o})
}

// ListOrders finds orders by store, number, payment or tracking number.
func (db *DB) ListOrders(ctx context.Context, f kefu.OrderFilter) ([]*kefu.Order, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeOrdersRead); err != nil {
		return nil, err
	}
	if f.Limit <= 0 || f.Limit > kefu.MaxPageSize {
		f.Limit = 50
	}
	var where []string
	var args []any
	add := func(cond string, arg any) { where = append(where, cond); args = append(args, arg) }
	if f.StoreID != 0 {
		add(`store_id = ?`, f.StoreID)
	}
	if f.Number != "" {
		add(`number = ?`, strings.TrimSpace(f.Number))
	}
	if f.ChargeID != "" {
		add(`(charge_id = ? OR payment_intent_id = ? OR payment_ref = ?)`, f.ChargeID)
		args = append(args, f.ChargeID, f.ChargeID)
	}
	if f.TrackingNumber != "" {
		add(`id IN (SELECT order_id FROM shipments WHERE tracking_number = ?)`, f.TrackingNumber)
	}
	if f.CustomerID != 0 {
		add(`customer_id = ?`, f.CustomerID)
	}
	if scope := a.StoreScope(); scope != nil {
		where = append(where, `store_id IN (`+placeholders(len(scope))+`)`)
		args = append(args, int64Args(scope)...)
	}
	query := `SELECT ` + orderColumns + ` FROM orders`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY id DESC LIMIT ?`
	args = append(args, f.Limit)
	rows, err := db.query(ctx, db.reader(ctx), query, args...)
	if err != nil {
		return nil, err
	}
	var out []*kefu.Order
	for rows.Next() {
		o, err := scanOrder(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, db.loadShipments(ctx, db.reader(ctx), out)
}

// UpsertOrder creates or replaces the order with the same store and number.
func (db *DB) UpsertOrder(ctx context.Context, o *kefu.Order) (bool, error) {
	res, err := db.ImportOrders(ctx, []*kefu.Order{o})
	return res.Created == 1, err
}

// ImportOrders validates every order first, then writes them all in one
// transaction: a bad row fails the import and nothing is written.
func (db *DB) ImportOrders(ctx context.Context, orders []*kefu.Order) (kefu.OrderImportResult, error) {
	var res kefu.OrderImportResult
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeOrdersWrite); err != nil {
		return res, err
	}
	if len(orders) == 0 {
		return res, nil
	}
	for i, o := range orders {
		if err := o.Validate(); err != nil {
			if len(orders) > 1 {
				return res, &kefu.Error{Code: kefu.EINVALID, Field: kefu.ErrorField(err),
					Message: fmt.Sprintf("order %d (%s): %s", i+1, o.Number, kefu.ErrorMessage(err))}
			}
			return res, err
		}
		if !a.CanSeeStore(o.StoreID) {
			return res, kefu.Invalid("store_id", "store %d does not exist or is outside your stores", o.StoreID)
		}
	}
	err := db.inTx(ctx, func(t *tx) error {
		var err error
		res, err = t.writeOrders(ctx, orders)
		if err != nil {
			return err
		}
		// One audit entry per import keeps a 100,000-order import from
		// writing 100,000 audit rows; single upserts record the order.
		if len(orders) == 1 {
			return t.audit(ctx, "order.upsert", "order", orders[0].ID, nil, orders[0])
		}
		return t.audit(ctx, "order.import", "store", orders[0].StoreID, nil, res)
	})
	if err != nil {
		return kefu.OrderImportResult{}, err
	}
	return res, nil
}

func scanOrder(row scanner) (*kefu.Order, error) {
	var o kefu.Order
	var items string
	var customer, placed sql.NullInt64
	var charge, pi, ref sql.NullString
	var created, updated int64
	if err := row.Scan(&o.ID, &o.StoreID, &o.Number, &o.Status, &o.Currency, &o.TotalMinor, &o.RefundedMinor, &items, &customer,
		&charge, &pi, &ref, &o.CardBrand, &o.CardLast4, &o.BuyerIP, &o.ShipCountry, &placed, &created, &updated); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(items), &o.Items); err != nil {
		return nil, fmt.Errorf("order %d items: %w", o.ID, err)
	}
	o.CustomerID, o.ChargeID, o.PaymentIntentID, o.PaymentRef = customer.Int64, charge.String, pi.String, ref.String
	o.PlacedAt, o.CreatedAt, o.UpdatedAt = fromNullMS(placed), fromMS(created), fromMS(updated)
	o.Shipments = []kefu.Shipment{}
	return &o, nil
}

func (db *DB) loadShipments(ctx context.Context, q queryer, orders []*kefu.Order) error {
	if len(orders) == 0 {
		return nil
	}
	byID := make(map[int64]*kefu.Order, len(orders))
	ids := make([]int64, len(orders))
	for i, o := range orders {
		byID[o.ID], ids[i] = o, o.ID
	}
	rows, err := db.query(ctx, q, `SELECT order_id, carrier, tracking_number, status, shipped_at, delivered_at FROM shipments
		WHERE order_id IN (`+placeholders(len(ids))+`) ORDER BY id`, int64Args(ids)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var oid int64
		var s kefu.Shipment
		var shipped, delivered sql.NullInt64
		if err := rows.Scan(&oid, &s.Carrier, &s.TrackingNumber, &s.Status, &shipped, &delivered); err != nil {
			return err
		}
		s.ShippedAt, s.DeliveredAt = fromNullMS(shipped), fromNullMS(delivered)
		byID[oid].Shipments = append(byID[oid].Shipments, s)
	}
	return rows.Err()
}
