package compliance

import "testing"

// TestReviewRewardForLaterOrder covers a code, discount, voucher or shop
// credit for a later order offered for a review: the convention labels it
// both review manipulation and marketing. A refund, cash paid out or a
// gift slipped into the next parcel is review manipulation only.
func TestReviewRewardForLaterOrder(t *testing.T) {
	R, P := ReviewManipulation, Promotional
	checkKindsAmong(t, []kindsCase{
		// A discount or code for the next order.
		{"amazon", "Leave us 5 stars and you'll get 15% off your next purchase with us.", []Kind{R, P}},
		{"shopify", "Give us a 5 star review and we give you code VIP20 for 20% off next time 💕", []Kind{R, P}},
		{"ebay", "If you leave positive feedback, I'll take £5 off your next order.", []Kind{R, P}},
		{"lazada", "Leave a 5-star rating with photo and we'll send you a ₱50 voucher for your next purchase.", []Kind{R, P}},
		{"shopee", "dear give 5 star ya, next order we give u discount 😘", []Kind{R, P}},
		{"amazon", "Sir please 5 star rating de dijiye, next order pe hum ₹100 cashback bhej denge.", []Kind{R, P}},
		{"shopee", "Bạn đánh giá 5 sao giúp shop nha, shop tặng mã giảm 30k cho đơn sau.", []Kind{R, P}},
		{"shopee", "Nếu bạn đánh giá 5 sao, shop sẽ tặng voucher 20k cho đơn sau.", []Kind{R, P}},
		{"amazon", "レビューを書いていただいた方全員に、次回のお買い物で使える20%オフクーポンをプレゼントしています！", []Kind{R, P}},
		{"amazon", "★5のレビューを書いていただければ、次回使える1000円分のAmazonギフト券をお送りします。", []Kind{R, P}},
		{"shopee", "給五星好評再截圖私訊我們，送你下次可用的50元折價券喔！", []Kind{R, P}},
		{"shopify", "留下五星好评即可获得下次购物优惠券 100 元。", []Kind{R, P}},
		{"amazon", "별점 5점 리뷰를 남겨 주시면 다음 주문 시 사용할 수 있는 5천원 할인 쿠폰을 드립니다.", []Kind{R, P}},
		{"amazon", "리뷰를 5점으로 수정해 주시면 다음 주문 때 사용할 수 있는 스타벅스 기프티콘을 보내드릴게요.", []Kind{R, P}},
		{"shopee", "รีวิว 5 ดาว รับส่วนลด 50 บาทในออเดอร์ถัดไปค่ะ", []Kind{R, P}},
		{"shopee", "Se você deixar 5 estrelinhas com foto, a gente manda um cupom de R$10 pra próxima compra.", []Kind{R, P}},
		{"shopee", "Quem manda o print da avaliação 5 estrelas ganha frete grátis na próxima compra!", []Kind{R, P}},
		{"amazon", "Si nos deja una reseña de 5 estrellas, le enviamos un cupón del 15 % para su próximo pedido.", []Kind{R, P}},
		{"amazon", "Wenn Sie die Bewertung ändern, bekommen Sie von mir beim nächsten Kauf 20 % Rabatt.", []Kind{R, P}},
		{"amazon", "Si vous laissez un avis 5 étoiles, vous recevrez 10 % de réduction sur votre prochaine commande.", []Kind{R, P}},
		{"shopee", "Kasih bintang 5 ya kak, nanti order berikutnya kami kasih diskon 20%!", []Kind{R, P}},
		{"shopee", "Kalau ulasannya udah bintang penuh, kirim screenshot, nanti ongkir pesanan berikutnya kami tanggung.", []Kind{R, P}},
		{"shopee", "Bagi 5 bintang beserta gambar, nanti kami hantar baucar kedai RM3 untuk pembelian akan datang ya.", []Kind{R, P}},
		{"amazon", "Yorumunuzu 5 yıldıza çevirirseniz bir sonraki siparişinizde kargo bizden.", []Kind{R, P}},
		// The reward named in the sentence after the request.
		{"shopify", "5 yıldızlı yorum bırakır mısınız? Ekran görüntüsünü atarsanız bir sonraki siparişinize %10 indirim tanımlıyoruz.", []Kind{R, P}},
		// A gift in the next parcel, a refund, cash paid out: the review
		// rule's alone.
		{"amazon", "If you leave us 5 stars I'll throw a free scrunchie set into your next order!", []Kind{R}},
		{"amazon", "Si nos dejas una reseña de 5 estrellas, te regalamos un protector de pantalla con tu próxima compra.", []Kind{R}},
		{"shopee", "Kasih ulasan bintang 5 ya, nanti dapet bonus scrunchie di paket berikutnya.", []Kind{R}},
		{"amazon", "Leave a 5-star review and we'll refund 20% of this order.", []Kind{R}},
		{"shopee", "Kak, kasih bintang 5 ya, nanti kami kasih cashback Rp10.000.", []Kind{R}},
		{"amazon", "Post a 5-star review and we'll refund 15% next week.", []Kind{R}},
		// A review thanked, with a code for later: marketing only.
		{"shopify", "Thanks so much for your 5-star review! Here's 10% off your next order with code THANKS10.", []Kind{P}},
		// Neutral requests and service beside a later order.
		{"amazon", "Please consider leaving a review. Your next order will ship from our UK warehouse.", nil},
		{"amazon", "Sorry, we can't give you a discount on your next order. Reviews are always welcome.", nil},
		{"amazon", "Thanks for the review; the 10% coupon you used was applied to this order.", nil},
		{"ebay", "If you leave feedback, I'll leave yours too. The next parcel goes out with DHL tomorrow.", nil},
		// Codes handed out in a chat group.
		{"tiktok", "Chị vào nhóm Zalo VIP qua link để nhận mã giảm giá và đặt trước mẫu áo mới nhé.", []Kind{P}},
	}, R, P)
}
