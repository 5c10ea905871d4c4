package compliance

import "testing"

// Contact details written in disguise, numbers that are no phone, and
// links that are fine: an address spelled with "at … dot" after a verb
// of sending or with the at sign's French name, a handle with its @ set
// apart, WhatsApp spelled "wasap", a social page where orders are taken;
// an IBAN's digits, a number after a bank's name or before the account
// holder's, a pickup verification code, the buyer's own payment tag;
// carriers' tracking pages and, on Shopify, the store's own account and
// checkout pages. Their near-twins stay as they were: a phone next to a
// bank or a wallet, a page followed, the seller's site on a marketplace.
func TestLink9(t *testing.T) {
	const link, contact, pay = ExternalLink, ContactInfo, OffPlatformPayment
	checkKindCases(t, []kindCase{
		// Addresses in disguise.
		{PlatformAmazon, "If the pictures won't attach here, send them over to help at brightnook dot com and we'll check.", contact, true},
		{PlatformAmazon, "If the pictures won't attach here, send them over to help at brightnook dot com and we'll check.", link, false},
		{PlatformEbay, "Questions techniques : atelier (arobase) cycles-martin (point) fr", contact, true},
		{PlatformEbay, "Questions techniques : atelier (arobase) cycles-martin (point) fr", link, false},
		{PlatformAmazon, "Grab the next collection at brightnook dot com when it launches.", contact, false},
		{PlatformAmazon, "Please send them back to us at the address on the returns label.", contact, false},
		{PlatformAmazon, "We'll forward the claim to the courier at their depot today.", contact, false},
		{PlatformAmazon, "Please send the photos through Amazon messages rather than to an address.", contact, false},
		// Handles and chat apps.
		{PlatformTikTok, "snap me ur tag size @ rosa_thrift22 on insta n i'll check", contact, true},
		{PlatformTikTok, "Para cambiar la talla mándanos un wasap al 55 8765 4321 y lo resolvemos 💕", contact, true},
		{PlatformShopee, "Custom prints live on our IG: instagram.com/prints.by.mika — we take orders there too!", contact, true},
		{PlatformLazada, "Bundle price: 2 @ rm12.50 each, both ship today.", contact, false},
		{PlatformAmazon, "Follow us at tiktok.com/@lunalamps — new drops land there every Friday!", contact, false},
		{PlatformAmazon, "Refund for the broken handle: I'll send £5 on Revolut, just drop me your @revtag 🙂", contact, false},
		{PlatformAmazon, "Refund for the broken handle: I'll send £5 on Revolut, just drop me your @revtag 🙂", pay, true},
		{PlatformAmazon, "We don't need your @handle, the refund goes back through Amazon.", contact, false},
		// Bank accounts and codes, not phones; the payment stays.
		{PlatformAmazon, "Betaal per bankoverschrijving naar NL20 INGB 0001 2345 67 t.n.v. Bakker Design, dan versturen we hem.", contact, false},
		{PlatformAmazon, "Betaal per bankoverschrijving naar NL20 INGB 0001 2345 67 t.n.v. Bakker Design, dan versturen we hem.", pay, true},
		{PlatformShopee, "Kak, transfer ke BCA 456 789 0123 a.n. Dewi ya, nanti langsung dikirim.", contact, false},
		{PlatformShopee, "Kak, transfer ke BCA 456 789 0123 a.n. Dewi ya, nanti langsung dikirim.", pay, true},
		{PlatformAmazon, "You can send 30,000 naira to our account number 0123456789 (FirstBank, Okoro Ventures) and we deliver Friday.", contact, false},
		{PlatformShopee, "包裹已到7-11門市，取貨驗證碼 0935-221-748 請妥善保管。", contact, false},
		{PlatformAmazon, "Your order is with GIG Logistics, waybill 2038475610, arriving Monday.", contact, false},
		// A phone beside a bank or a wallet stays a phone.
		{PlatformShopee, "Transfer ke BCA ya kak, konfirmasi via WA 0812-3456-7890.", contact, true},
		{PlatformShopee, "DP dulu via DANA ke 0812-7788-9900 a.n. Sari ya kak.", contact, true},
		{PlatformShopee, "Bayar ke GCash 0917 555 1234 a.n. Ana para mabilis.", contact, true},
		// Denials, warnings, features and the order under way.
		{PlatformShopee, "Maaf kak, kami tidak bisa terima transfer ke BCA, silakan checkout di Shopee saja.", contact, false},
		{PlatformAmazon, "Never pay into an IBAN like NL00 BANK 0123 4567 89 that someone messages you about — it's a scam.", contact, false},
		{PlatformAmazon, "The smart speaker shows WhatsApp notifications on its screen.", contact, false},
		{PlatformEbay, "Your order #4471 is packed and leaves with ACS Courier tomorrow.", contact, false},
		{PlatformShopee, "Mã nhận hàng 7-11 sẽ hiện trong app Shopee khi hàng tới cửa hàng.", contact, false},
		// Carriers' tracking pages.
		{PlatformShopify, "Your parcel is with GIG Logistics — track it at https://giglogistics.com/track.", link, false},
		{PlatformAmazon, "Zásilku můžete sledovat na https://www.ppl.cz/vyhledat-zasilku, číslo 40122839915.", link, false},
		{PlatformEbay, "Το δέμα είναι στην ACS: https://www.acscourier.net/el/track-and-trace.", link, false},
		// The store's own pages on Shopify, not on a marketplace.
		{PlatformShopify, "The refund shows on your order page: https://pinecrafts.com/account/orders.", link, false},
		{PlatformShopify, "If the card failed, please try again at oakandhoney.com/checkout.", link, false},
		{PlatformShopify, "We never ask for Zelle or wire transfers — our only checkout is at oakandhoney.com.", link, false},
		{PlatformShopify, "Our lookbook is on oakandhoney.com/pages/lookbook.", link, true},
		{PlatformAmazon, "Our only checkout is at oakandhoney.com, it's cheaper there.", link, true},
		{PlatformEbay, "Skip eBay and buy at oakandhoney.com/checkout instead.", link, true},
	})
}
