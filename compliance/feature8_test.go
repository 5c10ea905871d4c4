package compliance

import "testing"

// Payment and chat apps named as what a product does, the platform's own
// checkout, the platform's and carriers' links, how-to videos, numbers
// that are codes, and kinds that reached too far — beside their violating
// near-twins.
func TestFeaturesCheckoutsAndCodes(t *testing.T) {
	pay, contact, promo, link := []Kind{OffPlatformPayment}, []Kind{ContactInfo}, []Kind{Promotional}, []Kind{ExternalLink}
	checkKindsAmong(t, []kindsCase{
		// Devices that show, hold or take a payment app.
		{PlatformShopee, "Dạ đồng hồ này hiện thông báo Zalo, Messenger và MoMo ngay trên màn hình ạ.", nil},
		{PlatformLazada, "Jam tangan ini menampilkan notifikasi GrabPay dan Boost eWallet di layar.", nil},
		{PlatformAmazon, "Sir, this smartwatch shows UPI payment notifications from PhonePe and Paytm, but the payment itself happens on the phone only.", nil},
		{PlatformAmazon, "Yes, the hardware wallet supports USDT on both the Ethereum and Tron networks, and BTC of course.", nil},
		{PlatformEbay, "The USB key is a Ledger-style cold wallet, supports BTC, ETH and USDT. Seed card still sealed.", nil},
		{PlatformAmazon, "Este bolso tiene un compartimento para la tarjeta de Mercado Pago y otro para el celular.", nil},
		{PlatformAmazon, "A carteira tem um bolso para o cartão do Nubank e outro para a CNH.", nil},
		{PlatformAmazon, "Para ativar o Pix, é só seguir o passo 3 do manual em português que vai na caixa.", nil},
		{PlatformEbay, "The card reader in this lot accepts Apple Pay, Google Pay and contactless — all tested before listing.", nil},
		{PlatformEbay, "Three more lenses, all checked before listing, are in the bundle.", nil},
		{PlatformTikTok, "Yes po, yung ring light compatible sa TikTok Live at Messenger video call.", nil},
		{PlatformAmazon, "Yes the baby monitor has a feature to send snapshots to your Telegram or Line if you link it in the app.", nil},
		// … and their near-twins, which pay or talk to the seller.
		{PlatformShopee, "Đồng hồ còn hàng, chị chuyển MoMo cho em nhé.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{PlatformAmazon, "This smartwatch is in stock, just send the money to my Paytm.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{PlatformAmazon, "The card reader is ready, pay me by MobilePay and I'll post it.", pay},
		{PlatformAmazon, "The wallet is sold out here, but send 40 USDT to our address and we'll ship one.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{PlatformAmazon, "Para reservar o relógio, manda o Pix para a nossa chave.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{PlatformEbay, "I have three more lenses I never listed, message me and pay by bank transfer.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{PlatformTikTok, "For the ring light po, message niyo kami sa Messenger.", contact},
		// The platform's own checkout.
		{PlatformShopee, "Oi! Você pode pagar com Pix direto no checkout da Shopee, é seguro e o pedido fica protegido.", nil},
		{PlatformTikTok, "Boleh bayar guna Touch 'n Go eWallet terus di checkout TikTok Shop ya.", nil},
		{PlatformShopee, "Pode pagar com Pix sim, mas direto na finalização da compra aqui na Shopee, tá?", nil},
		{PlatformShopee, "Kak, bisa pakai ShopeePay, transfer bank lewat Virtual Account, atau COD langsung di checkout Shopee ya.", nil},
		{PlatformShopee, "Untuk COD sila pilih 'Cash on Delivery' semasa checkout di Shopee, bayar terus kepada rider bila parcel sampai.", nil},
		{PlatformLazada, "ตอนชำระเงินสามารถเลือก TrueMoney ได้เลยค่ะ", nil},
		{PlatformShopify, "Yes, we accept PayPal at checkout, and Shop Pay installments are available on orders over $50.", nil},
		// … and ways around it.
		{PlatformShopee, "Pode pagar com Pix direto pra mim, sem passar pelo checkout.", pay},
		{PlatformTikTok, "Boleh bayar guna Touch 'n Go terus kepada kami ya.", pay},
		{PlatformShopee, "Pode pagar com Pix sim, mas direto na nossa chave.", pay},
		{PlatformAmazon, "I'll send my own driver tomorrow, just pay the driver directly in cash.", pay},
		{PlatformShopify, "Free shipping on orders over $50 this week only!", promo},
		// Numbers that are codes and references, and a carrier's line.
		{PlatformAmazon, "The number on the hinge sticker (917-555-3308) is our factory QC code, it helps us trace the batch.", nil},
		{PlatformAmazon, "The long number on the refund notice (5552184409) is Amazon's transaction reference, in case your bank asks.", nil},
		{PlatformAmazon, "We checked with USPS and the package is at your post office. You can call them at 1-800-275-8777 with tracking 9400 1118 9922 3857 4410 36.", nil},
		{PlatformAmazon, "The number on the sticker (917-555-3308) is our hotline, call us any time.", contact},
		{PlatformAmazon, "We checked with USPS. You can call us at 917-555-0142 if it doesn't show.", contact},
		// Links.
		{PlatformEbay, "You can see my other listings here: https://www.ebay.co.uk/str/retrospareparts", nil},
		{PlatformEbay, "Check out my other listings here: https://www.ebay.co.uk/str/retrospareparts, 20% off this week!", promo},
		{PlatformShopify, "Die Pflegeanleitung für das Leinen finden Sie in diesem Video: youtube.com/watch?v=8bHq2LmZk4E", link},
		{PlatformAmazon, "For the assembly video, have a look at our YouTube: youtube.com/@brightnesthome — step 4 shows the bracket.", link},
		{PlatformAmazon, "Have a look at our YouTube: youtube.com/@brightnesthome — new drops every Friday!", []Kind{ExternalLink, Promotional}},
		{PlatformShopify, "Shop our new linen collection here: https://saltandsage.co/collections/linen", promo},
		{PlatformShopify, "Leave your review here: https://glowlab.co/pages/reviews", link},
		{PlatformEbay, "Il pacco è partito con BRT, puoi seguirlo qui: https://vas.brt.it/vas/sped_numspe_par.htm?sped_num=123456789012", nil},
		{PlatformTikTok, "send ur order # and a pic to hello at velvetcrate dot co and we'll swap it", contact},
		// Kinds that reached too far.
		{PlatformAmazon, "Die Zollgebühr von 23,40 € können Sie uns gern per Revolut schicken (@kruemelshop).", pay},
		{PlatformAmazon, "Den zweiten Satz können Sie uns gern per Revolut bezahlen (@kruemelshop), 45 €.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{PlatformAmazon, "Join our VIP email list at glowlabskin.com/vip — members get 20% off their next Amazon order 💕", []Kind{ExternalLink, Promotional}},
		{PlatformAmazon, "Subscribe to our newsletter at petnest.io/join for 10% off your next order.", []Kind{ExternalLink, Promotional}},
		{PlatformAmazon, "Order from petnest.io next time and get 10% off with code PET10.", []Kind{ExternalLink, Promotional, OffPlatformOrder}},
	}, OffPlatformPayment, ContactInfo, OffPlatformOrder, Promotional, ExternalLink)
	// "orders at shop dot store" is a site, no mailbox.
	checkKindCases(t, []kindCase{
		{PlatformTikTok, "we're moving off TikTok soon so grab future orders at jolie-nails dot store", ContactInfo, false},
		{PlatformTikTok, "we're moving off TikTok soon so grab future orders at jolie-nails dot store", ExternalLink, true},
		{PlatformAmazon, "Hej Mads, vi sender dig 100 kr på MobilePay, hvis du giver os 5 stjerner", OffPlatformPayment, true},
		{PlatformAmazon, "The card reader works with Apple Pay, Google Pay, contactless BLIK, Vipps and MobilePay.", OffPlatformPayment, false},
	})
}
