package compliance

import "testing"

// TestDotWordsAndLanguages covers the dot and the at sign spelled in the
// message's language ("fietsdeel(punt)nl", "hana-cosme(ドット)jp",
// "kundtjanst snabel-a nordhem punkt se", "desiweaves dot in pe"), review
// removal asked in Turkish, Dutch, Italian and Hindi, and marketing in
// Turkish, Polish, Czech, Romanian, Greek, Hebrew and Arabic, with near
// variants that stay clean.
func TestDotWordsAndLanguages(t *testing.T) {
	L, C, R, P := ExternalLink, ContactInfo, ReviewManipulation, Promotional
	checkKindCases(t, []kindCase{
		// The dot and the at sign as words.
		{"ebay", "Meer onderdelen vindt u op onze eigen site fietsdeel(punt)nl.", L, true},
		{"amazon", "Schrijf u in via tuinhuis-deals punt nl/nieuwsbrief om als eerste te weten.", L, true},
		{"amazon", "Het punt is dat de levering later komt.", L, false},
		{"tiktok", "公式サイトはこちら👉 hana-cosme(ドット)jp からどうぞ！", L, true},
		{"amazon", "Bizim sitemiz tekstilevi nokta com, oradan bakabilirsiniz.", L, true},
		{"amazon", "Skicka gärna en bild till oss på mejl: kundtjanst snabel-a nordhem punkt se", C, true},
		{"amazon", "Stuur een foto naar info apenstaartje fietsdeel punt nl", C, true},
		{"amazon", "Agli baar desiweaves dot in pe 15% extra off chal raha hai.", L, true},
		{"amazon", "Aap hamari site rangrezprints dot in/bulk pe enquiry daal do.", L, true},
		{"amazon", "The LED indicator dot in the corner blinks while charging.", L, false},
		{"amazon", "There's a small polka dot in the pattern.", L, false},
		// A review asked to be taken away, with something in return.
		{"amazon", "Olumsuz yorumunuzu silerseniz, gecikme için size 100 TL iade edeceğiz.", R, true},
		{"ebay", "Olumsuz değerlendirmeyi kaldırırsanız size ikinci halıyı yarı fiyatına gönderebilirim.", R, true},
		{"amazon", "Yorumunuzu 5 yıldıza çevirirseniz bir sonraki siparişinizde kargo bizden.", R, true},
		{"amazon", "Yorumunuz için teşekkür ederiz, yeni ürün yarın kargoda.", R, false},
		{"ebay", "Als je je negatieve beoordeling intrekt, stuur ik je een extra oplaadkabel gratis mee.", R, true},
		{"amazon", "Als u de 1-ster beoordeling verwijdert, sturen we u gratis een nieuwe hoes.", R, true},
		{"amazon", "We verwijderen uw gegevens na de retour, de nieuwe hoes is gratis.", R, false},
		{"amazon", "Se rimuove la recensione negativa le rimborsiamo subito l'intero importo.", R, true},
		{"amazon", "Sir please 1 star review hata do, hum aapko ₹300 Paytm kar denge turant.", R, true},
		{"amazon", "Sir purana cover hata do, naya cover free mein bhej rahe hain.", R, false},
		// Marketing.
		{"shopify", "Bültenimize abone olun, bir sonraki siparişinize özel %10 indirim kazanın.", P, true},
		{"amazon", "Yeni sezon koleksiyonumuz yayında; bir sonraki siparişinizde YENI10 koduyla %10 indirim.", P, true},
		{"amazon", "Kargo takip numaranız: 1234567890, yarın teslim edilecek.", P, false},
		{"ebay", "Zapraszamy też do obserwowania naszego sklepu, co tydzień nowości.", P, true},
		{"shopify", "Zajrzyj też na nasz profil — co tydzień pokazujemy tam nowości i kody rabatowe.", P, true},
		{"ebay", "Dziękuję za zakup! Zapraszam do innych moich aukcji.", P, true},
		{"ebay", "Dziękuję za zakup, paczka wyszła dziś kurierem.", P, false},
		{"shopee", "Sledujte náš obchod, od pondělí máme slevu 20 % na novou kolekci.", P, true},
		{"amazon", "Dacă ne recomandați unei prietene, primiți 15% reducere la următoarea comandă.", P, true},
		{"shopify", "Mulțumim! Urmărește-ne pe Instagram pentru modelele noi.", P, true},
		{"ebay", "Με τον κωδικό SPITI10 έχετε 10% στην επόμενη αγορά σας.", P, true},
		{"shopify", "הצטרפו לערוץ שלנו לעדכונים ומבצעים", P, true},
		{"amazon", "عروض رمضان نازلة الأسبوع الجاي، استخدمي كود RAMADAN20 على أي أوردر جديد.", P, true},
		{"shopify", "Thanks for bearing with us! Give us a follow for new styling ideas every week.", P, true},
		{"ebay", "Folgen Sie gern meinem eBay-Shop, nächste Woche kommen neue Schallplatten.", P, true},
		{"ebay", "Folgen Sie bitte der Anleitung im Paket.", P, false},
		{"amazon", "While you wait, check out the new oak collection in our Amazon storefront!", P, true},
		{"amazon", "Please check the new cable we sent for damage.", P, false},
		{"lazada", "Gamitin niyo po ang code SUKI50 sa next purchase niyo para ₱50 off.", P, true},
		{"lazada", "Gamitin niyo po ang code na nasa resibo para sa return.", P, false},
		{"amazon", "Waise nayi range aa rahi hai — brand store follow kar lo, DIWALI15 code chalega.", P, true},
	})
}
