package bench

import (
	"time"

	"kefu"
	"kefu/demo"
)

// order records what ticket's buyer bought, placed a few days before they
// wrote.
func (g *generator) order(st *demo.StoreProfile, bookKey string, c *customer, prod *demo.Product, intent string, received time.Time) *kefu.Order {
	r := g.r
	placed := received.Add(-time.Duration(2+r.IntN(10))*24*time.Hour - time.Duration(r.IntN(24))*time.Hour)
	if intent == "cancel_order" || intent == "payment_issue" {
		placed = received.Add(-time.Duration(1+r.IntN(6)) * time.Hour)
	}
	g.seq++
	cur := st.Store.Currency
	qty := 1
	if r.IntN(5) == 0 {
		qty = 2
	}
	o := &kefu.Order{
		StoreID: st.Store.ID, Number: demo.OrderNumber(r, st.Store.Platform, st.Store.Site, placed, g.seq),
		Status: "shipped", Currency: cur, Customer: c.kefuCustomer(), ShipCountry: st.ShipCountry(bookKey), PlacedAt: &placed,
		Items: []kefu.OrderItem{{SKU: prod.SKU, Title: prod.Title, Quantity: qty, PriceMinor: demo.LocalPrice(prod.PriceUSD, cur)}},
	}
	if r.IntN(6) == 0 {
		extra := g.products[r.IntN(len(g.products))]
		o.Items = append(o.Items, kefu.OrderItem{SKU: extra.SKU, Title: extra.Title, Quantity: 1, PriceMinor: demo.LocalPrice(extra.PriceUSD, cur)})
	}
	for _, it := range o.Items {
		o.TotalMinor += int64(it.Quantity) * it.PriceMinor
	}
	if st.Cards {
		o.CardBrand, o.CardLast4, _ = demo.Card(r)
		o.ChargeID, o.PaymentIntentID = demo.StripeID(r, "ch"), demo.StripeID(r, "pi")
		o.BuyerIP = demo.BuyerIP(r)
	}
	switch intent {
	case "cancel_order", "payment_issue":
		o.Status = "unshipped"
	default:
		carrier := st.Carriers[r.IntN(len(st.Carriers))]
		shipped := placed.Add(time.Duration(12+r.IntN(36)) * time.Hour)
		sh := kefu.Shipment{Carrier: carrier, TrackingNumber: demo.TrackingNumber(r, carrier, o.ShipCountry), Status: "in_transit", ShippedAt: &shipped}
		if intent != "order_status" && intent != "not_received" {
			d := shipped.Add(time.Duration(2+r.IntN(6)) * 24 * time.Hour)
			sh.Status, sh.DeliveredAt = "delivered", &d
			o.Status = "delivered"
		}
		o.Shipments = []kefu.Shipment{sh}
	}
	switch intent {
	case "refund_request", "refund_delay", "duplicate_charge", "chargeback_threat":
		if r.IntN(2) == 0 {
			o.RefundedMinor = o.TotalMinor
		}
	}
	return o
}
