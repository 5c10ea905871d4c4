package compliance

import "testing"

// TestPromoOffers covers live streams announced with a follow or a
// coupon, codes handed over by a verb alone, launches discounted for
// returning customers and eBay's saved sellers, with near variants that
// stay clean.
func TestPromoOffers(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"tiktok", "We go on live Saturday 8pm with new hoodies, hit follow so you get the ping!", Promotional, true},
		{"tiktok", "明日の夜ライブで新作を紹介します、フォローしてね！", Promotional, true},
		{"tiktok", "Tối thứ 6 shop live tiếp, giảm 30% cho 50 đơn đầu, nhớ theo dõi nha!", Promotional, true},
		{"tiktok", "Live kami Sabtu malam, ada diskon 20%, jangan lupa follow ya!", Promotional, true},
		{"amazon", "Once your review is live we can't edit it, sorry.", Promotional, false},
		{"amazon", "Our live chat team can help with the 20% refund on this order.", Promotional, false},
		{"shopee", "Restock on Friday, use BLOOM15 for 15% off.", Promotional, true},
		{"amazon", "Please use RMA2231 as the reference on the return label.", Promotional, false},
		{"amazon", "La versión nueva sale el lunes y a los clientes que repiten les hacemos un 10 %.", Promotional, true},
		{"amazon", "Les anciens clients auront -15 % sur la nouvelle gamme la première semaine.", Promotional, true},
		{"amazon", "As a returning customer you already got the 10% refund on this order.", Promotional, false},
		{"amazon", "New travel mugs arrive Tuesday, 25% off for the first week.", Promotional, true},
		{"ebay", "Add me to your saved sellers, more vintage lenses coming Sunday.", Promotional, true},
		{"ebay", "Thanks, the parcel went out today with tracking.", Promotional, false},
	})
}
