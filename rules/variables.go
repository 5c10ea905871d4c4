package rules

import (
	"fmt"
	"strings"

	"kefu"
)

// variables are the values of an auto-reply's template variables for the
// event's ticket; a variable without a value is left out. lang is the
// template's language, for the few values that are phrases.
func (ev *event) variables(lang string) map[string]string {
	vars := map[string]string{"store_name": ev.store.Name}
	if ev.customer != nil {
		vars["buyer_name"] = ev.customer.Name
	}
	o := ev.order
	if o == nil {
		return vars
	}
	vars["order_number"] = o.Number
	// The newest parcel with a tracking number is the one to follow.
	for i := len(o.Shipments) - 1; i >= 0; i-- {
		s := o.Shipments[i]
		if s.TrackingNumber == "" {
			continue
		}
		vars["tracking_number"], vars["carrier"] = s.TrackingNumber, s.Carrier
		vars["tracking_link"] = kefu.TrackingURL(s.Carrier, s.TrackingNumber)
		if s.DeliveredAt != nil {
			vars["expected_delivery"] = s.DeliveredAt.Format("2006-01-02")
		}
		break
	}
	vars["refund_status"] = refundStatus(o, lang)
	return vars
}

// refundStatus says how much of an order was refunded, in the template's
// language where kefu knows one (English otherwise).
func refundStatus(o *kefu.Order, lang string) string {
	phrases := map[string][3]string{
		"en": {"not refunded yet", "partially refunded (%s)", "refunded in full (%s)"},
		"zh": {"尚未退款", "已部分退款（%s）", "已全额退款（%s）"},
	}
	p, ok := phrases[strings.SplitN(lang, "-", 2)[0]]
	if !ok {
		p = phrases["en"]
	}
	switch {
	case o.RefundedMinor <= 0:
		return p[0]
	case o.RefundedMinor < o.TotalMinor:
		return fmt.Sprintf(p[1], formatMoney(o.RefundedMinor, o.Currency))
	}
	return fmt.Sprintf(p[2], formatMoney(o.RefundedMinor, o.Currency))
}

// minorDigits are the currencies whose minor unit is not a hundredth
// (ISO 4217).
var minorDigits = map[string]int{
	"BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
	"RWF": 0, "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
	"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}

// formatMoney writes minor units as "USD 12.34".
func formatMoney(minor int64, currency string) string {
	digits, ok := minorDigits[currency]
	if !ok {
		digits = 2
	}
	if digits == 0 {
		return fmt.Sprintf("%s %d", currency, minor)
	}
	scale := int64(1)
	for range digits {
		scale *= 10
	}
	return fmt.Sprintf("%s %d.%0*d", currency, minor/scale, digits, minor%scale)
}
