package compliance

import (
	"slices"
	"testing"
)

// TestPromoMoreFamilies covers live streams announced with a follow or a
// coupon, codes handed over by a verb alone, launches discounted for
// returning customers and eBay's saved sellers, with near variants that
// stay clean.
func TestPromoOffers(t *testing.T) {
	P := Promotional
	for _, tc := range []struct {
		platform Platform
		text     string
		want     bool
	}{
		{"tiktok", "We go on live Saturday 8pm with new hoodies, hit follow so you get the ping!", true},
		{"tiktok", "明日の夜ライブで新作を紹介します、フォローしてね！", true},
		{"tiktok", "Tối thứ 6 shop live tiếp, giảm 30% cho 50 đơn đầu, nhớ theo dõi nha!", true},
		{"tiktok", "Live kami Sabtu malam, ada diskon 20%, jangan lupa follow ya!", true},
		{"amazon", "Once your review is live we can't edit it, sorry.", false},
		{"amazon", "Our live chat team can help with the 20% refund on this order.", false},
		{"shopee", "Restock on Friday, use BLOOM15 for 15% off.", true},
		{"amazon", "Please use RMA2231 as the reference on the return label.", false},
		{"amazon", "La versión nueva sale el lunes y a los clientes que repiten les hacemos un 10 %.", true},
		{"amazon", "Les anciens clients auront -15 % sur la nouvelle gamme la première semaine.", true},
		{"amazon", "As a returning customer you already got the 10% refund on this order.", false},
		{"amazon", "New travel mugs arrive Tuesday, 25% off for the first week.", true},
		{"ebay", "Add me to your saved sellers, more vintage lenses coming Sunday.", true},
		{"ebay", "Thanks, the parcel went out today with tracking.", false},
	} {
		got := slices.Contains(checkRules(tc.platform, tc.text).Kinds(), P)
		if got != tc.want {
			t.Errorf("%s %q: promotional %v, want %v", tc.platform, tc.text, got, tc.want)
		}
	}
}
