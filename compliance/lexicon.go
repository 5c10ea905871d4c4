package compliance

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// concept is a bit set of the meanings a word or phrase carries. The rules
// of each kind are written over concepts rather than over literal words,
// so "refund", "reembolso", "Rückerstattung" and "退款" all read as an
// incentive and one rule covers every language.
type concept uint64

const (
	cReview       concept = 1 << iota // review, feedback, rating, reseña, 评价
	cStars                            // star(s), estrellas, 星
	cPositive                         // positive, good, 5-star, 好评
	cNegative                         // negative, bad, 1-star, 差评
	cIncentive                        // refund, gift, free, coupon, cashback, 返现
	cOffer                            // will, 'll, get, receive, send: an offer is being made
	cCondition                        // if, once, after, when, si, wenn, 如果
	cExchange                         // in exchange for, in return, a cambio de
	cFor                              // for, por, für, pour
	cThanks                           // thank you, gracias, 感谢
	cAsk                              // leave, give, write, post, rate, 给, 留
	cRemove                           // remove, delete, change, revise, update, 删除
	cApp                              // WhatsApp, WeChat, Telegram, Zalo: contact by themselves
	cAppWeak                          // Line, Signal, Messenger, WA, VX: contact only in context
	cSocial                           // Instagram, Facebook, TikTok, YouTube
	cContactVerb                      // contact, message, call, text, add, reach, hubungi, 联系
	cPhoneWord                        // phone, tel, mobile, call, 电话, โทร
	cOrderRef                         // order, tracking, invoice, SKU: a number after these is not a phone
	cNegation                         // not, don't, cannot, never, 不, không, tidak
	cCurrency                         // $, €, USD, RM, 元
	cDigitWord                        // five, zero, oh, 零
	cPayInstr                         // PayPal, Alipay, GCash: payment services that are also checkouts
	cPayOff                           // bank transfer, Western Union, Zelle, 转账: off-platform by nature
	cPayVerb                          // pay, payment, send money, transfer, pagar, 付款
	cDirect                           // directly, privately, outside, 直接, 私下
	cRefund                           // refund, reembolso, 退款
	cOrderVerb                        // buy, purchase, order from, place an order, 下单
	cOwnSite                          // our website, online store, 官网, 独立站
	cMarket                           // Taobao, AliExpress, 1688, 淘宝: another marketplace
	cCheaper                          // cheaper, better price, más barato, 更便宜
	cFollow                           // follow, subscribe, join, like us, 关注
	cPromoTarget                      // page, channel, newsletter, store, shop, us
	cBrowse                           // check out, visit, browse, discover
	cNewStuff                         // new collection, new arrivals, our other products
	cCode                             // coupon, promo code, voucher, 优惠码
	cNext                             // next, future, próxima, 下次
	cOff                              // off, save, discount, descuento, 折
	cSaleEvent                        // flash sale, Black Friday, limited time, 限时优惠
	cPercent                          // a number with %
	cMoney                            // a number next to a currency
	cCarrier                          // UPS, DHL, courier, manufacturer: their phone numbers are allowed
	cEmailWord                        // email, e-mail, correo, 邮箱
	cProvider                         // gmail, hotmail, yahoo: an email provider
	cUs                               // us, me
	cWe                               // we, I: the seller as the subject
	cVia                              // on, via, through, at, by
	cHandle                           // @name
	cIdiom                            // hesitate, worry: "don't hesitate" is not a negation
	cPlease                           // please, kindly, could you, mohon, 请
	cIt                               // it, this, them: points back to a review
	cOffChannel                       // outside Amazon, off-platform, directly from us
	cNumber                           // a number
	cID                               // id, username, handle, 账号
	cContactFixed                     // 加微信, 私聊, แอดไลน์: contact_info by itself
	cReviewFixed                      // 好评返现: review manipulation by itself
	cOrderFixed                       // 淘宝下单: off-platform order by itself
	cYou                              // you, your
	cPast                             // have, had, already: something done, not offered
	cPlatform                         // amazon, ebay, shopee …: see platformWord
	cSelf                             // our, my
	cSaleWord                         // sale, sales: marketing only with a discount or a date
	cNegAfter                         // できません, 수 없습니다: a denial that follows what it denies
	cSatisfied                        // happy, satisfied, zufrieden, 满意: the condition of review gating
	cOtherwise                        // otherwise, if not, sonst, 否则: the other branch of review gating
)

// entry is one lexicon phrase: its tokens after the first (Latin
// scripts) and the concepts it carries.
type entry struct {
	rest   []token
	mask   concept
	length int // tokens in all, the first included
}

type token struct {
	text   string
	prefix bool // "refund*" matches refunds, refunded …
}

// scriptEntry is a phrase of a script written without spaces (Chinese,
// Thai), matched by substring, or a mixed one such as "v信" or "加qq".
type scriptEntry struct {
	runes []rune
	mask  concept
	// strict entries (Korean, which spaces its words) match only with
	// the spaces they are written with: "신상품" is not in "하신 상품".
	strict bool
}

type lexicon struct {
	words    map[string][]*entry // by first token
	stems    map[string][]*entry // by first-token stem
	stemLens uint64              // bit n set: some stem has n bytes
	// Arabic stems are kept apart so that Latin words are not looked up
	// at their lengths.
	arStems    map[string][]*entry
	arStemLens uint64
	script     map[rune][]*scriptEntry
	asciiStart [128]bool // some script entry starts with this ASCII byte
}

// lex is built once, on first use, from the word lists of every rule file.
var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{words: map[string][]*entry{}, stems: map[string][]*entry{}, arStems: map[string][]*entry{}, script: map[rune][]*scriptEntry{}}
	grammarWords(l)
	reviewWords(l)
	contactWords(l)
	paymentWords(l)
	orderWords(l)
	promoWords(l)
	offerWords(l)
	polishWords(l)
	dutchWords(l)
	arabicWords(l)
	turkishWords(l)
	eastWords(l)
	swahiliWords(l)
	reviewLanguageWords(l)
	denialWords(l)
	for _, es := range l.script {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].runes) > len(es[j].runes) })
	}
	return l
})

// add files phrases under concepts. A phrase beginning with a Chinese,
// Japanese or Thai character, or containing one, is matched by substring;
// any other is a sequence of words, and a word ending in '*' matches as a
// prefix. Phrases are folded like the text, so they can be written with
// their accents.
func (l *lexicon) add(mask concept, phrases ...string) {
	var f folded
	for _, p := range phrases {
		f.reset(p)
		s := string(f.b)
		if hasScript(s) {
			strict := hasHangul(s)
			rs := []rune(strings.ReplaceAll(s, " ", ""))
			if strict {
				rs = []rune(strings.Join(strings.Fields(s), " "))
			}
			// A phrase filed twice carries the concepts of both, as a Latin
			// phrase does: "账号" is an ID and, before digits, an account.
			if se := l.scriptEntry(rs, strict); se != nil {
				se.mask |= mask
				continue
			}
			se := &scriptEntry{runes: rs, mask: mask, strict: strict}
			l.script[rs[0]] = append(l.script[rs[0]], se)
			if rs[0] < 128 {
				l.asciiStart[rs[0]] = true
			}
			continue
		}
		fields := strings.Fields(s)
		if len(fields) == 0 {
			continue
		}
		toks := make([]token, len(fields))
		for i, w := range fields {
			toks[i] = token{text: strings.TrimSuffix(w, "*"), prefix: strings.HasSuffix(w, "*") && len(w) > 1}
		}
		e := &entry{rest: toks[1:], mask: mask, length: len(toks)}
		if toks[0].prefix && isArabicLead(toks[0].text[0]) {
			l.arStems[toks[0].text] = append(l.arStems[toks[0].text], e)
			if n := len(toks[0].text); n < 64 {
				l.arStemLens |= 1 << n
			}
		} else if toks[0].prefix {
			l.stems[toks[0].text] = append(l.stems[toks[0].text], e)
			if n := len(toks[0].text); n < 64 {
				l.stemLens |= 1 << n
			}
		} else {
			l.words[toks[0].text] = append(l.words[toks[0].text], e)
		}
	}
}

// scriptEntry returns the script entry of exactly rs, or nil.
func (l *lexicon) scriptEntry(rs []rune, strict bool) *scriptEntry {
	for _, se := range l.script[rs[0]] {
		if se.strict == strict && slices.Equal(se.runes, rs) {
			return se
		}
	}
	return nil
}

func hasHangul(s string) bool {
	for _, r := range s {
		if 0xAC00 <= r && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

func hasScript(s string) bool {
	for _, r := range s {
		if isScriptRune(r) {
			return true
		}
	}
	return false
}

// isScriptRune reports whether r belongs to a script written without
// spaces between words.
func isScriptRune(r rune) bool {
	switch {
	case r < 0x0E00:
		return false
	case r <= 0x0E7F: // Thai
		return true
	case 0x3040 <= r && r <= 0x30FF, 0x3400 <= r && r <= 0x9FFF, 0xF900 <= r && r <= 0xFAFF, 0xAC00 <= r && r <= 0xD7A3, r >= 0x20000:
		return true
	}
	return false
}

func (t token) matches(w string) bool {
	if t.prefix {
		return strings.HasPrefix(w, t.text)
	}
	return w == t.text
}

// candidates calls fn with every entry whose first token matches w. An
// Arabic word that matches nothing is looked up again without the
// particles Arabic writes joined to the next word: "بتقييم" is "ب" (with)
// + "تقييم" (rating), "الواتساب" is "ال" (the) + "واتساب".
func (l *lexicon) candidates(w string, fn func(*entry)) {
	if l.lookup(w, fn) || len(w) < 2 || !isArabicLead(w[0]) {
		return
	}
	for _, p := range arabicProclitics {
		if len(w) >= len(p)+4 && strings.HasPrefix(w, p) && l.lookup(w[len(p):], fn) {
			return
		}
	}
}

// arabicProclitics are the particles Arabic joins to the front of a word,
// longest first: and, so, with, to, like, will, and "the" (ال), alone or
// after one of them.
var arabicProclitics = func() []string {
	var f folded
	var out []string
	for _, p := range []string{"وبال", "فبال", "وال", "بال", "فال", "كال", "لل", "ال", "فس", "وس", "و", "ف", "ب", "ل", "ك", "س"} {
		f.reset(p)
		out = append(out, string(f.b))
	}
	return out
}()

// isArabicLead reports whether c is the first byte of a letter of the
// Arabic block (U+0600–U+06FF).
func isArabicLead(c byte) bool { return 0xd8 <= c && c <= 0xdb }

// lookup calls fn with every entry whose first token matches w and
// reports whether there was any.
func (l *lexicon) lookup(w string, fn func(*entry)) bool {
	found := false
	for _, e := range l.words[w] {
		fn(e)
		found = true
	}
	stems, lens := l.stems, l.stemLens
	if w != "" && isArabicLead(w[0]) {
		stems, lens = l.arStems, l.arStemLens
	}
	for n := 1; n <= len(w) && n < 64; n++ {
		if lens&(1<<n) == 0 {
			continue
		}
		for _, e := range stems[w[:n]] {
			fn(e)
			found = true
		}
	}
	return found
}

// scriptMatch returns the longest script entry matching b at p, and the
// end of the match. Separators (spaces, dots, dashes) between the
// characters of an entry are skipped: "加 微 信" is "加微信" spaced out.
func (l *lexicon) scriptMatch(b []byte, p int) (*scriptEntry, int) {
	r, _ := utf8.DecodeRune(b[p:])
	for _, se := range l.script[r] {
		end := matchRunes(b, p, se.runes, se.strict)
		// An entry ending in a Latin letter ("加vx") must end a word there.
		if end > 0 && (end >= len(b) || !isASCIIAlnum(b[end]) || !isASCIIAlnum(b[end-1])) {
			return se, end
		}
	}
	return nil, 0
}

func matchRunes(b []byte, p int, want []rune, strict bool) int {
	for i, w := range want {
		if strict {
			// A space in the entry is optional in the text ("다음 주문",
			// "다음주문"); nothing else is skipped.
			if w == ' ' {
				for p < len(b) && b[p] == ' ' {
					p++
				}
				continue
			}
		} else if i > 0 {
			// Allow up to two separators between characters: spaces,
			// dots, dashes, or an emoji or symbol ("微❤信", "加🌹v").
			for k := 0; k < 2 && p < len(b); k++ {
				if isObfuscationSep(b[p]) {
					p++
					continue
				}
				if b[p] < utf8.RuneSelf {
					break
				}
				r, n := utf8.DecodeRune(b[p:])
				if !unicode.IsSymbol(r) {
					break
				}
				p += n
			}
		}
		if p >= len(b) {
			return 0
		}
		r, n := utf8.DecodeRune(b[p:])
		if r != w {
			return 0
		}
		p += n
	}
	return p
}

func isObfuscationSep(c byte) bool {
	switch c {
	case ' ', '.', '-', '_', '*', '/', '|', '\t':
		return true
	}
	return false
}

// grammarWords are the function words the rules of several kinds share.
func grammarWords(l *lexicon) {
	l.add(cNegation,
		"not", "no", "never", "don't", "dont", "do not", "doesn't", "does not", "can't", "cant", "cannot", "can not",
		"won't", "will not", "isn't", "aren't", "shouldn't", "mustn't", "unable", "avoid", "without", "instead of",
		"rather than", "prohibited", "forbidden", "not allowed", "against", "refrain",
		"nunca", "jamás", "sin", "evite", "nicht", "kein", "keine", "keinen", "niemals", "ohne", "pas", "jamais", "ne",
		"não", "nao", "nem", "tidak", "tak", "jangan", "bukan", "dilarang", "không", "chưa", "đừng", "cấm",
		"不", "不能", "无法", "请勿", "禁止", "别", "不要", "不可以", "ไม่", "ห้าม", "อย่า",
		"non", "senza", "vietato", "nessun", "nessuna", "hindi", "huwag", "wag", "bawal", "walang",
		// Spoken Indonesian and Cantonese: "kami nggak bisa kasih nomor
		// WA", "唔俾我哋留 WhatsApp".
		"nggak", "gak", "enggak", "engga", "ngga", "ndak", "tdk", "gk", "ga bisa", "ga boleh", "唔",
		// "Nothing needs to be paid or received outside the app"; not
		// "nothing is cheaper than our site".
		"nothing needs", "nothing has to", "nothing should", "nothing must", "nothing will need",
		// French elides "ne": "le modèle n'est plus proposé sur Amazon".
		"n'est plus", "n'est pas", "n'était plus", "n'existe plus", "n'y est plus",
		// Tagalog shortens "hindi" to "di": "di po kami pwedeng magbigay
		// ng…" (we can't give…). As phrases only: "di" alone is Indonesian
		// and Malay "at", Italian "of".
		"di po", "di pwede", "di pwedeng", "di puwede", "di puwedeng", "di namin", "di ko")
	// Japanese and Korean put the denial after what it denies: "PayPalは
	// ご利用いただけません", "카톡은 알려드릴 수 없습니다".
	l.add(cNegAfter, "できません", "出来ません", "いたしかねます", "致しかねます", "ご遠慮", "お断り", "禁止されて",
		"いただけません", "おりません", "수 없", "불가", "안 됩니다", "안됩니다", "안 돼요", "안돼요", "금지", "하지 않", "드리지 않",
		"ことはございません", "ことはありません", "어려워", "어렵습니다",
		// "LINEやPayPayでの個別取引はできかねます" (we cannot deal privately
		// by LINE or PayPay).
		"できかねます", "出来かねます")
	// Hinglish puts it before the verb, after the object: "Amazon ke bahar
	// payment nahi le sakte"; "Amazon pe nahi milega — WhatsApp kijiye"
	// denies nothing after it.
	l.add(cNegAfter, "nahi", "nahin")
	// Thai too, within the clause: "ทางร้านให้ไลน์หรือเบอร์โทรในแชทไม่ได้"
	// (the shop can't give its Line or phone number in the chat).
	l.add(cNegAfter|cNegation, "ไม่ได้")
	// German and Dutch put the verb, and its "nicht", last: "eine Zahlung
	// per Überweisung dürfen wir leider nicht annehmen".
	l.add(cNegAfter|cNegation, "nicht annehmen", "nicht akzeptieren", "nicht anbieten", "nicht möglich", "nicht erlaubt", "nicht gestattet",
		"nicht zulässig", "nicht an", "niet accepteren", "niet aannemen", "niet aanbieden", "niet mogelijk",
		"niet toegestaan")
	// Requests phrased as negative questions deny nothing: "高評価をつけて
	// いただけませんか".
	l.add(0, "いただけませんか", "頂けませんか", "いただけないでしょうか", "できませんか", "수 없을까요", "수 없나요")
	// Phrases that contain a negation word but deny nothing.
	l.add(0, "n'oubliez pas", "n'hésitez pas", "no olvides", "no te olvides", "no dudes", "vergessen sie nicht",
		"zögern sie nicht", "não esqueça", "não deixe de", "não hesite", "jangan lupa", "jangan ragu", "đừng quên",
		"đừng ngại", "อย่าลืม", "别忘了", "不要忘记", "non dimenticare", "non esitare", "no cost", "no charge", "no extra charge", "no extra cost", "no additional cost", "no problem",
		"no worries", "no rush", "no questions asked", "no matter", "not only", "no later than", "sin coste",
		"sin costo", "sin cargo", "ohne aufpreis", "sans frais", "sem custo", "tanpa biaya", "tanpa caj",
		"không mất phí", "ไม่มีค่าใช้จ่าย", "不用客气", "没问题",
		"don't forget", "do not forget", "dont forget", "唔該", "唔该", "non esiti", "non esitate", "non dimentichi", "non dimenticate", "non c'è problema", "senza costi",
		"senza alcun costo", "walang bayad", "hindi na kailangan", "문제없", "문제 없",
		// "pas de souci, je vous envoie mon RIB": a yes.
		"pas de souci", "pas de soucis", "pas de problème", "aucun souci", "aucun problème", "sin problema",
		"kein problem", "sem problema", "nessun problema",
		// "ご不明点があれば" (if anything is unclear) asks, it does not deny.
		"不明", "ご不明", "不明点", "ご不明点")
	l.add(cIdiom, "hesitate", "worry", "dude", "dudes", "zögern", "hésitez", "hesite", "ragu", "ngại", "ngần ngại",
		"犹豫", "客气", "ลังเล", "problem", "problema", "problème", "rush")
	l.add(cPlease, "please", "pls", "plz", "kindly", "could you", "would you", "can you", "will you", "hope",
		"appreciate", "grateful", "por favor", "bitte", "s'il vous plaît", "svp", "merci de", "mohon", "tolong",
		"sila", "silakan", "vui lòng", "làm ơn", "xin", "nhé", "กรุณา", "ช่วย", "รบกวน", "请", "麻烦", "希望", "能否", "帮忙")
	l.add(cThanks, "thank*", "thx", "ty", "gracias", "danke", "dank", "merci", "obrigad*", "terima kasih", "cảm ơn",
		"cám ơn", "salamat", "ขอบคุณ", "谢谢", "感谢", "多谢",
		"grazie", "ありがとう", "感謝", "감사", "고맙")
	l.add(cCondition, "if", "once", "after", "when", "whenever", "as soon as", "provided", "upon", "si", "cuando", "dopo",
		"después de", "una vez", "wenn", "falls", "sobald", "nachdem", "quand", "lorsque", "dès que", "une fois",
		"après", "se", "quando", "assim que", "depois", "após", "jika", "kalau", "jikalau", "apabila", "setelah",
		"selepas", "sesudah", "bila", "nếu", "khi", "sau khi", "ngay khi", "kung", "ถ้า", "หาก", "เมื่อ", "หลังจาก",
		"如果", "若", "只要", "一旦", "之后", "的话", "就",
		"kapag", "pag", "basta", "qualora", "いただければ", "頂ければ", "いただけたら", "頂けたら", "くだされば",
		"下されば", "してくれたら", "の場合", "시면", "신다면", "주면", "하면", "한다면", "남기면")
	l.add(cExchange, "in exchange", "in return", "exchange for", "return for", "a cambio", "gegen", "im austausch",
		"en échange", "em troca", "sebagai ganti", "sebagai balasan", "sebagai imbalan", "đổi lại", "แลก", "换取",
		"作为回报", "作为交换",
		"in cambio", "kapalit", "お礼として", "お礼に", "代わりに", "대가로", "보답으로", "감사의 의미로")
	l.add(cFor, "for", "por", "für", "pour", "untuk", "para", "per")
	l.add(cOffer, "will", "we'll", "i'll", "you'll", "shall", "can", "get", "gets", "receive", "offer", "offering",
		"send", "give", "enjoy", "claim", "earn", "provide", "gonna", "going to", "happy to", "we'd", "would",
		"recibir*", "recibe", "recibirás", "daremos", "damos", "enviaremos", "enviamos", "te devolvemos", "ofrecemos",
		"erhalten", "bekommen", "schicken", "senden", "bieten", "erstatten wir", "recevrez", "recevoir", "offrons",
		"offrir", "enverrons", "rembourserons", "receber*", "receberá", "enviamos", "oferecemos", "daremos", "akan",
		"dapat", "mendapat*", "menerima", "terima", "beri", "kami beri", "kami kirim", "nanti", "sẽ", "nhận",
		"được", "จะ", "ได้รับ", "รับ", "มี", "会", "将", "送", "返", "获得", "可以", "可获得",
		"riceverà", "riceverai", "ricevere", "riceve", "invieremo", "inviamo", "regaliamo", "offriamo", "daremo",
		"makakatanggap", "matatanggap", "bibigyan", "ibibigay", "お送り", "差し上げ", "進呈", "プレゼントし", "드립니다",
		"드려요", "드릴게요", "드려", "지급", "증정")
	l.add(cUs, "us", "me", "nos", "uns", "mich", "mir", "nous", "moi", "nós", "kami", "saya", "aku", "shop", "mình",
		"tôi", "em", "我", "我们", "ci", "mi", "ako", "kami", "namin", "amin", "akin")
	l.add(cWe, "we", "i", "we've", "i've", "we have", "i have", "nosotros", "wir", "ich", "nous avons", "nós",
		"我们已", "我已")
	l.add(cSelf, "our", "my", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis", "unser*", "mein*", "notre",
		"nos", "mon", "ma", "mes", "nosso", "nossa", "meu", "minha", "kami", "saya", "của shop", "của tôi", "ของเรา",
		"ของร้าน", "我的", "我们的", "本店",
		"nostro", "nostra", "nostri", "nostre", "mio", "mia", "namin", "aming", "hamare", "hamari", "hamara", "弊社", "当店", "自社", "저희", "우리")
	l.add(cYou, "you", "your", "you're", "u", "ur", "yours", "te", "tu", "tus", "su", "sus", "usted", "sie", "ihr*",
		"dich", "dir", "vous", "votre", "vos", "você", "seu", "sua", "anda", "awak", "kamu", "kak", "kakak", "bạn",
		"คุณ", "ลูกค้า", "您", "你", "亲", "lei", "voi", "ikaw", "kayo", "ninyo", "niyo", "mo")
	l.add(cVia, "on", "via", "through", "thru", "at", "by", "in", "using", "over", "en", "por", "über", "per", "sa", "su",
		"unter", "auf", "sur", "par", "au", "pelo", "pela", "no", "na", "melalui", "lewat", "di", "ke", "qua", "trên",
		"bằng", "tại", "ทาง", "ที่", "通过", "在", "用")
	l.add(cIt, "it", "this", "that", "them", "lo", "la", "esto", "eso", "es", "ihn", "diese", "le", "ça", "isso",
		"itu", "ini", "nó", "它", "这个")
	l.add(cPast, "have", "has", "had", "already", "ya", "bereits", "schon", "déjà", "já", "sudah", "telah", "đã",
		"แล้ว", "已", "已经", "già", "abbiamo", "na po", "nang")
	l.add(cCurrency, "usd", "us$", "eur", "euro", "euros", "gbp", "rm", "myr", "rp", "idr", "vnd", "thb", "php",
		"sgd", "aud", "cad", "cny", "rmb", "yuan", "nt$", "ntd", "baht", "ringgit", "rupiah", "dong", "đ", "peso",
		"pesos", "dollar*", "元", "块", "บาท")
	l.add(cDigitWord, "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "null", "eins", "zwei",
		"drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zéro", "un", "deux", "trois", "quatre", "cinq",
		"sept", "huit", "neuf", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "kosong", "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan",
		"delapan", "sembilan",
		// Portuguese, Tagalog and Vietnamese digits.
		"um", "dois", "três", "sete", "oito", "isa", "dalawa", "tatlo", "apat", "anim", "pito", "walo", "siyam",
		"sero", "một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "linh",
		// Vietnamese zero and five are also "not" and "year": they count
		// only in a run of digits ("không chín tám bảy…").
		"không", "năm",
		// Numbers read in pairs: French and Italian phone numbers are read
		// that way ("zéro six, douze, trente-quatre"), others now and then.
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "double", "triple",
		"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante",
		"soixante", "septante", "huitante", "nonante", "diez", "doce", "trece", "catorce", "quince", "veinte",
		"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "dieci", "undici", "dodici",
		"tredici", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta",
		"dez", "doze", "vinte", "trinta", "quarenta", "oitenta", "zehn", "elf", "zwölf", "zwanzig", "dreißig",
		"vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
		// Turkish numbers are read in groups ("sıfır beş yüz otuz iki, dört
		// yüz on bir…"); "on" (ten) is left out, an English word first.
		"sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "yirmi", "otuz", "kırk",
		"elli", "altmış", "yetmiş", "seksen", "doksan", "yüz",
		// Thai digits, written apart: "ศูนย์ แปด เก้า สอง…".
		"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
}
