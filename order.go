package kefu

import (
	"context"
	"net/netip"
	"strings"
	"time"
)

// Order is a platform order with its payment references and shipments.
// Money is integer minor units (cents, fen) plus the ISO currency code.
type Order struct {
	ID              int64       `json:"id"`
	StoreID         int64       `json:"store_id"`
	Number          string      `json:"number"` // the platform's order number, e.g. 123-1234567-1234567
	Status          string      `json:"status"` // the platform's own status word
	Currency        string      `json:"currency"`
	TotalMinor      int64       `json:"total_minor"`
	RefundedMinor   int64       `json:"refunded_minor"`
	Items           []OrderItem `json:"items"`
	CustomerID      int64       `json:"customer_id,omitempty"`
	ChargeID        string      `json:"charge_id,omitempty"`         // e.g. Stripe ch_…
	PaymentIntentID string      `json:"payment_intent_id,omitempty"` // e.g. Stripe pi_…
	PaymentRef      string      `json:"payment_ref,omitempty"`       // any other provider's payment id
	CardBrand       string      `json:"card_brand,omitempty"`
	CardLast4       string      `json:"card_last4,omitempty"`
	BuyerIP         string      `json:"buyer_ip,omitempty"`
	ShipCountry     string      `json:"ship_country,omitempty"` // ISO 3166-1 alpha-2
	Shipments       []Shipment  `json:"shipments"`
	PlacedAt        *time.Time  `json:"placed_at,omitempty"`
	CreatedAt       time.Time   `json:"created_at"`
	UpdatedAt       time.Time   `json:"updated_at"`

	// Customer, when set on upsert, is matched by identity (or created)
	// and linked; it is not returned.
	Customer *Customer `json:"customer,omitempty"`
}

// OrderItem is one line of an order.
type OrderItem struct {
	SKU        string `json:"sku,omitempty"`
	Title      string `json:"title"`
	Quantity   int    `json:"quantity"`
	PriceMinor int64  `json:"price_minor"` // unit price
}

// Shipment is one parcel with its carrier and tracking number.
type Shipment struct {
	Carrier        string     `json:"carrier"`
	TrackingNumber string     `json:"tracking_number"`
	Status         string     `json:"status,omitempty"`
	ShippedAt      *time.Time `json:"shipped_at,omitempty"`
	DeliveredAt    *time.Time `json:"delivered_at,omitempty"`
}

// Validate checks an order before it is written.
func (o *Order) Validate() error {
	o.Number = strings.TrimSpace(o.Number)
	o.CardLast4 = strings.TrimSpace(o.CardLast4)
	o.ShipCountry = strings.ToUpper(strings.TrimSpace(o.ShipCountry))
	if o.StoreID <= 0 {
		return Invalid("store_id", "store_id is required")
	}
	if err := firstErr(
		checkText("number", o.Number, 100, true),
		checkText("status", o.Status, 50, false),
		CheckCurrency("currency", o.Currency),
		checkText("charge_id", o.ChargeID, 200, false),
		checkText("payment_intent_id", o.PaymentIntentID, 200, false),
		checkText("payment_ref", o.PaymentRef, 200, false),
		checkText("card_brand", o.CardBrand, 30, false),
	); err != nil {
		return err
	}
	if o.TotalMinor < 0 {
		return Invalid("total_minor", "total_minor cannot be negative")
	}
	if o.RefundedMinor < 0 {
		return Invalid("refunded_minor", "refunded_minor cannot be negative")
	}
	if o.CardLast4 != "" && (len(o.CardLast4) != 4 || strings.Trim(o.CardLast4, "0123456789") != "") {
		return Invalid("card_last4", "card_last4 must be exactly 4 digits")
	}
	if o.BuyerIP != "" {
		if _, err := netip.ParseAddr(o.BuyerIP); err != nil {
			return Invalid("buyer_ip", "buyer_ip %q is not an IPv4 or IPv6 address", o.BuyerIP)
		}
	}
	if o.ShipCountry != "" && (len(o.ShipCountry) != 2 || strings.Trim(o.ShipCountry, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
		return Invalid("ship_country", "ship_country must be an ISO 3166-1 alpha-2 code such as US")
	}
	if len(o.Items) > 500 {
		return Invalid("items", "at most 500 items")
	}
	for _, it := range o.Items {
		if err := checkText("items", it.Title, 500, false); err != nil {
			return err
		}
		if err := checkText("items", it.SKU, 100, false); err != nil {
			return err
		}
		if it.Quantity < 0 || it.PriceMinor < 0 {
			return Invalid("items", "item quantity and price cannot be negative")
		}
	}
	if len(o.Shipments) > 50 {
		return Invalid("shipments", "at most 50 shipments")
	}
	for _, s := range o.Shipments {
		if err := firstErr(
			checkText("shipments", s.Carrier, 100, false),
			checkText("shipments", s.TrackingNumber, 100, true),
			checkText("shipments", s.Status, 50, false),
		); err != nil {
			return err
		}
	}
	if o.Customer != nil {
		return o.Customer.Validate()
	}
	return nil
}

// OrderImportResult counts what a bulk import did.
type OrderImportResult struct {
	Created int `json:"created"`
	Updated int `json:"updated"`
}

// OrderFilter selects orders.
type OrderFilter struct {
	StoreID        int64
	Number         string
	ChargeID       string
	TrackingNumber string
	CustomerID     int64
	Limit          int
}

// OrderService manages orders.
type OrderService interface {
	FindOrderByID(ctx context.Context, id int64) (*Order, error)
	ListOrders(ctx context.Context, f OrderFilter) ([]*Order, error)
	// UpsertOrder creates or replaces the order with the same store and number.
	UpsertOrder(ctx context.Context, o *Order) (created bool, err error)
	// ImportOrders upserts many orders in batches; a bad row fails the
	// whole import with its line number and changes nothing.
	ImportOrders(ctx context.Context, orders []*Order) (OrderImportResult, error)
}
