package compliance

import "testing"

// New sales off the platform in the wordings holdout47–50 brought: Pix
// with the order here cancelled, the fees saved and the goods sent, cash
// on collection with the eBay payment refunded, goods "not listed" billed
// with postage on top, "2 aur chahiye", the checkout skipped ("tak payah
// checkout Lazada"), "you can also order … at" a link, a wholesale price
// given over WhatsApp or Line, a better rate, custom work by DM (with the
// contact given the sentence before), a private stock sale, a WhatsApp
// catalogue. Beside them near-twins that stay clean: the platform's own
// logistics, a file fetched from a link, a wholesale price only asked
// about, a refund by itself, the order under way, denials.
func TestOffPlatformOrderOrder10(t *testing.T) {
	const order = OffPlatformOrder
	checkKindCases(t, []kindCase{
		// Paid off the platform for a sale of its own.
		{PlatformShopee, "Se quiser, faz o Pix direto pra mim com desconto e eu cancelo a compra aqui no app.", order, true},
		{PlatformEbay, "Send it via paypal.me/vinylbarn and I'll post it tomorrow, saves us both the fees.", order, true},
		{PlatformEbay, "I could bring it over this evening, you pay cash on pickup, and I'll refund your eBay order.", order, true},
		{PlatformAmazon, "There's also a matching throw, it's not listed. I'll invoice you separately for it, £20 + postage.", order, true},
		{PlatformEbay, "Bhai 3 aur chahiye toh 9,000 JazzCash kar do, main bhej dunga.", order, true},
		{PlatformLazada, "Boleh bayar cash terus pada driver kami, tak payah checkout Lazada.", order, true},
		// A link or the seller's own site to buy from.
		{PlatformAmazon, "By the way, you can also order the full collection at lumenhaus(.)de too.", order, true},
		{PlatformTikTok, "u can grab it on our site too, code SAVE10 gets 10% off", order, true},
		// Wholesale, custom work and stock through a chat.
		{PlatformAmazon, "للكميات الكبيرة راسلنا على واتساب 0551234567 وسنعطيك سعر الجملة.", order, true},
		{PlatformShopee, "ถ้าอยากสั่งเพิ่มราคาส่ง แอดไลน์ @abcshop นะคะ", order, true},
		{PlatformAmazon, "For bulk office orders pls message us on WhatsApp, we'll give a better rate than Amazon.", order, true},
		{PlatformTikTok, "Mau beli grosir 2 lusin? WA admin aja ya 0812-3456-7890, harga beda.", order, true},
		{PlatformAmazon, "For a custom engraving with your initials, DM us on Instagram @oakandember and we'll make one up for you.", order, true},
		{PlatformShopee, "for custom engraving just DM us on Instagram @engraveit_my", order, true},
		{PlatformAmazon, "Écrivez-nous sur notre page Facebook : facebook.com/BoisDuJura. On y prend aussi les commandes de tables sur mesure.", order, true},
		{PlatformTikTok, "We're running a private stock sale this week, text DEALS to 555-0199 for the list.", order, true},
		{PlatformAmazon, "see our catalog at wa.me/c/447700900123 for other sizes", order, true},

		// Near-twins that stay clean of a sale off the platform.
		{PlatformAmazon, "Your replacement will ship today with Amazon Logistics. Follow us on facebook.com/linenhome for news.", order, false},
		{PlatformAmazon, "The replacement will go out via Amazon tomorrow; the care guide is at linenhome.com/care.", order, false},
		{PlatformAmazon, "The size chart didn't fit in the listing, you can grab it at puddle dot co slash sizes.", order, false},
		{PlatformAmazon, "The firmware is too big to attach, grab it at bit.ly/fw-22 and follow the steps.", order, false},
		{PlatformEbay, "Sorry it arrived damaged. I'll refund your eBay payment in full today.", order, false},
		{PlatformEbay, "I've refunded your eBay order, the refund shows up in 3-5 days.", order, false},
		{PlatformEbay, "Please pay through eBay checkout, we don't take PayPal or cash outside eBay.", order, false},
		{PlatformAmazon, "The matching throw is listed too, just add it to your Amazon cart.", order, false},
		{PlatformAmazon, "Your order ships tomorrow with £3.50 postage already paid on Amazon.", order, false},
		{PlatformShopee, "Não cancelo o pedido, pode ficar tranquila que envio amanhã.", order, false},
		{PlatformLazada, "Kalau checkout Lazada ada masalah, cuba lagi dalam app ya.", order, false},
		{PlatformAmazon, "Sadly we can't offer a wholesale price, but the 6-pack on Amazon is a good deal.", order, false},
		{PlatformAmazon, "Thanks for asking about the wholesale price! All prices are on our Amazon listing.", order, false},
		{PlatformAmazon, "The custom engraving on your order is done, it ships tomorrow.", order, false},
		{PlatformAmazon, "Sorry, we can't do custom engraving on this model.", order, false},
		{PlatformAmazon, "Nous ne prenons pas de commandes sur mesure, désolés.", order, false},
		{PlatformTikTok, "Our sale is live in the TikTok Shop app now, prices are already reduced.", order, false},
		{PlatformAmazon, "You can also order the refill pack on Amazon, it's listed as a separate item.", order, false},
		{PlatformAmazon, "If the charger stops working, the warranty is handled through Amazon.", order, false},
	})
}
