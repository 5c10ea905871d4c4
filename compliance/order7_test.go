package compliance

import "testing"

// Sales taken off the platform in the wordings the rules missed on the
// labelled sets up to train10: a lower price than the platform by chat
// ("ถูกกว่าในลาซาด้า", "harga lagi murah", "on vous fait un prix"), the
// platform's fee avoided in more languages, one more piece or stock paid
// off the platform in Czech, Swedish, Dutch, Turkish, Romanian and Korean,
// the seller's own store gone around on its own channel (its checkout not
// used, failing or slower, a direct invoice), a deal settled in the chat,
// the seller's shop on another marketplace by name, an order cancelled for
// the seller's own — with near-variants that stay contact, a payment only
// or clean.
func TestOffPlatformOrderOrder7(t *testing.T) {
	const order = OffPlatformOrder
	checkKindCases(t, []kindCase{
		// A lower price than the platform, by chat.
		{PlatformLazada, "สั่งผ่านไลน์ร้านได้เลยค่ะ @shopabc ราคาถูกกว่าในลาซาด้า", order, true},
		{PlatformLazada, "ราคาในลาซาด้าถูกที่สุดแล้วค่ะ กดสั่งในแอปได้เลย", order, false},
		{PlatformShopee, "Kalau nak beli lagi, whatsapp kami terus 012-888 1234, harga lagi murah.", order, true},
		{PlatformShopee, "Kalau ada masalah, whatsapp kami terus 012-888 1234.", order, false},
		{PlatformAmazon, "Pour d'autres tailles, écrivez-nous sur WhatsApp au 06 11 22 33 44, on vous fait un prix.", order, true},
		{PlatformAmazon, "Pour toute question sur votre commande, écrivez-nous via la messagerie Amazon.", order, false},
		{PlatformTikTok, "다음 주문은 카카오톡으로 문의주시면 더 저렴하게 드려요", order, true},
		// The platform's fee avoided.
		{PlatformEbay, "For more parts write me on Telegram @parts_il, מחיר יותר טוב בלי העמלות של eBay.", order, true},
		{PlatformShopee, "Order berikutnya langsung WA aja ke 0812-1111-2222, lebih murah tanpa potongan admin Shopee.", order, true},
		{PlatformShopee, "Harga di toko kami sudah termasuk potongan admin Shopee.", order, false},
		{PlatformEbay, "eBay fees are included in the price, so you pay nothing extra.", order, false},
		{PlatformAmazon, "Maalesef Amazon dışında ödeme kabul edemiyoruz.", order, false},
		{PlatformAmazon, "Toptan 100 adet isterseniz Amazon dışında daha uygun fiyat veririm.", order, true},
		// One more piece, stock, a reservation, paid off the platform.
		{PlatformEbay, "Mám ještě druhý kus, když pošlete 900 Kč na účet 123456789/0100, pošlu ho zítra.", order, true},
		{PlatformEbay, "Vrátíme vám 200 Kč převodem na účet za poškozený kus.", order, false},
		{PlatformEbay, "Vill du ha en till? Swisha 350 kr till 070-123 45 67 så skickar jag den.", order, true},
		{PlatformEbay, "Tack för köpet! Paketet skickas i morgon.", order, false},
		{PlatformLazada, "Wil je er nog eentje? Stuur me een Tikkie van €30 en ik doe hem erbij.", order, true},
		{PlatformLazada, "Dacă vrei să ți-o rezerv, trimite un avans de 50 lei prin Revolut.", order, true},
		{PlatformShopee, "May bago kaming stock na hindi pa naka-list sa Shopee, GCash lang po ang bayad.", order, true},
		{PlatformShopee, "Bayar untuk pesanan anda melalui Shopee sahaja ya kak.", order, false},
		// The seller's own store gone around on its own channel.
		{PlatformShopify, "For wholesale quantities we don't use the store checkout — WhatsApp us on +1 305 555 0100 and pay by Zelle.", order, true},
		{PlatformShopify, "Just Venmo me $30 for the second mug, it's quicker than our checkout.", order, true},
		{PlatformShopify, "Sorry, our checkout keeps failing today. If you still want the lamp, Zelle $60 to 415-555-0100 and I'll ship it.", order, true},
		{PlatformShopify, "Skip the cart and send $45 by Wise, I'll ship it Monday.", order, true},
		{PlatformShopify, "Instead of checking out on the site, message me on WhatsApp +1 213 555 0100 and I'll invoice you directly.", order, true},
		{PlatformShopify, "Our checkout accepts all major cards and PayPal.", order, false},
		{PlatformShopify, "Sorry, our checkout was slow yesterday; your order went through fine and ships today.", order, false},
		{PlatformShopify, "Card payments on the site keep failing, so we've refunded you by Zelle.", order, false},
		{PlatformShopify, "Please send us your shipping address by Zelle note so we can ship your order.", order, false},
		{PlatformShopify, "We don't use the website for returns, just reply to this email.", order, false},
		// A deal settled in the chat, goods not on the platform.
		{PlatformEbay, "Máme i další díly, napište mi na WhatsApp +420 777 123 456 a domluvíme se.", order, true},
		{PlatformShopee, "Mam jeszcze 4 sztuki na stanie, napisz na WhatsApp +48 600 100 200, dogadamy się.", order, true},
		{PlatformEbay, "Amazon won't let me list the refill on its own. If you want one, message me on Telegram @refill_jo.", order, true},
		{PlatformEbay, "We can't list the exact reasons here, please message us through eBay.", order, false},
		{PlatformTikTok, "Message us on Telegram @shopabc for custom sizing.", order, false},
		// The seller's shop on another marketplace.
		{PlatformAmazon, "Găsiți aceleași produse pe eMAG, prețul e mai mic.", order, true},
		{PlatformAmazon, "Το έχουμε και στο Skroutz πιο φθηνά.", order, true},
		{PlatformAmazon, "Το λάδι είναι πιο φθηνό στη συσκευασία των 5 λίτρων.", order, false},
		{PlatformEbay, "I'm selling the rest of the set on Vinted, same username.", order, true},
		{PlatformEbay, "Vinted is a good place to look for used ones.", order, false},
		{PlatformEbay, "We print the same name on the label as your eBay account.", order, false},
		// An order on the platform cancelled for the seller's own.
		{PlatformLazada, "If you cancel this order you can pick it up from our shop in Makati, ₱500 cheaper.", order, true},
		{PlatformAmazon, "Annulez la commande et passez directement par nous, c'est moins cher.", order, true},
		{PlatformLazada, "If you cancel this order, the refund goes back to your card within 3 days.", order, false},
		{PlatformLazada, "Please don't cancel, our warehouse ships it tomorrow.", order, false},
		{PlatformAmazon, "You can cancel the order directly in your Amazon account.", order, false},
		{PlatformAmazon, "Le remboursement sera fait par Amazon, pas besoin de passer par nous.", order, false},
		{PlatformLazada, "Cancel na lang po kayo sa app, our shop will refund you right away.", order, false},
		{PlatformEbay, "Skroutz reviews say the oil arrives fast.", order, false},
		{PlatformShopify, "If the site is down, just try again in a few minutes and your cart will still be there.", order, false},
		{PlatformShopify, "Venmo is fine for the shipping difference on your order.", order, false},
	})
}
