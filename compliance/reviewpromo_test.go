package compliance

import "testing"

// TestReviewAndPromoFamilies covers the review and marketing wordings of
// the fresh batches (holdout19–22, train7–9) with sentences written for
// the test, and the near variants the convention leaves clean.
func TestReviewAndPromoFamilies(t *testing.T) {
	R, P := ReviewManipulation, Promotional
	checkKindsAmong(t, []kindsCase{
		// A negative review held back for something.
		{"amazon", "We'll send a new lamp and refund the shipping; we only ask you to hold off on negative feedback for now.", []Kind{R}},
		{"ebay", "Happy to refund you fully, though I'd ask that you don't leave negative or neutral feedback about it.", []Kind{R}},
		{"amazon", "Antes de dejar una reseña negativa, escríbenos y te devolvemos 20 €.", []Kind{R}},
		{"amazon", "Avant de publier un avis négatif, écrivez-nous : on vous rembourse 10 € aussitôt.", []Kind{R}},
		{"shopee", "先不要给差评好吗，我们给您补偿一张优惠券。", []Kind{R}},
		{"ebay", "Open a return instead of leaving the negative and I'll refund the postage as well.", []Kind{R}},
		// …and the customer service the convention allows.
		{"amazon", "If anything's wrong with the new lamp, message us here first so we can fix it before you leave feedback.", nil},
		{"ebay", "If you're not happy with the jacket, drop me a line before leaving feedback so I can put it right.", nil},
		{"amazon", "We've refunded the shipping. Please don't leave negative feedback without telling us first.", nil},
		{"lazada", "Hi, if you are satisfied please leave a review, your feedback helps other buyers.", nil},
		// Positive reviews asked for through what they would do for the shop.
		{"amazon", "If we've put things right, a 5-star review would honestly mean the world to us.", []Kind{R}},
		{"amazon", "Si la lampe vous plaît, une note 5 étoiles nous aiderait énormément.", []Kind{R}},
		{"amazon", "Se gostou da caneca, uma avaliação 5 estrelas faria toda a diferença para nós.", []Kind{R}},
		{"amazon", "Sir, ek 5 star review de dijiye please.", []Kind{R}},
		{"amazon", "Thank you so much for your 5-star review, it means the world to us.", nil},
		// Gating with a happy branch is reported.
		{"ebay", "If you're pleased with it, a positive rating would be lovely; otherwise message me first.", []Kind{R}},
		// A reward after the review is live, slipped into the next parcel,
		// or for mentioning something.
		{"amazon", "Would you write a review for us? We'll refund the whole order once it's posted.", []Kind{R}},
		{"amazon", "A kind review helps a lot, and we add a little surprise to the next parcel for anyone who leaves one.", []Kind{R}},
		{"amazon", "Si nombra la funda en su reseña, le metemos otra igual en el próximo paquete.", []Kind{R}},
		{"amazon", "We'll send you a $15 gift card once you've posted your review.", []Kind{R}},
		{"amazon", "Could you write a review? It helps other buyers once it's live.", nil},
		// Asking to remove or raise a review.
		{"amazon", "Esa reseña de una estrella nos perjudica mucho, ¿podrías quitarla?", []Kind{R}},
		{"shopee", "Kak, ulasan bintang 2 boleh diubah? Terima kasih.", []Kind{R}},
		{"lazada", "亲，差评能不能改一下？我们给您退一半。", []Kind{R}},
		{"amazon", "Könnten Sie Ihre 2-Sterne-Bewertung nach oben korrigieren?", []Kind{R}},
		// Codes for a later order, handed over.
		{"amazon", "Sorry for the wait — here's code LAMP15 for your next order in our storefront.", []Kind{P}},
		{"amazon", "Voici le code BONJOUR10, valable sur votre prochaine commande.", []Kind{P}},
		{"shopify", "Profitez du code ENCORE5 sur votre prochaine commande !", []Kind{P}},
		{"amazon", "Su paquete está en Correos; puede recogerlo con el código PQ4F6B0412345670108001X.", nil},
		{"shopify", "The code WELCOME10 you entered was applied to this order.", nil},
		// Sales, follows and coupons offered.
		{"amazon", "Ab Freitag ist die ganze Serie in unserem Shop um 15 % reduziert.", []Kind{P}},
		{"tiktok", "¡No te pierdas nuestro directo del sábado, habrá descuentos para nuevos pedidos!", []Kind{P}},
		{"amazon", "Seguiteci su Instagram per vedere in anteprima la nuova linea di tazze.", []Kind{P}},
		{"shopee", "Tem vídeo novo no nosso canal, se inscreve lá!", []Kind{P}},
		{"shopify", "We've put you on our VIP list for early sale alerts.", []Kind{P}},
		{"shopee", "另外关注卖场就可以领5元折价券哦！", []Kind{P}},
		{"shopify", "채널 추가하시면 첫 구매 쿠폰을 드려요.", []Kind{P}},
		{"shopify", "사용하신 첫 구매 쿠폰은 이번 주문에 적용됐어요.", nil},
		{"lazada", "Kedai kami ada promosi, semua baju diskaun 20%, jangan lepaskan peluang!", []Kind{P}},
	}, R, P)
}
