package storage

import (
	"context"
	"strings"

	"kefu"
)

// Orders are written in chunks of multi-row statements: a bulk import of
// 100,000 orders would otherwise spend most of its time on per-statement
// overhead rather than on the rows (target ≥ 20,000 orders/s on SQLite).
const (
	orderChunk    = 100 // 18 values a row stays far below both backends' parameter limits
	shipmentChunk = 300
)

type orderKey struct {
	store  int64
	number string
}

// writeOrders upserts validated orders by (store, number) and replaces
// their shipments. When an order repeats, its last row wins and counts as
// an update.
func (t *tx) writeOrders(ctx context.Context, orders []*kefu.Order) (kefu.OrderImportResult, error) {
	var res kefu.OrderImportResult
	last := make(map[orderKey]int, len(orders))
	for i, o := range orders {
		last[orderKey{o.StoreID, o.Number}] = i
	}
	uniq := make([]*kefu.Order, 0, len(last))
	for i, o := range orders {
		if last[orderKey{o.StoreID, o.Number}] == i {
			uniq = append(uniq, o)
		}
	}
	res.Updated = len(orders) - len(uniq)
	customers := make([]*kefu.Customer, len(uniq))
	for i, o := range uniq {
		customers[i] = o.Customer
	}
	customerIDs, err := t.resolveCustomers(ctx, customers)
	if err != nil {
		return res, err
	}
	for i, o := range uniq {
		if customerIDs[i] != 0 {
			o.CustomerID = customerIDs[i]
		}
	}
	var replaced []int64
	for start := 0; start < len(uniq); start += orderChunk {
		chunk := uniq[start:min(start+orderChunk, len(uniq))]
		created, ids, err := t.upsertOrderChunk(ctx, chunk)
		if isForeignKeyViolation(err) {
			return res, kefu.Invalid("store_id", "an order's store_id refers to no store")
		} else if err != nil {
			return res, err
		}
		res.Created += created
		res.Updated += len(chunk) - created
		replaced = append(replaced, ids...)
	}
	for _, o := range orders { // repeated rows take the id of the row that won
		w := orders[last[orderKey{o.StoreID, o.Number}]]
		o.ID, o.CreatedAt, o.UpdatedAt = w.ID, w.CreatedAt, w.UpdatedAt
	}
	return res, t.replaceShipments(ctx, uniq, replaced)
}

const orderInsertColumns = `store_id, number, status, currency, total_minor, refunded_minor, items, customer_id,
	charge_id, payment_intent_id, payment_ref, card_brand, card_last4, buyer_ip, ship_country, placed_at, created_at, updated_at`

// upsertOrderChunk inserts or updates up to orderChunk orders in one
// statement and reports how many were new. Which ones exist is read first:
// timestamps cannot tell, since a batch writes many orders in the same
// millisecond (and the same transaction time).
func (t *tx) upsertOrderChunk(ctx context.Context, chunk []*kefu.Order) (created int, replaced []int64, err error) {
	existing, err := t.existingOrders(ctx, chunk)
	if err != nil {
		return 0, nil, err
	}
	var b strings.Builder
	b.WriteString(`INSERT INTO orders (` + orderInsertColumns + `) VALUES `)
	args := make([]any, 0, 18*len(chunk))
	now := ms(t.now)
	for i, o := range chunk {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if o.Items == nil {
			o.Items = []kefu.OrderItem{}
		}
		args = append(args, o.StoreID, o.Number, o.Status, o.Currency, o.TotalMinor, o.RefundedMinor, string(mustJSON(o.Items)),
			idOrNil(o.CustomerID), strOrNil(o.ChargeID), strOrNil(o.PaymentIntentID), strOrNil(o.PaymentRef), o.CardBrand,
			o.CardLast4, o.BuyerIP, o.ShipCountry, msOrNil(o.PlacedAt), now, now)
	}
	b.WriteString(` ON CONFLICT (store_id, number) DO UPDATE SET status = excluded.status, currency = excluded.currency,
		total_minor = excluded.total_minor, refunded_minor = excluded.refunded_minor, items = excluded.items,
		customer_id = COALESCE(excluded.customer_id, orders.customer_id), charge_id = excluded.charge_id,
		payment_intent_id = excluded.payment_intent_id, payment_ref = excluded.payment_ref, card_brand = excluded.card_brand,
		card_last4 = excluded.card_last4, buyer_ip = excluded.buyer_ip, ship_country = excluded.ship_country,
		placed_at = excluded.placed_at, updated_at = excluded.updated_at
		RETURNING id, store_id, number, created_at`)
	rows, err := t.query(ctx, b.String(), args...)
	if err != nil {
		return 0, nil, err
	}
	defer rows.Close()
	byKey := make(map[orderKey]*kefu.Order, len(chunk))
	for _, o := range chunk {
		byKey[orderKey{o.StoreID, o.Number}] = o
	}
	for rows.Next() {
		var k orderKey
		var id, createdAt int64
		if err := rows.Scan(&id, &k.store, &k.number, &createdAt); err != nil {
			return 0, nil, err
		}
		o := byKey[k]
		o.ID, o.CreatedAt, o.UpdatedAt = id, fromMS(createdAt), t.now
		if existing[k] {
			replaced = append(replaced, id)
		} else {
			created++
		}
	}
	return created, replaced, rows.Err()
}

// existingOrders reports which of the chunk's (store, number) pairs are
// already stored.
func (t *tx) existingOrders(ctx context.Context, chunk []*kefu.Order) (map[orderKey]bool, error) {
	args := make([]any, 0, 2*len(chunk))
	for _, o := range chunk {
		args = append(args, o.StoreID, o.Number)
	}
	rows, err := t.query(ctx, `SELECT store_id, number FROM orders WHERE (store_id, number) IN (`+
		strings.TrimSuffix(strings.Repeat("(?, ?), ", len(chunk)), ", ")+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	existing := make(map[orderKey]bool, len(chunk))
	for rows.Next() {
		var k orderKey
		if err := rows.Scan(&k.store, &k.number); err != nil {
			return nil, err
		}
		existing[k] = true
	}
	return existing, rows.Err()
}

// replaceShipments drops the shipments of the replaced orders and inserts
// the given ones.
func (t *tx) replaceShipments(ctx context.Context, orders []*kefu.Order, updated []int64) error {
	type row struct {
		orderID int64
		s       kefu.Shipment
	}
	var rows []row
	for _, o := range orders {
		if o.Shipments == nil {
			o.Shipments = []kefu.Shipment{}
		}
		for _, s := range o.Shipments {
			rows = append(rows, row{o.ID, s})
		}
	}
	for start := 0; start < len(updated); start += 500 {
		ids := updated[start:min(start+500, len(updated))]
		if _, err := t.exec(ctx, `DELETE FROM shipments WHERE order_id IN (`+placeholders(len(ids))+`)`, int64Args(ids)...); err != nil {
			return err
		}
	}
	for start := 0; start < len(rows); start += shipmentChunk {
		chunk := rows[start:min(start+shipmentChunk, len(rows))]
		var b strings.Builder
		b.WriteString(`INSERT INTO shipments (order_id, carrier, tracking_number, status, shipped_at, delivered_at) VALUES `)
		args := make([]any, 0, 6*len(chunk))
		for i, r := range chunk {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(`(?, ?, ?, ?, ?, ?)`)
			args = append(args, r.orderID, r.s.Carrier, r.s.TrackingNumber, r.s.Status, msOrNil(r.s.ShippedAt), msOrNil(r.s.DeliveredAt))
		}
		if _, err := t.exec(ctx, b.String(), args...); err != nil {
			return err
		}
	}
	return nil
}
