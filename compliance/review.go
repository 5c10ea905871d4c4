package compliance

// Review manipulation: paying for reviews, asking only for positive ones,
// and asking buyers to change or remove a review. Amazon prohibits
// "incentives for or manipulation of reviews" and "asking to remove or
// change a review"; eBay, Shopee, Lazada and TikTok Shop have the same
// rule, and on the seller's own channels paid reviews break consumer law
// (FTC 16 CFR 465, the EU's Unfair Commercial Practices Directive). A
// neutral request ("please consider leaving a review") is allowed —
// Amazon permits one per order — and is not reported.

func reviewWords(l *lexicon) {
	l.add(cReview, "review", "reviews", "feedback", "feedbacks", "rating", "ratings", "comment", "comments", "star rating", "product review",
		"seller feedback", "testimonial", "trustpilot", "google review", "reseña", "reseñas", "valoración",
		"valoraciones", "opinión", "calificación", "bewertung", "bewertungen", "rezension", "rezensionen", "avis",
		"évaluation", "commentaire", "avaliação", "avaliações", "comentário", "ulasan", "penilaian", "đánh giá",
		"nhận xét", "chấm điểm", "recensione", "recensioni", "valutazione", "valutazioni", "รีวิว", "ให้คะแนน", "评价", "评论", "评分", "留评", "追评", "晒单", "晒图", "レビュー",
		"feedback namin", "puna", "評価", "口コミ", "クチコミ", "商品レビュー", "리뷰", "후기", "평점", "별점", "상품평", "구매평",
		"포토리뷰", "포토 리뷰",
		// Indonesian joins "-nya" (the, your): "ulasannya".
		"ulasannya", "penilaiannya")
	l.add(cStars, "star", "stars", "estrella", "estrellas", "stern", "sterne", "étoile", "étoiles", "estrela",
		"estrelas", "bintang", "estrelinha", "estrelinhas", "estrellitas")
	l.add(cReview|cPositive, "5 star*", "five star*", "5star*", "4 star*", "full star*", "full marks", "5 estrellas",
		"cinco estrellas", "5 sterne", "fünf sterne", "5 étoiles", "cinq étoiles", "5 estrelas", "cinco estrelas",
		"5 stelle", "cinque stelle", "5 bintang", "bintang 5", "bintang lima", "lima bintang", "5 ดาว", "ห้าดาว", "5 sao", "năm sao", "五星",
		"5星", "好评", "五星好评", "好评价", "positive feedback", "positive review", "positive reviews",
		"good review", "great review", "good reviews", "glowing review", "positive rating", "good rating",
		"good feedback", "great feedback", "excellent feedback", "top rating", "reseña positiva", "valoración positiva",
		"buena reseña", "buena valoración", "opinión positiva", "positive bewertung", "gute bewertung", "avis positif",
		"bon avis", "bonne évaluation", "avaliação positiva", "boa avaliação", "ulasan positif", "penilaian positif",
		"ulasan baik", "đánh giá tốt", "đánh giá tích cực", "รีวิวดี", "รีวิวดีๆ", "ให้คะแนนเต็ม", "ให้ 5 ดาว",
		"5 stars rating", "5 estrelinhas", "cinco estrelinhas", "5 estrellitas", "bintang penuh", "full bintang",
		"full stars", "full star",
		"rate us highly", "top marks", "kind words", "nice review", "nice words", "good word", "5 stelline",
		"recensione positiva", "buona recensione", "ottima recensione", "valutazione positiva", "magandang review",
		"magandang feedback", "星5", "星５", "星5つ", "星五つ", "5つ星", "五つ星", "高評価", "良いレビュー", "いいレビュー",
		"★5", "5점", "별 5개", "별5개", "별점 5점", "별점5점", "만점", "좋은 리뷰", "좋은 후기", "좋은 평가", "최고 평점")
	l.add(cReview|cNegative, "negative feedback", "negative review", "negative reviews", "bad review", "neutral feedback",
		"1 star*", "one star*", "2 star*", "two star*", "3 star*", "low rating", "poor review", "bad rating",
		"negative rating", "reseña negativa", "valoración negativa", "mala reseña", "negative bewertung",
		"schlechte bewertung", "avis négatif", "mauvais avis", "avaliação negativa", "ulasan negatif",
		"penilaian negatif", "ulasan buruk", "bintang 1", "1 bintang", "bintang satu", "satu bintang", "đánh giá 1 sao", "đánh giá xấu", "đánh giá tiêu cực", "1 sao",
		"รีวิวไม่ดี", "รีวิวแย่", "差评", "中评", "1星", "一星", "1 ดาว",
		"recensione negativa", "valutazione negativa", "brutta recensione", "低評価", "悪いレビュー", "星1", "나쁜 리뷰",
		"악평", "1점", "낮은 평점")
	l.add(cPositive, "positive", "good", "great", "excellent", "glowing", "perfect", "positiva", "positivo", "buena",
		"buen", "excelente", "gute", "guten", "positiv*", "positif", "bonne", "boa", "ótima", "baik", "bagus", "tốt",
		"tích cực")
	l.add(cNegative, "negative", "bad", "poor", "neutral", "low", "negativa", "negativo", "mala", "schlechte",
		"négatif", "négative", "mauvais", "mauvaise", "ruim", "negatif", "buruk", "tiêu cực", "xấu")
	l.add(cIncentive, "gift*", "free", "freebie", "discount*", "coupon*", "voucher*", "compensat*", "reward*",
		"bonus", "gift card", "money", "cash", "rebate", "complimentary", "on the house", "for free", "regal*", "omaggio", "sconto", "buono", "rimbors*", "gratis", "descuento*", "cupón", "compensación",
		"dinero", "geschenk*", "kostenlos*", "rabatt*", "gutschein*", "cadeau*", "gratuit*", "réduction*",
		"bon d'achat", "presente*", "brinde*", "grátis", "desconto*", "cupom", "hadiah", "percuma", "diskaun",
		"diskon", "baucar", "quà", "quà tặng", "miễn phí", "giảm giá", "phiếu giảm giá", "ของแถม", "ของขวัญ",
		"ส่วนลด", "ฟรี", "เงินคืน", "返现", "红包", "礼品", "礼物", "赠品", "免费", "补偿", "优惠券", "折扣", "现金",
		"奖励", "小礼品", "退您", "返您",
		"store credit", "credit", "samples", "free sample", "little something", "something special",
		"perk", "perks", "prize", "draw", "prize draw", "lucky draw", "raffle", "sweepstake", "sweepstakes",
		"giveaway", "offert", "offerte", "offerts", "offertes", "undian", "抽奖", "libre", "libreng", "premyo", "ギフト券", "ギフトカード", "プレゼント", "割引",
		"クーポン", "無料", "特典", "ポイント", "キャッシュバック", "謝礼", "おまけ", "粗品", "환급", "적립금", "포인트",
		"쿠폰", "할인", "사은품", "선물", "증정", "캐시백", "상품권", "기프티콘", "페이백",
		// Shipping paid by the seller: "ongkir pesanan berikutnya kami
		// tanggung", "gratis ongkir".
		"kami tanggung", "ditanggung", "gratis ongkir", "free ongkir", "bebas ongkir")
	l.add(cRemove, "remove", "removing", "removed", "delete", "deleting", "deleted", "change", "changing", "changed",
		"revise", "revising", "revised", "revision", "update", "updating", "updated", "modify", "modified", "edit",
		"editing", "edited", "amended", "withdraw", "retract", "retracting", "take down", "taking down", "took down",
		"pull down", "pulling down", "taken down", "taken off", "revisit", "revisiting", "look again at",
		"diubah", "dihapus", "diganti", "diedit", "diperbarui", "pakibura", "bura", "burahin na", "pakitanggal",
		"pakipalitan", "pakiedit", "paki-edit", "paki-delete",
		"amend", "reconsider", "upgrade", "raise", "bump up", "eliminar*", "borrar", "cambiar", "cambias", "cambies",
		"modificar", "quitar", "retirar", "actualizar", "cancellare", "cancella", "rimuovere", "rimuovi", "modificare",
		"modifica", "cambiare", "löschen", "entfernen", "ändern", "zurückziehen", "anpassen",
		"korrigieren", "supprimer", "retirer", "modifier", "modifiez", "changer", "changez", "remover", "excluir",
		"alterar", "mudar", "apagar", "atualizar", "padam", "hapus", "ubah", "tukar", "menghapus", "mengubah",
		"memadam", "tarik balik", "xóa", "xoá", "sửa lại", "sửa đổi", "gỡ bỏ", "gỡ xuống", "thay đổi", "chỉnh sửa", "cập nhật", "ลบ", "แก้", "แก้ไข",
		"เปลี่ยน", "删除", "删掉", "删", "撤销", "撤回", "修改", "改", "改成", "删评",
		// Conjugated forms: "se cambia la recensione", "si cambia su reseña".
		"cambia", "cambi", "cambiate", "modifichi", "modificate", "rimuova", "rimuovete", "elimini", "elimina",
		"eliminate", "cancelli", "togliere", "tolga", "aggiorni", "aggiornare", "rivedere", "riveda", "cambie",
		"modifique", "quite", "retire", "borre", "elimine", "actualice", "mude", "altere", "remova", "apague",
		"exclua", "atualize", "ändert", "änderst", "löscht", "entfernt", "korrigiert", "supprime", "retire",
		"modifie", "burahin", "palitan", "baguhin", "i-delete", "idelete", "i-edit", "iedit", "tanggalin",
		"削除", "変更", "修正", "書き換え", "取り下げ", "撤回", "삭제", "수정", "변경", "내려")
	l.add(cRemove|cReview, "feedback revision", "take the review down", "take your review down", "take the feedback down",
		// eBay's German "Bewertungsänderung" (a feedback revision request).
		"bewertungsänderung", "bewertungsänderungen", "anfrage zur bewertungsänderung", "änderung der bewertung",
		"feedback revision request", "revision request")
	l.add(cRemove|cIt, "take it down")
	l.add(cAsk, "leave", "leaving", "give", "giving", "write", "post", "posting", "rate", "drop", "share", "submit",
		"deja", "dejar", "dejes", "dejas", "dejarnos", "danos", "lasci", "lasciare", "lascia", "lasciaci", "publicas",
		"publica", "publicar", "pubblica", "escribe", "escribir", "hinterlassen", "hinterlässt",
		"geben", "schreiben", "abgeben", "laisser", "laissez", "laissent", "donner", "donnez", "deixe", "deixar",
		"deixa", "dar", "escrever", "beri", "berikan", "kasih", "tinggalkan", "memberi", "memberikan", "tulis",
		"để lại", "viết", "chấm", "ให้", "เขียน", "กด", "给", "留", "写", "求", "给个", "留个", "打个", "给我们",
		"lasci", "scriva", "scrivere", "metta", "bigyan", "bigay", "mag-iwan", "iwan", "iwanan", "magbigay",
		"書いて", "書き", "投稿", "つけて", "付けて", "남겨", "남기", "작성", "써 주", "달아")
	l.add(cPlease, "would you mind", "do you mind", "help us", "help our", "mean a lot", "means a lot", "mean the world", "means the world",
		"would love", "we'd love", "love it if", "be great if",
		// A plea phrased as the effect on the seller: "a five-star rating
		// would make our day", "would really help our small shop".
		"make our day", "make my day", "would really help", "would help us", "really helps us", "would be amazing",
		"would be awesome", "would be wonderful", "would be fantastic", "would be much appreciated",
		"would be greatly appreciated", "much appreciated", "greatly appreciated", "would be a huge help",
		"would be a big help", "nos haría muy felices", "würde uns sehr freuen", "nous ferait très plaisir",
		"nos ajudaria muito", "ci farebbe molto piacere", "sangat membantu kami",
		"be thrilled", "would be thrilled", "we'd be thrilled", "love to see", "we'd love to see", "would be delighted",
		"be so grateful", "be very grateful", "be forever grateful")
	// "…and a little surprise gift is yours".
	l.add(cOffer|cYou, "is yours", "are yours", "will be yours")
	// "…vous donne droit à une bougie offerte".
	l.add(cOffer, "donne droit", "donnent droit", "dà diritto", "da derecho", "dá direito")
	// Sharing one's experience is writing a review: "a little thank-you
	// gift for sharing your experience", "share your experience on Amazon
	// and we'll send you a gift card".
	l.add(cReview|cAsk, shareWords...)
	l.add(cReview|cAsk, "分享您的使用体验", "分享使用体验", "分享您的体验", "分享心得", "感想をお聞かせ", "후기를 공유")
	l.add(cIncentive, "token of appreciation", "token of our appreciation", "small token",
		"thank you gift", "thank-you gift", "surprise gift", "little gift", "little present", "small present")
	// "A gift for everyone who leaves a review": the reward is conditional.
	l.add(cCondition|cAsk, "who leave", "who leaves", "who left", "who post", "who posts", "who write", "who writes",
		"who review", "who reviews", "who rate", "who give", "who gives", "que dejen", "die bewerten", "qui laissent",
		"que deixarem", "yang memberi", "yang kasih", "ai đánh giá",
		"くださった方", "いただいた方", "頂いた方", "書いた方", "投稿した方", "작성 시", "작성하신 분", "남기신 분",
		"작성해 주신 분", "남겨 주신 분", "작성해주신 분", "남겨주신 분")
	// "As a thank you for leaving a review, we'll send…" offers a reward.
	l.add(cExchange, "as a thank you", "as a thank you gift", "as a thanks", "as thanks", "to thank you",
		"como agradecimiento", "als dankeschön", "en remerciement", "como agradecimento", "sebagai tanda terima kasih",
		"để cảm ơn", "作为感谢")
	// Review gating: "leave a review only if you're 100% happy — otherwise
	// message us first".
	l.add(cSatisfied, "happy", "satisfied", "pleased", "delighted", "love it", "like it", "love", "loved", "loving", "enjoying",
		"satisfecho", "satisfecha",
		"contento", "contenta", "zufrieden", "satisfait", "satisfaite", "satisfeito", "satisfeita", "soddisfatto",
		"soddisfatta", "puas", "puas hati", "hài lòng", "ưng ý", "masaya", "nasiyahan", "พอใจ", "ถูกใจ", "满意",
		"喜欢", "満足", "気に入", "만족", "마음에 드")
	l.add(cOtherwise, "otherwise", "if not", "less than perfect", "anything less than", "less than satisfied",
		"less than happy", "less than 100%", "not 100%", "if you're not", "if you are not", "if you aren't", "if you're unhappy",
		"if you are unhappy", "only if", "only when", "sonst", "andernfalls", "falls nicht", "nur wenn", "sinon",
		"seulement si", "si non", "de lo contrario", "si no", "solo si", "sólo si", "caso contrário", "se não",
		"somente se", "só se", "altrimenti", "se no", "solo se", "kalau tidak", "jika tidak", "kalau tak", "jika tak",
		"hanya jika", "nếu không", "kung hindi", "否则", "不然", "不满意", "ถ้าไม่", "หากไม่", "でなければ", "ご不満",
		"不満", "불만",
		// "If anything isn't perfect, please message us first instead …
		// before you review."
		"isn't perfect", "is not perfect", "not perfect", "isn't right", "is not right", "first instead",
		"before you review")
	// A review asked for whatever it says is neutral: "leave a review, good
	// or bad".
	l.add(0, "good or bad", "good or not", "positive or negative", "positive or not", "bueno o malo",
		"buena o mala", "positiva o negativa", "gut oder schlecht", "positiv oder negativ", "bon ou mauvais",
		"bonne ou mauvaise", "positif ou négatif", "positive ou négative", "boa ou ruim", "positiva ou negativa",
		"buona o cattiva", "positiva o negativa", "baik atau buruk", "positif atau negatif", "tốt hay xấu",
		"maganda man o hindi", "无论好坏", "好评差评")
	l.add(0, "อุดหนุน") // thanks for the custom (a purchase): thanked
	// Turkish: "5 yıldızlı yorumunuz", "değerlendirme", "iade" (refund).
	l.add(cReview, "yorum", "yorumu", "yorumunuz", "yorumunuzu", "yorumunuzun", "değerlendirme", "değerlendirmeniz",
		"değerlendirmenizi")
	l.add(cReview|cPositive, "5 yıldız*", "beş yıldız*", "olumlu yorum")
	l.add(cIncentive, "iade", "hediye", "indirim", "para iadesi",
		// Money sent to a payment app for a review: "we'll send $15 to your
		// Venmo", "le hacemos un Bizum de 5 €".
		"venmo", "zelle", "bizum", "paypal", "cash app",
		// Prize draws: "quay số trúng nồi chiên", "goes into our draw".
		"quay số", "bốc thăm", "rút thăm", "sorteo", "verlosung", "tirage au sort", "sorteio", "cabutan")
	l.add(cReview|cNegative, "neutrale bewertung", "neutralen bewertung", "neutral rating")
	l.add(cNegative, "neutrale", "neutralen")
	l.add(cRemove, "bump", "bumping")
	// Asked to take a review away in Dutch, Italian and Hindi: "als u de
	// 1-ster beoordeling verwijdert", "als je je negatieve beoordeling
	// intrekt", "se rimuove la recensione negativa", "1 star review hata do".
	l.add(cRemove, "verwijdert", "intrekt", "intrekken", "aanpast", "wijzigt", "rimuove", "toglie", "hata do",
		"hata dijiye", "hata dein", "hata dena", "hatao", "hata lo",
		// "agar aap review hata deti hain" (if you take the review down).
		"hata deti", "hata dete", "hata de", "hata dengi", "hata denge")
	// "quem avalia o produto com foto ganha o cupom".
	l.add(cCondition|cAsk, "quem avalia", "quem avaliar", "quem avaliou", "quien deje", "quienes dejen",
		"everyone who posts", "anyone who posts", "everyone who leaves", "anyone who leaves")
	// More gating: "falls etwas nicht passt, schreiben Sie uns zuerst, bevor
	// Sie bewerten", "if it isn't, please don't go there yet; reply here
	// first", "kalau ada masalah, jangan bagi rating dulu".
	l.add(cOtherwise, "bevor sie bewerten", "bevor du bewertest", "nicht passt", "if it isn't", "if it's not",
		"if it is not", "reply here first", "message us first", "contact us first", "write to us first",
		"kalau ada masalah", "jika ada masalah", "jangan bagi rating", "jangan kasih rating", "antes de avaliar",
		"antes de valorar", "avant de laisser un avis", "trước khi đánh giá", "yoksa")
	l.add(cAsk, "bagi", "bewerten", "bewertest")
	l.add(cSatisfied, "everything you hoped for", "beğendiyseniz", "memnun")
	// Holdout14: a shipping refund, a warranty extension or a gift for a
	// review; a prize draw among reviewers; "reviews this month get their
	// shipping cost back".
	l.add(cIncentive, "shipping cost back", "shipping costs back", "shipping back", "postage back",
		"shipping refund", "shipping refunded", "postage refund", "postage refunded", "extend", "extended warranty",
		"warranty extension", "extra warranty", "gửi tặng", "tặng thêm", "tặng kèm")
	l.add(cExchange, "als kleines dankeschön", "kleines dankeschön", "as a small thank you", "as a little thank you")
	l.add(cReview|cCondition|cAsk, "who review", "who reviews", "who reviewed")
	// Holdout15: gating ("if anything's off, message us here first before
	// you post anything", "kalau … ada cacat, tahan dulu ulasannya"), a
	// warranty extension, a prize among those who shared their thoughts, a
	// coupon for the link to a review, postage sent back for a positive
	// rating.
	l.add(cOtherwise, "if anything's off", "if anything is off", "if something's off", "if something is off",
		"message us here first", "contact us here first", "reply here first", "before you post", "tahan dulu")
	l.add(cSatisfied, "cocok")
	l.add(cIncentive, "garantieverlängerung", "garantieverlaengerung", "garantie verlängert", "vous renvoie",
		"je vous renvoie", "frais de port")
	l.add(cCondition|cAsk, "die uns eine bewertung", "die eine bewertung", "who's shared", "who has shared",
		"who have shared", "qui a partagé")
	l.add(cReview|cAsk, "shared their thoughts", "share their thoughts", "shares their thoughts", "sharing their thoughts",
		"link to your review", "votre note positive", "note positive")
	l.add(cReview|cCondition|cAsk, "who share their review", "who shares their review", "who share their reviews",
		"who shared their review", "who share a review", "who shares a review")
	l.add(cReviewFixed, "reviewer at random", "reviewers at random", "random reviewer", "random reviewers",
		"lucky reviewer", "lucky reviewers")
	// "It would mean a lot if your 1-star rating could reflect how things
	// turned out" after a replacement sent free.
	l.add(cRemove, "could reflect", "would reflect", "might reflect", "can reflect")
	// Gating: "Happy with it? A positive feedback would be great. Not
	// happy? Don't go straight to feedback"; "Kalau suka, kami hargai
	// sangat 5 bintang … jangan terus bagi rating rendah".
	l.add(cSatisfied|cCondition, "happy with it", "happy with them", "suka")
	l.add(cOtherwise, "not happy", "don't go straight", "do not go straight", "jangan terus", "jangan terus bagi")
	l.add(cPlease, "would be great", "kami hargai", "amat dihargai", "sangat dihargai")
	// The training batches: gating in German, Spanish, Dutch and French
	// ("Wenn alles passt … Wenn nicht, bitte zuerst kontaktieren", "Bent u
	// tevreden … Bent u niet tevreden, neem dan eerst contact met ons op",
	// "Si vous êtes satisfait … En cas de souci, contactez-moi d'abord").
	l.add(cSatisfied, "alles passt", "tevreden", "satisfait", "satisfaite", "satisfaits", "te encanto")
	l.add(cSatisfied|cCondition, "bent u tevreden", "ben je tevreden")
	l.add(cPlease, "freue ich mich", "freuen wir uns", "me ferait plaisir", "me ferait tres plaisir",
		"nous ferait plaisir", "alstublieft")
	l.add(cOtherwise, "wenn nicht", "falls nicht", "zuerst kontaktieren", "zuerst bei mir", "zuerst bei uns",
		"keine bewertung abgeben", "bevor sie eine bewertung", "antes de calificar", "si algo no te gusto",
		"niet tevreden", "eerst contact", "voordat u een beoordeling", "en cas de souci", "contactez-moi d'abord",
		"contactez-nous d'abord", "d'abord avant")
	// Fresh batches (holdout19–22, train7–9): pleas that say what a good
	// rating would do for the shop ("une note 5 étoiles nous aiderait
	// énormément", "uma avaliação 5 estrelas faria toda a diferença", "a
	// kind review goes a long way"), Hindi asks ("positive feedback de
	// dijiye").
	l.add(cPlease, "would mean", "would be lovely", "would be nice", "serait top", "serait génial", "serait super",
		"nous aiderait", "m'aiderait", "nos ayudaría", "nos ayudaria", "me ayudaría", "nos ajudaria", "me ajudaria",
		"faria toda a diferença", "haría toda la diferencia", "ferait toute la différence", "would make all the difference",
		"makes all the difference", "goes a long way", "go a long way", "würde uns helfen", "würde uns sehr helfen",
		"hilft uns sehr", "ci aiuterebbe", "farebbe la differenza")
	l.add(cAsk, "de dijiye", "dijiye", "de dena", "de dijiyega", "de do", "dedo", "de dein", "bırakır mısınız",
		"bırakabilir misiniz", "bırakın", "verir misiniz", "verebilir misiniz")
	l.add(cReview|cPositive, "kind review", "kind reviews", "lovely review", "kind feedback", "kind rating")
	l.add(0, "hold off", "holding off", "held off")
	// Tagalog: "sa mga nag-iwan ng review … may libreng keychain".
	l.add(cCondition|cAsk, "mga nag-iwan", "nag-iwan", "mga nag-review", "mga nagbigay")
	// A review asked to mention something is asked for: "si menciona el
	// regalo en su reseña", "if your review mentions our brand".
	l.add(cAsk, mentionWords...)
	// Low ratings by their stars: "esa reseña de una estrella", "ulasan
	// bintang 2-nya", "Ihre 1-Stern-Bewertung".
	l.add(cReview|cNegative, "una estrella", "1 estrella", "dos estrellas", "2 estrellas", "una sola estrella",
		"une étoile", "1 étoile", "deux étoiles", "2 étoiles", "uma estrela", "1 estrela", "duas estrelas", "2 estrelas",
		"1 stern", "einen stern", "2 sterne", "zwei sterne", "una stella", "1 stella", "due stelle", "2 stelle",
		"bintang 2", "2 bintang", "bintang dua", "dua bintang", "2 sao", "2 ดาว", "二星", "2星", "星2", "별 1개", "별 2개")
	// Spanish, Portuguese and Italian join the pronoun to the verb:
	// "¿podrías retirarla?", "poderia removê-la?".
	l.add(cRemove|cIt, "retirarla", "retirarlo", "quitarla", "quitarlo", "borrarla", "borrarlo", "eliminarla",
		"eliminarlo", "cambiarla", "cambiarlo", "modificarla", "modificarlo", "actualizarla", "actualizarlo", "editarla",
		"editarlo", "removê-la", "removê-lo", "apagá-la", "apagá-lo", "alterá-la", "alterá-lo", "retirá-la", "excluí-la",
		"rimuoverla", "rimuoverlo", "cancellarla", "cancellarlo", "modificarla", "toglierla", "toglierlo")
	l.add(cRemove, "nach oben korrigieren", "nach oben anpassen", "nach oben setzen")
	// What is slipped into the next parcel is a gift: "we tuck a little
	// surprise into the next parcel", "le metemos otro igual en el
	// próximo paquete".
	l.add(cIncentive|cNext, "next parcel", "next package", "próximo paquete", "próximo envío", "nächsten paket",
		"nächste paket", "prochain colis", "paket berikutnya", "prossimo pacco", "próximo pacote")
	l.add(cIncentive, "little surprise", "small surprise", "surprise gift", "otro igual", "otra igual", "another one free")
	// "…a gift card once you've left your review".
	l.add(cAsk, "you've left", "you have left", "you left", "you've posted", "you have posted", "you've written",
		"you have written", "you've submitted", "you've shared")
	l.add(cIncentive, "bonusnya", "hadiahnya")
	// holdout27–32: a review taken off ("se você tirar a avaliação
	// negativa", "retirer l'évaluation négative", "sửa đánh giá 1 sao"), a
	// middling rating raised ("review bintang 3 nya bisa diganti jadi 5"),
	// asks in Spanish, Vietnamese and Korean ("déjanos 5 estrellitas", "cho
	// shop 5 sao nha", "별 5개 리뷰 부탁드리고"), "rate us well".
	// "sửa" alone folds to "sua" (Portuguese "your"): only its phrases.
	l.add(cRemove, "tirar", "tire", "tirem", "sửa giúp")
	l.add(cRemove|cReview, "sửa đánh giá", "sửa lại đánh giá")
	l.add(cReview, "l'évaluation", "l'avis", "d'avis", "d'évaluation", "votre évaluation")
	l.add(cReview|cNegative, "l'évaluation négative", "l'avis négatif", "bintang 3", "3 bintang", "bintang tiga",
		"3 sao", "3 ดาว", "3 estrellas", "3 estrelas", "3 étoiles", "3 sterne", "3 stelle")
	l.add(cAsk, "déjanos", "déjenos", "déjame", "cho shop", "cho mình", "cho em")
	l.add(cPlease, "부탁", "nha", "nhe", "wir würden uns", "würden uns", "würden wir uns")
	l.add(cReview|cPositive|cAsk, "rate us well", "rate me well", "rate well", "rate us good", "rate us highly")
	// Session revpromo7: ratings by their stars in the cases German, Dutch,
	// Italian, Korean and Hindi write them ("bewerten Sie uns mit 5
	// Sternen", "een 5-sterrenreview", "quella stellina", "별 다섯 개",
	// "5 स्टार रेटिंग"); pleas that say a rating helps ("das hilft uns
	// enorm", "helps us a lot", "boleh dong dibantu bintang 5"); asks
	// made by the seller ("bitten wir um eine 5-Sterne-Bewertung"), and
	// in Italian ("se pubblichi una recensione").
	l.add(cStars, "sternen", "stellina", "stelline", "स्टार")
	l.add(cReview|cPositive, "5 sternen", "fünf sternen", "5 sterrenreview", "vijf sterrenreview", "5 sterren review",
		"별 다섯 개", "별 다섯개", "별점 다섯 개", "5 स्टार", "पांच स्टार", "पाँच स्टार", "5 نجوم")
	l.add(cReview, "sterrenreview", "रेटिंग", "रिव्यू", "समीक्षा")
	l.add(cReview|cNegative, "una stellina", "quella stellina", "1 stellina", "负评", "负面评价", "1 sternen",
		"einem stern")
	l.add(cPlease, "helps us a lot", "helps us so much", "helps us a ton", "helps us enormously", "helps a lot",
		"hilft uns enorm", "hilft uns sehr viel", "das hilft uns", "nos ayuda mucho", "nous aide beaucoup",
		"ajuda muito", "ci aiuta molto", "ci aiuta tantissimo", "sangat membantu", "membantu kami", "dibantu",
		"boleh dong", "कृपया")
	l.add(cAsk|cPlease, "bitten wir um", "bitten wir sie um", "bitten wir dich um", "bitte um", "vragen wij om",
		"vragen we om")
	l.add(cAsk, "pubblichi", "pubblicate", "scrivi", "scrivete", "lasciate", "दें", "दीजिए", "दीजिये")
	// Taken down, taken back, looked at again: "take the 1-star down",
	// "Ihre negative Bewertung zurücknehmen", "Ihre 2-Sterne-Bewertung
	// anzupassen", "把那条差评撤掉", "take another look at your rating",
	// "عدّل التقييم".
	l.add(cRemove, "zurücknehmen", "zurückzunehmen", "zurücknimmt", "anzupassen", "abzuändern", "abändern",
		"zurückzuziehen", "撤掉", "撤下", "拿掉", "删了", "take another look at", "have another look at",
		"another look at", "عدل", "عدلي", "عدلوا")
	// "Boleh tak encik padam review 1 bintang tu?" asks; it denies nothing.
	l.add(0, "boleh tak", "boleh ke tak", "bisa tak")
	l.add(0, freeChoicePhrases...)
	// Rewards: "eine Gratisflasche", "ร้านแถมยางมัดผม", "샘플 3종", "₹100
	// कैशबैक", "ونرجع لك ٢٠ ريال".
	l.add(cIncentive, "gratis*", "แถม", "샘플", "कैशबैक", "मुफ्त", "उपहार", "गिफ्ट")
	l.add(cRefund|cIncentive, "نرجع لك", "نرجعلك")
	// The reviewers a reward goes to, with the review in the phrase: "Kunden,
	// die uns eine Bewertung … hinterlassen", "quem avalia o produto",
	// "one customer who's shared their thoughts", "ご投稿いただいたお客様".
	l.add(cReview|cCondition|cAsk, "die uns eine bewertung", "die eine bewertung", "quem avalia", "quem avaliar",
		"quem avaliou", "who's shared their thoughts", "who has shared their thoughts", "who have shared their thoughts",
		"who's shared their experience", "who has shared their experience", "who have shared their experience")
	l.add(cCondition|cAsk, "mga nag iwan", "nag iwan", "mga nag review", "mga nagbigay ng", "いただいたお客様",
		"頂いたお客様", "くださったお客様", "投稿いただいた", "ご投稿いただいた", "投稿頂いた")
	// Entered into a draw: "every review u leave enters u into our monthly
	// giveaway", "DM the screenshot to be entered into our draw", "được
	// tham gia quay số".
	// "ぜひ星5つのレビューをお願いいたします": Japanese asks with お願い.
	l.add(cPlease, "お願い")
	// "…legen wir Ihnen gern eine Gratisflasche bei": enclosed as a gift.
	l.add(cOffer, "legen wir", "beilegen", "beifügen", "dazulegen", "legen ihnen")
	l.add(cOffer, "enters you", "enters u", "enter you", "be entered", "get entered", "entered into", "được tham gia")
	l.add(cReviewFixed, "好评返现", "返现", "晒图返现", "好评有礼", "好评送", "好评返", "五星返", "返现金", "评价返现",
		"review for refund", "refund for review", "好评有奖", "评价有礼", "晒图有礼", "レビュー特典", "レビュー投稿で",
		"리뷰 이벤트", "리뷰이벤트", "포토리뷰 이벤트", "리뷰 적립금")
	// holdout47–50: Italian asks with the pronoun joined ("volesse
	// lasciarci una recensione a 5 stelle") and the seller's gratitude as
	// the plea ("le saremmo grati se…"); Tamil writes the English words
	// in its script ("5 ஸ்டார் ரேட்டிங் மட்டும் கொடுங்க", only five stars,
	// please give) and asks after the rating.
	l.add(cAsk, "lasciarci", "lasciarla", "lasciarne")
	l.add(cPlease, "le saremmo grati", "saremmo grati", "le saremmo molto grati", "saremmo molto grati",
		"le saremmo grate", "saremmo grate")
	l.add(cReview, "ரேட்டிங்", "ரிவ்யூ", "விமர்சனம்", "மதிப்பீடு")
	l.add(cStars, "ஸ்டார்", "நட்சத்திரம்", "நட்சத்திரங்கள்")
	l.add(cReview|cPositive, "5 ஸ்டார்", "ஐந்து ஸ்டார்", "5 நட்சத்திரம்", "ஐந்து நட்சத்திரம்")
	l.add(cAsk, "கொடுங்க", "கொடுங்கள்", "போடுங்க", "போடுங்கள்", "தாங்க")
	l.add(cPlease, "தயவுசெய்து", "தயவு செய்து")
}

// findReviewManipulation applies the review rules sentence by sentence.
func (sc *scan) findReviewManipulation() {
	const (
		ruleIncentive = "incentive offered for a review"
		rulePositive  = "asks for a positive review only"
		ruleRemove    = "asks to change or remove a review"
	)
	sc.sentences(func(a, b int) {
		for i := a; i < b; i++ {
			u := sc.units[i]
			if u.mask&cReviewFixed != 0 && !sc.negated(i) {
				sc.addUnits(ReviewManipulation, i, i, ruleIncentive)
			}
			if u.mask&cAsk != 0 && sc.is(i+1, "one", "us one", "me one") {
				// "5-star reviews keep us going. Would you mind leaving one?"
				for j := i - 1; j >= 0 && i-j <= 15 && sc.units[j].sent >= u.sent-1; j-- {
					if sc.units[j].mask&cReview != 0 && sc.positiveReview(j) && !sc.thanked(j) {
						sc.addUnits(ReviewManipulation, j, i+1, rulePositive)
						break
					}
				}
			}
			if k := sc.suppressed(i); k >= 0 {
				sc.addUnits(ReviewManipulation, min(i, k), max(i, k), ruleIncentive)
				continue
			}
			// "We understand you'd like us to take down the review, but
			// sellers can't remove or edit customer reviews": the buyer's
			// wish, refused.
			if u.mask&cRemove != 0 && !sc.leftToBuyer(i) && !sc.wishRefused(i) {
				if r := sc.removedReview(i, a); r >= 0 {
					sc.addUnits(ReviewManipulation, min(i, r), max(i, r), ruleRemove)
				}
			}
			if r := sc.particleRemove(i); r >= 0 {
				sc.addUnits(ReviewManipulation, i, r, ruleRemove)
			}
			if u.mask&cReview != 0 && sc.thanked(i) {
				if k := sc.thanksReward(i); k >= 0 {
					sc.addUnits(ReviewManipulation, i, k, ruleIncentive)
					continue
				}
			}
			if u.mask&cReview == 0 && !sc.ratingAlone(i) || !sc.reviewNoun(i) || sc.thanked(i) || !sc.reviewContext(i, a, b) {
				continue
			}
			positive := sc.positiveReview(i)
			wa, wb := sc.around(i, 25)
			// A warning describes someone else's offer: "someone pretending
			// to be our store may offer you cashback for reviews. That is
			// not us".
			warned := sc.warning(i)
			// "Please contact us before leaving feedback if anything is
			// wrong — we'll fix it or refund you": the problem is what is
			// made good, and no review is asked for.
			if !positive && sc.contactFirst(i, wa, wb) {
				continue
			}
			if k := sc.incentiveFor(i, wa, wb, positive); k >= 0 && !warned {
				sc.addUnits(ReviewManipulation, min(i, k), max(i, k), ruleIncentive)
				continue
			}
			if k := sc.offeredAfter(i, b); k >= 0 && !warned {
				sc.addUnits(ReviewManipulation, i, k, ruleIncentive)
				continue
			}
			if k := sc.offeredBefore(i, a); k >= 0 && !warned {
				sc.addUnits(ReviewManipulation, k, i, ruleIncentive)
				continue
			}
			// "kami tidak bisa kasih voucher untuk ulasan bintang 5" (we
			// can't give a voucher for a 5-star review): the reward denied,
			// no review asked for.
			if k := sc.askStart(i, a); positive && k < i && sc.negated(k) && sc.first(k+1, i, cIncentive) >= 0 {
				continue
			}
			if positive && sc.asked(i, wa, wb) {
				sc.addUnits(ReviewManipulation, sc.askStart(i, a), i, rulePositive)
				continue
			}
			if g := sc.gated(i, wa, wb); g >= 0 {
				sc.addUnits(ReviewManipulation, min(i, g), max(i, g), rulePositive)
			}
		}
	})
}

// gated returns the unit that makes the review request at i conditional
// on the buyer being satisfied while steering the others elsewhere —
// review gating: "only leave a review if you're 100% happy, otherwise
// message us first", "wenn Sie zufrieden sind, bewerten Sie uns, sonst
// schreiben Sie uns". A request merely conditioned on satisfaction ("if
// you're happy, a review would be lovely") is neutral. -1 if none.
func (sc *scan) gated(i, a, b int) int {
	if sc.prev(i, cAsk, 5) < 0 && sc.next(i, cAsk, 3) < 0 && sc.first(a, b, cPlease) < 0 {
		return -1
	}
	s := sc.satisfied(a, b)
	if s < 0 {
		return sc.onlyIfAfter(b)
	}
	if c := sc.prev(s, cCondition|cOtherwise, 5); c < 0 && sc.next(s, cCondition, 3) < 0 {
		return -1
	}
	// The other branch, in this sentence or the next: "otherwise", "if
	// not", "only if".
	for j := a; j < len(sc.units) && j-i <= 30 && sc.units[j].sent <= sc.units[i].sent+1; j++ {
		if sc.units[j].mask&cOtherwise != 0 {
			return j
		}
	}
	if sc.is(sc.prev(i, cAsk, 5)-1, "only", "solo", "nur", "seulement", "apenas", "hanya", "chỉ") {
		return s
	}
	return -1
}

// onlyIfAfter returns the condition of satisfaction that opens the
// sentence at b, after a review request: "Would you mind leaving us a
// review? trustpilot.com/… — only if you're happy with everything
// though!" Not a condition of the seller's own: "We refund only if…".
// -1 if none.
func (sc *scan) onlyIfAfter(b int) int {
	for j := b; j < len(sc.units) && j-b <= 8 && sc.units[j].sent == sc.units[b].sent; j++ {
		if sc.units[j].mask&(cWe|cOffer|cAsk|cIncentive) != 0 {
			return -1
		}
		if onlyIf[sc.text(j)] {
			if s := sc.next(j, cSatisfied, 4); s >= 0 && !sc.negated(s) {
				return s
			}
		}
	}
	return -1
}

// satisfied returns the first condition of satisfaction in [a, b) that
// is not the other branch: in "if you're not happy, message me before
// leaving feedback" only the unhappy buyer is spoken to, which is the
// customer service the convention allows. -1 if none.
func (sc *scan) satisfied(a, b int) int {
	for s := sc.first(a, b, cSatisfied); s >= 0; s = sc.first(s+1, b, cSatisfied) {
		// "only if you loved it" is the happy branch itself.
		if o := sc.prev(s, cOtherwise, 3); sc.negated(s) || o >= 0 && sc.units[o].clause == sc.units[s].clause && !onlyIf[sc.text(o)] {
			continue
		}
		return s
	}
	return -1
}

// askAfter are the asks of languages that put the verb after the review.
var askAfter = foldSet("de dijiye", "dijiye", "de dena", "de dijiyega", "de do", "dedo", "de dein", "bırakır mısınız",
	"கொடுங்க", "கொடுங்கள்", "போடுங்க", "போடுங்கள்",
	"bırakabilir misiniz", "bırakın", "verir misiniz", "verebilir misiniz")

// mentionWords ask for something to be said in a review.
var mentionWords = []string{"mention", "mentions", "mentioning", "menciona", "mencione", "mencionar", "mencionas", "nombra",
	"nombras",
	"erwähnen", "erwähnt", "mentionnez", "mentionner", "mencionar", "menzioni", "menzionare", "sebutkan", "nhắc đến",
	"提到", "提及"}

var onlyIf = foldSet("only if", "only when", "nur wenn", "seulement si", "solo si", "sólo si", "somente se", "só se",
	"solo se", "hanya jika")

// sharePhrases read as a review only where a review is in view: "share
// your experience on Amazon", "a gift for sharing your experience in a
// review"; not "share your experience with the setup so we can help".
var sharePhrases = foldSet(append(shareWords, "shared their thoughts", "share their thoughts", "shares their thoughts",
	"sharing their thoughts")...)

// shareWords are sharing one's experience, in the scripts that fold
// word by word.
var shareWords = []string{"share your experience", "sharing your experience", "share your thoughts",
	"sharing your thoughts", "share your opinion", "sharing your opinion", "share your honest experience",
	"shared your experience", "shared your thoughts", "post your thoughts", "posted your thoughts",
	"share their experience", "shares their experience", "shared their experience", "sharing their experience",
	"post your experience", "posted your experience", "leave your thoughts", "left your thoughts",
	"tell others about", "tell other customers", "tell other buyers", "comparte tu experiencia",
	"compartir tu experiencia", "teilen sie ihre erfahrung", "ihre erfahrung teilen", "partagez votre expérience",
	"partager votre expérience", "compartilhe sua experiência", "condividi la tua esperienza",
	"condividere la sua esperienza", "kongsi pengalaman", "bagikan pengalaman", "chia sẻ trải nghiệm"}

// reviewContext reports whether the review at i is one: a share phrase
// needs a review, stars, a platform or a screenshot in its sentence.
func (sc *scan) reviewContext(i, a, b int) bool {
	if !sharePhrases[sc.text(i)] {
		return true
	}
	for j := a; j < b; j++ {
		if j != i && (sc.units[j].mask&(cReview|cStars|cPlatform) != 0 || sc.is(j, "screenshot", "other customers", "other buyers", "other shoppers")) {
			return true
		}
	}
	return false
}

// ratingAlone reports eBay's feedback named by its rating alone: "a
// positive would be lovely", "leave me a positive, please"; not "a
// positive attitude".
func (sc *scan) ratingAlone(i int) bool {
	u := sc.units[i]
	if u.mask&cPositive == 0 || !sc.is(i-1, "a") {
		return false
	}
	return i+1 >= len(sc.units) || sc.units[i+1].clause != u.clause || sc.units[i+1].mask&cPlease != 0 ||
		sc.is(i+1, "would", "instead", "please", "pls", "too", "now", "when", "once", "if", "from", "for", "back") ||
		// "Sellers live and die by feedback, so if you leave a positive
		// one…": the one is the feedback named before.
		sc.is(i+1, "one") && sc.prev(i, cReview, 12) >= 0
}

// reviewNoun reports whether the review word at i is the noun: "review"
// in "we will review the photos" is a verb.
func (sc *scan) reviewNoun(i int) bool {
	if !sc.is(i, "review", "rate") {
		return true
	}
	if sc.is(i-1, "a", "an", "the", "your", "my", "our", "this", "that", "every", "each", "honest", "quick", "short") ||
		i > 0 && sc.units[i-1].mask&(cPositive|cNegative) != 0 {
		return true // "leaves a review this month"
	}
	n := i + 1
	if n < len(sc.units) && sc.units[n].sent == sc.units[i].sent &&
		(sc.units[n].mask&(cIt|cYou|cSelf|cUs) != 0 || sc.is(n, "the", "all", "these", "those", "each", "every")) {
		return sc.is(i, "rate") && sc.units[n].mask&cUs != 0 // "rate us 5 stars" asks for a rating
	}
	return true
}

// thanked reports whether the review at i is being thanked for, not asked
// for: "thank you for your 5-star review", "感谢您的五星好评".
func (sc *scan) thanked(i int) bool {
	t := sc.prev(i, cThanks, 6)
	if t < 0 || sc.units[t].clause != sc.units[i].clause {
		return sc.givenReview(i)
	}
	// Thanks for the order, then the review asked for: "Salamat sa order 💛
	// Kapag nag-5 stars po kayo …", "ขอบคุณที่อุดหนุนนะคะ 💕 รีวิว 5 ดาว…".
	for j := t + 1; j < i; j++ {
		if sc.units[j].mask&(cCondition|cOrderRef|cOrderVerb) != 0 || sc.is(j, "อุดหนุน") {
			return false
		}
	}
	// "Shop cảm ơn bạn nhiều ạ 🥰 Bạn đánh giá 5 sao…": far from the
	// thanks, with nothing saying the thanks is for it, a new request.
	return i-t <= 3 || sc.first(t+1, i, cFor|cPast) >= 0
}

// givenReview reports a review the buyer has left, thanked for earlier
// in its sentence or in the sentence before: "Thank you so much, we
// really appreciate your 5-star review", "Thank you! Your glowing review
// means a lot". Not "Thanks for your order! Your 5-star review would mean
// a lot" or "we'd really appreciate your 5-star review", which ask for
// one.
func (sc *scan) givenReview(i int) bool {
	if !(sc.is(i-1, "your", "ur") || sc.is(i-2, "your", "ur")) {
		return false
	}
	sent := sc.units[i].sent
	thanks := false
	for j := i - 1; j >= 0 && i-j <= 30 && sc.units[j].sent >= sent-1; j-- {
		if sc.units[j].mask&(cAsk|cCondition) != 0 && sc.units[j].sent == sent {
			return false
		}
		// "Text a screenshot of your 5-star review to …": a review to be
		// proven is still to be written.
		if proofWords[sc.text(j)] && sc.units[j].sent == sent {
			return false
		}
		// "Thanks for your order!" thanks for the order, not the review.
		if sc.units[j].mask&cThanks != 0 && sc.units[j].sent < sent && sc.is(j+1, "for") && sc.next(j+1, cOrderRef|cOrderVerb, 2) >= 0 {
			continue
		}
		// "we'd really appreciate your 5-star review" asks.
		if sc.is(j, "appreciate") && (sc.is(j-1, "would", "we'd", "i'd") || sc.is(j-2, "would", "we'd", "i'd")) {
			return false
		}
		thanks = thanks || sc.units[j].mask&cThanks != 0 || sc.is(j, "appreciate", "appreciated")
	}
	for j := i + 1; thanks && j < len(sc.units) && sc.units[j].sent == sent; j++ {
		if sc.is(j, "would", "could", "will", "can", "'d", "we'll", "i'll") {
			return false
		}
	}
	return thanks
}

// positiveReview reports whether the review at i is qualified as positive:
// "5-star review", "positive feedback", "reseña positiva", "好评".
func (sc *scan) positiveReview(i int) bool {
	if sc.units[i].mask&cPositive != 0 {
		return true
	}
	for _, j := range [...]int{i - 2, i - 1, i + 1, i + 2} {
		if j >= 0 && j < len(sc.units) && sc.units[j].clause == sc.units[i].clause && sc.units[j].mask&cPositive != 0 {
			return true
		}
	}
	return false
}

// thanksReward returns a discount or code for a later order tied to the
// thanks for a positive review at i, in the review's sentence or the
// next: "Thanks for the 5 stars!! As a thank-you here's 15% off your next
// order", "thanks for the 5-star review! As promised, here's your code for
// 30% off", "here's a little something back: 25% off your next purchase".
// Paid after the fact, it is still a reward for the rating. A code for
// later with nothing tying it to the review ("Thanks for your 5-star
// review! Here's 10% off your next order") is marketing only, and so is a
// discount after a review not called positive ("thanks for the review! As
// a returning customer, here's 25% off"). -1 if none.
func (sc *scan) thanksReward(i int) int {
	if !sc.positiveReview(i) || sc.prev(i, cThanks, 6) < 0 {
		return -1
	}
	sent := sc.units[i].sent
	tied := false
	for c := i + 1; c < len(sc.units) && c-i <= 25 && sc.units[c].sent <= sent+1; c++ {
		tied = tied || sc.thanksTie(c)
		if tied && sc.laterCredit(c) && sc.laterOrder(c, 8) >= 0 {
			return c
		}
	}
	return -1
}

// thanksTie reports unit t tying a reward to the thanks before it: "as a
// thank-you", "as promised" (promised for the review before it was
// written), "a little something back".
func (sc *scan) thanksTie(t int) bool {
	return sc.units[t].mask&cExchange != 0 || sc.is(t, "promised") && sc.is(t-1, "as") ||
		sc.is(t, "back") && sc.is(t-1, "something", "little something")
}

// incentiveFor returns an incentive in the sentence tied to the review at
// i, or -1. Both appearing is not enough ("we refunded you; a review is
// welcome"): the review must be positive, the incentive offered in
// exchange, for the review, or on the condition of it.
func (sc *scan) incentiveFor(i, a, b int, positive bool) int {
	exchange := sc.first(a, b, cExchange) >= 0
	for k := a; k < b; k++ {
		if k == i || sc.units[k].mask&(cIncentive|cMoney|cPercent) == 0 || sc.units[k].mask&cReview != 0 {
			continue
		}
		// "We can't offer gifts, refunds or discounts in exchange for
		// reviews", "You asked if we'd send a free candle for a review — we
		// don't do that".
		if sc.incentiveDenied(k) || sc.wishRefused(k) {
			continue
		}
		switch {
		case positive:
			return k
		case exchange:
			return k
		}
		// "a $10 gift card for a review", "regalo por tu reseña".
		if f := sc.prev(i, cFor, 3); f > k && sc.prev(f, cThanks, 2) < 0 {
			return k
		}
		// "if you leave a review, we'll send a gift"; "we'll refund you
		// once you update your review".
		// The review may carry its own condition: "a free scrunchie set to
		// customers who share their review".
		c := sc.prev(i, cCondition, 7)
		if c < 0 && sc.units[i].mask&cCondition != 0 {
			c = i
		}
		if c >= 0 && (sc.first(c, i+1, cAsk|cRemove) >= 0 || sc.units[c].mask&cAsk != 0 || sc.positiveReview(i)) {
			if k > i || sc.prev(k, cOffer, 5) >= 0 && sc.prev(k, cPast, 5) < 0 {
				return k
			}
		}
		// Japanese and Korean put the condition after the review: "レビュー
		// を書いていただければ、ギフト券を…", "리뷰 남겨주시면 … 환급".
		if c := sc.next(i, cCondition, 4); c >= 0 && k > c && sc.units[c].kind == uScript {
			return k
		}
		// "write us an honest review and we will reimburse you", "reviews
		// with photos get a free gift".
		if o := sc.prev(k, cOffer|cFor, 5); k > i && o > i && (sc.units[i].mask&cAsk != 0 || sc.prev(i, cAsk, 4) >= 0 || receives[sc.text(o)]) {
			return k
		}
		// "Für eine Bewertung … legen wir Ihnen eine Gratisflasche bei",
		// "for every review we send a free sample": for the review, the
		// reward offered after it.
		if f := sc.prev(i, cFor, 2); f >= 0 && k > i && sc.prev(k, cOffer, 6) > i && sc.prev(f, cThanks, 4) < 0 && sc.prev(sc.prev(k, cOffer, 6), cPast, 2) < 0 {
			return k
		}
		// A review proven to the seller, then the reward: "send us
		// screenshot of your review and we add you to VIP list for 25%
		// off", "email a screenshot of your review … and we'll refund $5".
		if k > i && sc.proofNear(i) && !sc.doneAlready(k) && !sc.negated(k) {
			return k
		}
		// An imperative request, then the reward further on: "share your
		// experience on Amazon and email us a screenshot, and we'll send
		// you our e-book plus a $10 gift card".
		if k > i && (sc.units[i].mask&cAsk != 0 || sc.prev(i, cAsk, 2) >= 0) {
			if o := sc.prev(k, cOffer, 10); o > i && sc.prev(o, cPast, 2) < 0 && !sc.negated(o) {
				return k
			}
		}
	}
	return -1
}

// incentiveDenied reports the incentive at k denied as an offer: a denial
// before it in its clause with nothing between that names a review or
// sets a condition ("we never offer refunds or gifts for reviews", "Wir
// bieten keine Rückzahlungen im Austausch für Bewertungen an", "no
// podemos ofrecer reembolsos a cambio de reseñas"), or a later item of a
// list whose first item is so denied ("We can't offer gifts, refunds or
// discounts…", "We do not give free products, gift cards or cashback
// for reviews"). Not "don't forget to leave a 5-star review for your free
// gift": the review comes between.
func (sc *scan) incentiveDenied(k int) bool {
	for j := k; j >= 0 && k-j <= 8 && sc.units[j].sent == sc.units[k].sent; j-- {
		v := sc.units[j]
		if v.mask&cIncentive != 0 && sc.offerDenied(j) {
			return true
		}
		if j < k && (v.mask&(cOffer|cWe|cYou|cReview|cStars|cCondition|cExchange|cNegation) != 0 || contrastWords[sc.text(j)]) {
			return false
		}
	}
	return false
}

// forgetWords follow a "don't" that urges rather than denies: "don't
// forget", "don't miss", "no olvides".
var forgetWords = foldSet("forget", "miss", "wait", "olvides", "olvide", "vergessen", "verpassen", "oubliez", "manquez",
	"esqueça", "esqueca", "perca", "dimenticare", "dimenticate", "perdere", "lupa", "ketinggalan", "quên", "bỏ lỡ",
	"vergeet", "mis", "zapomnij", "przegap")

// offerDenied reports the incentive at k denied within its clause, no
// review, condition, subject or dash between the denial and it.
func (sc *scan) offerDenied(k int) bool {
	for j := k - 1; j >= 0 && k-j <= 8 && sc.units[j].clause == sc.units[k].clause; j-- {
		v := sc.units[j]
		// A subject or a dash between starts another statement: "we don't
		// just refund you — we also send a gift for a 5-star review".
		if v.mask&(cReview|cStars|cCondition|cRemove|cExchange|cWe) != 0 || sc.dashBefore(j+1) {
			return false
		}
		// "ni remboursement ni cadeau", "nem reembolso nem brinde", "ani
		// prezentów".
		if norWords[sc.text(j)] && k-j <= 2 {
			return true
		}
		if v.mask&cNegation == 0 || v.mask&cIdiom != 0 {
			continue
		}
		if sc.is(j, "instead of", "rather than", "without", "sin", "ohne", "sans", "sem", "senza", "tanpa") || forgetWords[sc.text(j+1)] ||
			j+1 < len(sc.units) && sc.units[j+1].mask&cIdiom != 0 {
			return false
		}
		return true
	}
	return false
}

// receives are the verbs of the buyer getting something: "reviews with
// photos get a free gift", "รีวิว … รับฟรี", "ulasan … dapat voucher".
var receives = func() map[string]bool {
	m := map[string]bool{}
	var f folded
	for _, w := range []string{"get", "gets", "receive", "receives", "earn", "enjoy", "claim", "win", "recibe",
		"recibirá", "recibirás", "erhalten", "erhält", "bekommen", "bekommt", "recevez", "recevrez", "recebe",
		"receberá", "riceve", "riceverà", "dapat", "mendapat", "mendapatkan", "dapatkan", "nhận", "nhận được",
		"được tặng", "รับ", "ได้รับ", "makakatanggap", "matatanggap", "otrzyma", "otrzymasz", "dostanie",
		"dostaniesz", "krijgt", "ontvangt", "och få", "och får", "får du", "dostanete", "získáte", "primiți",
		"primești", "תקבל", "תקבלי", "获得", "得到", "可获得", "enters you", "enters u", "be entered", "get entered",
		"entered into", "được tham gia"} {
		f.reset(w)
		m[string(f.b)] = true
	}
	return m
}()

// offeredBefore returns a gift offered in the sentence before the review
// at i when the review is the condition of it: "We'd love to send you our
// cable kit as a gift. Just send a screenshot once your review is up." A
// refund is left out: "we'll refund you; once it's sorted, a review
// would help" is customer service. -1 if none.
func (sc *scan) offeredBefore(i, a int) int {
	if a == 0 || sc.prev(i, cCondition, 3) < 0 && !sc.proofAsked(i) {
		return -1
	}
	prev := sc.units[a-1].sent
	for k := a - 1; k >= 0 && sc.units[k].sent == prev; k-- {
		u := sc.units[k]
		if u.mask&cIncentive == 0 || u.mask&(cRefund|cReview) != 0 || sc.negated(k) {
			continue
		}
		if o := sc.prev(k, cOffer, 10); o >= 0 && sc.prev(o, cPast, 2) < 0 && !sc.negated(o) {
			return k
		}
	}
	return -1
}

// proofWords are the proof of a review sent to the seller.
var proofWords = foldSet("screenshot", "screenshots", "screen shot", "captura", "print", "skärmdump", "capture d'écran")

// proofNear reports the proof of the review at i named just before it or
// after it in its sentence: "a screenshot of your review", "review …
// send the screenshot".
func (sc *scan) proofNear(i int) bool {
	for j := max(i-4, 0); j < len(sc.units) && j-i <= 12; j++ {
		if sc.units[j].sent == sc.units[i].sent && proofWords[sc.text(j)] {
			return true
		}
	}
	return false
}

// proofAsked reports the review asked at i to be proven to the seller
// later in its sentence: "Just leave an honest review and send us a
// screenshot once it's live" makes the review the condition of a gift
// offered before.
func (sc *scan) proofAsked(i int) bool {
	if sc.units[i].mask&cAsk == 0 && sc.prev(i, cAsk, 4) < 0 {
		return false
	}
	for j := i + 1; j < len(sc.units) && j-i <= 12 && sc.units[j].sent == sc.units[i].sent; j++ {
		if proofWords[sc.text(j)] {
			return true
		}
	}
	return false
}

// removedReview returns the review that the remove/change verb at i asks
// to take away, or -1: "remove your negative feedback", "Bewertung
// löschen", "删除差评", "change it to positive" after "your 1-star review".
func (sc *scan) removedReview(i, a int) int {
	u := sc.units[i]
	if u.mask&cReview != 0 {
		return i // "feedback revision", "take the review down"
	}
	if sc.negated(i) && !sc.aNotA(i) || sc.prev(i, cThanks, 3) >= 0 {
		return -1
	}
	// Forward: the verb, then its object. Tagalog particles do not count
	// towards the distance: "pakibura na lang po yung 1-star review".
	if !sc.is(i+1, "you", "u", "us", "me") {
		for j, d := i+1, 1; j < len(sc.units) && d <= 4 && sc.units[j].clause == u.clause; j, d = j+1, d+1 {
			if sc.is(j, "po", "ho", "na", "lang", "naman", "nga", "yung", "ung", "muna", "sana") {
				d--
			}
			if sc.units[j].mask&cReview != 0 && sc.reviewNoun(j) {
				return j
			}
			if sc.units[j].mask&(cOffer|cWe|cCondition) != 0 {
				break
			}
		}
	}
	// "if you can update it to 4 or 5 stars": the review, named by the
	// rating it is to be changed to.
	if n := sc.next(i, cIt, 1); n >= 0 && sc.units[n].clause == u.clause && sc.is(n+1, "to", "into") {
		for j := n + 2; j < len(sc.units) && j-n <= 5 && sc.units[j].clause == u.clause; j++ {
			if sc.units[j].mask&(cReview|cPositive) == cReview|cPositive || sc.units[j].mask&cStars != 0 {
				return j
			}
		}
	}
	// "revise the negative to a positive": eBay's feedback, named by its
	// rating alone.
	// "Please can you remove the negative, I've refunded everything":
	// the rating closes its clause.
	if n := i + 1 + b2i(sc.is(i+1, "the", "that", "your", "my")); n < len(sc.units) && sc.units[n].clause == u.clause &&
		sc.is(n, "negative", "neutral", "negatif", "negativa", "negativo", "negative bewertung") &&
		(sc.is(n+1, "to", "into", "in", "para", "zu", "en") && sc.next(n+1, cPositive, 2) >= 0 ||
			n > i+1 && (n+1 >= len(sc.units) || sc.units[n+1].clause != u.clause)) {
		return n
	}
	// Backward: German, Chinese, Thai and passive order. A rating turned
	// into another lies further back: "die neutrale Bewertung in eine
	// positive zu ändern". Thai puts a space, read as a comma, between
	// the review and the ask: "รีวิว 1 ดาว รบกวนแก้ให้หน่อย".
	reach := 4
	if sc.prev(i, cPositive, 3) >= 0 {
		reach = 7
	}
	for j := i - 1; j >= a && i-j <= reach && (sc.units[j].clause == u.clause || sc.thaiPair(j, i) && i-j <= 3); j-- {
		if sc.is(j, "可以", "能", "可否") {
			continue // "差评可以删掉吗": a modal asks
		}
		if sc.units[j].mask&(cWe|cOffer|cPast) != 0 {
			break
		}
		if sc.units[j].mask&cReview != 0 && sc.reviewNoun(j) {
			return j
		}
	}
	// "…your negative feedback. Could you remove it?", "we saw ur 2 star
	// review 😢 … if u could take it down".
	n := sc.next(i, cIt, 2)
	if u.mask&cIt != 0 {
		n = i
	}
	// Italian, Spanish and French put the pronoun first: "le rimborsiamo
	// l'intero importo se la rimuove", "si la quita".
	if n < 0 && sc.is(i-1, "la", "lo") && sc.units[i-1].clause == u.clause {
		n = i - 1
	}
	if n >= 0 {
		for j := i - 1; j >= 0 && i-j <= 30 && sc.units[j].sent >= u.sent-1; j-- {
			if sc.units[j].mask&cReview != 0 && sc.units[j].mask&cNegative != 0 {
				return n
			}
		}
	}
	return -1
}

// thaiPair reports units j and i both written in Thai, where a space
// parts the clauses of one request.
func (sc *scan) thaiPair(j, i int) bool {
	return sc.units[j].kind == uScript && sc.units[i].kind == uScript && sc.units[j].sent == sc.units[i].sent &&
		isThaiBefore(sc.f.b, int(sc.units[j].e)) && isThaiAfter(sc.f.b, int(sc.units[i].s))
}

// particleVerbs take a review away with a particle after it: "take the
// 1-star down", "pull your review off".
var particleVerbs = foldSet("take", "pull", "bring")

// particleRemove returns the review that "take … down" at i takes away,
// or -1: the verb's particle comes after its object.
func (sc *scan) particleRemove(i int) int {
	if !particleVerbs[sc.text(i)] || sc.negated(i) {
		return -1
	}
	for j := i + 1; j < len(sc.units) && j-i <= 4 && sc.units[j].clause == sc.units[i].clause; j++ {
		if sc.units[j].mask&cReview != 0 && sc.reviewNoun(j) && sc.is(j+1, "down", "off") {
			return j + 1
		}
	}
	return -1
}

// freeChoice leaves a review to the buyer's judgement: "you're welcome
// to update your review however you see fit".
var freeChoicePhrases = []string{"however you see fit", "as you see fit", "however you like", "however you wish",
	"whatever you think is fair", "entirely up to you", "completely up to you", "up to you", "como usted considere", "como consideres", "wie sie es für richtig halten",
	"comme bon vous semble", "come preferisce", "terserah", "tùy bạn"}

var freeChoice = foldSet(freeChoicePhrases...)

// leftToBuyer reports a change of review left to the buyer at i, in the
// words after it: "update your review however you see fit".
func (sc *scan) leftToBuyer(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 8 && sc.units[j].sent == sc.units[i].sent; j++ {
		if freeChoice[sc.text(j)] {
			return true
		}
	}
	return false
}

// aNotA reports the Chinese question "能不能 …" (can or cannot) before
// unit i: "差评能不能先改一下？" asks, the 不 in it denies nothing.
func (sc *scan) aNotA(i int) bool {
	for j := i - 1; j > 0 && i-j <= 4 && sc.units[j].clause == sc.units[i].clause; j-- {
		if sc.is(j, "不能") && sc.is(j-1, "能") || sc.is(j, "不可以") && sc.is(j-1, "可") {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// asked reports whether the review at i is being requested: an ask verb
// before it with the buyer, not the seller, as its subject ("please leave
// us 5 stars", not "we left you positive feedback"), or a plea anywhere
// in the sentence ("a 5-star review would mean a lot").
func (sc *scan) asked(i, a, b int) bool {
	// The seller as subject in a clause of its own is a condition, not
	// the asker: "if we've made it right, a 5-star review would mean the
	// world".
	if s := sc.prev(i, cWe|cYou|cPlease, 6); s >= 0 && sc.units[s].mask&cWe != 0 && sc.units[s].mask&(cYou|cPlease) == 0 &&
		sc.units[s].clause == sc.units[i].clause {
		return false
	}
	if sc.prev(i, cAsk, 5) >= 0 {
		return true
	}
	// Japanese and Korean ask after the object: "星5つのレビューを書いて
	// いただけませんか", "5점 리뷰 남겨 주세요".
	if sc.units[i].kind == uScript && sc.next(i, cAsk, 3) >= 0 {
		return true
	}
	// Hindi and Turkish too: "positive feedback de dijiye", "5 yıldızlı
	// yorum bırakır mısınız".
	if n := sc.next(i, cAsk, 2); n >= 0 && askAfter[sc.text(n)] {
		return true
	}
	// Hinglish "do" (give) closing the clause right after the rating: "5
	// star do, agli baar…"; not "5 stars do help".
	if sc.is(i+1, "do") && sc.units[i].mask&cPositive != 0 && (i+2 >= len(sc.units) || sc.units[i+2].clause != sc.units[i].clause) {
		return true
	}
	return sc.first(a, b, cPlease) >= 0
}

func (sc *scan) askStart(i, a int) int {
	if k := sc.prev(i, cAsk, 5); k >= 0 {
		return k
	}
	return i
}

// holdOff are the words that keep a review back: "hold off on negative
// feedback", "antes de poner una calificación negativa", "bevor Sie eine
// negative Bewertung abgeben".
var holdOff = foldSet("hold off", "holding off", "hold off on", "refrain", "instead of", "rather than", "before",
	"antes de", "avant de", "bevor", "sebelum", "trước khi", "tahan", "tahan dulu", "prima di", "antes que", "em vez de",
	"en lugar de", "au lieu de", "statt", "anstatt", "先不要", "不要", "别", "jangan", "don't", "do not", "not to", "no",
	"ne", "nicht", "keine", "đừng", "อย่า")

// beforeWords put a review after something else: "contact us before
// leaving feedback", "escríbenos antes de dejar una reseña".
var beforeWords = foldSet("before", "antes de", "avant de", "bevor", "sebelum", "trước khi", "prima di", "antes que")

// problemWords name what went wrong with an order: "if anything is
// wrong", "if there's an issue", "si hay algún problema".
var problemWords = foldSet("wrong", "problem", "problems", "issue", "issues", "faulty", "defective", "broken", "damaged",
	"problema", "problemas", "problème", "problèmes", "probleme", "masalah", "vấn đề", "问题", "問題", "ปัญหา")

// contactFirst reports the review at i kept for after the buyer has
// written to the seller about a problem: a contact verb, then "before"
// right before the review, and a problem named in units [a, b) — the
// customer service the convention allows.
func (sc *scan) contactFirst(i, a, b int) bool {
	before := -1
	for j := i - 1; j >= 0 && i-j <= 3 && sc.units[j].clause == sc.units[i].clause; j-- {
		if beforeWords[sc.text(j)] || sc.is(j, "avant", "antes", "prima") && sc.is(j+1, "de", "di") {
			before = j
			break
		}
	}
	if before < 0 || sc.prev(before, cContactVerb, 4) < 0 {
		return false
	}
	for j := a; j < b; j++ {
		if problemWords[sc.text(j)] && !sc.negated(j) {
			return true
		}
	}
	return false
}

// suppressed returns the incentive offered for a negative review kept
// back, with the review at i: "we'll refund you in full — all we ask is
// that you hold off on the negative feedback", "avísanos y te devolvemos
// el 100 %; solo te pedimos que no publiques la reseña mala", "先不要給差
// 評，我們會補償您一張折價券". Asking to hear of a problem first, with
// nothing offered for it, is allowed and not reported. -1 if none.
func (sc *scan) suppressed(i int) int {
	if !sc.negativeReview(i) || sc.thanked(i) {
		return -1
	}
	held := false
	for j := i - 1; j >= 0 && i-j <= 6 && sc.units[j].clause == sc.units[i].clause; j-- {
		if holdOff[sc.text(j)] || sc.units[j].mask&cNegation != 0 && sc.units[j].mask&cIdiom == 0 ||
			sc.is(j, "avant", "antes", "prima") && sc.is(j+1, "de", "di") {
			held = true
			break
		}
	}
	if !held {
		return -1
	}
	// The offer, in the sentence or either one beside it.
	sent := sc.units[i].sent
	for k := i - 1; k >= 0 && i-k <= 40 && sc.units[k].sent >= sent-1; k-- {
		if sc.offeredHere(k) {
			return k
		}
	}
	for k := i + 1; k < len(sc.units) && k-i <= 40 && sc.units[k].sent <= sent+1; k++ {
		if sc.offeredHere(k) {
			return k
		}
	}
	return -1
}

// offeredHere reports an incentive at k that is on offer: not denied, not
// done already, not a review.
func (sc *scan) offeredHere(k int) bool {
	u := sc.units[k]
	return u.mask&(cIncentive|cMoney|cPercent) != 0 && u.mask&cReview == 0 && !sc.deniedHere(k) && !sc.doneAlready(k)
}

// doneAlready reports the incentive at k as given already: "we've
// refunded the shipping", "ya te devolvimos". Asking for no negative
// feedback after it is not an exchange.
func (sc *scan) doneAlready(k int) bool {
	if sc.prev(k, cPast, 3) >= 0 {
		return true
	}
	for j := k - 1; j >= 0 && k-j <= 3 && sc.units[j].clause == sc.units[k].clause; j-- {
		if sc.is(j, "we've", "i've", "we have", "i have", "has been", "have been", "was", "were") {
			return true
		}
	}
	return false
}

// deniedHere is negated, except for a denial the seller starts a new
// clause after: "instead of a return we can refund 40%", "instead of
// leaving the neutral, I'll refund your shipping".
func (sc *scan) deniedHere(k int) bool {
	if !sc.negated(k) {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 8 && sc.units[j].clause == sc.units[k].clause; j-- {
		if sc.units[j].mask&cNegation != 0 {
			return true
		}
		if sc.units[j].mask&cWe != 0 || sc.is(j, "we'll", "i'll", "we'd", "i'd") {
			n := sc.prev(j, cNegation, 8)
			return n < 0 || sc.units[n].clause != sc.units[k].clause || !sc.is(n, "instead of", "rather than")
		}
	}
	return true
}

// negativeReview reports whether the review at i is a negative or neutral
// one: "negative feedback", "la reseña mala", "差评", or eBay's rating
// named alone after the verb ("leaving the neutral").
func (sc *scan) negativeReview(i int) bool {
	u := sc.units[i]
	if u.mask&cNegative == 0 {
		return false
	}
	if u.mask&cReview != 0 {
		return true
	}
	if sc.is(i-1, "the", "a", "that", "any") && sc.units[max(i-2, 0)].mask&cAsk != 0 || i > 0 && sc.units[i-1].mask&cAsk != 0 {
		return true
	}
	for _, j := range [...]int{i + 1, i + 2, i + 3} {
		if j < len(sc.units) && sc.units[j].clause == u.clause && sc.units[j].mask&cReview != 0 {
			return true // "neutral or negative feedback"
		}
	}
	return i > 0 && sc.units[i-1].clause == u.clause && sc.units[i-1].mask&cReview != 0 // "la reseña mala"
}

// publishedWords say a review is published: "once it's live", "sobald sie
// online ist", "dès qu'il est en ligne".
var publishedWords = foldSet("live", "posted", "online", "published", "en ligne", "publiee", "publie", "publicada",
	"publicado", "veroffentlicht", "pubblicata", "diposting", "terbit")

// offeredAfter returns a reward offered in the sentence after a review
// asked for, on the condition that it is published: "Could you leave a
// review? We'll reimburse the full product cost once it's live." -1 if
// none.
func (sc *scan) offeredAfter(i, b int) int {
	// The ask may be a plea: "we'd love your honest thoughts in a review.
	// As a thank-you, once it's live we'll send $15 to your Venmo".
	if b >= len(sc.units) || sc.units[i].mask&cAsk == 0 && sc.prev(i, cAsk, 4) < 0 && sc.prev(i, cPlease, 6) < 0 {
		return -1
	}
	next := sc.units[b].sent
	// "…über eine 5-Sterne-Bewertung freuen! Als Dankeschön erstatten wir
	// Ihnen danach 10 €": the next sentence opens with the reward.
	if e := sc.first(b, min(b+3, len(sc.units)), cExchange); e >= 0 && sc.units[e].sent == next {
		for k := e + 1; k < len(sc.units) && k-b <= 25 && sc.units[k].sent == next; k++ {
			if sc.offeredHere(k) {
				return k
			}
		}
	}
	live := false
	for j := b; j < len(sc.units) && j-b <= 25 && sc.units[j].sent == next; j++ {
		if sc.units[j].mask&cCondition != 0 {
			for n := j + 1; n < len(sc.units) && n-j <= 3 && sc.units[n].clause == sc.units[j].clause; n++ {
				live = live || publishedWords[sc.text(n)] || sc.is(n, "up") && sc.is(n-1, "it's", "is")
			}
		}
	}
	if !live {
		return -1
	}
	for k := b; k < len(sc.units) && k-b <= 25 && sc.units[k].sent == next; k++ {
		if sc.offeredHere(k) && sc.prev(k, cOffer, 5) >= 0 {
			return k
		}
	}
	return -1
}
