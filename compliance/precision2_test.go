package compliance

import "testing"

// False findings of holdout29–32 and the training batches, by family: a
// denial carried over a comma ("including", "even", "kahit") or down a
// list; a wish quoted back and refused in Spanish, Polish, Hinglish,
// Japanese and Korean, or answered with "only" the store's own ways;
// impostor warnings in Turkish and fake accounts; product features in
// Japanese, Chinese and Turkish; makers', warranties' and carriers' lines
// in Arabic, Czech, Swedish and Ukrainian; a Skype id; a follow request
// and a page to write to. Near-variants that still offer contact, payment
// or a sale off the platform stay found.
func TestPrecisionFamilies2(t *testing.T) {
	checkKindsCases(t, []kindsCase{
		// A denial carried over a comma or down a list.
		{"ebay", "Sorry, we can't accept payment outside eBay, including bank transfer — please use the Pay Now button on the order page.", nil},
		{"shopee", "Sorry po, we cannot transact outside Shopee, even via GCash. Please check out through the app para protected ang order niyo.", nil},
		{"lazada", "Pasensya na po, bawal po ang bayad sa labas ng Lazada, kahit GCash o bank transfer. Sa app lang po tayo mag-transact para protektado kayo.", nil},
		{"lazada", "Pasensya na po, bawal po sa Lazada ang pagbayad sa GCash o bank transfer. Dito lang po sa app ang refund ninyo, na-process na po namin.", nil},
		{"ebay", "Hello Phil, sorry, I can't give you my phone number or take the deal off eBay, it's against the rules.", nil},
		{"lazada", "We've raised a ticket with Lazada. Nothing needs to be paid or received outside the app.", nil},
		{"amazon", "Betalen buiten Amazon om kan helaas niet, ook niet 'even snel' via een betaalverzoek.", nil},
		{"shopify", "ما نقبل تحويل بنكي خارج الموقع، الدفع فقط من صفحة الطلب بالبطاقة أو Apple Pay أو مدى.", nil},
		// …but "including" without a denial, or a way around after "but".
		{"ebay", "We accept all payments, including bank transfer to our account.", []Kind{OffPlatformPayment}},
		{"shopee", "We can't lower the price on Shopee, but you can pay via GCash directly.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{"lazada", "Bawal po sa Lazada ang GCash, pero pwede po kayo mag-GCash sa akin diretso.", []Kind{OffPlatformPayment}},
		{"ebay", "Sorry, I can't ship it today or give you a discount, but I can take it off eBay for £10 less.", []Kind{OffPlatformOrder}},
		{"amazon", "Betalen via Tikkie kan ook, ik stuur je een betaalverzoek.", []Kind{OffPlatformPayment}},
		{"lazada", "Nothing is cheaper than our own website, order there.", []Kind{OffPlatformOrder}},

		// Wishes quoted back and refused.
		{"amazon", "Hola Lucía, nos pidió que le devolviéramos el dinero por Bizum, pero solo podemos reembolsar a través de Amazon.", nil},
		{"amazon", "Entiendo que prefiera hablar por WhatsApp, pero Amazon no nos lo permite; envíenos aquí las fotos.", nil},
		{"amazon", "Rozumiem, że przelew bezpośrednio byłby dla Pana wygodniejszy, ale nie możemy przyjmować płatności poza Amazonem.", nil},
		{"amazon", "Aapka sawaal tha 'Paytm pe seedha bhej doon toh discount milega?' — nahi ji, hum Amazon ke bahar koi payment nahi lete.", nil},
		{"amazon", "PayPalでの返金をご希望とのことですが、Amazon外でのお支払い・ご返金はお受けできません。Amazonを通じて全額返金いたしました。", nil},
		{"amazon", "「銀行振込で直接払えば安くなりますか」とのご質問ですが、Amazon外でのお支払いはお受けしておりません。", nil},
		{"lazada", "'카톡으로 주문해도 되냐'고 물어보셨는데, 죄송하지만 Lazada 밖에서는 주문을 받을 수 없어요.", nil},
		{"shopify", "You asked if you could pay with Venmo — sorry, we only accept cards, PayPal and Apple Pay through our checkout.", nil},
		{"ebay", "Quoting your message: 'can we do it outside eBay for less?' - I'd rather not, it protects both of us.", nil},
		{"amazon", "Per your message: 'can I pay you on Venmo and skip Amazon?' - sorry, no, we can only sell through Amazon.", nil},
		// …but a wish granted is found.
		{"amazon", "Nos pidió que le devolviéramos el dinero por Bizum: claro, se lo enviamos hoy por Bizum.", []Kind{OffPlatformPayment}},
		{"amazon", "PayPalでの返金をご希望とのことですので、PayPalで返金いたします。", []Kind{OffPlatformPayment}},
		{"amazon", "Entiendo que prefiera WhatsApp: escríbanos al +34 612 345 678.", []Kind{ContactInfo}},
		{"shopify", "You asked if you could pay with Venmo — sure, send it to my Venmo @shop-venmo.", []Kind{OffPlatformPayment}},
		{"amazon", "Entiendo que prefiera pagar por Bizum, y sí, puede enviarlo al 612 345 678.", []Kind{ContactInfo, OffPlatformPayment}},

		// Warnings against impostors.
		{"amazon", "Dikkat: Adımıza mesaj atıp havale/EFT ile ödeme isteyen kişiler olduğunu öğrendik. Biz asla Amazon dışında ödeme istemeyiz.", nil},
		{"shopify", "We've had reports of a fake Instagram account asking our customers for bank transfers to 'reactivate' refunds.", nil},
		{"shopee", "Please beware of Facebook pages offering lower prices if you pay by GCash. That's not us — we only sell here on Shopee.", nil},
		{"shopee", "Wag po kayo magbabayad sa kahit sinong nagme-message outside Shopee ha.", nil},
		{"amazon", "Havale/EFT ile ödeme yapabilirsiniz, IBAN numaramız TR12 0006 4000 0011 2345 6789 01.", []Kind{OffPlatformPayment}},

		// What a product does.
		{"amazon", "こちらのスマートウォッチはLINEの通知表示に対応しております。PayPayなどの決済機能はございません。", nil},
		{"lazada", "這款手錶支援微信、LINE訊息提醒，也可以綁定支付寶付款碼。", nil},
		{"shopify", "Yes! The Tap2 card reader accepts Apple Pay, Google Pay and Venmo QR codes, so it's great for market stalls.", nil},
		{"amazon", "Akıllı saat WhatsApp ve Telegram bildirimlerini gösterir ama mesajlara cevap veremez.", nil},
		{"shopify", "Our card reader is great, and you can also Venmo me the $40 directly.", []Kind{OffPlatformPayment}},
		{"amazon", "The watch has no payment function, but you can pay us via PayPal directly.", []Kind{OffPlatformPayment}},

		// The maker's, the warranty's and the carrier's lines.
		{"amazon", "الجهاز عليه ضمان الوكيل لمدة سنتين. لخدمة الضمان يمكنك الاتصال بمركز خدمة سامسونج على 800 726 7864.", nil},
		{"amazon", "الخلاط عليه ضمان سنتين من الوكيل مباشرة، رقم خدمة العملاء مكتوب على كرت الضمان داخل العلبة (8001240101).", nil},
		{"amazon", "Manufacturer warranty on the wiper motor is 2 years — call the Bosch automotive line on 1-800-555-0176 and quote part no. 0 390 241 538.", nil},
		{"amazon", "Záruční opravy vrtačky řeší přímo autorizovaný servis výrobce, kontakt je v záručním listu (tel. 261 300 500).", nil},
		{"amazon", "Якщо будуть питання щодо доставки — гаряча лінія Нової пошти 0 800 500 609.", nil},
		{"amazon", "Телефон на коробці — це сервісний центр виробника, 0 800 300 110, вони допоможуть з налаштуванням.", nil},
		{"amazon", "Garantiärenden för kaffebryggaren sköts av tillverkaren, deras kundtjänst nås på 0470-70 05 00.", nil},
		// …but the seller's own line is found.
		{"amazon", "للضمان اتصل بنا على 0501234567", []Kind{ContactInfo}},
		{"amazon", "For warranty claims call us on 1-800-555-0199.", []Kind{ContactInfo}},
		{"amazon", "Телефон нашого магазину 0 800 300 110, дзвоніть.", []Kind{ContactInfo}},

		// A Skype id is no site; a follow request is promotion; a page to
		// write to is contact.
		{"amazon", "Hello, you can contact me on WeChat: jiayi_kf88 or Skype live:jiayi.store, I can send you the video there.", []Kind{ContactInfo}},
		{"amazon", "Skype live:jiayi.store or see our site jiayi.store for more.", []Kind{ExternalLink, ContactInfo}},
		{"tiktok", "Desculpa a demora! Segue a gente no insta @lojaflor.br e confere a nova coleção em lojaflor.com.br 🌸", []Kind{ExternalLink, Promotional}},
		{"amazon", "Hi, please check our facebook page fb.com/sunnyhomeusa and message us there, we reply much faster.", []Kind{ExternalLink, ContactInfo}},
		{"amazon", "Hi, please check our facebook page fb.com/sunnyhomeusa for our new collection.", []Kind{ExternalLink, Promotional}},
	})
}
