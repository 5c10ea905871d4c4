package compliance

import "testing"

// TestReviewWordsMoreLanguages covers review manipulation in Swedish,
// Czech, Romanian, Greek, Hebrew, Ukrainian, Turkish, Polish, Dutch,
// Portuguese, Vietnamese and Korean; eBay's rating named alone ("a
// positive would be lovely", "remove the negative"); a pronoun before the
// verb ("se la rimuove"); a reward in the sentence after a plea or before
// a review to be proven by screenshot; gating after the request ("only if
// you're happy"); and discounts on a first order, collections of a season
// and news before anyone else as marketing. Near variants stay clean.
func TestReviewWordsMoreLanguages(t *testing.T) {
	R, P := ReviewManipulation, Promotional
	checkKindCases(t, []kindCase{
		// Swedish.
		{"amazon", "Tack för ditt köp! Om du är nöjd, lämna gärna 5 stjärnor — recensioner under 5 stjärnor skadar vår butik väldigt mycket.", R, true},
		{"shopify", "Skriv en recension på vår sida och få en rabattkod på 20 % till nästa beställning!", R, true},
		{"shopify", "Skriv en recension på vår sida och få en rabattkod på 20 % till nästa beställning!", P, true},
		{"amazon", "Lämnar du ett 5-stjärnigt omdöme får du 100 kr tillbaka — skicka bara en skärmdump här.", R, true},
		{"amazon", "Om du kan ändra omdömet till 5 stjärnor lägger vi med ett presentkort på 100 kr i nästa leverans.", R, true},
		{"amazon", "Tack för ditt köp! Om du är nöjd får du gärna lämna ett omdöme.", R, false},
		{"amazon", "Vi har skickat en ny laddare, andra recensioner nämner samma fel.", R, false},
		// Turkish.
		{"amazon", "Ürünümüzü beğendiyseniz 5 yıldızlı yorum bırakmanız halinde bir sonraki siparişinizde geçerli %15 indirim kodu göndereceğiz.", R, true},
		{"amazon", "Yorumunuzu güncelleyip 5 yıldıza çıkarırsanız çok seviniriz, küçük bir aile işletmesiyiz 🙏", R, true},
		{"amazon", "Yorumunuzu 5 yıldız olarak yaparsanız bir sonraki siparişiniz için %20 indirim kodu gönderiyoruz 🎁", R, true},
		{"amazon", "Yorumunuzu okuduk, yeni ürün yarın kargoda.", R, false},
		// Czech, Romanian, Greek, Hebrew, Ukrainian.
		{"amazon", "Kdybyste mohl hodnocení upravit aspoň na 4 hvězdičky, vrátíme vám polovinu ceny.", R, true},
		{"tiktok", "ahoj! za recenzi s 5 hvězdičkami ti k další objednávce přidáme dárek 🎁", R, true},
		{"amazon", "Děkujeme za hodnocení, zásilka je na cestě.", R, false},
		{"tiktok", "Dacă lași 5 stele și un video, îți punem gratis o pereche de cercei în următorul colet 💖", R, true},
		{"amazon", "V-am ruga frumos să ștergeți recenzia de o stea, vă oferim în schimb un voucher de 30 lei.", R, true},
		{"amazon", "Αν αλλάξετε την κριτική σε 5 αστέρια, θα σας επιστρέψουμε και τα μεταφορικά 🙏", R, true},
		{"shopify", "Αφήστε μας 5 αστέρια στο Google για ένα δωρεάν βαζάκι μέλι!", R, true},
		{"tiktok", "רק תנו לנו כוכבים טובים בביקורת, זה ממש חשוב לחנות קטנה כמונו ❤️", R, true},
		{"amazon", "אם תוכל למחוק את הביקורת של כוכב אחד, נשמח להחזיר לך את מלוא הסכום 🙏", R, true},
		{"amazon", "תודה על הביקורת, המשלוח יצא היום.", R, false},
		{"amazon", "Будь ласка, змініть відгук на 5 зірок, а ми докладемо в посилку ще один чохол у подарунок.", R, true},
		{"tiktok", "Якщо все сподобалось — поставте, будь ласка, тільки 5 зірок, інші оцінки нам дуже шкодять 🙏", R, true},
		{"amazon", "Дякуємо за відгук! Посилка вже в дорозі.", R, false},
		// Polish, Dutch, Portuguese, French, Italian, Vietnamese, Indonesian.
		{"ebay", "Za wystawienie pozytywnego komentarza odeślemy 10 zł na PayPal.", R, true},
		{"amazon", "Bardzo prosimy o zmianę opinii, w ramach przeprosin dorzucimy bon 50 zł do Empiku.", R, true},
		{"ebay", "Fijn dat het probleem is opgelost! Zou u uw negatieve feedback willen herzien?", R, true},
		{"amazon", "Se você tirar a avaliação negativa, eu te mando R$ 50 no Pix agora mesmo.", R, true},
		{"amazon", "Se puder, deixe sua avaliação na Amazon contando sua experiência, ela ajuda outros compradores.", R, false},
		{"ebay", "Merci ! Pourriez-vous retirer l'évaluation négative maintenant que le remboursement est fait ?", R, true},
		{"amazon", "Abbiamo visto la sua recensione da 2 stelle. Le rimborsiamo l'intero importo se la rimuove.", R, true},
		{"amazon", "Se ha un momento, può lasciare una recensione sulla sua esperienza.", R, false},
		{"shopee", "Bạn sửa giúp shop đánh giá 1 sao thành 5 sao được không ạ? Shop cảm ơn nhiều!", R, true},
		{"lazada", "Nếu hài lòng bạn cho shop 5 sao nha, còn có gì chưa ổn thì nhắn shop trước, đừng đánh giá vội.", R, true},
		{"tiktok", "Kak, review bintang 3 nya bisa diganti jadi 5 gak? Nanti kami kirimin hadiah kecil 🙏", R, true},
		{"amazon", "만족하셨다면 별 5개 리뷰 부탁드리고, 혹시 불만족이시면 리뷰 쓰시기 전에 먼저 연락 주세요!", R, true},
		{"tiktok", "Si te encantó, déjanos 5 estrellitas ⭐ Si algo no te gustó, escríbenos antes de calificar.", R, true},
		// English: the rating alone, the reward around the request, gating
		// after it.
		{"ebay", "If you're happy with how it was handled, a positive would be lovely — and if you're not, message me first.", R, true},
		{"ebay", "Please can you remove the negative, I've refunded everything and even paid the return postage.", R, true},
		{"amazon", "Please remove the negative terminal first, then the positive one.", R, false},
		{"amazon", "We have a positive attitude. Please leave a review.", R, false},
		{"lazada", "Before you rate, pls chat us first if any problem. We can give you small gift if you rate us well.", R, true},
		{"amazon", "We'd love to send you a free bottle of our face cleanser. Just leave an honest review and send us a screenshot once it's live.", R, true},
		{"amazon", "We'll send you a free replacement today. Please leave an honest review once it arrives.", R, false},
		{"amazon", "Wir würden uns sehr über eine 5-Sterne-Bewertung freuen! Als Dankeschön erstatten wir Ihnen danach 10 € per PayPal.", R, true},
		{"amazon", "Please leave us a review! As a thank you, we'll send you a $10 gift card.", R, true},
		{"shopify", "Would you mind leaving us a review on Trustpilot? trustpilot.com/review/sonichive.co — only if you're happy with everything though!", R, true},
		// Marketing: a first order, a season's collection, news first.
		{"amazon", "Bu ürünü kendi sitemizde satıyoruz, ilk siparişe özel KARGOBEDAVA koduyla kargo da ücretsiz.", P, true},
		{"amazon", "Nos produits sont aussi disponibles sur maison-lunel point fr, avec -10 % sur votre première commande chez nous.", P, true},
		{"lazada", "Sa website namin may bundle deals, plus ₱100 off sa first order mo doon 💕", P, true},
		{"amazon", "Thanks for your first order! Tracking is 1Z999AA10123456784.", P, false},
		{"amazon", "Since this is your first order, we've added a 10% discount.", P, false},
		{"shopify", "사용하신 첫 구매 쿠폰은 이번 주문에 정상 적용됐어요. 결제 금액이 10% 낮게 나온 이유가 그거예요.", P, false},
		{"shopee", "แอดไลน์ร้าน @shopbeauty99 เพื่อรับโปรพิเศษนะคะ 💕", P, true},
		{"amazon", "¡Ya salió nuestra colección de primavera! Mira las fotos en nuestro blog y entérate antes que nadie.", P, true},
		{"amazon", "Our lookbook is up — the new autumn collection just landed!", P, true},
		{"amazon", "Your parcel just landed in the UK and should reach you Friday.", P, false},
		{"amazon", "If you'd like to hear about the next launch before anyone else, DM us 'early bird' on Insta.", P, true},
	})
}
