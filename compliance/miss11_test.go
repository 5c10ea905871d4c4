package compliance

import "testing"

// TestMiss11 covers holdout41–42's misses: a wholesale quote through Zalo
// with the phone's digits spaced around dots, an Arabic order from the
// seller's site paid cash to its own courier, Italian custom orders on
// Instagram ("su" is "on" there), more pieces paid off the platform in
// Turkish and Taglish, a price of the seller's own with the eBay fees
// saved, Malay "jimat caj Shopee" and a cheaper price by WhatsApp, a
// Shopify bundle not on the site paid by Venmo, pre-orders on a Facebook
// page, a refund by bank transfer because the platform's is too slow, a
// discount for the next order given further on, a code entered in German.
// The clean twins: refusals, the platform's own checkout and refunds, the
// order under way, a discount already applied.
func TestMiss11(t *testing.T) {
	checkKindsAmong(t, []kindsCase{
		{PlatformLazada, "Cần mua số lượng lớn thì liên hệ zalo 0 9 1 2 . 3 4 5 . 6 7 8 để shop báo giá sỉ nhé", []Kind{OffPlatformOrder}},
		{PlatformAmazon, "اطلب مباشرة من موقعنا w w w . d a r - s h o p . c o m والدفع عند الاستلام مع مندوبنا", []Kind{OffPlatformOrder, OffPlatformPayment}},
		{PlatformAmazon, "Per ordini personalizzati scriveteci su WhatsApp, vi rispondiamo in giornata.", []Kind{OffPlatformOrder}},
		{PlatformAmazon, "Diğer 2 adedi de isterseniz havale ile 500 TL'ye yollarım.", []Kind{OffPlatformOrder, OffPlatformPayment}},
		{PlatformShopify, "Sorry, we don't have the gift set on the site yet, but you can pay me directly through Venmo @mara-makes ($35) and I'll post it Monday.", []Kind{OffPlatformOrder, OffPlatformPayment}},
		{PlatformShopee, "Yung isa pang size, GCash mo lang 500 sa 0917-111-2233 tapos i-ship ko na.", []Kind{OffPlatformOrder, OffPlatformPayment}},
		{PlatformEbay, "I can do both mugs for £40 if you pay by bank transfer, saves me the eBay fees.", []Kind{OffPlatformOrder, OffPlatformPayment}},
		{PlatformShopee, "Boleh bayar terus guna Touch 'n Go, jimat caj Shopee, lepas tu kami pos.", []Kind{OffPlatformOrder, OffPlatformPayment}},
		{PlatformTikTok, "Kalau nak harga lagi jimat boleh PM whatsapp kami 012-345 6789.", []Kind{OffPlatformOrder}},
		{PlatformShopee, "Check niyo po yung FB page namin \"Lola Bakes PH\" para sa mga pre-order, dun po kami tumatanggap ng reservations.", []Kind{OffPlatformOrder}},
		{PlatformLazada, "The refund will be sent by bank transfer, Lazada refund process is too slow.", []Kind{OffPlatformPayment}},
		{PlatformAmazon, "We can refund you by bank transfer instead, Amazon refunds take too long.", []Kind{OffPlatformPayment}},
		{PlatformLazada, "For your next order message our FB page, we give 10% discount there.", []Kind{Promotional}},
		{PlatformAmazon, "Im Shop gibt es 15 % Rabatt – einfach SPAR15 eingeben.", []Kind{Promotional}},
		{PlatformLazada, "Shop không nhận đặt hàng qua zalo, bạn đặt trên Lazada nha.", nil},
		{PlatformAmazon, "يمكنك الدفع عند الاستلام عند الطلب على أمازون.", nil},
		{PlatformAmazon, "Il tuo ordine personalizzato è in spedizione, per domande scriveteci qui.", nil},
		{PlatformAmazon, "Non accettiamo ordini personalizzati su Instagram, solo su Amazon.", nil},
		{PlatformAmazon, "Diğer 3 adedi de Amazon'dan sipariş verebilirsiniz.", nil},
		{PlatformShopify, "We don't have the bundle on the site yet, we'll email you as soon as it's listed.", nil},
		{PlatformShopify, "We don't take Venmo on the site, please check out with your card.", nil},
		{PlatformShopee, "Yung isa pang kulay, add to cart niyo lang po dito sa Shopee.", nil},
		{PlatformEbay, "I can do the pair for £70, just send me an offer through eBay.", nil},
		{PlatformEbay, "We can't take bank transfer to save the eBay fees, please pay through eBay.", nil},
		{PlatformShopee, "Boleh bayar guna Touch 'n Go di checkout Shopee, lepas tu kami pos.", nil},
		{PlatformTikTok, "Harga lagi jimat kalau beli 2 dalam kedai TikTok kami.", nil},
		{PlatformShopee, "Your pre-order ships next week po, message us here sa Shopee chat if may tanong.", nil},
		{PlatformLazada, "Lazada will refund you by bank transfer, it can be slow.", nil},
		{PlatformAmazon, "The refund goes back through Amazon to your original payment method and can take too long for some banks.", nil},
		{PlatformLazada, "Thanks for your order! The 10% discount was already applied to this order.", nil},
		{PlatformLazada, "For your next order just message us here in the Lazada chat.", nil},
		{PlatformAmazon, "Der Rabatt von 10 % wurde bereits abgezogen, Sie müssen nichts eingeben.", nil},
		{PlatformLazada, "Sorry, we can't give a discount for your next order.", nil},
		{PlatformAmazon, "Bitte geben Sie bei der Rücksendung einfach RMA20 an, der Betrag wird erstattet.", nil},
		{PlatformEbay, "Mate, if you want the pair I can do them for £70 through eBay's best offer.", nil},
		{PlatformShopee, "Salamat po! Yung pre-order niyo po ay darating next week, message lang po kayo dito sa Shopee chat.", nil},
	}, OffPlatformOrder, OffPlatformPayment, Promotional)
}
