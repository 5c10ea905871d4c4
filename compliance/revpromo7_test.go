package compliance

import "testing"

// TestReviewAndMarketingWordings covers review manipulation and marketing
// said in constructions the rules did not read: positive-only ratings in
// the cases German, Dutch, Japanese, Hindi and Arabic write them, a low
// rating taken down, taken back or looked at again, rewards for a review
// proven by a screenshot or entered into a draw, follows and sales in
// more languages; and, as clean near misses, the same words where they
// ask nothing or sell nothing: a review left to the buyer's judgement, a
// coupon of the platform's own that has ended, installments at the
// checkout, "so you don't miss it", "something's off".
func TestReviewAndMarketingWordings(t *testing.T) {
	R, P := ReviewManipulation, Promotional
	checkKindsAmong(t, []kindsCase{
		// Positive ratings only.
		{"amazon", "Bitte bewerten Sie unseren Shop mit fünf Sternen, das hilft uns sehr viel.", []Kind{R}},
		{"amazon", "Bent u blij met de lamp? Laat dan een 5-sterrenreview achter.", []Kind{R}},
		{"shopify", "ぜひ星5つの評価をお願いします。", []Kind{R}},
		{"amazon", "कृपया हमें 5 स्टार रेटिंग दीजिए।", []Kind{R}},
		{"shopify", "قيمنا ٥ نجوم من فضلك", []Kind{R}},
		{"lazada", "If everything works, a 5-star rating helps us a lot!", []Kind{R}},
		// A low rating taken down, taken back, looked at again.
		{"shopify", "Would you be willing to take your 2-star review down now that the clasp is fixed?", []Kind{R}},
		{"ebay", "Wenn Sie die negative Bewertung zurücknehmen, lege ich Ihnen ein zweites Kabel bei.", []Kind{R}},
		{"amazon", "Wäre es möglich, Ihre 1-Stern-Bewertung entsprechend anzupassen?", []Kind{R}},
		{"ebay", "Wäre es möglich, die neutrale Bewertung in eine positive zu ändern?", []Kind{R}},
		{"amazon", "您好，能否麻烦您把负评撤掉？", []Kind{R}},
		{"lazada", "Boleh tak cik padam ulasan 1 bintang tu? Kami dah hantar yang baru.", []Kind{R}},
		{"amazon", "Now that the replacement has arrived, could you take another look at your 1-star rating?", []Kind{R}},
		{"lazada", "ลูกค้าคะ รีวิว 2 ดาว รบกวนลบให้หน่อยนะคะ", []Kind{R}},
		{"amazon", "Se potesse togliere quella stellina ci farebbe un grande favore.", []Kind{R}},
		// Rewards: proven by a screenshot, a draw, for the review.
		{"amazon", "Send us a screenshot of your review and we'll post you a free phone stand.", []Kind{R}},
		{"tiktok", "every review you post enters you into our monthly draw for a $50 gift card!", []Kind{R}},
		{"amazon", "Leave a review and DM us the screenshot to be entered into our giveaway.", []Kind{R}},
		{"shopee", "Chị đánh giá kèm ảnh là được tham gia rút thăm trúng quà nha.", []Kind{R}},
		{"amazon", "Kunden, die eine Bewertung schreiben, erhalten eine kostenlose Ersatzbürste.", []Kind{R}},
		{"amazon", "レビューをご投稿いただいたお客様には、サンプルを無料でお送りしております。", []Kind{R}},
		{"amazon", "★5のご評価をいただければ、ギフト券をお送りします。", []Kind{R}},
		{"amazon", "Für jede Bewertung legen wir Ihnen ein Gratismuster bei.", []Kind{R}},
		{"amazon", "Se scrivi una recensione con foto ti rimborsiamo il 15%.", []Kind{R}},
		{"ebay", "Sellers live by feedback, so if you leave a positive one I'll add a little bonus to your parcel.", []Kind{R}},
		{"shopee", "Quem avalia com foto ganha um cupom pra usar aqui na loja!", []Kind{R, P}},
		// Follows, codes and sales.
		{"amazon", "Följ oss på Instagram för nya kollektioner.", []Kind{P}},
		{"tiktok", "Follow our TikTok shop so you catch the Friday restock!", []Kind{P}},
		{"amazon", "En suivant notre marque sur Amazon, vous serez averti des nouveautés.", []Kind{P}},
		{"amazon", "Pour vos prochaines commandes, utilisez le code MERCI10.", []Kind{P}},
		{"shopify", "Tienes un 15 % de descuento con el código NIÑA15.", []Kind{P}},
		{"shopee", "20% off sa lahat ng dresses hanggang Sunday lang po!", []Kind{P}},
		{"amazon", "Our matching brushes are currently 20% off in our storefront.", []Kind{P}},
		{"amazon", "Ab Freitag ist die ganze Serie in unserem Markenshop 20 % günstiger.", []Kind{P}},
		{"shopify", "다음 주에 전 품목 30% 시즌오프 행사가 있어요!", []Kind{P}},
		{"amazon", "Have a look at our new bread knives in the Amazon store.", []Kind{P}},
		{"shopee", "Kak, cek IG kita ya, ada warna baru tiap minggu.", []Kind{P}},
		{"amazon", "In unserem Kanal posten wir jede Woche Rabattcodes.", []Kind{P}},
		{"shopee", "Cảm ơn chị đã ủng hộ shop ạ 💗 Tối mai shop có livestream, giảm 30% toàn bộ áo mới nha!", []Kind{P}},
		{"shopify", "会员积分下次购物可直接抵扣。", []Kind{P}},
		// Clean: reviews thanked, left to the buyer, or not asked for.
		{"amazon", "Vielen Dank für Ihre Bewertung mit 5 Sternen!", nil},
		{"amazon", "Wir haben Ihre Bewertung gelesen und den Fehler behoben.", nil},
		{"shopify", "You're welcome to update your review however you see fit once the replacement arrives.", nil},
		{"ebay", "I'll take the listing down tomorrow, and the feedback you left stays as it is.", nil},
		{"amazon", "Please take another look at the manual, page 4 explains the reset.", nil},
		{"amazon", "能否麻烦您确认一下收货地址？", nil},
		{"lazada", "Boleh tak cik sahkan alamat penghantaran? Terima kasih.", nil},
		{"amazon", "Send us a screenshot of the error message and we'll refund the shipping.", nil},
		{"amazon", "Kunden, die eine Bewertung schreiben möchten, finden den Link in der Bestellübersicht.", nil},
		{"shopify", "Please email us a screenshot of your review if it didn't post, and we'll check with Trustpilot.", nil},
		{"amazon", "レビューをご投稿いただいたお客様、誠にありがとうございました。", nil},
		{"amazon", "Für Ihre Bewertung danken wir Ihnen herzlich.", nil},
		{"amazon", "Thanks for your order! If you have a moment, a review of any kind is welcome.", nil},
		{"amazon", "We hope the rest of your trip is a positive one.", nil},
		// Clean: no marketing.
		{"tiktok", "Size 10 restocks Thursday — tap Notify me on the listing so you don't miss it.", nil},
		{"amazon", "Please email the spelling so I don't miss it.", nil},
		{"shopify", "Yes, Shop Pay installments are available on orders over $50.", nil},
		{"amazon", "Next time something's off with the blender, just message us here.", nil},
		{"amazon", "ご質問のクーポンはAmazonのタイムセール期間限定のもので、すでに終了しております。", nil},
		{"lazada", "Baucar itu dikeluarkan oleh Lazada sendiri untuk flash sale, kedai kami tak boleh ubah.", nil},
		{"amazon", "Amazon takes 15% of the price, so next time it may cost a little more.", nil},
		{"ebay", "Sorry for the wait; every sale here costs us about 13% in fees anyway.", nil},
		{"amazon", "新品と交換いたしますので、届いたら古い方をご返送ください。", nil},
		{"shopify", "若有任何問題，歡迎加入我們的 LINE 官方帳號詢問。", nil},
		{"amazon", "Could you take a look at the new charger we sent and tell us if it works?", nil},
		{"amazon", "Wir posten jede Woche Pflegetipps auf unserem Blog.", nil},
		{"ebay", "I'll knock 10% off this order since the box was dented.", nil},
		{"shopee", "Cảm ơn chị đã mua hàng ạ, shop đã giảm 10% cho đơn này rồi nha.", nil},
	}, R, P)
}
