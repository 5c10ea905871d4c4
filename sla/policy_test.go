package sla

import (
	"testing"

	"kefu"
)

func TestDefaultsAreValidAndMatchTheMarketplaces(t *testing.T) {
	ps := Defaults()
	for i, p := range ps {
		p.ID = int64(i + 1)
		if err := p.Validate(); err != nil {
			t.Fatalf("default %q: %v", p.Name, err)
		}
	}
	amazon := &kefu.Store{ID: 1, Platform: "amazon"}
	ebay := &kefu.Store{ID: 2, Platform: "ebay"}
	shopee := &kefu.Store{ID: 3, Platform: "shopee"}
	stripe := &kefu.Store{ID: 4, Platform: "stripe"}
	shopify := &kefu.Store{ID: 5, Platform: "shopify"}
	for _, tc := range []struct {
		name   string
		store  *kefu.Store
		ticket kefu.Ticket
		want   string
	}{
		{"amazon buyer message", amazon, kefu.Ticket{Channel: "email", Intent: "order_status"}, "Amazon buyer messages"},
		{"amazon account health notice", amazon, kefu.Ticket{Channel: "email", NoticeKind: "account_health"}, "Everything else"},
		{"ebay message", ebay, kefu.Ticket{Channel: "email"}, "eBay messages"},
		{"ebay case by API", ebay, kefu.Ticket{Channel: "api", CaseID: "5012345678"}, "eBay cases"},
		{"ebay case notice by mail", ebay, kefu.Ticket{Channel: "email", NoticeKind: "dispute_notice"}, "eBay case notices"},
		{"shopee chat", shopee, kefu.Ticket{Channel: "shopee_chat"}, "Shopee chat"},
		{"stripe dispute", stripe, kefu.Ticket{Channel: "stripe", NoticeKind: "dispute_notice", CaseID: "dp_1"}, "Payment disputes"},
		{"amazon A-to-z notice", amazon, kefu.Ticket{Channel: "email", NoticeKind: "dispute_notice"}, "Payment disputes"},
		{"shopify message", shopify, kefu.Ticket{Channel: "email"}, "Everything else"},
	} {
		tc.ticket.StoreID = tc.store.ID
		p := Match(ps, &tc.ticket, tc.store)
		if p == nil || p.Name != tc.want {
			t.Errorf("%s: matched %v, want %q", tc.name, p, tc.want)
		}
	}
	if p := policyNamed(t, "Payment disputes"); p.DueMargin != DefaultDueMargin {
		t.Errorf("dispute margin = %s", p.DueMargin)
	}
	if p := policyNamed(t, "Amazon buyer messages"); p.Clock != kefu.ClockCalendar || p.FirstResponse != kefu.SLAHours(24) {
		t.Errorf("amazon = %s %s; Amazon counts 24 h on the calendar", p.Clock, p.FirstResponse)
	}
	if p := policyNamed(t, "eBay cases"); p.Clock != kefu.ClockBusiness || p.Resolution != kefu.SLADays(3) {
		t.Errorf("ebay cases = %s %s; eBay counts 3 business days", p.Clock, p.Resolution)
	}
}

// Most specific wins: store + channel + notice kind over platform over
// the catch-all; position breaks ties; disabled policies never match.
func TestMatchMostSpecificWins(t *testing.T) {
	store := &kefu.Store{ID: 9, Platform: "amazon"}
	catchAll := &kefu.SLAPolicy{ID: 1, Name: "all", Enabled: true}
	platform := &kefu.SLAPolicy{ID: 2, Name: "amazon", Platform: "amazon", Enabled: true}
	platformKind := &kefu.SLAPolicy{ID: 3, Name: "amazon messages", Platform: "amazon", Kind: kefu.SLAKindMessage, Enabled: true}
	notice := &kefu.SLAPolicy{ID: 4, Name: "reviews", NoticeKind: "review_alert", Enabled: true}
	ownStore := &kefu.SLAPolicy{ID: 5, Name: "store 9", StoreID: 9, Enabled: true}
	ownStoreChannel := &kefu.SLAPolicy{ID: 6, Name: "store 9 email", StoreID: 9, Channel: "email", Enabled: true}
	disabled := &kefu.SLAPolicy{ID: 7, Name: "off", StoreID: 9, Channel: "email", NoticeKind: "review_alert", Enabled: false}
	early := &kefu.SLAPolicy{ID: 9, Name: "amazon early", Platform: "amazon", Position: -1, Enabled: true}
	otherStore := &kefu.SLAPolicy{ID: 8, Name: "store 10", StoreID: 10, Enabled: true}
	for _, tc := range []struct {
		name     string
		policies []*kefu.SLAPolicy
		ticket   kefu.Ticket
		want     string
	}{
		{"catch-all", []*kefu.SLAPolicy{catchAll, otherStore}, kefu.Ticket{}, "all"},
		{"platform over catch-all", []*kefu.SLAPolicy{catchAll, platform}, kefu.Ticket{}, "amazon"},
		{"platform and kind over platform", []*kefu.SLAPolicy{platform, platformKind}, kefu.Ticket{}, "amazon messages"},
		{"kind does not match a notice", []*kefu.SLAPolicy{platform, platformKind}, kefu.Ticket{NoticeKind: "review_alert"}, "amazon"},
		{"notice kind over platform", []*kefu.SLAPolicy{platformKind, notice}, kefu.Ticket{NoticeKind: "review_alert"}, "reviews"},
		{"store over notice kind", []*kefu.SLAPolicy{notice, ownStore}, kefu.Ticket{NoticeKind: "review_alert"}, "store 9"},
		{"store and channel over store", []*kefu.SLAPolicy{ownStore, ownStoreChannel, disabled}, kefu.Ticket{Channel: "email", NoticeKind: "review_alert"}, "store 9 email"},
		{"channel must match", []*kefu.SLAPolicy{ownStore, ownStoreChannel}, kefu.Ticket{Channel: "api"}, "store 9"},
		{"position breaks a tie", []*kefu.SLAPolicy{platform, early}, kefu.Ticket{}, "amazon early"},
	} {
		tc.ticket.StoreID = 9
		p := Match(tc.policies, &tc.ticket, store)
		if p == nil || p.Name != tc.want {
			t.Errorf("%s: matched %v, want %q", tc.name, p, tc.want)
		}
	}
	if p := Match([]*kefu.SLAPolicy{disabled, otherStore}, &kefu.Ticket{StoreID: 9, Channel: "email", NoticeKind: "review_alert"}, store); p != nil {
		t.Errorf("matched %q; a disabled policy and another store's must not match", p.Name)
	}
}
