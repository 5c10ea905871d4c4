package compliance

import "testing"

// Refusals, denials and scam warnings stay clean in every language the
// rules read: the buyer's wish quoted back and refused after a dash, a
// colon or in the next sentence; incentives for reviews denied, lists and
// all; impostors warned against; a sale off the platform refused. Their
// near twins that do offer the thing are still found.
func TestRefusalsDenialsAndWarnings(t *testing.T) {
	pay := []Kind{OffPlatformPayment}
	payContact := []Kind{ContactInfo, OffPlatformPayment}
	review := []Kind{ReviewManipulation}
	checkKindsCases(t, []kindsCase{
		// The buyer's wish quoted back, then refused.
		{"amazon", "Hi Maria, you asked if you could pay the difference for the bigger size by Cash App — sorry, we can only take payments through Amazon. You can place a new order and return the small one.", nil},
		{"amazon", "You asked whether you could send the balance for the larger set through Zelle — unfortunately we can only accept payment on Amazon.", nil},
		{"amazon", "You asked if I could just Venmo you the $18 instead of waiting — I'm sorry, Amazon requires refunds to go back through the original order.", nil},
		{"amazon", "You asked if you could pay the rest by PayPal Friends and Family to save the fees. I'm afraid we can't; Amazon handles all payments.", nil},
		{"amazon", "Bonjour Monsieur, vous nous demandez si vous pouvez régler par PayPal : désolé, Amazon ne nous permet pas d'accepter de paiement en dehors de la plateforme.", nil},
		{"amazon", "Vous m'avez demandé si vous pouviez payer la différence par Lydia : malheureusement non, tout paiement doit passer par Amazon.", nil},
		{"amazon", "Sie fragten, ob Sie per PayPal „Freunde und Familie“ zahlen können – leider nein, Zahlungen außerhalb von Amazon sind nicht erlaubt.", nil},
		{"amazon", "Sie fragen, ob Sie per PayPal zahlen können: Das geht leider nicht, die Zahlung läuft nur über Amazon.", nil},
		{"amazon", "Beste meneer, u vroeg of u via bankoverschrijving kunt betalen. Helaas kan dat niet; alle betalingen lopen via Amazon.", nil},
		{"amazon", "Goedemiddag, u vroeg of u de verzendkosten met een Tikkie kon betalen – dat is niet nodig en mag ook niet; het retourlabel loopt gewoon via Amazon.", nil},
		{"amazon", "Me preguntaste si podías pagar la diferencia por Bizum — lo siento, solo podemos cobrar a través de Amazon.", nil},
		{"amazon", "Ci chiedeva se poteva fare un bonifico per la differenza. Mi dispiace, non possiamo accettare pagamenti fuori da Amazon.", nil},
		{"shopee", "Você perguntou se podia pagar a diferença por Pix — infelizmente não, o pagamento é só pela Shopee.", nil},
		{"amazon", "Pytała Pani, czy może zapłacić BLIKiem na numer telefonu – niestety nie, płatności przyjmujemy tylko przez Amazon.", nil},
		{"amazon", "Zapytał Pan, czy może przelać różnicę na konto. Niestety nie możemy przyjmować płatności poza Amazonem.", nil},
		{"lazada", "Anh hỏi có thể thanh toán qua MoMo không ạ. Rất tiếc, shop chỉ nhận thanh toán qua Lazada thôi ạ.", nil},
		{"lazada", "Cik tanya boleh bayar guna Touch n Go terus kepada kami — maaf ya, semua bayaran mesti melalui Lazada.", nil},
		{"amazon", "Merhaba, IBAN talebiniz üzerine bilgi vermek isteriz: Amazon dışında ödeme kabul etmiyoruz.", nil},
		{"amazon", "您问能不能用支付宝直接付款，抱歉，我们只能通过亚马逊收款。", nil},
		{"shopify", "You asked if we'd send a free candle in exchange for a review — we don't do that, but we'd love honest feedback anytime.", nil},
		{"amazon", "You asked if we'd refund you for a 5-star review — we can't do that, but thanks for asking.", nil},
		// …and granted: a yes, a way around, an offer with no wish.
		{"amazon", "If you want, you can pay the difference by Cash App to $shopname and we'll ship the bigger size.", pay},
		{"amazon", "You asked whether you could pay by Zelle. Yes, that works — Zelle it to 555-202-3030.", payContact},
		{"amazon", "You asked if you could pay the rest by PayPal to save the fees. Sure, send it to pay@shop.com.", payContact},
		{"amazon", "You asked about Venmo — sorry for the wait, just Venmo me the $18 and we're square.", pay},
		{"amazon", "Sie hatten gefragt, ob Sie per Überweisung zahlen können – ja klar, überweisen Sie einfach auf unser Konto.", pay},
		{"amazon", "Vous demandez si vous pouvez payer par virement : oui, faites le virement sur notre compte et on expédie.", pay},
		{"amazon", "U vroeg of u via Tikkie kunt betalen: ja hoor, ik stuur u zo een Tikkie.", pay},
		{"shopee", "Kakak tanya apakah bisa transfer langsung — bisa kak, transfer ke rekening BCA kami ya.", pay},

		// Incentives for reviews denied, one or a list, in any order.
		{"amazon", "We can't offer gifts, refunds or discounts in exchange for reviews — that's against Amazon policy. We just hope you enjoy the lamp!", nil},
		{"amazon", "Just to be clear, we never offer refunds or gifts for reviews. If you got a card in the package saying otherwise it wasn't from us, please report it to Amazon.", nil},
		{"amazon", "We do not give free products, gift cards or cashback for reviews.", nil},
		{"amazon", "Wir bieten keine Rückzahlungen per PayPal im Austausch für Bewertungen an, das wäre gegen die Amazon-Richtlinien.", nil},
		{"amazon", "Nous n'offrons ni remboursement ni cadeau en échange d'un avis.", nil},
		{"amazon", "Estimado cliente, por política de Amazon no podemos ofrecer reembolsos a cambio de reseñas.", nil},
		{"amazon", "No ofrecemos reembolsos, regalos ni descuentos a cambio de reseñas.", nil},
		{"amazon", "Non offriamo rimborsi o regali in cambio di recensioni.", nil},
		{"shopee", "A gente não oferece reembolso nem brinde em troca de avaliação.", nil},
		{"amazon", "Wij bieden geen terugbetaling of cadeaus in ruil voor reviews.", nil},
		{"amazon", "Nie oferujemy zwrotu pieniędzy ani prezentów w zamian za opinie.", nil},
		{"shopee", "Shop không tặng quà hay hoàn tiền để đổi lấy đánh giá ạ.", nil},
		{"shopee", "Kami tidak memberikan hadiah atau cashback untuk ulasan ya kak.", nil},
		{"lazada", "ทางร้านไม่มีการให้ของแถมหรือเงินคืนเพื่อแลกกับรีวิวค่ะ", nil},
		{"amazon", "我们不提供好评返现，也不会为评价送礼品。", nil},
		{"amazon", "レビューの見返りとして返金やギフトを提供することはできません。", nil},
		// …and offered.
		{"amazon", "We offer a gift card for reviews — just send us a screenshot.", review},
		{"amazon", "Wir bieten Rückzahlungen für Bewertungen: schicken Sie uns einfach einen Screenshot.", review},
		{"amazon", "Nous offrons un cadeau en échange d'un avis 5 étoiles.", review},
		{"amazon", "Ofrecemos un reembolso completo a cambio de una reseña de 5 estrellas.", review},
		{"shopee", "Kami kasih hadiah untuk ulasan bintang 5 ya kak.", review},
		{"amazon", "Don't forget to leave a 5-star review to get your free gift!", review},
		{"amazon", "No purchase needed — leave a 5-star review and we'll send a free gift.", review},
		{"amazon", "We can't refund the shipping, but if you leave a 5-star review we'll send you a $10 gift card.", review},
		{"amazon", "We don't just refund you — we also send a gift for every 5-star review.", review},
		{"amazon", "Nicht vergessen: für eine 5-Sterne-Bewertung schenken wir Ihnen einen 10-€-Gutschein.", review},

		// Impostors and scams warned against.
		{"amazon", "Heads up: someone pretending to be our store may contact you on WhatsApp offering cashback for reviews. That is not us — please report it to Amazon and don't share any details.", nil},
		{"amazon", "Hello, some buyers are getting messages from fake 'Amazon Review Team' accounts offering refunds for 5-star reviews. That's a scam — we never do this, please report it.", nil},
		{"amazon", "Be aware of fake Instagram accounts using our name that offer 50% refunds for 5-star reviews — it's not us.", nil},
		{"amazon", "Some accounts pretend to be us and offer gift cards for reviews; please report them to Amazon.", nil},
		{"shopee", "Cuidado com perfis falsos usando nosso nome oferecendo reembolso por avaliação 5 estrelas. Não somos nós.", nil},
		{"lazada", "Cảnh báo: shop không bao giờ yêu cầu chuyển khoản qua ZaloPay hay MoMo. Nếu có ai nhắn như vậy, chị báo Lazada giúp shop nhé.", nil},
		{"amazon", "Bitte überweisen Sie kein Geld an Konten, die Ihnen per E-Mail genannt werden – wir wickeln alles ausschließlich über Amazon ab.", nil},
		{"amazon", "Betaal nooit via een Tikkie die u per e-mail krijgt, dat zijn wij niet.", nil},
		{"amazon", "Wij zullen u nooit vragen om via Tikkie of bankoverschrijving te betalen.", nil},
		{"amazon", "Nunca le pediremos que pague por transferencia o Bizum.", nil},
		{"shopee", "Shop tidak pernah minta transfer ke rekening pribadi ya kak, hati-hati penipuan.", nil},
		{"lazada", "ร้านไม่เคยขอให้โอนเงินเข้าบัญชีส่วนตัวนะคะ ระวังมิจฉาชีพค่ะ", nil},
		// …and a real request.
		{"amazon", "Überweisen Sie bitte das Geld auf unser Konto, IBAN DE12 3456 7890 1234 5678 90.", pay},
		{"amazon", "We will refund you by PayPal if you leave a 5-star review.", []Kind{OffPlatformPayment, ReviewManipulation}},
		{"amazon", "Fake reviews are a problem, so we give real buyers a $10 gift card for an honest 5-star review.", review},

		// A sale off the platform refused, "or" and "and" under one denial.
		{"amazon", "Sorry, I can't reserve stock off the listing or hold one for a bank transfer. As soon as it's restocked you can buy it here as usual.", nil},
		{"amazon", "I can't reserve one off the listing or hold it for a PayPal payment.", nil},
		{"ebay", "Sorry, I can't end the listing early and sell to you outside eBay – it's against the rules and neither of us would be protected. Buy It Now is still live though.", nil},
		{"ebay", "I can't take the item down and sell it to you privately, it has to go through eBay.", nil},
		{"ebay", "No puedo cerrar el anuncio y vendértelo fuera de eBay, lo siento.", nil},
		{"amazon", "Nous ne pouvons pas annuler la commande et vous la vendre par virement.", nil},
		{"amazon", "Olá, a Amazon não permite que a gente venda fora da plataforma, então não conseguimos fechar o pedido pelo WhatsApp. Pode comprar direto no anúncio mesmo, tá?", nil},
		{"amazon", "Bonjour, nous ne pouvons malheureusement pas faire l'échange en dehors d'Amazon ni vous communiquer un numéro WhatsApp : tout passe par la messagerie Amazon.", nil},
		// …and offered.
		{"ebay", "I can end the listing early and sell it to you outside eBay for £40.", []Kind{OffPlatformOrder}},
		{"amazon", "Nous pouvons annuler la commande et vous la vendre par virement, c'est plus simple.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{"amazon", "It's cheaper on our own site since there's no Amazon markup — you can pay there by card or crypto.", []Kind{OffPlatformPayment, OffPlatformOrder}},
	})
}
