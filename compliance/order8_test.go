package compliance

import "testing"

// Sales taken off the platform in the wordings holdout35–38 brought:
// personalised goods ordered by DM or a chat app in French, Dutch,
// Turkish, Chinese, Vietnamese, Portuguese, Malay, German and English, the
// order taken "there" in the chat, and new sales in words the rules did
// not read ("knock 10% off if we skip the eBay fees", "we're on Shopify
// too", "n'est plus proposé sur Amazon", "pídelo directamente", "discontinued
// on Amazon but we have a few left", "bez pośrednictwa eBay", a gift
// card's code sent for a pre-order) — with near-variants that stay
// contact, a payment only, or clean, among them a scam warning in Turkish
// ("… Amazon dışında yapmayın").
func TestOffPlatformOrderOrder8(t *testing.T) {
	const (
		order = OffPlatformOrder
		pay   = OffPlatformPayment
	)
	checkKindsAmong(t, []kindsCase{
		// Personalised goods arranged by DM or a chat app.
		{PlatformTikTok, "Pour une tasse personnalisée avec ton prénom, écris-moi sur WhatsApp au 06 98 76 54 32.", []Kind{order}},
		{PlatformTikTok, "Wil je een gepersonaliseerde armband? Stuur me een DM op Insta @lotte.maakt.", []Kind{order}},
		{PlatformTikTok, "İsme özel bileklik için Instagram'dan DM at: @gumus.atolye", []Kind{order}},
		{PlatformShopee, "親，客製名牌請加LINE：@hj_gift 私訊我們喔", []Kind{order}},
		{PlatformTikTok, "Muốn khắc tên theo yêu cầu thì nhắn Zalo 0912 345 678 cho shop nhé.", []Kind{order}},
		{PlatformTikTok, "personalised pet tags we only do thru IG dms, @pawtags.studio", []Kind{order}},
		{PlatformShopee, "Fazemos camisetas personalizadas pelo direct do Instagram @ateliedamari.", []Kind{order}},
		{PlatformTikTok, "Nak design custom? DM kami kat IG @kedaiprint.my, bayar deposit guna Touch 'n Go.", []Kind{pay, order}},
		{PlatformAmazon, "For the personalised version with your dog's name, message @tinyoakdesigns on Instagram.", []Kind{order}},
		{PlatformAmazon, "Für Firmen machen wir auch Sonderanfertigungen mit Logo. Rufen Sie Herrn Brandt an: 0176 4418 2290.", []Kind{order}},
		{PlatformTikTok, "Si quieres una personalizada escríbeme al WhatsApp 55 1234 5678 y te la hago.", []Kind{order}},
		// The order taken there, in the chat.
		{PlatformShopee, "DM me on Insta @bella.shop and we'll take the order there.", []Kind{order}},
		{PlatformShopee, "Scrie-mi pe Telegram @bijuterii_ana și facem comanda acolo.", []Kind{order}},
		{PlatformShopify, "The navy isn't on the site yet, but DM us on Instagram @kilnandclay.studio and we'll sort the order there.", []Kind{order}},
		{PlatformLazada, "ครั้งหน้าถ้าจะสั่งสกรีนโลโก้ ทักไลน์ @printpro.th ได้เลยครับ รับทำเองนอกลาซาด้า", []Kind{order}},
		// Near-variants: the buyer's own piece, fitting, the platform's
		// personalisation, at the buyer's request, the order under way.
		{PlatformTikTok, "Text us on WhatsApp +1 305 555 0100 for custom sizing advice.", nil},
		{PlatformAmazon, "Add the name in the personalisation box at checkout and we'll engrave it.", nil},
		{PlatformAmazon, "For the personalised version, just type the name in the Amazon customisation field.", nil},
		{PlatformAmazon, "Your personalised mug has shipped — if the name looks wrong, WhatsApp us on +44 7700 900123.", nil},
		{PlatformTikTok, "Theo yêu cầu của chị, shop đã gửi lại hàng, chị nhắn Zalo 0912 345 678 nếu cần nhé.", nil},
		{PlatformShopee, "Sorry about the mix-up! Message us on WhatsApp +60 12 345 6789 and we'll sort your order there.", nil},
		{PlatformShopee, "Sorry the lamp arrived broken. Message us on WhatsApp +60 12 345 6789 and we'll handle the order there.", nil},
		{PlatformShopee, "Message us on WhatsApp +60 12 345 6789 if you have questions, then place the order there on Shopee.", nil},
		{PlatformShopify, "DM us on Instagram @kilnandclay.studio and we'll sort the order there.", nil},
		{PlatformLazada, "ครั้งหน้าสั่งในลาซาด้าได้เลยครับ มีโค้ดส่วนลดให้", nil},
		// New sales in words the rules did not read.
		{PlatformEbay, "Next time just message me before buying and I can knock 10% off if we skip the eBay fees.", []Kind{order}},
		{PlatformEbay, "Mate, next time message me first. Bank transfer's fine.", []Kind{pay, order}},
		{PlatformTikTok, "Thank you! We're on Shopify too — glowdrop.shop", []Kind{order}},
		{PlatformAmazon, "You can also grab these from our own site, no import fees.", []Kind{order}},
		{PlatformAmazon, "Ce modèle n'est plus proposé sur Amazon, mais il est toujours disponible sur notre boutique en ligne.", []Kind{order}},
		{PlatformAmazon, "Na próxima vez chama a gente no WhatsApp (11) 98765-4321 que a gente faz um preço melhor no Pix.", []Kind{pay, order}},
		{PlatformEbay, "Add me on Telegram @retro_fix for the unlisted stuff, USDT ok.", []Kind{pay, order}},
		{PlatformAmazon, "If you want the second unit I can send it with my own driver, outside Amazon, you pay him cash on delivery.", []Kind{pay, order}},
		{PlatformAmazon, "La próxima vez pídelo directamente en www.casaolivo.es.", []Kind{order}},
		{PlatformAmazon, "Pls send the $15 Target gift card code here and i'll hold a pre-order slot for you.", []Kind{pay, order}},
		{PlatformAmazon, "Voor de tweede lamp kunt u via iDEAL betalen, ik stuur een betaalverzoek.", []Kind{pay, order}},
		{PlatformAmazon, "The charger is discontinued on Amazon but we have a few left. Pay $18 via PayPal to parts@brightparts.com and I'll mail it out.", []Kind{pay, order}},
		{PlatformEbay, "Mam jeszcze dwa takie zestawy, przelew na konto i wysyłam bez pośrednictwa eBay.", []Kind{pay, order}},
		{PlatformTikTok, "The set is sold out on TikTok but I have 2 left — Cash App $40 to $NailsByKay and it's yours.", []Kind{pay, order}},
		{PlatformEbay, "Mamy jeszcze 5 sztuk, taniej wyjdzie, jak zamówi Pan bezpośrednio u nas.", []Kind{order}},
		{PlatformEbay, "Dzień dobry, ceny są tam niższe niż na eBay i można płacić zwykłym przelewem.", []Kind{pay, order}},
		{PlatformEbay, "Se vuole, le faccio uno sconto del 5% con bonifico, così evitiamo le commissioni di eBay.", []Kind{pay, order}},
		{PlatformAmazon, "Für Nachbestellungen schreiben Sie uns direkt an bestellung@kaffee-kontor24.de, dann sparen wir uns beide die Amazon-Gebühren.", []Kind{order}},
		// Near-variants: the platform's own discount, the platform's
		// checkout, a refund, the goods simply gone, a warning.
		{PlatformEbay, "No eBay fees apply to you, and there's 10% off at checkout already.", nil},
		{PlatformAmazon, "Thanks! Bank transfer's not possible on Amazon, please pay at checkout.", nil},
		{PlatformTikTok, "Thanks! Your parcel is on its way, and the tracking is on Shopify too.", nil},
		{PlatformAmazon, "You can also grab the manual from our website.", nil},
		{PlatformAmazon, "Ce modèle n'est plus disponible sur Amazon, désolé.", nil},
		{PlatformAmazon, "If you want the second unit, just add it to your cart on Amazon; it ships with our own driver.", nil},
		{PlatformAmazon, "The charger is discontinued, so we've refunded you through Amazon.", nil},
		{PlatformEbay, "Those are sold out on eBay, sorry — I'll let you know when I relist them.", nil},
		{PlatformAmazon, "Send the gift card code to your friend by email and they can redeem it on Amazon.", nil},
		{PlatformEbay, "Przelew bankowy nie jest możliwy, płatność tylko przez eBay.", nil},
		{PlatformEbay, "Le commissioni di eBay sono incluse nel prezzo, non c'è nessuno sconto extra.", nil},
		{PlatformAmazon, "Merhaba, sahte hesaplar bizim adımıza IBAN'a para göndermenizi isteyebilir. Lütfen hiçbir ödemeyi Amazon dışında yapmayın.", nil},
		{PlatformAmazon, "Lütfen ödemeyi Amazon dışında göndermeyin, tüm ödemeler Amazon üzerinden yapılır.", nil},
		{PlatformAmazon, "La próxima vez pídelo directamente en Amazon con envío Prime.", nil},
	}, order, pay)
}
