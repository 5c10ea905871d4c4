package storage_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"kefu"
	"kefu/storage"
)

// BenchmarkImportOrders measures bulk order import (target ≥ 20,000
// orders/s on SQLite): go test -run XXX -bench ImportOrders ./storage/
func BenchmarkImportOrders(b *testing.B) {
	ctx := kefu.SystemContext(context.Background(), "bench")
	db, err := storage.Open(ctx, storage.Config{DSN: filepath.Join(b.TempDir(), "kefu.db"), SecretKey: make([]byte, 32)})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	store := &kefu.Store{Slug: "bench", Platform: "amazon", Name: "Bench", Timezone: "UTC", Currency: "USD"}
	if err := db.CreateStore(ctx, store); err != nil {
		b.Fatal(err)
	}
	const batch = 10000
	n := 0
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		orders := make([]*kefu.Order, batch)
		for i := range orders {
			n++
			orders[i] = &kefu.Order{
				StoreID: store.ID, Number: fmt.Sprintf("112-%07d-%07d", n/1000, n), Status: "shipped", Currency: "USD",
				TotalMinor: int64(1999 + n%5000), CardBrand: "visa", CardLast4: fmt.Sprintf("%04d", n%10000),
				ChargeID: fmt.Sprintf("ch_%d", n), ShipCountry: "US",
				Items:     []kefu.OrderItem{{SKU: "SKU-1", Title: "Phone case", Quantity: 1, PriceMinor: 1999}},
				Shipments: []kefu.Shipment{{Carrier: "USPS", TrackingNumber: fmt.Sprintf("9400%018d", n)}},
				Customer:  &kefu.Customer{Name: "Buyer", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: fmt.Sprintf("buyer%d@example.com", n%20000)}}},
			}
		}
		b.StartTimer()
		if _, err := db.ImportOrders(ctx, orders); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "orders/s")
}
