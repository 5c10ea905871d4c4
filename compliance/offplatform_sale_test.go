package compliance

import "testing"

// Sales and payments taken off the platform in wordings the first looks
// of holdout19–22 and train7–9 missed, with near-variants that stay clean.
func TestOffPlatformSaleFamilies(t *testing.T) {
	const (
		order = OffPlatformOrder
		pay   = OffPlatformPayment
	)
	checkKindsAmong(t, []kindsCase{
		// The seller's shop on another marketplace.
		{PlatformAmazon, "This lamp also comes in brass, you'll find it in our Etsy shop under the same name.", []Kind{order}},
		{PlatformShopee, "Yang ukuran L ada di toko Tokopedia kami ya kak.", []Kind{order}},
		{PlatformEbay, "We also run a store on Vinted with the rest of the jackets.", []Kind{order}},
		{PlatformEbay, "If you bought it from an Etsy shop, please ask that seller.", nil},
		// The shop closing on the platform, the next orders elsewhere.
		{PlatformEbay, "Heads up: our eBay store closes in June, after that we sell at www.potterybarnyard.co.uk.", []Kind{order}},
		{PlatformEbay, "Our warehouse closes for two days next week, so dispatch may be slower.", nil},
		// Gone from the platform, found at a shop's link.
		{PlatformAmazon, "The walnut version isn't on Amazon; you can get it from woodnest dot de.", []Kind{order}},
		{PlatformAmazon, "The beta firmware isn't on Amazon yet; our testers get it in t.me/lampbeta first.", nil},
		// A price the platform doesn't show, at the seller's site or by chat.
		{PlatformAmazon, "All our mugs are on kilnhaus dot com and the prices there are friendlier.", []Kind{order}},
		{PlatformTikTok, "Si quieres más colores mándanos un WhatsApp al 55 8877 6655 y te hacemos precio especial.", []Kind{order}},
		{PlatformTikTok, "Si quieres más colores, revisa el catálogo de la tienda aquí en TikTok.", nil},
		// Sold out "here", more with the seller.
		{PlatformTikTok, "Das Serum ist hier gerade ausverkauft, schreib mir auf Insta @glowbylena, da hab ich noch ein paar.", []Kind{order}},
		{PlatformTikTok, "Das Serum ist hier gerade ausverkauft, kommt aber nächste Woche wieder rein.", nil},
		// A deal between the two of them, for goods kept off the listing
		// or the platform's cut.
		{PlatformEbay, "I've a few more of these mirrors but Ebay's cut is silly. If you fancy one we'll sort it between ourselves.", []Kind{order}},
		{PlatformEbay, "I haven't listed the matching chairs yet. Give me a ring on 07700 900123 and we can do a deal between ourselves.", []Kind{order}},
		{PlatformEbay, "Sorry the box was crushed, I'll sort it out with the courier between us and them.", nil},
		// A new sale paid off the platform: held for the buyer, a lot,
		// another one, next orders, the platform gone around.
		{PlatformAmazon, "I can hold one of the green ones for you. Send $30 by Zelle and it ships Monday.", []Kind{order, pay}},
		{PlatformEbay, "For the whole shelf of records I'll do a lot price of £120, bank transfer to me and it's yours.", []Kind{order, pay}},
		{PlatformAmazon, "Nog een lamp nodig? Dan regel ik het buiten Amazon met een Tikkie.", []Kind{order, pay}},
		{PlatformAmazon, "Für künftige Bestellungen können Sie uns auch direkt per Überweisung bezahlen.", []Kind{order, pay}},
		{PlatformShopee, "Quer mais 2 capas? Faz um Pix de R$ 40 sem passar pela Shopee que eu mando junto.", []Kind{order, pay}},
		{PlatformEbay, "Si quieres otra igual me pagas por transferencia y lo hacemos fuera de eBay.", []Kind{order, pay}},
		{PlatformLazada, "Mau pesan lagi kak? Transfer aja ke rekening BCA kami, tanpa lewat Lazada, lebih hemat ongkir.", []Kind{order, pay}},
		{PlatformShopee, "Para a troca do tamanho, manda só a diferença por Pix sem passar pela Shopee.", []Kind{pay}},
		{PlatformShopee, "Tambah lima ringgit untuk saiz L, boleh TNG ye.", []Kind{pay}},
		// Refunds and money sent off the platform: a payment only.
		{PlatformShopee, "We'll send the RM25 to your bank account directly, faster than waiting for Shopee.", []Kind{pay}},
		{PlatformAmazon, "Te devuelvo los 12 € por Bizum en lugar de esperar al reembolso de Amazon.", []Kind{pay}},
		{PlatformTikTok, "The platform refund is slow, I can send you the $9 directly if that suits.", []Kind{pay}},
		{PlatformShopee, "If anyone asks you to transfer money outside the app, please ignore it.", nil},
		{PlatformShopee, "Shopee will refund the RM25 to your bank account within 3 days.", nil},
		{PlatformEbay, "Barzahlung bei Abholung kann ich nicht anbieten, bitte über eBay bezahlen.", nil},
	}, OffPlatformOrder, OffPlatformPayment)
}
