package hookspec

import "kefu"

// KefuCustomer returns the buyer as a kefu.Customer, matched later by any
// of its identities. platform is the store's platform, used when the
// sender did not say whose buyer id it is.
func (c *Customer) KefuCustomer(platform string) *kefu.Customer {
	if c == nil {
		return nil
	}
	kc := &kefu.Customer{Name: c.Name}
	if c.Email != "" {
		kc.Identities = append(kc.Identities, kefu.Identity{Kind: kefu.IdentityEmail, Value: c.Email})
	}
	if c.Phone != "" {
		kc.Identities = append(kc.Identities, kefu.Identity{Kind: kefu.IdentityPhone, Value: c.Phone})
	}
	if c.BuyerID != "" {
		if c.Platform != "" {
			platform = c.Platform
		}
		kc.Identities = append(kc.Identities, kefu.Identity{Kind: kefu.IdentityBuyerID, Platform: platform, Value: c.BuyerID})
	}
	return kc
}

// KefuOrder returns the order for kefu.OrderService.UpsertOrder in store
// storeID; platform is the store's platform (see KefuCustomer).
func (o *Order) KefuOrder(storeID int64, platform string) *kefu.Order {
	return &kefu.Order{
		StoreID:         storeID,
		Number:          o.Number,
		Status:          o.Status,
		Currency:        o.Currency,
		TotalMinor:      o.TotalMinor,
		RefundedMinor:   o.RefundedMinor,
		Items:           o.Items,
		Shipments:       o.Shipments,
		ChargeID:        o.ChargeID,
		PaymentIntentID: o.PaymentIntentID,
		PaymentRef:      o.PaymentRef,
		CardBrand:       o.CardBrand,
		CardLast4:       o.CardLast4,
		BuyerIP:         o.BuyerIP,
		ShipCountry:     o.ShipCountry,
		PlacedAt:        o.PlacedAt,
		Customer:        o.Customer.KefuCustomer(platform),
	}
}

// KefuDispute returns the dispute for kefu.DisputeService.UpsertDispute in
// store storeID. The order is linked by the handler from OrderNumber or
// ChargeID; LastEventAt is the handler's to set (the webhook's timestamp).
func (d *Dispute) KefuDispute(storeID int64) *kefu.Dispute {
	return &kefu.Dispute{
		StoreID:           storeID,
		Provider:          d.Provider,
		ExternalID:        d.ID,
		ChargeID:          d.ChargeID,
		Reason:            d.Reason,
		NetworkReasonCode: d.ReasonCode,
		AmountMinor:       d.AmountMinor,
		Currency:          d.Currency,
		Status:            d.Status,
		DueBy:             d.DueBy,
	}
}
