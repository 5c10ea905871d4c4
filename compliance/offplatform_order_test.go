package compliance

import "testing"

// Sales taken off the platform in wordings the rules missed on
// holdout13–24 and train2–10: the platform's fee saved on a deal, goods
// held or counted for a deposit, stock the platform does not show, a
// price of the seller's own by chat, the seller's site compared with the
// platform — with near-variants that stay a payment only or clean.
func TestOffPlatformOrderFamilies(t *testing.T) {
	const (
		order = OffPlatformOrder
		pay   = OffPlatformPayment
	)
	checkKindsAmong(t, []kindsCase{
		// The platform's fee saved on a deal of its own.
		{PlatformEbay, "If you fancy the matching pair I'll do them for £40 instead of £48 if you pay me direct, saves me the eBay fees.", []Kind{order, pay}},
		{PlatformShopee, "Pwede po direct order na lang kayo sa amin via GCash para walang Shopee fee.", []Kind{order, pay}},
		{PlatformTikTok, "I can do $60 for all 4 if you Zelle me, TikTok adds fees so it's cheaper that way.", []Kind{order, pay}},
		{PlatformEbay, "Send it PayPal friends & family and I'll knock the eBay fees off the amp for you.", []Kind{order, pay}},
		{PlatformLazada, "Save the Lazada fees — order monthly through our Telegram bot and pay with PayLah.", []Kind{order, pay}},
		{PlatformAmazon, "Om du betalar via Swish nästa gång så slipper vi Amazons avgift och du får den billigare.", []Kind{order, pay}},
		// The fee saved alone pays for the order under way; a refund or
		// the shipping paid that way is a payment only.
		{PlatformAmazon, "You can pay me via PayPal to avoid Amazon fees.", []Kind{pay}},
		{PlatformEbay, "I'll refund the $5 by PayPal, cheaper for both of us without the eBay fees.", []Kind{pay}},
		{PlatformEbay, "Pay the postage difference by PayPal, it saves the eBay fees and it's cheaper.", []Kind{pay}},
		// "Instead of" a price replaces the price, not the payment after it.
		{PlatformEbay, "I'll do it for £40 instead of £48 if you pay me direct.", []Kind{pay}},
		{PlatformEbay, "Please pay through eBay instead of PayPal.", nil},
		// Goods held, counted or quoted for a deposit: a new sale.
		{PlatformEbay, "If you want to be first, £50 deposit by bank transfer holds one of the blue frames.", []Kind{order, pay}},
		{PlatformShopee, "Kalau nak tempah 3 unit lagi boleh bayar deposit RM50 melalui Touch 'n Go, nanti saya simpan stok.", []Kind{order, pay}},
		{PlatformAmazon, "For 200 pcs the price is $3.10 each, please pay 30% deposit by T/T to our company account.", []Kind{order, pay}},
		{PlatformLazada, "在庫最後の1点です。お取り置きをご希望でしたら、Wiseで85シンガポールドルをお振込みください。", []Kind{order, pay}},
		{PlatformShopify, "The gold version is sold out on the site, but I can make you one if you send a $60 deposit via Venmo.", []Kind{order, pay}},
		{PlatformShopify, "For the wedding order I'll send a direct bank invoice instead of going through the store — 50% upfront by ACH.", []Kind{order, pay}},
		{PlatformAmazon, "For your custom printed tote please pay the 50% deposit by bank transfer.", []Kind{pay}},
		// Stock the platform does not show, paid for off it.
		{PlatformTikTok, "Those sneakers are out on TikTok Shop but I got a pair in size 10 — Cash App $95 and I'll ship it.", []Kind{order, pay}},
		{PlatformTikTok, "Kak motif lain belum di-upload ke TikTok Shop, kalau mau bisa DP dulu lewat OVO.", []Kind{order, pay}},
		{PlatformAmazon, "We can't sell the refill packs here right now. Tell me how many you need, I'll send a PayPal invoice.", []Kind{order, pay}},
		{PlatformAmazon, "Bu ürünün 5'li paketini Amazon'da satmıyoruz ama havale ile öderseniz direkt gönderebiliriz.", []Kind{order, pay}},
		{PlatformAmazon, "Das Ersatzteil können Sie auch direkt bei uns bekommen: einfach 12,90 € per Überweisung schicken.", []Kind{order, pay}},
		{PlatformAmazon, "The replacement ships directly from us, just pay the shipping by PayPal.", []Kind{pay}},
		{PlatformTikTok, "Your parcel went out on Monday, tracking is in the app.", nil},
		// A price of the seller's own, by chat.
		{PlatformTikTok, "If you want the matching earrings DM us on insta @glowbyjade_ and we can do a bundle price.", []Kind{order}},
		{PlatformAmazon, "If you'd like the matching pillowcases, text me at 646 555 0193 and I'll put a set aside for you at cost.", []Kind{order}},
		{PlatformLazada, "Kak, kalo mau harga reseller join grup Telegram kita ya: t.me/grosirkosmetikjkt", []Kind{order}},
		{PlatformShopee, "Si necesita otra talla hablemos por wasap al +56 9 8831 2240 y se la vendo directo.", []Kind{order}},
		// Custom goods ordered through a DM are a sale taken off the
		// platform (the custom-order relabelling of holdout30).
		{PlatformTikTok, "Hi love! For custom orders DM me on IG @bead.babe", []Kind{order}},
		// The seller's site as the place to order, or compared with the
		// platform.
		{PlatformAmazon, "We can swap it if you order the new size on our site and we'll refund this one.", []Kind{order}},
		{PlatformEbay, "We carry far more stock on our own site than on eBay.", []Kind{order}},
		{PlatformAmazon, "If you need more, just order straight from our website.", []Kind{order}},
		{PlatformAmazon, "You can check your order on our website's tracking page.", nil},
		// Aftercare off the platform is no sale.
		{PlatformAmazon, "Email us with your order number and we'll handle the replacement outside Amazon to speed things up.", nil},
		{PlatformAmazon, "We'll handle the warranty outside Amazon.", nil},
	}, OffPlatformOrder, OffPlatformPayment)
}
