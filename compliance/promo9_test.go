package compliance

import "testing"

// TestMarketingAndRewardsPromo9 covers marketing and review rewards in
// wordings of holdout43–46: follows and sales in Hindi, Hebrew, French
// and Swahili, a season's collection in Malay, five stars asked for a
// discount or a gift in Swahili and Urdu, a positive rating asked for in
// Romanian, a code for the next order handed over right after thanks for
// a five-star review. As clean near misses: the same words where they
// sell nothing (a parcel tracked, a festival that slows the post, a
// neutral review asked for, a review thanked for), a cheaper price on the
// seller's own site (a sale taken off the platform, not marketing), the
// seller's other listings on eBay itself, and the platform's own voucher
// spent on the order under way.
func TestMarketingAndRewardsPromo9(t *testing.T) {
	R, P, O := ReviewManipulation, Promotional, OffPlatformOrder
	checkKindsAmong(t, []kindsCase{
		// Follows, sales and collections.
		{"amazon", "शुक्रिया! हमारे स्टोर को Facebook पर फॉलो करें, होली सेल आने वाली है", []Kind{P}},
		{"amazon", "नए डिज़ाइन के लिए हमारे पेज को फॉलो कीजिए", []Kind{P}},
		{"amazon", "עקבו אחרינו בפייסבוק ותהיו הראשונים לשמוע על מבצעים", []Kind{P}},
		{"tiktok", "Merci ! Abonne-toi à notre compte, il y a des nouveautés chaque semaine", []Kind{P}},
		{"shopee", "Koleksi hari raya kami dah sampai, jemput singgah kedai kami ✨", []Kind{P}},
		// Rewards for five stars.
		{"shopify", "Tafadhali tupe nyota tano kwenye maoni yako, tutakupa punguzo la 15% kwa oda inayofuata", []Kind{R, P}},
		{"shopify", "برائے مہربانی ہمیں پانچ اسٹار ریویو دیں، آپ کو گفٹ ملے گا", []Kind{R}},
		{"ebay", "Vă rugăm lăsați feedback pozitiv, iar eu vă las la fel", []Kind{R}},
		{"amazon", "Thanks so much for the five-star review! As a thank-you, enjoy 20% off your next purchase with code MERCI20", []Kind{R, P}},
		// Still marketing.
		{"amazon", "Our summer sale is live now: 30% off everything in our Amazon store!", []Kind{P}},
		{"shopee", "Follow our shop for flash sales every Friday!", []Kind{P}},
		{"amazon", "Use code SAVE10 for 10% off your next order.", []Kind{P}},
		{"ebay", "My other listings are 20% off this week: https://www.ebay.co.uk/str/beltbarn", []Kind{P}},

		// Clean: the same words selling nothing.
		{"amazon", "दिवाली की वजह से डिलीवरी में दो दिन की देरी हो सकती है, धन्यवाद!", nil},
		{"amazon", "אפשר לעקוב אחרי המשלוח באתר הדואר, תודה על הרכישה!", nil},
		{"shopee", "Baju raya puan sudah dihantar hari ini, terima kasih!", nil},
		{"tiktok", "Merci pour ta commande ! Le colis part demain avec le numéro de suivi.", nil},
		{"amazon", "Votre colis est parti, vous pouvez le suivre depuis votre compte Amazon.", nil},
		{"amazon", "ऑर्डर को ट्रैकिंग पेज पर फॉलो कीजिए, धन्यवाद!", nil},
		{"shopify", "Asante kwa oda yako! Tafadhali andika maoni yako ya kweli ukipata nafasi.", nil},
		{"shopify", "براہ کرم اپنا ایماندار ریویو دیں، ہمیں آپ کی رائے سے مدد ملتی ہے", nil},
		{"ebay", "Vă mulțumim pentru comandă, coletul pleacă mâine.", nil},
		// A review thanked for, with no reward, a refund, a reward refused.
		{"amazon", "Thank you for the 5-star review, it really made our day!", nil},
		{"amazon", "Thanks for the five-star review! The refund for the missing screw has gone through.", nil},
		{"amazon", "Thanks for the 5 stars! We can't offer discounts for reviews, but we're so glad you like it.", nil},
		// A code for later with nothing tying it to the review: marketing.
		{"amazon", "Thank you for the five-star review! Here's 15% off your next order with code HELLO15.", []Kind{P}},
		// The seller's other listings on eBay itself.
		{"ebay", "See my other listings if you need spare belts for the same model: https://www.ebay.co.uk/str/beltbarn", nil},
		// The platform's voucher spent on this order.
		{"shopee", "The SPAY5 voucher on the Shopee homepage works on this order at checkout, valid until midnight.", nil},
	}, R, P)
	// Cheaper on the seller's own site: the order rule's, not marketing.
	checkKindsAmong(t, []kindsCase{
		{"ebay", "Bundle offers are on my own site now: www.lensbits.co.uk, about 15% cheaper than eBay as I pay no fees there.", []Kind{O}},
		{"amazon", "Ya no lo vendemos en Amazon, pero en nuestra web tiendaroble.es sale un 15% más barato sin comisiones.", []Kind{O}},
		{"amazon", "Our new shop just went live – same items, 20% cheaper, no Amazon fees: www.oakhome.co", []Kind{O}},
	}, P, O)
	// A discount after thanks for a review not called positive is
	// marketing only.
	checkKindCases(t, []kindCase{
		{"amazon", "Thanks for your review! Since you've shopped with us before, here's 15% off your next order with code BACK15.", R, false},
		{"amazon", "Thanks for your review! Since you've shopped with us before, here's 15% off your next order with code BACK15.", P, true},
	})
}
