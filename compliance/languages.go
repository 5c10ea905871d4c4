package compliance

// Polish, Dutch and Arabic: the words of every kind, filed under the same
// concepts as the other languages' words, so that the rules need nothing
// new to read them. They came later than the fifteen languages of the
// rule files and are kept together here, one function per language, so
// that a reviewer who reads the language can check them in one place.
// Words whose everyday meaning would make a rule fire on clean replies are
// left out on purpose: Polish "dobry" (as in "dzień dobry", good day),
// Dutch "app" (as in "in de app") and Arabic "رقم" (number, as in "رقم
// التتبع", the tracking number).

func polishWords(l *lexicon) {
	l.add(cReview, "opinia", "opinię", "opinii", "opinie", "recenzja", "recenzję", "recenzji", "ocena", "ocenę",
		"oceny", "komentarz", "komentarza", "komentarze")
	l.add(cStars, "gwiazdka", "gwiazdki", "gwiazdek", "gwiazdkami")
	l.add(cReview|cPositive, "5 gwiazdek", "pięć gwiazdek", "5 gwiazdkami", "pozytywna opinia", "pozytywną opinię",
		"pozytywny komentarz", "pozytywną ocenę", "najwyższa ocena", "najwyższą ocenę", "maksymalna ocena")
	l.add(cReview|cNegative, "1 gwiazdka", "1 gwiazdkę", "jedna gwiazdka", "jedną gwiazdkę", "negatywna opinia",
		"negatywną opinię", "negatywny komentarz", "negatywną ocenę", "negatywnego komentarza", "negatywnej opinii",
		"negatywnej oceny")
	l.add(cReview|cPositive, "pozytywnego komentarza", "pozytywnej opinii", "pozytywnej oceny")
	l.add(cRemove, "zmianę", "usunięcia")
	l.add(cPositive, "pozytywna", "pozytywną", "pozytywny", "pozytywne")
	l.add(cNegative, "negatywna", "negatywną", "negatywny", "negatywne")
	l.add(cAsk, "wystaw", "wystawi", "wystawić", "wystawienie", "zostaw", "zostawić", "napisz", "napisać", "dodaj",
		"dodać", "oceń", "ocenić")
	l.add(cIncentive, "rabat", "rabatu", "zniżka", "zniżkę", "zniżki", "prezent", "prezentu", "gratis", "darmowy",
		"darmową", "darmowe", "kupon", "bon", "bonu", "upominek", "nagroda", "nagrodę")
	l.add(cRefund|cIncentive, "zwrócimy", "zwrócę", "zwrot pieniędzy", "zwrot kosztów", "oddamy")
	l.add(cCondition, "jeśli", "jeżeli", "gdy", "kiedy", "gdyby", "o ile")
	l.add(cOffer, "otrzyma", "otrzymasz", "otrzymają", "dostanie", "dostaniesz", "wyślemy", "damy", "dajemy",
		"oferujemy")
	l.add(cExchange, "w ramach podziękowania", "w zamian", "w podziękowaniu", "jako podziękowanie")
	l.add(cThanks, "dziękuję", "dziękujemy", "dzięki", "podziękowanie")
	l.add(cRemove, "usuń", "usunąć", "usunięcie", "zmień", "zmienić", "zmiana", "edytuj", "edytować", "popraw",
		"poprawić", "usunie", "usuną", "usuniesz", "zmieni", "zmienią", "zmienisz")
	l.add(cNegation, "nie", "bez", "nigdy", "zakaz")
	l.add(cPlease, "proszę", "prosimy", "uprzejmie")
	l.add(cUs, "nas", "nam", "mnie")
	l.add(cSelf, "nasz", "nasza", "nasze", "naszej", "naszym", "naszego", "mój", "moja", "moje", "moim", "mojego")
	l.add(cYou, "pan", "pani", "państwo", "pana", "ty", "ciebie", "twój", "twoja", "twoje")
	l.add(cDirect, "bezpośrednio", "poza", "prywatnie")
	l.add(cPayVerb, "płatność", "płatności", "zapłać", "zapłacić", "zapłata", "wpłać", "wpłata", "przelej")
	l.add(cPayOff, "przelew", "przelewem", "przelew bankowy", "na konto", "na moje konto", "na nasze konto",
		"numer konta")
	l.add(cPayInstr, "blik", "blikiem", "blika", "bliku", "blikowi")
	l.add(cCurrency, "zł", "pln", "złotych")
	l.add(cOrderVerb, "kup", "kupić", "kupisz", "zamów", "zamówić", "zamawiać", "sprzedać", "sprzedam", "sprzedamy",
		"sprzedaję", "zamówi", "zamówisz", "kupi")
	l.add(cOrderRef, "zamówienie", "zamówienia", "zamówieniu", "przesyłka", "przesyłki", "paczka", "paczki",
		"list przewozowy", "listu przewozowego")
	l.add(cCarrier, "inpost", "paczkomat", "paczkomacie", "poczta polska", "kurier")
	l.add(cOwnSite, "sklep internetowy", "strona internetowa", "stronie internetowej", "nasza strona",
		"naszej stronie", "naszym sklepie internetowym", "u nas na stronie", "u nas na stronce",
		// "jak zamówi Pan bezpośrednio u nas".
		"bezpośrednio u nas", "bezpośrednio od nas")
	l.add(cCheaper, "taniej", "niższa cena", "lepsza cena", "lepszej cenie", "bez prowizji", "niższe", "niższa", "niższy", "niższą",
		"tańsze", "tańszy", "tańsza")
	l.add(cPhoneWord, "telefon", "telefonu", "numer telefonu", "komórka", "komórkę", "zadzwoń", "dzwonić", "dzwoń",
		"telefonicznie")
	// Messenger declined: "napisz na Messengerze", "napište mi na
	// Messengeru" (Czech).
	l.add(cAppWeak, "messengerze", "messengeru")
	l.add(cContactVerb, "zadzwoń", "napisz do nas", "skontaktuj", "skontaktuj się", "kontakt", "pisz")
	l.add(cFollow, "obserwuj", "obserwować", "subskrybuj", "polub")
	l.add(cPromoTarget, "sklep", "profil", "kanał", "stronę")
	l.add(cNext, "następne", "następnego", "następnym", "kolejne", "kolejnego", "kolejnym")
	l.add(cOff, "rabat", "zniżka", "zniżki", "taniej")
	l.add(cSaleEvent, "promocja", "promocji", "wyprzedaż", "wyprzedaży")
	l.add(cDigitWord, "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć")
	// Phone numbers read in groups: "pięćset jeden, dwieście czterdzieści
	// trzy, osiemset dziewięćdziesiąt" (findSpelledPhones counts each word).
	l.add(cDigitWord, "jedna", "dwie", "dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście",
		"piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście", "dwadzieścia", "trzydzieści",
		"czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt",
		"sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset")
	// Czech, read the same way: "sedm set dvacet tři, nula osm…".
	l.add(cDigitWord, "nula", "dva", "dvě", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "deset",
		"jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct", "osmnáct", "devatenáct",
		"dvacet", "třicet", "čtyřicet", "padesát", "šedesát", "sedmdesát", "osmdesát", "devadesát", "dvě stě",
		"tři sta", "čtyři sta", "pět set", "šest set", "sedm set", "osm set", "devět set")
	l.add(cMarket, "allegro")
}

func dutchWords(l *lexicon) {
	l.add(cReview, "beoordeling", "beoordelingen", "recensie", "recensies", "waardering")
	l.add(cStars, "ster", "sterren")
	l.add(cReview|cPositive, "5 sterren", "vijf sterren", "positieve review", "positieve beoordeling", "goede review",
		"goede beoordeling")
	l.add(cReview|cNegative, "1 ster", "een ster", "negatieve review", "negatieve beoordeling", "slechte review",
		"slechte beoordeling")
	l.add(cPositive, "positief", "positieve", "goede")
	l.add(cNegative, "negatief", "negatieve", "slechte")
	l.add(cAsk, "laat", "achterlaten", "geef", "geven", "schrijf", "schrijven", "plaats", "plaatsen")
	l.add(cIncentive, "korting", "kortingscode", "tegoed", "cadeaubon", "vergoeding", "cadeautje")
	l.add(cRefund|cIncentive, "terugbetaling", "terugbetalen", "terugstorten", "geld terug")
	l.add(cCondition, "als", "wanneer", "zodra", "nadat", "indien")
	l.add(cOffer, "krijgt", "krijg", "ontvangt", "ontvang", "sturen", "versturen", "geven wij", "sturen wij")
	l.add(cExchange, "in ruil voor", "als dank", "als bedankje")
	l.add(cThanks, "bedankt", "dank u", "dank je", "dankjewel", "dankuwel")
	l.add(cRemove, "verwijder", "verwijderen", "aanpassen", "wijzig", "wijzigen", "veranderen", "herzien", "herziet",
		"bijstellen")
	l.add(cNegation, "niet", "niets", "geen", "nooit", "zonder")
	// "Betalen buiten Amazon om kan helaas niet": the denial last.
	l.add(cNegation|cNegAfter, "kan niet", "kan helaas niet", "helaas niet", "gaat niet", "gaat helaas niet")
	l.add(cPlease, "alstublieft", "alsjeblieft", "graag", "wilt u", "zou u")
	l.add(cUs, "ons", "mij")
	l.add(cWe, "wij")
	l.add(cSelf, "onze", "mijn")
	l.add(cYou, "uw", "jij", "jouw", "je")
	l.add(cDirect, "rechtstreeks")
	l.add(cPayVerb, "betalen", "betaal", "betaling", "overmaken", "maak over")
	l.add(cPayOff, "tikkie", "betaalverzoek", "overschrijving", "bankoverschrijving", "op onze rekening",
		"rekeningnummer")
	l.add(cOrderVerb, "bestel", "kopen", "koop")
	l.add(cOrderRef, "bestelling", "bestelnummer", "zending", "pakket", "pakketje", "track en trace", "trackingcode")
	l.add(cOwnSite, "onze website", "onze webshop")
	l.add(cCheaper, "goedkoper", "voordeliger")
	l.add(cPhoneWord, "bellen", "bel", "telefoon", "telefoonnummer", "mobiel")
	l.add(cContactVerb, "bellen", "bel", "appen", "app ons", "app mij", "mailen", "mail ons", "neem contact op",
		"contact opnemen")
	l.add(cFollow, "volg", "volgen", "abonneer")
	l.add(cPromoTarget, "winkel")
	l.add(cNext, "volgende")
	l.add(cOff, "korting")
	l.add(cSaleEvent, "uitverkoop", "aanbieding")
	l.add(cDigitWord, "nul", "een", "twee", "drie", "vijf", "zes", "zeven", "negen", "tien")
	// Dutch numbers are read in pairs, the unit first: "nul zes, twaalf,
	// vierendertig, zesenvijftig".
	l.add(cDigitWord, "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
		"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "eenen*", "tweeën*",
		"tweeen*", "drieën*", "drieen*", "vieren*", "vijfen*", "zesen*", "zevenen*", "achten*", "negenen*")
}

func arabicWords(l *lexicon) {
	l.add(cReview, "تقييم*", "مراجعة", "مراجعتك", "تعليق*")
	l.add(cStars, "نجوم", "نجمة", "نجمات")
	l.add(cReview|cPositive, "خمس نجوم", "5 نجوم", "تقييم ايجابي", "تقييما ايجابيا", "تقييم ممتاز")
	l.add(cReview|cNegative, "نجمة واحدة", "تقييم سلبي", "تقييمك السلبي")
	l.add(cPositive, "ايجابي*", "ممتاز*")
	l.add(cNegative, "سلبي*")
	l.add(cAsk, "اترك*", "اكتب*", "قيم", "قيمنا", "ضع")
	l.add(cIncentive, "هدية", "هدايا", "مجان*", "خصم", "قسيمة", "كوبون", "مكافاة")
	l.add(cRefund|cIncentive, "استرداد*", "استرجاع المبلغ", "نعيد لك")
	l.add(cCondition, "اذا", "لو", "عندما", "بعد", "حال")
	l.add(cOffer, "نرسل*", "ترسل", "تحصل*", "نقدم", "نمنح*", "نعطي*", "تستلم")
	l.add(cExchange, "مقابل", "كشكر")
	l.add(cThanks, "شكرا", "شكر*")
	l.add(cRemove, "حذف", "احذف*", "تعديل*", "تغيير*", "ازالة*")
	l.add(cNegation, "لا", "لن", "لم", "ليس", "ممنوع", "يمنع", "دون", "بدون")
	// Gulf Arabic denies with "ما" before the verb: "ما نقبل تحويل بنكي"
	// (we don't accept a bank transfer). Alone "ما" is also "what".
	l.add(cNegation, "ما نقبل", "ما نستقبل", "ما نتعامل", "ما ناخذ", "ما نقدر", "ما نعطي", "ما نرسل", "ما يمديني", "ما يصير")
	l.add(cPlease, "من فضلك", "يرجى", "رجاء", "ارجو")
	l.add(cApp, "واتساب", "واتس اب", "واتس", "تيليجرام", "تلجرام", "وي شات")
	l.add(cAppWeak, "سناب")
	// The social networks: "تابعينا على انستغرام abaya.lulua".
	l.add(cSocial, "انستغرام", "إنستغرام", "انستقرام", "إنستقرام", "انستجرام", "انستا", "فيسبوك", "فيس بوك", "تيك توك")
	// "ضيفني سناب" (add me on Snap).
	l.add(cContactVerb, "ضيفني", "ضيفنا", "اضفني", "أضفني")
	l.add(cPhoneWord, "هاتف*", "جوال*", "موبايل", "تلفون")
	l.add(cContactVerb, "تواصل*", "راسل*", "اتصل*", "كلمنا")
	l.add(cOrderRef, "طلب*", "تتبع*", "شحنة", "الشحنة")
	l.add(cCarrier, "ارامكس", "سمسا", "البريد")
	l.add(cUs, "لنا", "نحن", "منا", "معنا", "بنا", "علينا")
	l.add(cYou, "لك", "انت")
	l.add(cVia, "عبر", "على", "من خلال", "في")
	l.add(cDirect, "مباشرة", "مباشر")
	// "تواصل معنا واتساب … للطلب المباشر": an order placed with the seller
	// directly, not an order's number.
	l.add(cOffChannel|cOrderVerb, "الطلب المباشر", "للطلب المباشر", "طلب مباشر")
	// "يمكنك الطلب مباشرة من موقعنا" (you can order directly from our
	// site): the order placed, not an order's number; "اطلب" (order!).
	l.add(cOrderVerb|cDirect, "الطلب مباشرة", "اطلب مباشرة", "اطلبوا مباشرة")
	l.add(cOrderVerb, "اطلب", "اطلبوا", "اطلبي")
	l.add(cOwnSite, "مباشرة منا", "موقعنا", "متجرنا الالكتروني")
	// The adjective after the noun: "سعر أفضل" (a better price).
	l.add(cCheaper, "اقل", "ارخص", "افضل سعر", "سعر افضل", "سعر ارخص", "اسعار افضل", "اسعار ارخص")
	l.add(cPayVerb, "ادفع", "دفع", "الدفع", "حول", "تحويل")
	l.add(cPayOff, "تحويل بنكي", "حوالة", "حوالة بنكية", "ويسترن يونيون", "حسابنا البنكي")
	l.add(cPayInstr, "باي بال", "بايبال")
	l.add(cFollow, "تابع*", "اشترك*")
	l.add(cPromoTarget, "صفحت*", "صفحة", "متجر*", "قناة*")
	l.add(cNext, "القادم", "القادمة", "التالي")
	l.add(cOff, "خصم", "تخفيض*")
	l.add(cSaleEvent, "تخفيضات", "عرض لفترة محدودة", "الجمعة البيضاء")
	l.add(cCurrency, "ريال", "درهم", "جنيه", "دينار")
}

// Turkish: reviews and the words of marketing. Turkish marks a condition
// with a suffix ("silerseniz", if you delete), so the conditional forms
// sellers write are filed whole, and it puts the verb after its object
// ("bültenimize abone olun", subscribe to our newsletter): see
// followAfter.
func turkishWords(l *lexicon) {
	l.add(cReview, "değerlendirmeyi", "değerlendirmenizi", "yorumlar", "yorumunu", "yorumları", "puanınızı")
	l.add(cReview|cPositive, "olumlu değerlendirme", "olumlu yorum", "5 yıldıza", "beş yıldıza", "tam puan")
	l.add(cReview|cNegative, "olumsuz yorum*", "olumsuz değerlendirme*", "kötü yorum*", "1 yıldız*", "tek yıldız*",
		"bir yıldız*")
	l.add(cNegative, "olumsuz", "kötü")
	l.add(cRemove, "silin", "siler misiniz", "silebilir", "silebilir misiniz", "silmeniz", "kaldırın", "kaldırabilir",
		"kaldırabilir misiniz", "kaldırmanız", "değiştirin", "değiştirebilir", "güncelleyin", "güncelleyebilir")
	l.add(cRemove|cCondition, "silerseniz", "silersen", "kaldırırsanız", "kaldırırsan", "değiştirirseniz",
		"değiştirirsen", "çevirirseniz", "çevirirsen", "güncellerseniz", "düzeltirseniz")
	l.add(cCondition, "eğer", "yaparsanız", "bırakırsanız", "atarsanız", "verirseniz", "kalırsanız", "ederseniz")
	l.add(cOffer, "edeceğiz", "göndereceğiz", "gönderebilirim", "göndeririz", "gönderiyoruz", "yolluyoruz",
		"kazanın", "kazanırsınız", "tanımlıyoruz", "veriyoruz", "vereceğiz", "alırsınız")
	l.add(cIncentive, "ücretsiz", "bedava", "kargo bizden", "hediye çeki", "kupon")
	l.add(cCurrency, "tl", "lira")
	l.add(cPlease, "lütfen", "rica ederiz", "rica ediyoruz")
	l.add(cThanks, "teşekkür*", "sağ olun")
	l.add(cFollow, followAfterTurkish...)
	l.add(cPromoTarget, "mağaza*", "bülten*", "hesabımızı", "hesabımız", "kanalımıza", "kanalımızı", "sayfamızı")
	l.add(cNext, "sonraki", "bir sonraki", "gelecek siparişinizde", "gelecek siparişinize")
	l.add(cOff, "indirim", "indirimli")
	l.add(cCode, "kod", "kodu", "koduyla", "kodunu")
	l.add(cCode|cIncentive, "indirim kodu", "kupon kodu")
	// "Yorumunuzu güncelleyip 5 yıldıza çıkarırsanız çok seviniriz": raise
	// a rating; "bırakmanız halinde" (should you leave).
	l.add(cRemove, "güncelleyip", "güncelleyerek", "çıkarabilir misiniz", "çıkarır mısınız", "yükseltebilir misiniz",
		"yükseltir misiniz")
	l.add(cRemove|cCondition, "çıkarırsanız", "çıkarırsan", "yükseltirseniz")
	l.add(cAsk|cCondition, "bırakmanız halinde", "vermeniz halinde", "yazmanız halinde", "bırakmanız durumunda")
	l.add(cPlease, "çok seviniriz", "seviniriz", "memnun oluruz")
	l.add(cNewStuff, "yeni sezon", "yeni koleksiyon*", "yeni ürünler*")
	l.add(cSaleEvent, "kampanya", "kampanyalar*", "canlı yayın*")
	// Turkish denies with a suffix on the verb, after what it denies:
	// "Amazon dışında ödeme kabul edemiyoruz", "asla … istemeyiz".
	l.add(cNegation, "asla", "hiçbir zaman")
	// The negative imperative, after what it forbids: "Lütfen hiçbir
	// ödemeyi Amazon dışında yapmayın".
	l.add(cNegation|cNegAfter, "yapmayın", "yapmayınız", "göndermeyin", "göndermeyiniz", "ödemeyin", "ödemeyiniz",
		"etmeyin", "etmeyiniz", "vermeyin", "vermeyiniz", "paylaşmayın", "paylaşmayınız", "yollamayın", "yollamayınız",
		"yatırmayın", "yatırmayınız", "aktarmayın", "aktarmayınız", "atmayın", "atmayınız")
	l.add(cNegation|cNegAfter, "edemiyoruz", "edemeyiz", "etmiyoruz", "etmeyiz", "istemeyiz", "istemiyoruz",
		"yapamıyoruz", "yapamayız", "alamıyoruz", "alamayız", "göndermiyoruz", "gönderemiyoruz", "gönderemeyiz")
}

// followAfterTurkish are Turkish "subscribe": the newsletter or channel
// comes before them ("bültenimize abone olun"). "Takip" (follow) is left
// out: it is also the tracking of a parcel ("kargo takip numarası"), and a
// store followed is announced by its new season anyway ("yeni sezon").
var followAfterTurkish = []string{"abone olun", "abone ol", "abone olabilirsiniz"}

// Greek, Hebrew, Ukrainian and Hindi: the words of payments and phone
// numbers, where a reply in these languages most often leaves the
// platform — a transfer to a bank card or account, a number read out in
// words; then a few of marketing in Hindi and Hebrew, and Urdu's words of
// reviews.
func eastWords(l *lexicon) {
	// "πληρωμή με κατάθεση στην Πειραιώς": a deposit into a bank account.
	l.add(cPayVerb, "πληρωμή", "πληρωμη", "πληρώστε", "καταθέστε")
	l.add(cPayOff, "κατάθεση", "κατάθεση σε λογαριασμό", "τραπεζική μεταφορά", "έμβασμα", "iban σας")
	// "בהעברה בנקאית" (by bank transfer).
	l.add(cPayOff, "העברה בנקאית", "בהעברה בנקאית", "העברה לחשבון")
	// "на картку моно", "передоплата 50% на картку Приват": money sent to
	// a bank card by its number.
	l.add(cPayVerb, "передоплата", "оплата", "передоплату")
	l.add(cPayOff, "на картку", "на карту", "номер картки", "номер карти", "переказ на картку")
	l.add(cApp, "телеграм", "телеграмі", "телеграмм", "вайбер", "вайбері", "вотсап")
	l.add(cContactVerb, "пишіть", "напишіть", "напишите", "пишите", "телефонуйте", "дзвоніть")
	l.add(cApp, "व्हाट्सएप", "व्हाट्सऐप")
	// Bengali: "আমাদের হোয়াটসঅ্যাপে মেসেজ করুন" (message our WhatsApp).
	l.add(cApp, "হোয়াটসঅ্যাপ", "হোয়াটসঅ্যাপে", "হোয়াটসএপ", "হোয়াটসএপে")
	// Bengali puts "না" (not) after the verb, as Hindi does: "ফোন বা
	// হোয়াটসঅ্যাপে যোগাযোগ করতে পারি না" (we can't talk by phone or
	// WhatsApp).
	l.add(cNegAfter|cNegation, "পারি না", "পারব না", "পারবো না", "পারছি না", "করি না", "করবেন না", "দেবেন না",
		"পাঠাবেন না", "নয়", "নেই")
	l.add(cPhoneWord, "कॉल", "फोन", "फ़ोन")
	// Digits read out one by one or in pairs.
	l.add(cDigitWord, "אפס", "אחת", "אחד", "שתיים", "שתים", "שניים", "שלוש", "שלושה", "ארבע", "ארבעה", "חמש",
		"חמישה", "שש", "שישה", "שבע", "שבעה", "שמונה", "תשע", "תשעה")
	l.add(cDigitWord, "нуль", "ноль", "один", "одна", "два", "дві", "три", "чотири", "четыре", "п'ять", "пять",
		"шість", "шесть", "сім", "семь", "вісім", "восемь", "дев'ять", "девять", "десять", "двадцять", "тридцять",
		"сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яносто", "сто")
	l.add(cDigitWord, "शून्य", "एक", "दो", "तीन", "चार", "पांच", "पाँच", "छह", "छः", "सात", "आठ", "नौ")
	// holdout43–46: marketing in Hindi and Hebrew ("हमारे ब्रांड को
	// Instagram पर फॉलो कीजिए, दिवाली सेल जल्द आ रही है", "עקבו אחרינו
	// באינסטגרם לקבלת הנחות בלעדיות"). Hindi follows after the page it
	// follows (followAfterHindi); Hebrew writes "in" joined to the network.
	l.add(cFollow, followAfterHindi...)
	// A page is the seller's only when it says so: "ट्रैकिंग पेज पर
	// फॉलो कीजिए" follows a parcel on the tracking page.
	l.add(cPromoTarget, "ब्रांड", "हमारे पेज", "हमारा पेज", "हमारे स्टोर", "हमारा स्टोर", "हमारे चैनल", "हमारा चैनल")
	l.add(cSocial, "इंस्टाग्राम", "फेसबुक", "यूट्यूब", "אינסטגרם", "באינסטגרם", "לאינסטגרם", "פייסבוק", "בפייסבוק",
		"טיקטוק", "בטיקטוק")
	l.add(cSaleWord, "सेल")
	l.add(cSaleEvent, "दिवाली सेल", "फेस्टिव सेल", "मेगा सेल", "बिग सेल", "होली सेल", "הנחות בלעדיות", "מבצעים בלעדיים")
	l.add(cOff, "छूट", "डिस्काउंट", "הנחה", "הנחות")
	l.add(cCode, "कूपन", "कूपन कोड", "קוד הנחה", "קופון")
	l.add(cNext, "अगली बार", "अगले ऑर्डर", "अगली खरीद", "ההזמנה הבאה", "בהזמנה הבאה", "לרכישה הבאה", "ברכישה הבאה")
	// Urdu, written in Arabic letters (Hindi's review words are in
	// review.go): "براہ کرم ہمیں 5 اسٹار ریویو دیں، اگلی بار آپ کو مفت تحفہ
	// ملے گا" asks for five stars for a gift.
	l.add(cReview, "ریویو", "ریویوز", "تبصرہ", "فیڈبیک")
	l.add(cStars, "اسٹار", "ستارے")
	l.add(cReview|cPositive, "5 اسٹار", "پانچ اسٹار", "مثبت ریویو", "اچھا ریویو")
	l.add(cReview|cNegative, "1 اسٹار", "ایک اسٹار", "منفی ریویو", "برا ریویو")
	l.add(cPlease, "براہ کرم", "برائے مہربانی", "مہربانی")
	l.add(cAsk, "دیں", "دیجیے", "دیجئے", "لکھیں", "چھوڑیں")
	l.add(cOffer, "ملے گا", "ملے گی", "ملیں گے", "بھیجیں گے", "دیں گے")
	l.add(cIncentive, "مفت", "تحفہ", "تحفے", "گفٹ", "رعایت", "ڈسکاؤنٹ")
	l.add(cOff, "رعایت", "ڈسکاؤنٹ")
	l.add(cNext, "اگلی بار", "اگلے آرڈر", "اگلی خریداری")
	l.add(cUs, "ہمیں")
	l.add(cNegation, "نہیں")
	// "you asked", one unit, for the buyer's wish quoted back (wishWords):
	// "آپ نے پوچھا کہ کیا JazzCash پر پیسے بھیج سکتے ہیں — معذرت، …".
	l.add(0, "آپ نے پوچھا", "آپ نے پوچھا تھا", "آپ پوچھ رہے تھے")
}

// followAfterHindi are Hindi's "follow", after the page or network
// followed: "Instagram पर फॉलो कीजिए" (follow us on Instagram).
var followAfterHindi = []string{"फॉलो कीजिए", "फॉलो करें", "फॉलो करो", "फॉलो कर लें", "फॉलो कर लो", "फॉलो कर लीजिए",
	"फ़ॉलो कीजिए", "फ़ॉलो करें", "फ़ॉलो करो", "सब्सक्राइब कीजिए", "सब्सक्राइब करें"}

// Swahili: reviews and the words of marketing ("Tafadhali tupe nyota 5
// kwenye ukaguzi wako na tutakutumia punguzo la 10% kwa oda yako ijayo":
// five stars for a discount on the next order).
func swahiliWords(l *lexicon) {
	l.add(cReview, "ukaguzi", "tathmini", "maoni")
	l.add(cStars, "nyota")
	l.add(cReview|cPositive, "nyota 5", "nyota tano", "5 nyota", "maoni mazuri", "tathmini nzuri")
	l.add(cReview|cNegative, "nyota 1", "nyota moja", "maoni mabaya", "tathmini mbaya")
	l.add(cPlease, "tafadhali")
	l.add(cAsk, "tupe", "nipe", "andika", "tuachie")
	l.add(cOffer, "tutakutumia", "tutakupa", "utapata", "tutakuongezea")
	l.add(cIncentive, "zawadi", "bure", "punguzo")
	l.add(cOff, "punguzo")
	l.add(cNext, "ijayo", "inayofuata", "oda ijayo", "oda inayofuata")
	l.add(cOrderRef, "oda", "agizo")
	l.add(cThanks, "asante", "asanteni")
	l.add(cNegation, "hatuwezi", "hapana")
	l.add(cPromoTarget, "ukurasa", "duka")
	l.add(cSaleEvent, "ofa maalum")
}

// Swedish, Czech, Romanian, Greek, Hebrew and Ukrainian: the words of
// review manipulation ("lämna gärna 5 stjärnor", "změňte hodnocení",
// "ștergeți recenzia", "αλλάξτε την κριτική", "למחוק את הביקורת",
// "змініть відгук"), filed under the concepts of review.go. Conditions,
// asks and offers are filed as whole phrases where the bare word has an
// everyday meaning in another language: Swedish "om" (if) is Dutch "om"
// (to), so only "om du" and "om ni" are a condition.
func reviewLanguageWords(l *lexicon) {
	// Swedish.
	l.add(cReview, "recension", "recensionen", "recensioner", "omdöme", "omdömet", "omdömen", "betyg", "betyget",
		"recensera", "recenserar")
	l.add(cStars, "stjärna", "stjärnor", "stjärnorna")
	l.add(cReview|cPositive, "5 stjärnor", "fem stjärnor", "5 stjärnig*", "fem stjärnig*", "toppbetyg", "högsta betyg",
		"bra betyg", "bra omdöme", "positivt omdöme", "positiv recension", "fullt betyg")
	l.add(cReview|cNegative, "1 stjärna", "en stjärna", "dåligt betyg", "dåligt omdöme", "negativt omdöme",
		"negativ recension", "lågt betyg")
	l.add(cAsk, "lämna", "lämnar", "skriv", "skriva", "ge oss", "sätt", "betygsätt")
	l.add(cPlease, "gärna", "snälla", "vänligen", "skulle uppskatta")
	l.add(cCondition, "om du", "om ni", "ifall", "när du", "när ni")
	// "få" folds to "fa" and "ändra" (change) to "andra" (other): only
	// their phrases are filed.
	l.add(cOffer, "och få", "och får", "får du", "får ni", "skickar vi", "ger vi", "lägger vi med", "bjuder vi på")
	l.add(cIncentive, "presentkort", "gåva", "pengarna tillbaka")
	l.add(cCurrency, "kr", "sek", "kronor")
	l.add(cRemove, "ändrar", "ta bort", "tar bort", "radera", "uppdatera", "höja")
	l.add(cRemove|cReview, "ändra omdömet", "ändra betyget", "ändra recensionen", "ändra ditt omdöme",
		"ändra din recension", "ändra ditt betyg")
	l.add(cNegation, "inte", "inget", "ingen", "aldrig", "låter bli", "låta bli")
	// Danish and Norwegian deny with "ikke": "vi kan ikke modtage
	// MobilePay".
	l.add(cNegation, "ikke", "aldri")
	l.add(cSatisfied, "nöjd", "nöjda")
	l.add(cOtherwise, "om inte", "annars", "inte nöjd")
	l.add(cNext, "nästa")
	// Czech.
	l.add(cReview, "hodnocení", "recenze", "recenzi", "recenzí", "recenzemi", "hodnocením")
	l.add(cStars, "hvězdička", "hvězdičky", "hvězdiček", "hvězdičkami", "hvězdičku", "hvězdy", "hvězd")
	l.add(cReview|cPositive, "5 hvězdiček", "5 hvězdičkami", "5 hvězdičky", "pět hvězdiček", "pěti hvězdičkami",
		"4 hvězdičky", "kladné hodnocení", "pozitivní hodnocení", "pozitivní recenzi")
	l.add(cReview|cNegative, "1 hvězdička", "1 hvězdičku", "jednu hvězdičku", "negativní hodnocení",
		"špatné hodnocení", "negativní recenzi")
	l.add(cRemove, "upravit", "upravte", "upravíte", "změnit", "změňte", "změníte", "smazat", "smažte", "smažete",
		"odstranit", "odstraňte", "odstraníte", "stáhnout")
	l.add(cAsk, "napište", "napsat", "zanechte", "zanechat", "ohodnoťte", "ohodnotit")
	l.add(cIncentive, "dárek", "dárkem", "zdarma", "poukaz", "poukázku", "vrátíme", "vrátíme vám")
	l.add(cCondition, "pokud", "jestli", "kdybyste", "když")
	l.add(cOffer, "dostanete", "získáte", "pošleme", "přidáme")
	// Romanian.
	l.add(cReview, "recenzie", "recenzia", "recenzii", "recenziile", "recenziei", "evaluare", "evaluarea")
	l.add(cStars, "stea", "stele")
	l.add(cReview|cPositive, "5 stele", "cinci stele", "recenzie pozitivă")
	l.add(cReview|cNegative, "o stea", "1 stea", "recenzie negativă")
	l.add(cRemove, "ștergeți", "ștergi", "șterge", "modificați", "modifici", "schimbați", "schimbi")
	l.add(cAsk, "lași", "lăsați", "lasă", "lăsa", "scrieți", "scrie")
	l.add(cCondition, "dacă")
	l.add(cIncentive, "cadou", "gratuit", "reducere")
	l.add(cOffer, "oferim", "primiți", "primești", "trimitem", "punem")
	// "Vă rog lăsați feedback pozitiv": a positive rating asked for.
	l.add(cPositive, "pozitiv", "pozitivă", "pozitive", "bun", "bună")
	l.add(cPlease, "vă rog", "vă rugăm", "te rog")
	// "la prețuri mai bune decât pe Amazon": the platform as the dearer way.
	l.add(cCheaper, "mai ieftin", "mai ieftine", "mai ieftină", "prețuri mai bune", "preț mai bun")
	// Greek.
	l.add(cReview, "κριτική", "κριτικές", "αξιολόγηση", "αξιολόγησή", "βαθμολογία")
	l.add(cStars, "αστέρι", "αστέρια")
	l.add(cReview|cPositive, "5 αστέρια", "πέντε αστέρια", "θετική κριτική", "θετική αξιολόγηση")
	l.add(cReview|cNegative, "1 αστέρι", "ένα αστέρι", "αρνητική κριτική", "αρνητική αξιολόγηση")
	l.add(cRemove, "αλλάξετε", "αλλάξτε", "αλλάξεις", "διαγράψετε", "διαγράψτε", "αφαιρέσετε", "τροποποιήσετε")
	l.add(cAsk, "αφήστε", "αφήσετε", "γράψτε", "δώστε")
	l.add(cCondition, "αν", "εάν")
	l.add(cIncentive, "δωρεάν", "δώρο", "έκπτωση", "επιστρέψουμε", "επιστροφή χρημάτων")
	l.add(cOffer, "θα σας", "στείλουμε", "προσφέρουμε")
	// Hebrew, with the article and prepositions it writes joined on: "הביקורת"
	// (the review), "בביקורת" (in the review).
	l.add(cReview, "ביקורת", "הביקורת", "בביקורת", "לביקורת", "ביקורות", "הביקורות", "דירוג", "הדירוג", "חוות דעת")
	l.add(cStars, "כוכבים", "כוכב")
	l.add(cReview|cPositive, "5 כוכבים", "חמישה כוכבים", "חמש כוכבים", "כוכבים טובים", "ביקורת חיובית", "דירוג גבוה")
	l.add(cReview|cNegative, "כוכב אחד", "ביקורת שלילית", "הביקורת השלילית", "דירוג נמוך")
	l.add(cPositive, "טובים", "טובה", "חיובית", "חיובי")
	l.add(cRemove, "למחוק", "תמחק", "תמחקי", "תמחקו", "לשנות", "תשנה", "תשני", "תשנו", "לעדכן", "תעדכן")
	l.add(cAsk, "תנו", "תן", "תני", "השאירו", "השאר", "השאירי", "כתבו")
	l.add(cCondition, "אם")
	l.add(cIncentive, "מתנה", "הנחה", "קופון", "חינם", "להחזיר לך", "החזר")
	l.add(cOffer, "נשמח להחזיר", "נשלח", "תקבל", "תקבלי", "תקבלו")
	l.add(cUs, "לנו")
	// Ukrainian and Russian.
	l.add(cReview, "відгук", "відгуку", "відгуки", "оцінка", "оцінку", "оцінки", "отзыв", "отзыва", "отзывы", "оценку")
	l.add(cStars, "зірка", "зірки", "зірок", "звезда", "звезды", "звезд")
	l.add(cReview|cPositive, "5 зірок", "п'ять зірок", "5 звезд", "пять звезд", "позитивний відгук", "хороший відгук",
		"положительный отзыв", "хороший отзыв")
	l.add(cReview|cNegative, "1 зірка", "одна зірка", "негативний відгук", "поганий відгук", "1 звезда",
		"отрицательный отзыв", "плохой отзыв")
	l.add(cRemove, "змініть", "змінити", "видаліть", "видалити", "виправте", "измените", "изменить", "удалите",
		"удалить", "исправьте")
	l.add(cAsk, "поставте", "залиште", "напишіть", "поставьте", "оставьте", "напишите")
	l.add(cPlease, "будь ласка", "пожалуйста")
	l.add(cCondition, "якщо", "если")
	l.add(cIncentive, "подарунок", "подарунку", "знижка", "знижку", "подарок", "скидка", "скидку", "безкоштовно",
		"бесплатно")
}
