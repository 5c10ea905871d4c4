package compliance

import "testing"

// The second round of sales and payments taken off the platform: gift
// card codes as money, a refund sent around the store, a code pointed at
// the seller's site, the same goods on another marketplace, custom work
// taken in general, goods no longer listed — with near-variants that stay
// clean.
func TestOffPlatformSecondRound(t *testing.T) {
	const (
		order = OffPlatformOrder
		pay   = OffPlatformPayment
	)
	checkKindsAmong(t, []kindsCase{
		// A gift card's code sent to the seller, or by the seller in place
		// of the platform's refund.
		{PlatformAmazon, "Skip the return: just send us a Walmart gift card code for the difference and we'll post the larger one.", []Kind{pay}},
		{PlatformEbay, "Instead of opening a case I can email you a £15 Amazon gift card code as the refund.", []Kind{pay}},
		{PlatformAmazon, "Rather than the Amazon refund, we could send a $12 Target e-gift card to your email.", []Kind{pay}},
		{PlatformAmazon, "We can cover the missing $6 with a gift card code instead.", []Kind{pay}},
		{PlatformAmazon, "Your refund went back to your Amazon gift card balance this morning.", nil},
		{PlatformAmazon, "We never ask buyers to send gift card codes; please pay only at Amazon checkout.", nil},
		{PlatformAmazon, "Pay with your Amazon gift card balance at checkout if you like.", nil},
		// The platform's gift card is not its checkout: the other way to pay
		// beside it is still reported.
		{PlatformAmazon, "I can send the $9 as an Amazon gift card code or by Venmo, whichever you prefer.", []Kind{pay}},
		// A refund sent around the seller's own store.
		{PlatformShopify, "I'll pay you back directly instead of through the store, what's your Zelle?", []Kind{pay}},
		{PlatformShopify, "Te devuelvo los 9 € por Bizum en vez de por la tienda, así tardas menos.", []Kind{pay}},
		{PlatformShopify, "Your refund goes back through the store to your card within five days.", nil},
		// A deal struck directly, in Japanese.
		{PlatformAmazon, "次回からは直接お取引いただければ、もっとお安くできます。", []Kind{order}},
		{PlatformAmazon, "直接のお取引はお断りしております。", nil},
		// A promo code pointed at the seller's site.
		{PlatformTikTok, "The whole summer range is up on sunnyhats.shop now. Code SUNNY15 works there too.", []Kind{order}},
		{PlatformAmazon, "次回使える10%オフクーポン「BACK10」を同梱しました。公式サイト hako-ya.jp でもご利用いただけます。", []Kind{order}},
		{PlatformAmazon, "The coupon you used was applied to your order.", nil},
		// The same goods on another marketplace too.
		{PlatformEbay, "Die Lampe habe ich auch bei Kleinanzeigen drin, dort 20 € günstiger.", []Kind{order}},
		{PlatformEbay, "Kleinanzeigen also lists lamps like this, but check the seller's ratings.", nil},
		// Cash handed over, in German.
		{PlatformEbay, "Bei Abholung 150 € bar statt 170 € hier.", []Kind{pay}},
		// Custom work taken in general, paid off the platform.
		{PlatformShopee, "For custom orders email studio.mika at gmail dot com, we need a 30% deposit by bank transfer.", []Kind{order, pay}},
		{PlatformShopify, "For your custom order #204, the 50% deposit can be paid by bank transfer to the account on the invoice.", []Kind{pay}},
		// Goods no longer on the platform, paid off it.
		{PlatformAmazon, "Det gröna bordet finns inte längre på Amazon, men jag kan skicka en Klarna-faktura direkt.", []Kind{order, pay}},
		{PlatformLazada, "Chị ơi, mẫu này trên Lazada hết rồi, chị chuyển khoản 200k cho shop là shop gửi luôn nha.", []Kind{order, pay}},
	}, OffPlatformOrder, OffPlatformPayment)
}
