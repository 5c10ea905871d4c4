package compliance

import "testing"

// TestMarketingAndReviewsPromo10 covers marketing and review manipulation
// in wordings of holdout47–50: a follow in Spanish said to "usted" and in
// Hinglish with the platform between the store and the verb, a payday
// sale in Malay, a stock sale running now, a Hinglish discount "next
// time" for five stars, a review to be raised to five stars for a
// replacement, five stars asked for in Tamil and Italian, a review taken
// down for money in Hinglish. As clean near misses: a cheaper own site
// given by its address, the range ordered there or in a chat app's
// catalogue (sales taken off the platform, not marketing), a promo
// applied to the order under way, a product that streams to TikTok LIVE,
// a two-for-one on the postage, a wholesale discount off the platform,
// and a buyer's wish to have a review taken down, refused.
func TestMarketingAndReviewsPromo10(t *testing.T) {
	R, P := ReviewManipulation, Promotional
	checkKindsAmong(t, []kindsCase{
		// Marketing.
		{"amazon", "Gracias por su compra. Síganos en Facebook para conocer nuestras novedades.", []Kind{P}},
		{"amazon", "Shukriya! Hamare brand store ko Amazon par follow kar lijiye, naye kurte aate rehte hain.", []Kind{P}},
		{"lazada", "Payday sale dah mula! Semua kasut murah, jom add to cart sekarang", []Kind{P}},
		{"tiktok", "We have a warehouse sale going this week, DM us for the price list", []Kind{P}},
		// Reviews, and a reward for a later order with them.
		{"amazon", "5 star do please, agli baar 50 rupay off milega", []Kind{R, P}},
		{"amazon", "Sorry about the scratch! If you could change it to 5 stars we'll ship a new one free of charge.", []Kind{R}},
		{"amazon", "தயவுசெய்து எங்களுக்கு 5 ஸ்டார் மட்டும் கொடுங்க", []Kind{R}},
		{"amazon", "Le saremmo molto grati se volesse lasciarci cinque stelle sul prodotto.", []Kind{R}},
		{"amazon", "Sir agar aap review hata dete hain toh hum aapko ₹200 bhej denge.", []Kind{R}},

		// Clean: sales taken off the platform are the order rule's.
		{"amazon", "Besuchen Sie gern unseren Onlineshop www.teppich-welt.de – dort ist die ganze Kollektion günstiger.", nil},
		{"amazon", "Sorry for the wait! You can also order the full range at homeglow(.)com.au.", nil},
		{"amazon", "pls see our catalogue at wa.me/c/919800011122 for more colours", nil},
		// Clean: the order under way, a product feature, the postage.
		{"tiktok", "Opo, yung buy 1 take 1 promo applies na po sa order niyo, makikita niyo sa checkout.", nil},
		{"amazon", "Yes, the buy one get one promo applies to your order automatically at checkout.", nil},
		{"tiktok", "The webcam app connects with TikTok LIVE and YouTube, so you can stream straight away.", nil},
		{"amazon", "The extra lens is on the same listing, and with the 2-for-1 shipping it costs you nothing more to post.", nil},
		{"amazon", "Please make sure the sale going through Amazon is the one you keep.", nil},
		{"amazon", "For orders of 100+ units please email trade@lampworks-direct.com and we will invoice you for payment by bank transfer, with 15% off the list price.", nil},
		// Clean: review requests that are neutral, refused or denied.
		{"amazon", "We understand you'd like us to delete the review, but sellers can't remove or change customer reviews.", nil},
		{"amazon", "If you're happy with the pasta maker, we'd be grateful for an honest review.", nil},
		{"amazon", "தயவுசெய்து உங்கள் ரிவ்யூ கொடுங்க, நல்லதோ கெட்டதோ பரவாயில்லை", nil},
		{"amazon", "Agar koi problem ho toh hume message kijiye, hum turant replacement bhej denge.", nil},
		{"amazon", "We'll update it to the new firmware version and send it back tomorrow.", nil},
	}, R, P)
}
