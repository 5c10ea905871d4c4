package storage_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

func TestOrders_UpsertCreatesThenReplacesFieldsAndShipments(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "amazon-us", "amazon", "USD")
		placed := time.Date(2025, 3, 1, 8, 30, 0, 0, time.UTC)
		first := &kefu.Order{
			StoreID: s.ID, Number: "112-3456789-1234567", Status: "Shipped", Currency: "USD",
			TotalMinor: 2599, Items: []kefu.OrderItem{{SKU: "CASE-01", Title: "Phone case", Quantity: 1, PriceMinor: 1599}, {SKU: "CBL-02", Title: "Cable", Quantity: 2, PriceMinor: 500}},
			ChargeID: "ch_first", PaymentIntentID: "pi_first", CardBrand: "visa", CardLast4: "4242", BuyerIP: "203.0.113.7", ShipCountry: "us",
			Shipments: []kefu.Shipment{{Carrier: "UPS", TrackingNumber: "1Z999AA10123456784"}, {Carrier: "USPS", TrackingNumber: "9400111899223197428490"}},
			PlacedAt:  &placed,
			Customer:  &kefu.Customer{Name: "Ann", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "Ann@Example.com"}}},
		}
		created, err := db.UpsertOrder(ctx, first)
		must(t, err, "UpsertOrder (create)")
		if !created {
			t.Error("first UpsertOrder reported created=false")
		}
		got := findOrderByNumber(t, db, s.ID, "112-3456789-1234567")
		if got.Status != "Shipped" || got.TotalMinor != 2599 || len(got.Items) != 2 || got.CardLast4 != "4242" ||
			got.ChargeID != "ch_first" || got.ShipCountry != "US" || got.BuyerIP != "203.0.113.7" || len(got.Shipments) != 2 {
			t.Errorf("order after create = %+v", got)
		}
		if got.PlacedAt == nil || !got.PlacedAt.Equal(placed) {
			t.Errorf("PlacedAt = %v, want %v", got.PlacedAt, placed)
		}
		if got.CustomerID == 0 {
			t.Error("an order with a customer has no CustomerID")
		} else if cust, err := db.FindCustomerByIdentity(ctx, kefu.Identity{Kind: kefu.IdentityEmail, Value: "ann@example.com"}); err != nil || cust.ID != got.CustomerID {
			t.Errorf("order customer %d not found by its email: %v, %v", got.CustomerID, cust, err)
		}
		byID, err := db.FindOrderByID(ctx, got.ID)
		must(t, err, "FindOrderByID")
		if byID.Number != got.Number || len(byID.Shipments) != 2 {
			t.Errorf("FindOrderByID = %+v", byID)
		}

		second := &kefu.Order{
			StoreID: s.ID, Number: "112-3456789-1234567", Status: "Delivered", Currency: "USD",
			TotalMinor: 3099, RefundedMinor: 500, Items: []kefu.OrderItem{{SKU: "CASE-01", Title: "Phone case", Quantity: 1, PriceMinor: 3099}},
			ChargeID:  "ch_second",
			Shipments: []kefu.Shipment{{Carrier: "DHL", TrackingNumber: "JD014600003828123456"}},
		}
		created, err = db.UpsertOrder(ctx, second)
		must(t, err, "UpsertOrder (update)")
		if created {
			t.Error("second UpsertOrder of the same store and number reported created=true")
		}
		upd := findOrderByNumber(t, db, s.ID, "112-3456789-1234567")
		if upd.ID != got.ID {
			t.Errorf("upsert made a new order %d instead of replacing %d", upd.ID, got.ID)
		}
		if upd.Status != "Delivered" || upd.TotalMinor != 3099 || upd.RefundedMinor != 500 || len(upd.Items) != 1 ||
			upd.ChargeID != "ch_second" || upd.CardLast4 != "" || upd.PaymentIntentID != "" {
			t.Errorf("order after replace = %+v, want the second version's fields (omitted ones cleared)", upd)
		}
		if len(upd.Shipments) != 1 || upd.Shipments[0].TrackingNumber != "JD014600003828123456" {
			t.Errorf("shipments after replace = %+v, want only the DHL one", upd.Shipments)
		}
		if !upd.CreatedAt.Equal(got.CreatedAt) {
			t.Errorf("CreatedAt changed on replace: %v → %v", got.CreatedAt, upd.CreatedAt)
		}

		list := func(f kefu.OrderFilter) []*kefu.Order {
			t.Helper()
			orders, err := db.ListOrders(ctx, f)
			must(t, err, fmt.Sprintf("ListOrders(%+v)", f))
			return orders
		}
		if n := len(list(kefu.OrderFilter{TrackingNumber: "1Z999AA10123456784"})); n != 0 {
			t.Errorf("a replaced shipment's tracking number still finds %d orders", n)
		}
		if n := len(list(kefu.OrderFilter{ChargeID: "ch_first"})); n != 0 {
			t.Errorf("a replaced charge id still finds %d orders", n)
		}
	})
}

// findOrderByNumber returns the one order with number in the store.
func findOrderByNumber(t *testing.T, db *storage.DB, storeID int64, number string) *kefu.Order {
	t.Helper()
	orders, err := db.ListOrders(sysCtx(t), kefu.OrderFilter{StoreID: storeID, Number: number})
	must(t, err, "ListOrders by number")
	if len(orders) != 1 {
		t.Fatalf("ListOrders(number %s) = %d orders, want 1", number, len(orders))
	}
	return orders[0]
}

func TestOrders_ListByNumberChargeTrackingStoreAndCustomer(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		us := mustCreateStore(t, db, "amazon-us", "amazon", "USD")
		my := mustCreateStore(t, db, "shopee-my", "shopee", "MYR")
		orders := []*kefu.Order{
			{StoreID: us.ID, Number: "111-0000001-0000001", Currency: "USD", ChargeID: "ch_aaa", Shipments: []kefu.Shipment{{Carrier: "UPS", TrackingNumber: "1ZAAA"}},
				Customer: &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "ann@example.com"}}}},
			{StoreID: us.ID, Number: "111-0000002-0000002", Currency: "USD", ChargeID: "ch_bbb", Shipments: []kefu.Shipment{{Carrier: "UPS", TrackingNumber: "1ZBBB"}, {Carrier: "UPS", TrackingNumber: "1ZBBB2"}}},
			{StoreID: my.ID, Number: "250101ABCDEF", Currency: "MYR", PaymentRef: "SPX-1", Shipments: []kefu.Shipment{{Carrier: "SPX", TrackingNumber: "MY2501ABC"}},
				Customer: &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "ann@example.com"}}}},
			// The same number in another store is another order.
			{StoreID: my.ID, Number: "111-0000001-0000001", Currency: "MYR"},
		}
		for _, o := range orders {
			_, err := db.UpsertOrder(ctx, o)
			must(t, err, "UpsertOrder "+o.Number)
		}
		ann, err := db.FindCustomerByIdentity(ctx, kefu.Identity{Kind: kefu.IdentityEmail, Value: "ann@example.com"})
		must(t, err, "FindCustomerByIdentity")

		tests := []struct {
			name string
			f    kefu.OrderFilter
			want []string // "store:number"
		}{
			{"number in every store", kefu.OrderFilter{Number: "111-0000001-0000001"}, []string{"amazon-us:111-0000001-0000001", "shopee-my:111-0000001-0000001"}},
			{"number in one store", kefu.OrderFilter{StoreID: my.ID, Number: "111-0000001-0000001"}, []string{"shopee-my:111-0000001-0000001"}},
			{"charge id", kefu.OrderFilter{ChargeID: "ch_bbb"}, []string{"amazon-us:111-0000002-0000002"}},
			{"tracking number", kefu.OrderFilter{TrackingNumber: "MY2501ABC"}, []string{"shopee-my:250101ABCDEF"}},
			{"second tracking number of an order", kefu.OrderFilter{TrackingNumber: "1ZBBB2"}, []string{"amazon-us:111-0000002-0000002"}},
			{"store", kefu.OrderFilter{StoreID: us.ID}, []string{"amazon-us:111-0000001-0000001", "amazon-us:111-0000002-0000002"}},
			{"customer across stores", kefu.OrderFilter{CustomerID: ann.ID}, []string{"amazon-us:111-0000001-0000001", "shopee-my:250101ABCDEF"}},
			{"unknown number", kefu.OrderFilter{Number: "999"}, nil},
			{"tracking prefix is not a match", kefu.OrderFilter{TrackingNumber: "1ZBB"}, nil},
		}
		slugs := map[int64]string{us.ID: "amazon-us", my.ID: "shopee-my"}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := db.ListOrders(ctx, tt.f)
				must(t, err, "ListOrders")
				var keys []string
				for _, o := range got {
					keys = append(keys, slugs[o.StoreID]+":"+o.Number)
				}
				if !sameStrings(keys, tt.want) {
					t.Errorf("ListOrders(%+v) = %q, want %q", tt.f, keys, tt.want)
				}
			})
		}
	})
}

func importBatch(storeID int64, n int, status string) []*kefu.Order {
	orders := make([]*kefu.Order, n)
	for i := range orders {
		o := &kefu.Order{
			StoreID: storeID, Number: fmt.Sprintf("113-%07d-%07d", i, i*7), Status: status, Currency: "USD",
			TotalMinor: int64(1000 + i), Items: []kefu.OrderItem{{SKU: "SKU-" + strconv.Itoa(i%37), Title: "Widget", Quantity: 1 + i%3, PriceMinor: 1000}},
			ChargeID:  fmt.Sprintf("ch_imp%05d", i),
			Shipments: []kefu.Shipment{{Carrier: "UPS", TrackingNumber: fmt.Sprintf("1ZIMP%06d", i)}},
		}
		if i%10 == 0 {
			o.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: fmt.Sprintf("buyer%d@example.com", i)}}}
		}
		orders[i] = o
	}
	return orders
}

func TestOrders_ImportCountsCreatedThenUpdatedAndABadRowChangesNothing(t *testing.T) {
	t.Parallel()
	const n = 2000
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "bulk", "amazon", "USD")

		res, err := db.ImportOrders(ctx, importBatch(s.ID, n, "Pending"))
		must(t, err, "ImportOrders")
		if res.Created != n || res.Updated != 0 {
			t.Errorf("first import = %+v, want created %d, updated 0", res, n)
		}
		if got := be.count(t, `SELECT count(*) FROM orders`); got != n {
			t.Errorf("orders after import = %d, want %d", got, n)
		}
		if o := findOrderByNumber(t, db, s.ID, "113-0001234-0008638"); o.TotalMinor != 2234 || len(o.Shipments) != 1 {
			t.Errorf("imported order = %+v", o)
		}

		res, err = db.ImportOrders(ctx, importBatch(s.ID, n, "Shipped"))
		must(t, err, "re-import")
		if res.Created != 0 || res.Updated != n {
			t.Errorf("re-import = %+v, want created 0, updated %d", res, n)
		}
		if got := be.count(t, `SELECT count(*) FROM orders`); got != n {
			t.Errorf("orders after re-import = %d, want %d", got, n)
		}
		if got := be.count(t, `SELECT count(*) FROM shipments`); got != n {
			t.Errorf("shipments after re-import = %d, want %d (replaced, not appended)", got, n)
		}

		// One bad row near the end: batches before it must not stay written.
		bad := importBatch(s.ID, n+500, "Delivered")
		bad[n+480].CardLast4 = "42a2"
		_, err = db.ImportOrders(ctx, bad)
		wantInvalid(t, err, "card_last4")
		if msg := kefu.ErrorMessage(err); !strings.Contains(msg, "2480") && !strings.Contains(msg, "2481") && !strings.Contains(msg, "2482") {
			t.Errorf("import error %q does not name the bad row (index 2480)", msg)
		}
		if got := be.count(t, `SELECT count(*) FROM orders`); got != n {
			t.Errorf("a failed import left %d orders, want %d", got, n)
		}
		if got := be.count(t, `SELECT count(*) FROM orders WHERE status = ?`, "Delivered"); got != 0 {
			t.Errorf("a failed import updated %d existing orders", got)
		}
	})
}

func TestOrders_InvalidOrderIsRefusedAndNothingIsWritten(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		tests := []struct {
			name  string
			o     kefu.Order
			field string
		}{
			{"no number", kefu.Order{StoreID: s.ID, Currency: "USD"}, "number"},
			{"bad currency", kefu.Order{StoreID: s.ID, Number: "1", Currency: "dollars"}, "currency"},
			{"bad card_last4", kefu.Order{StoreID: s.ID, Number: "1", Currency: "USD", CardLast4: "12345"}, "card_last4"},
			{"bad buyer ip", kefu.Order{StoreID: s.ID, Number: "1", Currency: "USD", BuyerIP: "999.1.1.1"}, "buyer_ip"},
			{"negative total", kefu.Order{StoreID: s.ID, Number: "1", Currency: "USD", TotalMinor: -1}, "total_minor"},
			{"NUL in number", kefu.Order{StoreID: s.ID, Number: "1\x00", Currency: "USD"}, "number"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				o := tt.o
				_, err := db.UpsertOrder(sysCtx(t), &o)
				wantInvalid(t, err, tt.field)
				if got := be.count(t, `SELECT count(*) FROM orders`); got != 0 {
					t.Errorf("an invalid order wrote %d rows", got)
				}
			})
		}
		_, err := db.FindOrderByID(sysCtx(t), 123456)
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

// sameStrings compares two lists as multisets.
func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}
