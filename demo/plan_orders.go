package demo

import (
	"time"

	"kefu"
)

// product picks what the buyer bought; complaints about things that stop
// working or questions about compatibility need an electric product.
func (p *plan) product(intent string) *Product {
	for {
		prod := catalogue[p.r.IntN(len(catalogue))]
		switch intent {
		case "not_as_described", "presale_question", "refund_request":
			if !prod.Electric {
				continue
			}
		}
		return prod
	}
}

// orderStage is where an order is in its life when the buyer writes.
func orderStage(intent, status string) string {
	switch intent {
	case "cancel_order", "payment_issue":
		if status == kefu.StatusSolved || status == kefu.StatusClosed {
			return "cancelled"
		}
		return "unshipped"
	case "order_status":
		return "shipped"
	case "not_received":
		return "lost"
	case "return_exchange", "refund_delay":
		return "returned"
	}
	return "delivered"
}

// platformStatus is the platform's own word for a stage.
func platformStatus(platform, stage string) string {
	words := map[string][5]string{ // unshipped, shipped, delivered, cancelled, returned
		"amazon":  {"Unshipped", "Shipped", "Shipped", "Canceled", "Shipped"},
		"ebay":    {"NOT_STARTED", "IN_PROGRESS", "FULFILLED", "CANCELLED", "FULFILLED"},
		"shopee":  {"READY_TO_SHIP", "SHIPPED", "COMPLETED", "CANCELLED", "TO_RETURN"},
		"lazada":  {"ready_to_ship", "shipped", "delivered", "canceled", "returned"},
		"tiktok":  {"AWAITING_SHIPMENT", "IN_TRANSIT", "DELIVERED", "CANCELLED", "DELIVERED"},
		"shopify": {"unfulfilled", "fulfilled", "fulfilled", "cancelled", "fulfilled"},
	}[platform]
	i := map[string]int{"unshipped": 0, "shipped": 1, "lost": 1, "delivered": 2, "cancelled": 3, "returned": 4}[stage]
	if words[i] == "" {
		return stage
	}
	return words[i]
}

// newOrder records an order of prod by c, placed before the buyer wrote.
func (p *plan) newOrder(st *StoreProfile, bookKey string, c *buyer, prod *Product, stage string, age time.Duration) *kefu.Order {
	r := p.r
	placed := p.now.Add(-age - time.Duration(2+r.IntN(7))*24*time.Hour - time.Duration(r.IntN(24))*time.Hour)
	if stage == "unshipped" || stage == "cancelled" {
		placed = p.now.Add(-age - time.Duration(1+r.IntN(5))*time.Hour)
	}
	p.seq++
	cur := st.Store.Currency
	qty := 1
	if r.IntN(5) == 0 {
		qty = 2
	}
	o := &kefu.Order{
		StoreID:     st.Store.ID,
		Number:      OrderNumber(r, st.Store.Platform, st.Store.Site, placed, p.seq),
		Status:      platformStatus(st.Store.Platform, stage),
		Currency:    cur,
		Items:       []kefu.OrderItem{{SKU: prod.SKU, Title: prod.Title, Quantity: qty, PriceMinor: LocalPrice(prod.PriceUSD, cur)}},
		Customer:    c.customer(),
		ShipCountry: st.ShipCountry(bookKey),
		PlacedAt:    &placed,
	}
	if r.IntN(5) == 0 { // a phone case in the same basket
		extra := catalogue[4]
		o.Items = append(o.Items, kefu.OrderItem{SKU: extra.SKU, Title: extra.Title, Quantity: 1, PriceMinor: LocalPrice(extra.PriceUSD, cur)})
	}
	for _, it := range o.Items {
		o.TotalMinor += int64(it.Quantity) * it.PriceMinor
	}
	if st.Cards {
		o.CardBrand, o.CardLast4, _ = Card(r)
		o.ChargeID, o.PaymentIntentID = StripeID(r, "ch"), StripeID(r, "pi")
		o.BuyerIP = BuyerIP(r)
	}
	if stage != "unshipped" && stage != "cancelled" {
		carrier := st.Carriers[r.IntN(len(st.Carriers))]
		shipped := placed.Add(time.Duration(12+r.IntN(36)) * time.Hour)
		sh := kefu.Shipment{Carrier: carrier, TrackingNumber: TrackingNumber(r, carrier, o.ShipCountry), Status: "in_transit", ShippedAt: &shipped}
		switch stage {
		case "delivered", "returned":
			d := shipped.Add(time.Duration(2+r.IntN(6)) * 24 * time.Hour)
			sh.Status, sh.DeliveredAt = "delivered", &d
		case "lost":
			if r.IntN(2) == 0 { // "tracking says delivered but nothing came"
				d := shipped.Add(time.Duration(3+r.IntN(5)) * 24 * time.Hour)
				sh.Status, sh.DeliveredAt = "delivered", &d
			} else {
				sh.Status = "exception"
			}
		}
		o.Shipments = []kefu.Shipment{sh}
	}
	p.orders = append(p.orders, o)
	return o
}

// fxCurrency is the currency a buyer writing in bookKey saw on the site
// before their bank converted the USD charge.
func fxCurrency(bookKey string) string {
	switch bookKey {
	case "fr", "de", "es":
		return "EUR"
	case "pt":
		return "BRL"
	case "ja":
		return "JPY"
	case "zh", "zh-Hant":
		return "CNY"
	}
	return "GBP"
}
