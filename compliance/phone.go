package compliance

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A phone number is reported only when it looks like one: the message
// around it is full of order numbers (123-1234567-1234567, 12-34567-89012),
// tracking numbers (1Z999AA10123456784, 9400 1000 0000 0000 0000 00),
// prices, dates and postcodes that are all digits too. So a run of digits
// is a phone number when
//
//   - it has phone structure: a +country code, an (area code), the North
//     American 3-3-4 grouping, a leading trunk 0 with 9–12 digits (07700
//     900123, 0912 345 678, 06 12 34 56 78), or a Chinese mobile number
//     (1[3-9] and 11 digits); or
//   - a phone word or chat app stands before it in the same sentence
//     ("call", "tel", "WhatsApp", "电话", "โทร") with no order or tracking
//     word in between, and it has 7–15 digits (5–12 after "QQ");
//
// and it is not a date, a price, an eBay order number or a block of
// four-digit groups (tracking and card numbers). Numbers given for a
// carrier or the manufacturer are allowed: Amazon permits phone numbers
// "for warranty, carrier or manufacturer" purposes.

// digitRun is a run of digit groups and the separators between them.
type digitRun struct {
	s, e    int
	digits  int
	groups  [16]int8
	ngroups int
	plus    bool
	paren   bool
	first   byte // the first digit
	second  byte // the second digit, 0 if the first group has one
	seps    byte // the separator used, 0 if none, '*' if mixed
}

func (sc *scan) findPhones(v *folded, t string) {
	for p := 0; p < len(t); p++ {
		c := t[p]
		if !(isDigit(c) || c == '+' || c == '(') {
			continue
		}
		if p > 0 && !phoneCanStartAfter(t, p) {
			for p+1 < len(t) && isDigit(t[p+1]) {
				p++
			}
			continue
		}
		r, ok := readDigitRun(t, p)
		if !ok {
			continue
		}
		if sc.isPhone(v, r) {
			sc.addView(ContactInfo, v, r.s, r.e, "phone number")
		}
		p = r.e - 1
	}
}

// phoneCanStartAfter reports whether a number may start at p: not glued
// to a word (SKU-123, LX123, #1001), not after a currency.
func phoneCanStartAfter(t string, p int) bool {
	prev := t[p-1]
	switch {
	case isASCIIAlnum(prev), prev == '#', prev == '$', prev == '_', prev == '.', prev == ',', prev == '/', prev == ':' && p >= 2 && isDigit(t[p-2]),
		prev == '=', prev == '&', prev == '?': // a URL's query: "?waybillNo=780022916634"
		return false
	case prev == '-' && p >= 2 && isASCIIAlnum(t[p-2]):
		return false
	case prev >= utf8.RuneSelf:
		r, _ := utf8.DecodeLastRuneInString(t[:p])
		switch r {
		case '€', '£', '¥', '₹', '₱', '₫', '฿', '₩':
			return false
		}
	}
	return true
}

// readDigitRun reads digit groups from p, joined by phone separators:
// spaces, '-', '.', '/', and parentheses around an area code.
func readDigitRun(t string, p int) (digitRun, bool) {
	r := digitRun{s: p}
	q := p
	if strings.HasPrefix(t[q:], "(+") {
		// "(+44) 7700 900123": the country code in parentheses.
		k := q + 2
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		if k == q+2 || k >= len(t) || t[k] != ')' || k-q-2 > 4 {
			return r, false
		}
		r.plus, r.paren = true, true
		r.digits = k - q - 2
		r.first = t[q+2]
		q = k + 1
		for q < len(t) && t[q] == ' ' {
			q++
		}
		r.e = q
	} else if t[q] == '+' {
		r.plus = true
		q++
		for q < len(t) && t[q] == ' ' {
			q++
		}
	}
	for q < len(t) {
		// Optional '(' before a group.
		open := false
		if t[q] == '(' {
			open = true
			q++
		}
		g := q
		for q < len(t) && (isDigit(t[q]) || letterZero(t, q, g)) {
			q++
		}
		if q == g {
			break
		}
		if r.ngroups == 0 {
			r.first = t[g]
			if q-g > 1 {
				r.second = t[g+1]
			}
		}
		if r.ngroups < len(r.groups) {
			r.groups[r.ngroups] = int8(min(q-g, 127))
		}
		r.ngroups++
		r.digits += q - g
		r.e = q
		if open {
			if q < len(t) && t[q] == ')' {
				r.paren = true
				q++
				r.e = q
			} else {
				return r, false
			}
		}
		// A separator: up to three characters of " -./", at most one of
		// them not a space.
		k, marks := q, 0
		var sep byte
		for k < len(t) && k-q < 3 {
			c := t[k]
			if c == ' ' {
				k++
				continue
			}
			if c == '-' || c == '.' || c == '/' {
				marks++
				sep = c
				k++
				continue
			}
			break
		}
		if k == q || marks > 1 || k >= len(t) || !(isDigit(t[k]) || t[k] == '(') {
			break
		}
		if sep == 0 {
			sep = ' '
		}
		switch {
		case r.seps == 0:
			r.seps = sep
		case r.seps != sep:
			r.seps = '*'
		}
		q = k
	}
	if r.digits == 0 {
		return r, false
	}
	if r.s < len(t) && t[r.s] == '(' && !r.paren || r.ngroups == 0 {
		return r, false
	}
	// Glued to a unit or a word (10kg, 5pcs, 14:30, 20%, 12.50): not a phone.
	if r.e < len(t) {
		c := t[r.e]
		if isASCIILetter(c) || c == '%' || c == ':' && r.e+1 < len(t) && isDigit(t[r.e+1]) ||
			(c == '.' || c == ',') && r.e+1 < len(t) && isDigit(t[r.e+1]) {
			return r, false
		}
		if c >= utf8.RuneSelf {
			if x, _ := utf8.DecodeRuneInString(t[r.e:]); x == '€' || x == '¥' || x == '元' || x == '円' || x == 'đ' || x == '₫' || x == '฿' {
				return r, false
			}
		}
	}
	return r, true
}

// letterZero reports a letter o typed for a zero inside the digit group
// that starts at g: "9876O12345" (folded to lower case). Only between two
// digits, and not as the group's first character: "10 or", "2o" stay
// words.
func letterZero(t string, q, g int) bool {
	return t[q] == 'o' && q > g && isDigit(t[q-1]) && q+1 < len(t) && isDigit(t[q+1])
}

func (r digitRun) group(i int) int {
	if i < len(r.groups) {
		return int(r.groups[i])
	}
	return 0
}

// notPhone reports the digit patterns that are something else.
func (r digitRun) notPhone() bool {
	n := r.ngroups
	switch {
	case r.digits > 15:
		return true // tracking numbers, Amazon order numbers
	case n == 3 && r.group(0) == 2 && r.group(1) == 5 && r.group(2) == 5 && r.seps == '-':
		return true // eBay order number
	case n == 3 && r.digits <= 8 && (r.seps == '/' || r.seps == '.' || r.seps == '-'):
		return true // a date
	case n == 2 && r.group(0) == 5 && r.group(1) == 4 && r.seps == '-':
		return true // ZIP+4
	case n >= 3 && r.first != '0' && !r.plus && allGroups(r, 4):
		return true // 4-4-4 blocks: FedEx, card and tracking numbers
	case r.seps == '*' && !r.plus && (r.groupsAre(2, 3, 3, 4, 2) || r.groupsAre(3, 3, 3, 2)):
		return true // Brazilian tax ids, which are Pix keys too: CNPJ 12.345.678/0001-90, CPF 123.456.789-09
	}
	return false
}

func (r digitRun) groupsAre(sizes ...int) bool {
	if r.ngroups != len(sizes) {
		return false
	}
	for i, n := range sizes {
		if r.group(i) != n {
			return false
		}
	}
	return true
}

func allGroups(r digitRun, size int) bool {
	for i := 0; i < r.ngroups-1; i++ {
		if r.group(i) != size {
			return false
		}
	}
	return r.group(r.ngroups-1) <= size
}

// structured reports phone structure that needs no context.
func (r digitRun) structured() bool {
	n, d := r.ngroups, r.digits
	switch {
	case r.plus:
		return d >= 8 && d <= 15
	case r.paren:
		return d >= 9 && d <= 12
	case n == 3 && r.group(0) == 3 && r.group(1) == 3 && r.group(2) == 4 && r.seps != '/':
		return true // 415-555-0123
	case n == 4 && r.group(0) == 1 && r.group(1) == 3 && r.group(2) == 3 && r.group(3) == 4 && r.first == '1':
		return true // 1-800-555-0199
	case r.first == '0' && n >= 2 && d >= 9 && d <= 12 && r.seps != '/':
		return true // 07700 900123, 0912 345 678
	case r.first == '0' && r.second != '0' && n == 1 && (d == 10 || d == 11):
		return true // 0912345678
	case r.first == '1' && r.second >= '3' && d == 11 && (n == 1 || n == 3 && r.group(0) == 3 && r.group(1) == 4):
		return true // 13800138000, 138 0013 8000: Chinese mobiles start 13–19
	}
	return false
}

func (sc *scan) isPhone(v *folded, r digitRun) bool {
	if r.notPhone() {
		return false
	}
	ctx := sc.phoneContext(v, r)
	if sc.disclaimedPhone(v, r) || !r.plus && !r.paren && sc.bankAccountNumber(v, r, ctx) {
		return false
	}
	switch ctx {
	case ctxCarrier, ctxNamed:
		return false
	case ctxOrder:
		return r.structured() && (r.plus || r.paren)
	case ctxQQ:
		return r.digits >= 5 && r.digits <= 12
	case ctxPhone:
		return r.digits >= 7
	}
	return r.structured()
}

type phoneCtx int

const (
	ctxNone    phoneCtx = iota
	ctxPhone            // call, tel, WhatsApp … before the number
	ctxQQ               // QQ numbers are 5–12 digits
	ctxOrder            // order, tracking, SKU … nearer than any phone word
	ctxCarrier          // the carrier's or manufacturer's number
	ctxNamed            // named after it as a code or reference: "(5552184409) is Amazon's transaction reference"
)

// phoneContext reads the words before the number in its sentence.
func (sc *scan) phoneContext(v *folded, r digitRun) phoneCtx {
	orig := int(v.from[r.s])
	k := sc.unitIndexAt(orig)
	if k < 0 {
		return ctxNone
	}
	sent := int32(-1)
	if k < len(sc.units) {
		sent = sc.units[k].sent
	}
	owner, them := false, false
	found := ctxNone
	byWord := false // found only from a plain phone word: "hotline", "call"
	i, n := k-1, 0
	for ; i >= 0 && n < 12; i, n = i-1, n+1 {
		u := sc.units[i]
		if sent >= 0 && u.sent != sent {
			break
		}
		if sent < 0 {
			sent = u.sent
		}
		w := sc.t[u.s:u.e]
		switch {
		case u.mask&(cCarrier|cPlatform) != 0 && !owner:
			return ctxCarrier // "call UPS on …", "the manufacturer, by phone at …"
		case (found == ctxNone || found == ctxPhone && byWord) && !owner && brandPossessive(w) &&
			(sc.is(i+1, serviceWords...) || sc.is(i+2, serviceWords...) && sc.units[i+1].mask == 0):
			return ctxCarrier // "Weber's customer service at 1-800-…", "Canon's UK repair centre"
		case (found == ctxNone || found == ctxPhone && byWord) && !owner && sc.brandService(i):
			return ctxCarrier // "den Bosch-Kundendienst unter …", "le service client Moulinex"
		case found != ctxNone:
		case n <= 1 && partCues[w]:
			return ctxOrder // "Bosch 0 124 525 035", "OEM 0 986 494 …": a part number
		case n <= 1 && codeCues[w] && !sc.is(i-1, "area", "country", "dial", "dialling", "dialing", "phone"):
			// "the factory QC code (020-7946-0831) is printed on the box":
			// a number named as a code before it, as phoneNamedAfter reads
			// one named after it. Not "area code 020 …".
			return ctxOrder
		case n <= 2 && w == "save", n == 0 && (w == "text" || w == "txt" || w == "sms"):
			return ctxPhone // "save this 91234567 on WA", "text 8123 4567"
		case n <= 5 && (w == "text" || w == "txt" || w == "sms") && u.mask&cContactVerb != 0:
			// "text our owner Dana at 415-…": a phone word, the seller's
			// when "our" or "me" stands between.
			found, byWord = ctxPhone, true
		case n <= 8 && (u.mask&(cPayInstr|cPayOff) != 0 && phoneWallets[w] || sc.danaWallet(i)):
			// "PayNow to 9123 4567", "Pix de R$ 89 pra chave (21) 9…": a
			// wallet whose account is a phone number, so the seller's
			// number, whatever platform the sentence names; the amount
			// may stand between ("Pix de R$ 89 pra chave (21) 9…").
			return ctxPhone
		case w == "qq" || w == "qq号" || w == "wechat" || w == "微信":
			found = ctxQQ
		case u.mask&(cPhoneWord|cApp|cAppWeak|cContactFixed) != 0:
			found = ctxPhone
			byWord = u.mask&(cApp|cAppWeak|cContactFixed) == 0 || w == "line" // "their support line"
		case u.mask&cOrderRef != 0 && u.kind != uNumber && !sc.foldedFrom(i, "lo", "lô", "Lô", "LÔ"):
			found = ctxOrder
		}
		// "call me", "our hotline": not the carrier's number. Not the "my"
		// of a domain: "semak di jtexpress.my dengan nombor …".
		if u.mask&(cUs|cSelf|cWe) != 0 && !(u.s > 0 && sc.t[u.s-1] == '.') {
			owner = true
		}
		them = them || !owner && theyWords[w]
	}
	if found != ctxNone && (found != ctxPhone || !byWord || owner) {
		return found
	}
	// "Manufacturer warranty on the wiper motor is 2 years — call the Bosch
	// automotive line on 1-800-…": a plain phone word, the maker named
	// further back in the sentence, no word of the seller between.
	if found == ctxPhone && !owner && sc.carrierEarlier(i, sent) {
		return ctxCarrier
	}
	if !owner {
		if after := sc.phoneNamedAfter(v, r, k); after != ctxNone {
			return after
		}
	}
	// "The warranty is handled by the manufacturer; you can reach their
	// support at 1-800-…": the carrier or manufacturer named in the sentence
	// before, when neither sentence speaks of the seller.
	if !owner && i >= 0 && n < 12 {
		carrier := false
		// "We checked with USPS … You can call them at 1-800-…": "them"
		// is the carrier, whoever else the sentence before names.
		for prev := sc.units[i].sent; i >= 0 && n < 24 && sc.units[i].sent == prev; i, n = i-1, n+1 {
			u := sc.units[i]
			if u.mask&(cUs|cSelf|cWe) != 0 && !them {
				carrier = false
				break
			}
			carrier = carrier || u.mask&cCarrier != 0
		}
		if carrier {
			return ctxCarrier
		}
	}
	if found != ctxNone {
		// "…handled by the brand's service centre. Their hotline is
		// 1-888-…": a phone word, but the number is the one named before.
		return found
	}
	// A chat app named right after the number: "+1 555 0100 (WhatsApp)".
	after := 0 // units read after the number
	for i := k; i < len(sc.units) && i < k+6 && after < 2; i++ {
		u := sc.units[i]
		if int(sc.f.from[u.s]) < int(v.to[r.e-1]) {
			continue
		}
		after++
		if u.mask&(cApp|cPhoneWord) != 0 {
			return ctxPhone
		}
		if phoneWallets[sc.text(i)] && u.mask&(cPayInstr|cPayOff) != 0 {
			return ctxPhone // "9876543210 pe UPI kar do": the wallet's account
		}
		if u.mask&cVia == 0 && !postpositions[sc.text(i)] {
			break // "91234567 on WA", "98765 43210 pe call kar lijiye"
		}
	}
	return ctxNone
}

// carrierEarlier reports a carrier or maker named in sentence sent at or
// before unit i, within twelve units, with no word of the seller between.
func (sc *scan) carrierEarlier(i int, sent int32) bool {
	for n := 0; i >= 0 && n < 12 && sc.units[i].sent == sent; i, n = i-1, n+1 {
		u := sc.units[i]
		if u.mask&(cUs|cSelf|cWe) != 0 {
			return false
		}
		if u.mask&cCarrier != 0 {
			return true
		}
	}
	return false
}

// phoneNamedAfter reads what the sentence says a number is, after it:
// "03-7725 8841 is the manufacturer's service hotline", "o número 11
// 3847-2290 que aparece na caixa é do SAC do fabricante", "335 8812 074 è
// il numero di serie", "(BN 214-778-3031) is the lot code". Only through
// a verb of being, so that "call me on 0912 345 678 about your order"
// stays a phone number; and not when the seller is what it is: "is our
// hotline".
func (sc *scan) phoneNamedAfter(v *folded, r digitRun, k int) phoneCtx {
	end := int(v.to[r.e-1])
	i := k
	for i < len(sc.units) && int(sc.f.from[sc.units[i].s]) < end {
		i++
	}
	if i >= len(sc.units) || k < len(sc.units) && sc.units[i].sent != sc.units[k].sent {
		return ctxNone
	}
	sent, copula := sc.units[i].sent, -1
	for j := i; j < len(sc.units) && j-i < 12 && sc.units[j].sent == sent; j++ {
		u := sc.units[j]
		switch {
		case copula >= 0 && j-copula <= 2 && u.mask&(cSelf|cPlatform) != 0 && sc.codeNamed(j):
			// "is our factory QC code", "is Amazon's transaction
			// reference": a number the seller or the platform keeps, no
			// line to call.
			return ctxNamed
		case u.mask&(cUs|cWe|cSelf) != 0 || u.mask&(cApp|cContactVerb) != 0:
			return ctxNone
		case copula < 0:
			if copulas[sc.text(j)] {
				copula = j
			}
		case j-copula > 6:
			return ctxNone
		case u.mask&cCarrier != 0:
			return ctxCarrier
		case u.mask&cOrderRef != 0 && u.kind != uNumber:
			return ctxOrder
		}
	}
	return ctxNone
}

// codeNouns name a number that is a code: "QC code", "batch", "lot".
var codeNouns = foldSet(append([]string{"serial", "batch", "lot", "ean", "upc", "reference", "ref", "mã", "numéro de série",
	"seriennummer", "chargennummer", "charge"}, codeCueWords...)...)

// codeNamed reports a code or reference named within three units after
// the owner at j, with no phone or chat word: "our factory QC code".
func (sc *scan) codeNamed(j int) bool {
	for k := j + 1; k < len(sc.units) && k-j <= 3 && sc.units[k].clause == sc.units[j].clause; k++ {
		u := sc.units[k]
		if u.mask&(cPhoneWord|cApp|cAppWeak|cContactVerb|cContactFixed) != 0 {
			return false
		}
		if codeNouns[sc.text(k)] && !sc.foldedFrom(k, "charge", "Charge", "CHARGE") || u.mask&cOrderRef != 0 && u.kind != uNumber {
			return true
		}
	}
	return false
}

// codeCues name the number right after them as a code: "QC code",
// "barcode", "código".
var codeCues = foldSet(codeCueWords...)

// codeCueWords are the words for a code itself, which codeNouns widen
// with batches, serials and references.
var codeCueWords = []string{"code", "codes", "qc", "barcode", "código", "codigo", "codice", "kode", "kodu", "kod"}

// foldedFrom reports unit j read as plain but written as none of the
// spellings given, which the folding of accents and case joins to it:
// Hindi "kar lo" is not Vietnamese "lô" (a batch), English "eBay charge"
// not German "Charge" (a batch), a noun written with its capital.
func (sc *scan) foldedFrom(j int, plain string, written ...string) bool {
	return sc.is(j, plain) && !sc.written(j, written...)
}

// danaWallet reports DANA at i written in capitals, as the wallet's brand
// is: "Transfer DANA aja ke 0857-…". In lower case "dana" is Indonesian
// for funds ("transfer dana ke rekening").
func (sc *scan) danaWallet(i int) bool {
	if i < 0 || i >= len(sc.units) || sc.text(i) != "dana" {
		return false
	}
	u := sc.units[i]
	return sc.f.src[sc.f.from[u.s]:sc.f.to[u.e-1]] == "DANA"
}

// theyWords point at a business named before: "call them at …".
var theyWords = foldSet("them", "they", "their", "theirs")

// copulas say what a thing is: "is the serial number", "è il", "é do",
// "là tổng đài", "是型號".
// Not Polish "to": it is also English "call 07700 900123 to track it".
var copulas = foldSet("is", "was", "are", "è", "é", "es", "est", "ist", "là", "adalah", "ialah", "merupakan", "是", "为",
	"為", "คือ", "jest", "zijn", "is het", "は", "이", "는")

// brandPossessive reports a possessive that names a business other than
// the seller: "Singer's", "Weber's", not "it's", "that's", "here's".
func brandPossessive(w string) bool {
	base, ok := strings.CutSuffix(w, "'s")
	return ok && len(base) >= 2 && !notPossessive[base]
}

// serviceWords follow a business's possessive to name its line.
var serviceWords = []string{"customer", "support", "service", "hotline", "helpline", "help", "care", "warranty", "repair",
	"enquiry", "enquiries",
	"technical", "tech", "consumer", "official", "public", "toll-free", "toll free", "customer service",
	"customer support", "customer care", "customer line", "service line", "support line"}

var notPossessive = setOf("it", "that", "here", "there", "what", "who", "let", "he", "she", "where", "how",
	"everything", "nothing", "one", "today", "seller", "shop", "store", "company", "team", "owner")

// numberNouns are "number" in the languages a disclaimer is written in.
var numberNouns = foldSet("number", "numero", "número", "nombor", "nomor", "nummer", "numer", "号码", "號碼",
	"phone number", "telephone number", "telefonnummer", "番号", "번호")

// disclaimedPhone reports a number in a sentence that says it is not a
// phone number: "the number on the box (0123-4471-889) is the model
// number, not our phone number", "il numero inciso sulla lama, 335 8812
// 074, è il numero di serie, non un numero di telefono", "bukan nombor
// telefon kami".
func (sc *scan) disclaimedPhone(v *folded, r digitRun) bool {
	k := sc.unitIndexAt(int(v.from[r.s]))
	if k < 0 || k >= len(sc.units) {
		return false
	}
	sent := sc.units[k].sent
	a, b := k, k
	for a > 0 && sc.units[a-1].sent == sent {
		a--
	}
	for b < len(sc.units) && sc.units[b].sent == sent {
		b++
	}
	for i := a; i < b; i++ {
		if sc.units[i].mask&cNegation == 0 || sc.is(i, "only", "solo", "nur", "seulement", "hanya", "lang") {
			continue // "Zelle only, my number is …"
		}
		for j := i + 1; j < b && j-i <= 4; j++ {
			u := sc.units[j]
			if u.mask&(cContactVerb|cApp|cAppWeak) != 0 {
				break
			}
			if u.mask&cPhoneWord == 0 && !numberNouns[sc.text(j)] {
				continue
			}
			for m := max(i+1, j-2); m < min(b, j+3); m++ {
				if numberNouns[sc.text(m)] {
					return true
				}
			}
		}
	}
	return false
}

// bankAccountNumber reports a number that is a bank account's, which the
// payment rules read: the digits of an IBAN ("NL91 ABNA 0417 1643 00"), a
// number right after a bank's name ("Transfer ke BCA 123 456 7890",
// "rekening BCA nomor 5230 889 123"), or one followed by the bank's name
// or the account holder's ("0245118390 (GTBank, Adeyemi Stores)", "… a.n.
// Rina", "… t.n.v. Groen BV"). A wallet whose account is a phone number
// (GCash, Maya) is no bank, and a phone word or a chat app nearer the
// number than the bank keeps it a phone: "transfer ke BCA, WA 0812-…";
// the words after the number count only when nothing before it, ctx,
// reads it as a phone's ("via DANA ke 0812-3390-4471 a.n. Sinta").
func (sc *scan) bankAccountNumber(v *folded, r digitRun, ctx phoneCtx) bool {
	if ibanBefore(v.b, r.s) {
		return true
	}
	k := sc.unitIndexAt(int(v.from[r.s]))
	if k >= len(sc.units) {
		return false
	}
	for j, n := k-1, 0; j >= 0 && n < 3 && sc.units[j].sent == sc.units[k].sent; j, n = j-1, n+1 {
		w := sc.text(j)
		if i := strings.LastIndexByte(w, ' '); i >= 0 {
			w = w[i+1:] // "rekening bca", "to our account"
		}
		if bankName(w) {
			return true
		}
		if !accountWords[w] {
			break
		}
	}
	if ctx != ctxNone {
		return false
	}
	a := sc.unitIndexAt(int(v.to[r.e-1]))
	if a >= len(sc.units) || sc.units[a].sent != sc.units[k].sent && !holderAt(sc.t[sc.units[a].s:]) {
		return false
	}
	return bankName(sc.text(a)) || holderAt(sc.t[sc.units[a].s:])
}

// accountWords stand between a bank's name and its account number:
// "BCA no. rek 123…", "Vietcombank STK 0071…", "Maybank account 5123…".
var accountWords = foldSet("number", "no", "nr", "nomor", "nombor", "num", "account", "acc", "a/c", "rekening", "rek",
	"akaun", "stk", "tk", "số tk", "konto", "kontonummer", "cuenta", "conta", "compte", "conto")

// walletBanks are in banks but pay to a phone number or a tag: "GCash
// 0917 123 4567" is the owner's phone.
var walletBanks = setOf("gcash", "maya", "revolut", "wise")

// bankName reports w as a bank: one sellers name for transfers, or a
// name ending in "bank" (GTBank, Techcombank, Landbank), not a wallet.
func bankName(w string) bool {
	return (banks[w] || len(w) > len("bank") && strings.HasSuffix(w, "bank")) && !walletBanks[w] && !phoneWallets[w]
}

// holderAt reports the account holder's mark at the start of s, as
// Indonesian, Malay and Dutch transfers write it: "a.n." and "a/n" (atas
// nama), "t.n.v." (ten name van), all "in the name of".
func holderAt(s string) bool {
	for _, m := range [...]string{"a.n.", "a/n ", "a.n ", "t.n.v", "atas nama ", "ten name van "} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// ibanBefore reports the digits at b[p:] as the rest of an IBAN: two
// letters of a country and two check digits, then, as the Netherlands,
// Britain and Ireland write it, a bank's four letters: "NL91 ABNA 0417
// 1643 00", "GB29 NWBK 6016 1331 9268 19".
func ibanBefore(b []byte, p int) bool {
	q := p
	if q > 0 && b[q-1] == ' ' {
		q--
	}
	// The bank's letters.
	s := q
	for s > 0 && q-s < 4 && isASCIILetter(b[s-1]) {
		s--
	}
	if q-s == 4 && s > 0 && b[s-1] == ' ' {
		q = s - 1
	} else if q-s != 0 {
		return false
	}
	// The country and check digits.
	if q < 4 || !isASCIILetter(b[q-4]) || !isASCIILetter(b[q-3]) || !isDigit(b[q-2]) || !isDigit(b[q-1]) {
		return false
	}
	return q == 4 || !isASCIIAlnum(b[q-5])
}

// unitIndexAt returns the index of the first unit that starts at or after
// the original offset orig.
func (sc *scan) unitIndexAt(orig int) int {
	return sort.Search(len(sc.units), func(i int) bool { return int(sc.f.from[sc.units[i].s]) >= orig })
}

// findSpelledPhones reports numbers written out in words, "five five five,
// one two three four…" or "零一三八零零一三八零零零": seven or more digits of
// which at least four are words.
func (sc *scan) findSpelledPhones() {
	us := sc.units
	for i := 0; i < len(us); {
		j, digits, words := i, 0, 0
		for j < len(us) && us[j].sent == us[i].sent {
			u := us[j]
			switch {
			case u.mask&cDigitWord != 0:
				digits++
				words++
			case u.kind == uNumber && u.e-u.s <= 4 && u.mask&(cMoney|cPercent) == 0:
				digits += int(u.e - u.s)
			case j > i && j+1 < len(us) && us[j+1].sent == u.sent && us[j+1].mask&cDigitWord != 0 && us[j-1].mask&cDigitWord != 0 &&
				sc.is(j, "y", "e", "et", "und", "and"):
				// "treinta y cuatro", "trentatré e quattro": a joining word.
			default:
				goto done
			}
			j++
		}
	done:
		// Six number words in a row read out a number whatever they add
		// up to: "nul zes, twaalf, vierendertig, zesenvijftig,
		// achtenzeventig" reads ten digits in six words.
		if digits >= 7 && words >= 4 || words >= 6 {
			sc.addUnits(ContactInfo, i, j-1, "phone number written out in words")
		}
		if j == i {
			j++
		}
		i = j
	}
	sc.sentences(sc.phoneInParts)
	// Chinese numerals.
	t := sc.t
	for p := 0; p < len(t); {
		if c := t[p]; c < utf8.RuneSelf && !isDigit(c) {
			p++ // the common case: no numeral starts here
			continue
		}
		q, digits, han, hangul := p, 0, 0, 0
		for q < len(t) {
			r, n := utf8.DecodeRuneInString(t[q:])
			switch {
			case isHanDigit(r):
				digits++
				han++
			case isHangulDigit(r):
				digits++
				han++
				hangul++
			case '0' <= r && r <= '9':
				digits++
			case r == ' ' || r == '-' || r == '・' || r == '·' || r == '.' || r == '、':
				if digits == 0 {
					goto stop
				}
			default:
				goto stop
			}
			q += n
		}
	stop:
		// Korean digits are also syllables of ordinary words, so a run of
		// them must be as long as a mobile number (공일공 일이삼사 오육칠팔).
		if digits >= 7 && han >= 4 && (hangul == 0 || digits >= 10) {
			e := q
			for e > p {
				r, n := utf8.DecodeLastRuneInString(t[:e])
				if r != ' ' && r != '-' && r != '・' && r != '·' && r != '.' && r != '、' {
					break
				}
				e -= n
			}
			sc.add(ContactInfo, int32(p), int32(e), "phone number written in Chinese numerals")
		}
		if q == p {
			_, n := utf8.DecodeRuneInString(t[p:])
			q = p + n
		}
		p = q
	}
}

// partWords join the parts of a number given piece by piece: "starts
// with 512, then 555, and the last four are 0187".
var partWords = setOf("then", "followed", "last", "ends", "starts", "first", "next", "dann", "puis", "luego",
	"poi", "depois", "lalu", "terus", "rồi")

// phoneInParts reports a phone number given in parts in the sentence
// [a, b): three or more groups of three or four digits, joined by words
// that read them out in order, with a phone or contact word in the
// sentence or the next one. A carrier's or maker's line is left alone.
func (sc *scan) phoneInParts(a, b int) {
	first, last, parts, digits, joined := -1, -1, 0, 0, false
	for i := a; i < b; i++ {
		u := sc.units[i]
		n := int(u.e - u.s)
		switch {
		case u.kind == uNumber && n >= 3 && n <= 4 && u.mask&(cMoney|cPercent|cCurrency|cOrderRef) == 0 && allDigits(sc.t[u.s:u.e]):
			if last >= 0 && i-last > 6 {
				first, parts, digits, joined = -1, 0, 0, false
			}
			if first < 0 {
				first = i
			}
			last, parts, digits = i, parts+1, digits+n
		case partWords[sc.text(i)] && first >= 0:
			joined = true
		}
	}
	if parts < 3 || !joined || digits < 9 || digits > 12 || sc.first(a, b, cCarrier) >= 0 {
		return
	}
	e := sc.sentenceEnd(b)
	if sc.first(a, e, cPhoneWord|cContactVerb) < 0 {
		ring := false
		for j := a; j < e && !ring; j++ {
			ring = sc.is(j, "ring", "line", "number")
		}
		if !ring {
			return
		}
	}
	sc.addUnits(ContactInfo, first, last, "phone number given in parts")
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isHangulDigit reports the Sino-Korean digits 공 일 이 삼 사 오 육 칠 팔 구.
func isHangulDigit(r rune) bool {
	switch r {
	case '공', '영', '일', '이', '삼', '사', '오', '육', '륙', '칠', '팔', '구':
		return true
	}
	return false
}

func isHanDigit(r rune) bool {
	switch r {
	case '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '幺', '两':
		return true
	}
	return false
}

// partCues stand right before a part or serial number that has the
// shape of a phone number: "Bosch 0 124 525 035" is an alternator.
var partCues = setOf("bosch", "denso", "ngk", "valeo", "mahle", "brembo", "febi", "hella", "delphi", "sachs",
	"lemforder", "trw", "skf", "dayco", "beru", "pierburg", "vdo", "meyle", "bilstein", "kyb", "part", "parts",
	"pn", "oem", "mpn", "model", "ref", "sku", "teilenummer", "artikelnummer", "ersatzteilnummer", "referencia",
	"codice", "reference")

// postpositions stand between a number and the verb after it in Hindi
// and Urdu written in Latin letters: "98765 43210 pe call karo".
var postpositions = setOf("pe", "par", "pr")

// phoneWallets are payment services whose account is the owner's phone
// number, so the number given for them is a contact number as well.
var phoneWallets = setOf("paynow", "paylah", "gcash", "paymaya", "momo", "vi momo", "promptpay", "truemoney",
	"true money", "nomor dana", "no dana", "akun dana", "lewat dana", "via dana", "ke dana", "ovo", "gopay", "bizum",
	"swish", "swisha", "mb way", "mbway", "yape", "yapeame", "nequi", "daviplata", "blik", "blikiem", "blika", "bliku", "satispay",
	"mobilepay", "vipps", "twint",
	"lydia", "paylib", "duitnow", "touch n go", "tng ewallet", "upi", "paytm", "phonepe", "phone pe", "via maya",
	"thru maya", "sa maya", "pix", "chave pix", "pix key", "zelle",
	// "transfer DANA aja ke 0857-…", "bKash korben 01711-…".
	"transfer dana", "tf dana", "transfer boost", "tf boost", "bkash", "nagad")

// brandServices are a business's service desk, named with the brand:
// "Bosch-Kundendienst", "PostNord kundtjänst", "servizio clienti
// De'Longhi", "Garmin support".
var brandServices = foldSet("kundendienst", "kundenservice", "kundtjänst", "kundservice", "kundeservice",
	"klantenservice", "service client", "service clients", "sav", "servizio clienti", "assistenza", "atención al cliente",
	"servicio técnico", "assistência técnica", "sac", "customer service", "customer support", "support", "helpline",
	"hotline", "service line", "repair centre", "repair center", "layanan pelanggan", "chăm sóc khách hàng")

// brandService reports the service desk at i named with a brand right
// before or after it: a capitalised word the lexicon does not know, not
// the seller's ("our support").
func (sc *scan) brandService(i int) bool {
	e := i // the service's last unit: "servizio clienti", "service client"
	switch {
	case brandServices[sc.text(i)+" "+sc.text(i+1)]:
		e = i + 1
	case brandServices[sc.text(i-1)+" "+sc.text(i)]:
		i--
	case !brandServices[sc.text(i)]:
		return false
	}
	for _, j := range [2]int{i - 1, e + 1} {
		if j < 0 || j >= len(sc.units) || sc.units[j].sent != sc.units[i].sent {
			continue
		}
		u := sc.units[j]
		if u.kind == uWord && u.mask == 0 && startsUpper(sc, j) && !brandServices[sc.text(j)] {
			return true
		}
	}
	return false
}
