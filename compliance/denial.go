package compliance

import "strings"

// Denials and warnings the clause-bound negation does not see: the
// buyer's question quoted back and then refused ("You asked whether you
// could pay by Zelle — sorry, we can't take payments outside Amazon"), and
// warnings against people pretending to be the shop ("A few fake accounts
// are DMing people a PayPal link. That's not us!").

func denialWords(l *lexicon) {
	// Warnings in scripts without spaces, as units of their own.
	l.add(0, "冒充", "假冒", "冒名", "แอบอ้าง", "不是我们", "不是我們")
	// What a product does with an app, as units of their own: "支持微信和QQ
	// 消息提醒".
	l.add(0, "支持", "兼容", "提醒", "消息提醒", "通知", "通话", "视频通话", "分享")
	// The same in traditional Chinese and Japanese: "支援", "綁定" (binds a
	// wallet to the watch), "通知表示に対応", "決済機能".
	l.add(0, "支援", "綁定", "绑定", "に対応", "通知表示", "機能")
	// And in Thai: "นาฬิการุ่นนี้แจ้งเตือน LINE" (this watch notifies LINE),
	// "รองรับ" (supports), not "รอง" + "รับ" (receive).
	l.add(0, "นาฬิกา", "แจ้งเตือน", "รองรับ")
	// The buyer's question in Thai ("ลูกค้าถามว่าโอนพร้อมเพย์ได้ไหม"), and
	// impostors in Japanese and Korean ("当店の名前をかたり", "사칭"), as
	// units of their own.
	l.add(0, "ถาม", "ถามว่า", "ถามมาว่า", "สอบถาม", "สอบถามว่า", "かたり", "騙り", "なりすまし", "成りすまし", "사칭",
		"알림", "알림음", "อ้างชื่อ", "อ้างเป็น", "อ้างว่าเป็น")
	// Italian "niente bonifico né PayPal": nothing of the kind.
	l.add(cNegation, "niente")
	// Vietnamese "ứng dụng" (the app) folds to "ung dung", and "dung" alone
	// is "đừng" (don't); "tin nhắn" (a message) is not "nhắn Zalo" (text
	// us on Zalo).
	l.add(0, "ứng dụng", "tin nhắn")
	// The buyer's wish closed after it, as units of their own: wishAfter.
	l.add(0, "ご質問", "とのこと", "물어보셨", "문의하셨", "원하셨", "요청하셨")
}

// moreWarnings are warnings against scams that warnings (payment.go) does
// not list: impostors, fake pages, "that's not us".
var moreWarnings = newPhraseSet("beware", "fake account", "fake accounts", "fake page", "fake pages", "fake profile",
	"fake profiles", "impostor", "impostors", "imposter", "imposters", "pretend to be", "pretends to be",
	"posing as", "that's not us", "that is not us", "that isn't us", "that wasn't us", "it's not us", "it is not us",
	"it isn't us", "it wasn't us", "not from us", "das sind nicht wir", "ce n'est pas nous", "no somos nosotros",
	"não somos nós", "nao somos nos", "bukan kami", "bukan dari kami", "không phải shop", "không phải là shop",
	"ngaku", "ngaku-ngaku", "mengaku", "mengatasnamakan", "giả mạo", "mạo danh", "se hacen pasar", "haciéndose pasar",
	"se faisant passer", "se passando", "fingindo ser", "es fraude", "é fraude", "fraud hai", "冒充", "假冒", "冒名",
	"不是我们", "不是我們", "แอบอ้าง",
	// "If someone asks you to pay outside Amazon, please report it."
	"report it", "report them", "report this", "report that", "repórtelo", "repórtalo", "denúncielo", "melden sie es",
	"signalez-le", "laporkan", "举报",
	// "…and report anyone who asks for payment outside eBay", "não pague
	// nada e denuncie à Amazon".
	"report anyone", "report anybody", "report whoever", "denuncie", "denunciem",
	// "someone send messages using our name", "ทักมาอ้างชื่อร้าน".
	"using our name", "use our name", "uses our name", "using our shop name", "pakai nama kami", "guna nama kami",
	// Thai "หากมีใครอ้างเป็นร้าน" (if anyone claims to be the shop).
	"อ้างเป็น", "อ้างว่าเป็น",
	// "perfis falsos usando nosso nome". Not "em nosso nome" alone: "a
	// conta está em nosso nome" is where to pay.
	"usando nosso nome", "usando nuestro nombre",
	"อ้างชื่อ", "かたり", "騙り", "なりすまし", "成りすまし", "사칭",
	// Turkish "adımıza mesaj atıp…" (messaging in our name).
	"adımıza", "adımızı kullanarak", "adımızı kullanan", "adımızla",
	// Tagalog "Wag po kayo magbabayad sa kahit sinong nagme-message…"
	// (don't pay anyone who messages you…).
	"kahit sinong", "kahit sino", "sinumang")

// neverWords and askWords: "we will never ask for payment outside
// Amazon", "Wir fragen niemals nach Ihrer Bankverbindung".
// Phrases, as "không bao giờ" and "yêu cầu" are read word by word.
var (
	neverWords = newPhraseSet("never", "niemals", "nie", "nunca", "jamais", "jamás", "mai", "tidak pernah", "tak pernah",
		"không bao giờ", "绝不", "从不", "决不", "ไม่เคย", "nooit", "nigdy", "asla", "hiçbir zaman")
	askWords = newPhraseSet("ask", "asks", "request", "fragen", "bitten", "verlangen", "fordern", "pedimos", "pediremos",
		"pedir", "solicitamos", "demandons", "demanderons", "demander", "chiediamo", "chiederemo",
		"meminta", "minta", "yêu cầu", "要求", "索要", "ขอ", "vragen", "prosimy", "poprosimy")
)

// warnedAt reports a warning starting at unit j.
func (sc *scan) warnedAt(j int) bool {
	if warnings.at(sc, j) || moreWarnings.at(sc, j) || sc.fakeAccountAt(j) {
		return true
	}
	if sc.anyoneAsksDont(j) {
		return true
	}
	// The verb before or after: "we never ask", "Wir fragen niemals nach",
	// "shop không bao giờ yêu cầu chuyển khoản".
	if neverWords.at(sc, j) {
		for k := max(j-2, 0); k <= j+4 && k < len(sc.units); k++ {
			if sc.units[k].clause == sc.units[j].clause && askWords.at(sc, k) {
				return true
			}
		}
	}
	return false
}

// Hinglish warns as "if anyone asks …, don't": "koi bhi aapko WhatsApp
// pe call karke UPI PIN maange toh mat dena" (if anyone calls you on
// WhatsApp and asks for your UPI PIN, don't give it), "kisi ko bhi
// payment maange toh mat bhejna".
var (
	anyoneHinglish = foldSet("koi", "kisi")
	askHinglish    = foldSet("maange", "maangta", "maangti", "maangte", "mange", "mangta", "mangti", "mangte", "bole", "kahe")
	dontHinglish   = foldSet("mat", "na", "nahi", "nahin")
)

// anyoneAsksDont reports the Hinglish warning starting at j: someone,
// asking within the sentence, then told no to right after it.
func (sc *scan) anyoneAsksDont(j int) bool {
	if !anyoneHinglish[sc.text(j)] {
		return false
	}
	for k := j + 1; k < len(sc.units) && k-j <= 16 && sc.units[k].sent == sc.units[j].sent; k++ {
		if !askHinglish[sc.text(k)] {
			continue
		}
		for n := k + 1; n < len(sc.units) && n-k <= 3 && sc.units[n].sent == sc.units[j].sent; n++ {
			if dontHinglish[sc.text(n)] {
				return true
			}
		}
	}
	return false
}

// fakeWords and profileWords: "a fake Instagram account", "una cuenta
// falsa de WhatsApp", "akun palsu".
var (
	fakeWords    = foldSet("fake", "bogus", "falsa", "falso", "falsas", "falsos", "palsu", "giả", "faux", "fausse", "gefälschte", "gefälschtes", "gefälschten")
	profileWords = foldSet("account", "accounts", "page", "pages", "profile", "profiles", "cuenta", "cuentas", "perfil",
		"perfiles", "página", "páginas", "conta", "contas", "akun", "tài khoản", "trang", "compte", "comptes", "konto",
		"konten", "seite", "seiten", "profil",
		// Who or what pretends to be the shop: "a fake seller copying my
		// listing", "perfis falsos", "mensagens falsas em nosso nome".
		"seller", "sellers", "shop", "shops", "store", "stores", "perfis", "message", "messages", "mensagens",
		"mensajes", "vendedor", "vendedores", "loja", "lojas", "tienda", "tiendas")
)

// fakeAccountAt reports a fake account at j, its app named between or
// after: "a fake Instagram account", "akun Instagram palsu".
func (sc *scan) fakeAccountAt(j int) bool {
	if fakeWords[sc.text(j)] {
		return profileWords[sc.text(j+1)] || sc.units[min(j+1, len(sc.units)-1)].mask&(cApp|cAppWeak|cSocial) != 0 && profileWords[sc.text(j+2)]
	}
	return profileWords[sc.text(j)] && (fakeWords[sc.text(j+1)] || sc.units[min(j+1, len(sc.units)-1)].mask&(cApp|cAppWeak|cSocial) != 0 && fakeWords[sc.text(j+2)])
}

// warnedNext reports a warning in the first units of the sentence after
// the one ending before unit b: "…DMing people a PayPal link. That's not
// us!", "…minta transfer ke rekening pribadi? Itu penipuan ya kak".
func (sc *scan) warnedNext(b int) bool {
	for j := b; j < len(sc.units) && j-b < 5 && sc.units[j].sent == sc.units[b].sent; j++ {
		if sc.warnedAt(j) {
			return true
		}
	}
	return false
}

// warnedNear reports a warning within w units of unit i in its sentence,
// or at the start of the next sentence. Contact rules ask it per app, so
// it looks at a bounded window.
func (sc *scan) warnedNear(i, w int) bool {
	a, b := sc.around(i, w)
	for j := a; j < b; j++ {
		if sc.warnedAt(j) {
			return true
		}
	}
	return b < len(sc.units) && sc.units[b].sent != sc.units[i].sent && sc.warnedNext(b)
}

// apologyWords open a refusal: "sorry, we can't", "mohon maaf tidak bisa",
// "shop xin lỗi, shop chỉ nhận…", "للأسف لا يمكننا".
var apologyWords = foldSet("sorry", "afraid", "unfortunately", "regret", "leider", "lamentablemente",
	"desafortunadamente", "lo siento", "lo sentimos", "infelizmente", "desculpe", "purtroppo", "mi dispiace",
	"malheureusement", "désolé", "désolée", "maaf", "mohon maaf", "xin lỗi", "rất tiếc", "tiếc", "للاسف", "عذرا",
	"抱歉", "不好意思", "很遗憾", "ขออภัย", "ขอโทษ", "申し訳", "죄송",
	// Dutch, Polish, Turkish, and more of the languages above: "helaas",
	// "niestety", "maalesef", "purtroppo no", "perdón, no podemos".
	"helaas", "jammer", "spijt", "niestety", "przepraszam", "przepraszamy", "przykro", "maalesef", "üzgünüz",
	"perdón", "disculpe", "disculpa", "disculpas", "desculpa", "spiacenti", "dispiace", "entschuldigung", "leid",
	"excusez", "sayangnya", "对不起", "残念ながら", "恐れ入りますが",
	// The plural of a shop speaking as "we": "désolés, …".
	"désolés", "désolées")

// yesWords grant the buyer's wish: "You asked about PayPal — yes, …".
var yesWords = foldSet("yes", "sure", "of course", "ok", "okay", "yep", "absolutely", "sí", "claro", "ja",
	"gerne", "oui", "bien sûr", "sim", "pode", "bisa", "boleh", "tentu", "được", "dạ được", "可以", "好的", "ได้")

// buyerWish returns the unit of the buyer's wish or question before the
// payment or app at i in its sentence ("you asked whether", "Kakak tanya
// apakah", "chị hỏi", "Capisco che preferirebbe", "ذكرتَ أنك تفضّل"), or
// -1.
func (sc *scan) buyerWish(i int) int {
	u := sc.units[i]
	for j := i - 1; j >= 0 && i-j <= 16 && sc.units[j].sent == u.sent; j-- {
		w := sc.text(j)
		// Further back only the question reported with its "if": "you
		// asked if you could pay the difference for the bigger size by
		// Cash App", "vous nous demandez si…", "u vroeg of…".
		if i-j > 10 && !ifWords[sc.text(j+1)] {
			continue
		}
		// "Entiendo que prefiera hablar por WhatsApp", "Rozumiem, że
		// przelew byłby wygodniejszy": what the buyer would like, understood.
		if understandWords[w] && thatWords[sc.text(j+1)] && j+1 < i {
			return j
		}
		if !wishWords[w] {
			continue
		}
		// "nếu chị muốn…", "if you'd prefer…": an offer's condition, not a
		// wish being answered.
		if sc.prev(j, cCondition, 3) >= 0 {
			return -1
		}
		// "you'd like us to take down the review": "like us" is read
		// as a follow phrase, the wish all the same.
		if w == "like" || w == "like us" {
			if sc.is(j-1, "you'd") || sc.is(j-1, "would") && sc.is(j-2, "you") {
				return j
			}
			continue
		}
		if youWishWords[w] || sc.prev(j, cYou, 3) >= 0 || sc.is(j-1, "du", "vous", "sie", "tu", "usted") || addressWords[sc.text(j-1)] ||
			// The subject after the verb: "Pytała Pani, czy…", "fragten
			// Sie, ob…"; not English "we asked you".
			sc.is(j+1, "sie", "pani", "pan", "państwo", "u", "vous", "usted", "anda") ||
			wishAux[sc.text(j-1)] ||
			sc.is(j-2, "du", "vous", "sie", "tu", "usted") || understandWords[sc.text(j-1)] || understandWords[sc.text(j-2)] {
			return j
		}
	}
	return sc.wishAfter(i)
}

// wishAfterWords close the buyer's wish in Japanese and Korean, after
// what was asked for: "PayPalでの返金をご希望とのことですが", "「…」とのご質問
// ですが", "'카톡으로 주문해도 되냐'고 물어보셨는데"; and in Turkish: "IBAN
// talebiniz üzerine…" (on your request for our IBAN).
var wishAfterWords = foldSet("ご質問", "とのこと", "물어보셨", "문의하셨", "원하셨", "요청하셨", "talebiniz", "talebinize",
	"talebinizle", "sorunuz", "sorunuza", "sorduğunuz", "istediğiniz")

// ifWords open the question reported: "you asked if", "Sie fragten, ob",
// "u vroeg of", "vous demandez si", "pytała Pani, czy", "chị hỏi có".
var ifWords = foldSet("if", "whether", "ob", "of", "si", "se", "czy", "apakah", "kalau", "có", "liệu")

// wishAfter returns the unit closing a wish after i in its clause, or -1.
func (sc *scan) wishAfter(i int) int {
	for j := i + 1; j < len(sc.units) && j-i <= 8 && sc.units[j].clause == sc.units[i].clause; j++ {
		if wishAfterWords[sc.text(j)] {
			return j
		}
	}
	return -1
}

// wishWords give the buyer's wish or question about another way: "you'd
// prefer", "you mentioned PayPal F&F", "Sie hatten gefragt", "Kakak tanya
// apakah", "chị hỏi có…", "tanong mo kung".
var wishWords = foldSet("prefer", "prefers", "preferred", "would rather", "asked", "asking", "wish", "préférez",
	"préfériez", "préféreriez", "helst", "gefragt", "möchten", "prefieres", "preferirías", "preferiría",
	"prefere", "preferia", "preferisce", "preferirebbe", "preferiresti", "lebih suka", "muốn", "demandé", "preguntó",
	"chiesto", "like", "like us", "message", "question", "request", "mensaje", "nachricht", "anfrage", "frage",
	"pertanyaan", "câu hỏi", "tin nhắn", "mentioned", "asked about", "asked whether", "asked if", "wondered", "wondering",
	"requested", "suggested", "tanya", "nanya", "bertanya", "menanyakan", "hỏi", "tanong", "pregunta", "pregunta si",
	"preguntaba", "perguntou", "perguntaram", "perguntando", "erwähnt", "gewünscht", "mentionné", "chiede",
	"ذكرت", "طلبت", "سالت", "تفضل", "问", "问到", "询问", "詢問", "ถาม", "ถามว่า", "ถามมาว่า", "สอบถาม", "สอบถามว่า",
	"preguntado", "domandato", "domanda", "richiesta",
	// "nos pidió que le devolviéramos…", "Entiendo que prefiera…", Hinglish
	// "aapka sawaal tha…".
	"pidió", "pidieron", "pediu", "pediram", "pediste", "prefiera", "prefieran", "sawaal", "sawal", "poocha", "pucha",
	"puchha",
	// More of the verbs of asking, as sellers write them back: "vous nous
	// demandez si", "Sie fragten, ob", "u vroeg of", "me preguntaste si",
	// "mi chiedeva se", "pytała Pani, czy", "você queria saber se".
	"demandez", "demandiez", "demandes", "demandais", "demandait", "souhaitez", "souhaitiez", "fragten", "fragen",
	"fragte", "fragst", "wollten", "vroeg", "vroegen", "gevraagd", "vraagt", "vraag", "wilde", "preguntaste",
	"preguntas", "consulta", "consultó", "consultaste", "chiedeva", "chiedevi", "chiedi", "chiedete", "pergunta",
	"perguntaste", "queria", "pytał", "pytała", "pytali", "pytanie", "zapytał", "zapytała", "zapytali", "prosił",
	"prosiła", "soruyorsunuz", "sordunuz",
	// Urdu: "آپ نے پوچھا کہ…" (you asked whether…).
	"آپ نے پوچھا", "آپ نے پوچھا تھا", "آپ پوچھ رہے تھے")

// wishAux are the auxiliaries of "you asked" in Italian and Spanish, whose
// subject goes unsaid: "ci ha chiesto se…", "me has preguntado si…".
var wishAux = foldSet("ha", "hai", "avete", "aveva", "avevi", "has", "habéis", "había")

// addressWords name the buyer as Malay, Indonesian, Vietnamese and
// Tagalog sellers do, in place of "you": "Cik tanya boleh bayar…", "anh
// hỏi…", "Kuya, tanong mo…".
var addressWords = foldSet("cik", "encik", "puan", "tuan", "kak", "kakak", "sis", "mbak", "chi", "anh", "ban", "kuya",
	"aap", "aapka", "aapki", "aapne")

// contrastWords turn the wish down: "…, but on eBay the payment…".
var contrastWords = foldSet("but", "however", "mais", "men", "aber", "jedoch", "pero", "mas", "ma", "però", "tapi",
	"tetapi", "namun", "nhưng", "但是", "不过")

// youWishWords are already the buyer's: "ذكرتَ" is "you mentioned".
var youWishWords = foldSet("ذكرت", "طلبت", "سالت", "تفضل", "preferirebbe", "preferisce", "prefieres",
	"préférez", "préfériez", "préféreriez", "perguntou", "preguntó", "mentioned", "asked about", "pidió", "pidieron",
	"pediu", "pediram", "pediste", "demandez", "demandiez", "souhaitez", "souhaitiez", "preguntaste", "perguntaste",
	"chiedevi", "chiedeva", "domandava", "soruyorsunuz", "sordunuz", "آپ نے پوچھا", "آپ نے پوچھا تھا", "آپ پوچھ رہے تھے",
	// The buyer addressed as "tu", the verb alone saying who asks: "me
	// preguntas si…", "tu nous demandes si…".
	"preguntas", "demandes")

// understandWords acknowledge the wish: "Capisco che preferirebbe…".
var understandWords = foldSet("understand", "capisco", "comprendo", "entiendo", "verstehe", "verstehen",
	"comprends", "entendo", "compreendo", "faham", "mengerti", "hiểu", "理解", "rozumiem", "rozumiemy", "begrijp",
	"begrijpen", "anlıyorum", "anlıyoruz")

// thatWords open what is understood: "Entiendo que…", "Rozumiem, że…".
var thatWords = foldSet("that", "que", "che", "że", "dass", "bahwa", "rằng", "dat")

// wishRefused reports a payment or app at i that the buyer asked for and
// the seller then refuses: a denial or the platform's own way opening the
// answer, in the sentence or the next, with no "yes" and no way around
// the platform offered in it. "You asked whether you could pay by Zelle —
// sorry, we can't take payments outside Amazon"; not "you asked about
// Zelle: sure, it's 555-0100", nor "we can't do PayPal, but Zelle me".
func (sc *scan) wishRefused(i int) bool {
	if sc.buyerWish(i) < 0 {
		return false
	}
	u := sc.units[i]
	answer := -1
	for j := i + 1; j < len(sc.units) && j-i <= 24 && sc.units[j].sent <= u.sent+1; j++ {
		v, w := sc.units[j], sc.text(j)
		if answer < 0 {
			// The rest of the wish: "…by PayPal or Zelle to save on fees",
			// "…cho shop được không".
			if v.clause == u.clause && v.sent == u.sent && !apologyWords[w] && !contrastWords[w] && !sc.dashBefore(j) {
				continue
			}
			answer = j
		}
		if yesWords[w] || v.mask&cCheaper != 0 || v.mask&(cDirect|cOffChannel|cPayOff|cPayInstr) != 0 && !sc.negated(j) && !sc.checkoutWay(j) {
			return false
		}
		if j-answer >= 10 {
			return false
		}
		if sc.refusalAt(j, answer) {
			return !sc.wayAroundAfter(j)
		}
	}
	return false
}

// refusalAt reports a refusal at unit j of an answer opening at unit
// from: a denial, or the platform or its checkout named as the way ("shop
// chỉ nhận thanh toán qua Shopee"). An "instead" before the answer is the
// buyer's: "…Venmo you the $18 instead of waiting — I'm sorry, Amazon
// requires refunds to go back through the original order".
func (sc *scan) refusalAt(j, from int) bool {
	v := sc.units[j]
	switch {
	case v.mask&cNegAfter != 0:
		return true
	case v.mask&cNegation != 0:
		// Not "without": "tanpa lewat checkout" goes around it.
		// Nor Vietnamese "không" reading out a zero: "số không chín tám".
		// Nor Portuguese "in the" before an app: "manda o comprovante no
		// zap" (negated reads it so too).
		return !aroundSet[sc.text(j)] && v.mask&cIdiom == 0 && !sc.inTheApp(j) &&
			!(j+1 < len(sc.units) && sc.units[j+1].mask&(cDigitWord|cNumber) != 0) && !(j+1 < len(sc.units) && sc.units[j+1].mask&cIdiom != 0)
	case v.mask&cPlatform != 0 || checkoutSet[sc.text(j)]:
		return !sc.bypassed(j) && !sc.skipped(j) && !sc.insteadSince(j, from)
	case onlyWords[sc.text(j)]:
		// "we only accept cards, PayPal and Apple Pay through our
		// checkout": only the store's own ways.
		for k := j + 1; k < len(sc.units) && k-j <= 10 && sc.units[k].sent == v.sent; k++ {
			if sc.units[k].mask&cPlatform != 0 || checkoutSet[sc.text(k)] {
				return sc.refusalAt(k, from)
			}
		}
	}
	return false
}

// insteadSince reports "instead of" shortly before unit j, from unit from
// on.
func (sc *scan) insteadSince(j, from int) bool {
	for k := j - 1; k >= from && k >= j-5 && sc.units[k].sent == sc.units[j].sent; k-- {
		if sc.insteadAt(k) {
			return true
		}
	}
	return false
}

// checkoutWay reports a payment service at j named as a way of the
// platform's own checkout, or of the seller's own store: "cards, PayPal
// and Apple Pay through our checkout".
func (sc *scan) checkoutWay(j int) bool {
	if sc.units[j].mask&cPayInstr == 0 {
		return false
	}
	return sc.byPlatform(j) || !sc.platform.IsMarketplace() && sc.ownCheckout(j)
}

// carryWords carry a denial over a comma to what follows it: "we can't
// accept payment outside eBay, including bank transfer", "we cannot
// transact outside Shopee, even via GCash", "bawal po ang bayad sa labas
// ng Lazada, kahit GCash o bank transfer".
var carryWords = foldSet("including", "incl", "even", "kahit", "maski", "pati", "incluso", "inclusive", "incluindo",
	"mesmo", "bahkan", "termasuk", "kể cả", "ngay cả", "auch", "même", "y compris", "anche", "compreso", "ook",
	"包括", "甚至", "即使", "รวมถึง")

// carried reports the payment or app at i as a later item of a denial:
// after a carrying word that follows a denial of paying or talking off
// the platform in the sentence, or after an item of its list that is
// denied ("bawal po sa Lazada ang pagbayad sa GCash o bank transfer").
func (sc *scan) carried(i int) bool {
	items := cPayInstr | cPayOff | cApp | cAppWeak | cSocial | cContactFixed
	if sc.units[i].mask&cOffChannel != 0 {
		return sc.orDenied(i)
	}
	// "I can't reserve stock off the listing or hold one for a bank
	// transfer".
	if sc.units[i].mask&items != 0 && sc.orDenied(i) {
		return true
	}
	// An item before is asked whether it is denied, not whether it is
	// carried: one step, so a list of a thousand apps stays linear.
	if sc.units[i].mask&items == 0 || sc.carrying {
		return false
	}
	sc.carrying = true
	defer func() { sc.carrying = false }()
	for k := i - 1; k >= 0 && i-k <= 6 && sc.units[k].sent == sc.units[i].sent; k-- {
		w := sc.text(k)
		switch {
		case carryWords[w]:
			return sc.deniedBefore(k)
		case sc.units[k].mask&items != 0:
			if sc.negated(k) {
				return true
			}
		case !listWords[w] && sc.units[k].mask&cVia == 0:
			return false
		}
	}
	return false
}

// verbDenied reports the way around the platform at i as where a sale
// or payment denied before it in its clause would be made, further back
// than the negation reaches: "I can't end the listing early to sell to
// you outside eBay", "we won't take the money for it outside Shopee".
// The order rule asks it beside negated; negated itself, which the
// model's features read too, is left as it was.
func (sc *scan) verbDenied(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 6 && sc.units[k].clause == sc.units[i].clause; k-- {
		if sc.units[k].mask&(cOrderVerb|cPayVerb) != 0 {
			return sc.negated(k)
		}
	}
	return false
}

// orDenied reports the way around the platform or the payment at i as the
// second of two things denied together: "I can't give you my phone
// number or take the deal off eBay", "I can't reserve stock off the
// listing or hold one for a bank transfer"; after "and" only under a
// denied "can": "I can't end the listing early and sell to you outside
// eBay", not "we don't list it here and sell it direct". A new subject
// or modal after the "or" starts a clause of its own: "we can't refund
// through eBay, or we could Venmo you".
func (sc *scan) orDenied(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 6 && sc.units[k].clause == sc.units[i].clause; k-- {
		and := andWords[sc.text(k)]
		if !and && !sc.is(k, "or", "nor", "ou", "oder", "o", "atau", "hoặc", "或") {
			continue
		}
		if sc.subjectAt(k+1) || sc.units[k+1].mask&(cPlease|cCondition) != 0 || sc.first(k+1, i, cWe|cOffer) >= 0 || contrastWords[sc.text(k+1)] {
			return false
		}
		for j := k - 1; j >= 0 && i-j <= 16 && sc.units[j].clause == sc.units[i].clause; j-- {
			// A new subject and verb, or a dash, between the denial and the
			// "or": "there's no Amazon markup — you can pay there by card or
			// crypto".
			if sc.subjectAt(j) || sc.dashBefore(j+1) {
				return false
			}
			if sc.units[j].mask&cNegation != 0 && sc.units[j].mask&cIdiom == 0 {
				return !and || sc.modalDenied(j)
			}
		}
		return false
	}
	return false
}

// subjectAt reports a subject and its verb at m: "or you could…", "and
// we'll…"; not the object of French "et vous la vendre".
func (sc *scan) subjectAt(m int) bool {
	return m+1 < len(sc.units) && sc.units[m].mask&(cYou|cWe) != 0 && (sc.units[m+1].mask&cOffer != 0 || modalWords[sc.text(m+1)])
}

// andWords join two things done together; modalWords are "can" and its
// kin, whose denial denies both: "we can't end the listing and sell it to
// you outside eBay", "no podemos cerrar el anuncio y vendérselo por
// fuera".
var (
	andWords   = foldSet("and", "und", "en", "et", "y", "e", "dan", "và")
	modalWords = foldSet("can't", "cant", "cannot", "can not", "won't", "will not", "unable", "couldn't", "can", "could",
		"able", "podemos", "puedo", "pode", "posso", "possiamo", "pouvons", "peux", "pouvez", "können", "kann",
		"kunnen", "kan", "bisa", "boleh", "możemy", "mogę")
)

// modalDenied reports the denial at j as one of "can": "can't", "cannot",
// or a "can" beside it ("we are not able to", "no podemos", "können wir
// nicht").
func (sc *scan) modalDenied(j int) bool {
	return modalWords[sc.text(j)] || modalWords[sc.text(j+1)] || modalWords[sc.text(j-1)] || sc.is(j+1, "be") && sc.is(j+2, "able")
}

// deniedBefore reports a denial of paying, ordering or talking in the
// clause before the carrying word at k: "we can't accept payment outside
// eBay, including…", with no "but" between.
func (sc *scan) deniedBefore(k int) bool {
	for j := k - 1; j >= 0 && k-j <= 14 && sc.units[j].sent == sc.units[k].sent; j-- {
		if contrastWords[sc.text(j)] {
			return false
		}
		v := sc.units[j]
		if v.mask&cNegation == 0 || v.mask&cIdiom != 0 || sc.units[j].clause == sc.units[k].clause {
			continue
		}
		denied := cPayVerb | cPayInstr | cPayOff | cDirect | cOffChannel | cApp | cAppWeak | cContactVerb | cOrderVerb
		return sc.first(j+1, k, denied) >= 0
	}
	return false
}

// notNeeded steer around the platform in an answer: "no need for the
// Amazon checkout".
var notNeeded = foldSet("need", "needed", "necessary", "perlu", "necesidad", "precisa", "nötig", "besoin",
	"不用", "不需要")

// wayAroundAfter reports a way around the platform offered in the answer
// opening at j: a payment, "directly", a lower price, fees or a sum not
// denied there.
func (sc *scan) wayAroundAfter(j int) bool {
	for k := j; k < len(sc.units) && k-j <= 10 && sc.units[k].sent == sc.units[j].sent; k++ {
		v, w := sc.units[k], sc.text(k)
		if notNeeded[w] || v.mask&cCheaper != 0 || feeWords[w] || sc.is(k, "instead", "skip", "avoid", "bypass") {
			return true
		}
		// A sum paid or refunded through the platform is its own way: "no es
		// posible: el reembolso de 18,50 € se hará a través de Amazon".
		if v.mask&cMoney != 0 && !sc.byPlatform(k) {
			return true
		}
		if v.mask&(cDirect|cOffChannel|cPayOff|cPayInstr) != 0 && !sc.negated(k) && !sc.byPlatform(k) {
			return true
		}
	}
	return false
}

// dashBefore reports a dash between unit j and the one before: "You
// asked whether … — sorry, …".
func (sc *scan) dashBefore(j int) bool {
	if j == 0 {
		return false
	}
	gap := sc.t[sc.units[j-1].e:sc.units[j].s]
	return strings.Contains(gap, "—") || strings.Contains(gap, "–") || strings.Contains(gap, " - ")
}

// onPlatformAfter reports "directly" at i pointing at the platform itself:
// "bạn đặt trực tiếp trên ứng dụng" (order directly in the app), "beli
// langsung di Shopee"; not "đặt trực tiếp qua app Zalo".
func (sc *scan) onPlatformAfter(i int) bool {
	if sc.units[i].mask&cOffChannel == 0 {
		return false
	}
	j := i + 1
	if j < len(sc.units) && sc.units[j].mask&cVia != 0 {
		j++
	}
	if j >= len(sc.units) || sc.units[j].clause != sc.units[i].clause {
		return false
	}
	if sc.ownPlatform(j) {
		return true
	}
	// "Pode comprar direto no anúncio", "buy it directly from the
	// listing": the listing is the platform's, unless another channel
	// follows ("the listing on our website").
	if listingWords[sc.text(j)] || sc.is(j, "the", "o", "el", "la", "l'", "il", "de", "het") && listingWords[sc.text(j+1)] {
		return sc.next(j, cApp|cAppWeak|cSocial|cMarket|cOwnSite, 4) < 0
	}
	other := cApp | cAppWeak | cSocial | cMarket | cOwnSite
	return sc.platform.IsMarketplace() && appWords[sc.text(j)] && (j+1 >= len(sc.units) || sc.units[j+1].mask&other == 0 || sc.ownPlatform(j+1))
}

// listingWords are the platform's page of the goods: "the listing",
// "no anúncio", "in der Anzeige", "sur la fiche produit".
var listingWords = foldSet("listing", "listings", "anúncio", "anuncio", "anuncios", "annonce", "fiche produit",
	"inserzione", "angebot", "anzeige", "advertentie", "ogłoszenie", "aukcja", "product page", "página do produto",
	"página del producto", "produktseite", "trang sản phẩm", "halaman produk", "link produk")

// forbidWords forbid rather than deny: "bawal po sa Lazada ang pagbayad
// sa GCash" (paying by GCash is not allowed on Lazada) names the
// platform's rule, not goods missing from it.
var forbidWords = foldSet("bawal", "prohibited", "forbidden", "not allowed", "dilarang", "vietato", "prohibido",
	"proibido", "interdit", "verboten", "cấm", "禁止", "ห้าม")

// forbiddenBefore reports the payment at i after a word forbidding it on
// the platform, earlier in its clause and with no "but" between: "bawal
// po sa Lazada ang bayad sa labas like GCash or bank transfer" (paying
// outside Lazada, like GCash or bank transfer, is not allowed on it).
func (sc *scan) forbiddenBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 14 && sc.units[k].clause == sc.units[i].clause; k-- {
		if contrastWords[sc.text(k)] {
			return false
		}
		if forbidWords[sc.text(k)] {
			for j := k + 1; j <= k+3 && j < i; j++ {
				if sc.ownPlatform(j) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// forbiddenOn reports the platform at i named after a word forbidding
// something in its clause: "bawal po sa Lazada".
func (sc *scan) forbiddenOn(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4 && sc.units[k].clause == sc.units[i].clause; k-- {
		if forbidWords[sc.text(k)] {
			return true
		}
	}
	return false
}
