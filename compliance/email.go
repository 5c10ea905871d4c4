package compliance

import "strings"

// findEmails reports email addresses, plain (lin@shop.com, full-width
// ｌｉｎ＠ｓｈｏｐ．ｃｏｍ once folded) and spelled out ("lin at gmail dot com",
// "lin(at)shop(dot)com", "lin [at] shop . com", "lin at gmail"). Amazon
// forbids email addresses in buyer-seller messages and eBay forbids
// exchanging them; the platforms' own relay addresses are fine. Each
// address found is claimed, so its domain is not reported again as a link.
func (sc *scan) findEmails(v *folded, t string) {
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '@':
			sc.emailAt(v, t, i, i+1)
		case t[i] == '(' || t[i] == '[' || t[i] == '{':
			for _, w := range [...]string{"at", "arroba", "arobase", "chiocciola", "klammeraffe", "zavinac", "malpa", "snabel-a", "apenstaartje"} {
				if e := i + 1 + len(w); strings.HasPrefix(t[i+1:], w) && e < len(t) && (t[e] == ')' || t[e] == ']' || t[e] == '}') {
					sc.emailAt(v, t, i, e+1)
				}
			}
			if i+2 < len(t) && t[i+1] == '@' && (t[i+2] == ')' || t[i+2] == ']' || t[i+2] == '}') {
				sc.emailAt(v, t, i, i+3) // "lin(@)shop.com"
			}
		case t[i] == ' ':
			// The at sign's names: Spanish and Portuguese arroba, French
			// arobase, Italian chiocciola, Czech zavináč, Polish małpa
			// (folded), Swedish snabel-a, Dutch apenstaartje, German
			// Klammeraffe. Japanese アットマーク, Korean 골뱅이, Turkish "et
			// işareti" (the at sign).
			for _, w := range [...]string{" at ", " arroba ", " arobase ", " chiocciola ", " zavinac ", " malpa ", " snabel-a ", " apenstaartje ",
				" klammeraffe ", "艾特 ", "艾特", " アットマーク ", " 골뱅이 ", " et isareti "} {
				if strings.HasPrefix(t[i:], w) {
					sc.emailAt(v, t, i+1, i+len(w))
					break
				}
			}
			if strings.HasPrefix(t[i:], " at ") {
				sc.providerComma(v, t, i+1)
			}
			sc.arabicMail(v, t, i)
		}
	}
}

// emailAt tries an address whose "@" (or spelled-out at) is t[at:after].
func (sc *scan) emailAt(v *folded, t string, at, after int) {
	plain := t[at] == '@' || at+1 < len(t) && t[at+1] == '@'
	// The local part, possibly with its dots spelled out: "jackson dot lee".
	ls := at
	for ls > 0 && t[ls-1] == ' ' && at-ls < 2 {
		ls--
	}
	le := ls
	for ls > 0 && le-ls < 64 && isLocalByte(t[ls-1]) {
		ls--
	}
	if ls == le || ls > 0 && isLocalByte(t[ls-1]) {
		return // empty, or longer than a local part may be
	}
	for n := 0; n < 4; n++ {
		prev := ls
		for _, w := range [...]string{" dot ", "(dot)", "[dot]", "."} {
			if ls >= len(w) && t[ls-len(w):ls] == w {
				q := ls - len(w)
				r := q
				for r > 0 && q-r < 64 && isLocalByte(t[r-1]) {
					r--
				}
				if r < q {
					ls = r
				}
				break
			}
		}
		if ls == prev {
			break
		}
	}
	if ls > 0 && (isLabelByte(t[ls-1]) || t[ls-1] == '/') {
		return // part of a URL or a longer token
	}
	local := t[ls:le]
	// The domain.
	ds := after
	for ds < len(t) && t[ds] == ' ' && ds-after < 2 {
		ds++
	}
	h, ok := parseHost(t, ds)
	var end int
	provider := false
	switch {
	// After an at sign's name other than "at" ("fatture(chiocciola)shop
	// (punto)it") any real TLD will do: the name already says address.
	case ok && (tlds[h.tld(t)] && (!h.obfuscated || !plain && !strings.HasPrefix(t[at:], "at")) || disguisedTLDs[h.tld(t)]):
		host := h.name(t)
		if isRelay(host) || !plain && strings.HasPrefix(host, "www.") {
			return // a relay address, or "the manual at www.shop.com"
		}
		end = h.e
		provider = mailProviders[brandOf(host)]
	default:
		// "john at gmail": a webmail name alone is enough.
		q := ds
		for q < len(t) && isLabelByte(t[q]) {
			q++
		}
		name := t[ds:q]
		if !skeletonProvider(name) || q < len(t) && isWordByte(t[q]) {
			return
		}
		end, provider = q, true
	}
	// The at sign's own names other than English "at" (アットマーク,
	// 골뱅이, arobase, arroba, chiocciola …) say address by themselves,
	// whatever the local part: "info アットマーク kagu-ya.jp", "contact
	// (arobase) velo-pieces (point) fr". Nobody writes "contact arobase"
	// for "contact us at".
	named := !plain && atSignName(t[at:after])
	if !plain && !provider && !named && (commonWord[local] || !h.obfuscated || end < len(t) && t[end] == '/') {
		// "contact us at shop dot com", "the steps at tinyurl.com/x": the
		// link detector reports the site. A spelled-out at needs a webmail
		// name or a spelled-out dot after it to be an address.
		return
	}
	if !plain && len(local) < 2 {
		return
	}
	if strings.HasPrefix(t[at:], "at") && !provider && !strings.ContainsAny(local, "._0123456789") && !sc.roleMailbox(v, t, ls, local) && !sc.emailContext(v, ls) &&
		!sc.sentToMailbox(v, ls) {
		return // "the install video at example dot com" is a website
	}
	if t[at] == '@' && at > 0 && t[at-1] == ' ' && after < len(t) && t[after] != ' ' && !provider {
		return // "Instagram @shop.co" is a handle; "lin @gmail.com" is an address
	}
	sc.addView(ContactInfo, v, ls, end, "email address")
	sc.claim(v, ls, end)
}

// roleMailboxes are the local parts of a shop's shared addresses: "hello
// at velvetcrate dot co" is an address, as "info at" and "sales at" are,
// where "our video at example dot com" is a site.
// Not "orders", "sales" or "support", which stand before "at" in
// sentences: "grab future orders at jolie-nails dot store".
var roleMailboxes = setOf("hello", "hi", "info", "enquiries", "inquiries", "enquiry", "admin", "contacto", "contato", "kontakt",
	"atendimento", "assistenza", "helpdesk", "care", "customercare", "customerservice", "hola", "bonjour", "hallo")

// roleMailbox reports local, starting at t[ls], as a shop's shared
// mailbox; not after "more", "say" or "for": "more info at shop dot com"
// and "say hello at the stand" are no addresses.
func (sc *scan) roleMailbox(v *folded, t string, ls int, local string) bool {
	if !roleMailboxes[local] {
		return false
	}
	p := ls
	for p > 0 && t[p-1] == ' ' {
		p--
	}
	q := p
	for q > 0 && isWordByte(t[q-1]) {
		q--
	}
	switch t[q:p] {
	case "more", "further", "say", "said", "saying", "says", "for", "a", "the", "some", "any", "mehr", "plus", "mas", "mais":
		return false
	}
	return true
}

// providerComma reports a webmail address read out with commas: "jo, then
// the word 'repairs', at outlook, dot com" (the at at t[at:]).
func (sc *scan) providerComma(v *folded, t string, at int) {
	q := at + len("at ")
	e := q
	for e < len(t) && isLabelByte(t[e]) {
		e++
	}
	if !skeletonProvider(t[q:e]) || !strings.HasPrefix(t[e:], ", dot ") {
		return
	}
	s := e + len(", dot ")
	f := s
	for f < len(t) && isLabelByte(t[f]) {
		f++
	}
	if !disguisedTLDs[t[s:f]] || f < len(t) && isWordByte(t[f]) {
		return
	}
	sc.addView(ContactInfo, v, at, f, "spelled-out email address")
	sc.claim(v, at, f)
}

// arabicProviders are the webmail names written in Arabic script.
var arabicProviders = [...]string{"جيميل", "جي ميل", "جيمايل", "هوتميل", "هوت ميل", "ياهو", "اوتلوك", "أوتلوك", "آوتلوك", "آيكلاود", "ايكلاود"}

// arabicMail reports an address whose at and provider are written in
// Arabic: "sales.alnakheel على جيميل دوت كوم" (on Gmail dot com), the
// local part in Latin letters before the space at t[i].
func (sc *scan) arabicMail(v *folded, t string, i int) {
	const on = " على "
	if !strings.HasPrefix(t[i:], on) || i == 0 || !isLocalByte(t[i-1]) {
		return
	}
	q := i + len(on)
	e := -1
	for _, p := range arabicProviders {
		if strings.HasPrefix(t[q:], p) {
			e = q + len(p)
			break
		}
	}
	if e < 0 {
		return
	}
	ls := i
	for ls > 0 && i-ls < 64 && isLocalByte(t[ls-1]) {
		ls--
	}
	if i-ls < 2 || ls > 0 && t[ls-1] > ' ' && t[ls-1] < 0x80 {
		return
	}
	for _, tail := range [...]string{" دوت كوم", " نقطة كوم", " دوت نت", ".com"} {
		if strings.HasPrefix(t[e:], tail) {
			e += len(tail)
			break
		}
	}
	sc.addView(ContactInfo, v, ls, e, "email address")
	sc.claim(v, ls, e)
}

// emailContext reports whether words about email or writing come shortly
// before v.b[p]: "email me: mike at shop dot com".
func (sc *scan) emailContext(v *folded, p int) bool {
	k := sc.unitIndexAt(int(v.from[p]))
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		if sc.units[j].mask&cEmailWord != 0 || sc.is(j, "write", "contact", "reach", "mail", "message") {
			return true
		}
	}
	return false
}

// atSignName reports the spelled-out at sign at (" arobase ", "(arroba)",
// "アットマーク") as one of its own names, not the English word "at",
// which is also a preposition ("contact us at shop dot com").
func atSignName(at string) bool {
	w := strings.Trim(at, " ()[]{}")
	return w != "" && w != "at" && w != "@"
}

// sendVerbs send something to a mailbox: "send them to support at …".
var sendVerbs = foldSet("send", "forward", "envía", "envíe", "envíalas", "envíalos", "envoyez", "envoie", "mandá", "manda",
	"mande", "schick", "schicken", "senden", "stuur", "kirim", "kirimkan", "invia", "inviate", "envie")

// sentToMailbox reports the local part at v.b[ls] as what something is
// sent to: "send them to support at zenlofts dot com". "To" right before
// it and a verb of sending just before that make it a mailbox; "grab
// future orders at shop dot store" and "the video at example dot com"
// send nothing.
func (sc *scan) sentToMailbox(v *folded, ls int) bool {
	k := sc.unitIndexAt(int(v.from[ls]))
	if k < 2 || k >= len(sc.units) || !sc.is(k-1, "to", "an", "naar", "ke", "a", "à") {
		return false
	}
	for j := k - 2; j >= 0 && k-j <= 5 && sc.units[j].sent == sc.units[k].sent; j-- {
		if sendVerbs[sc.text(j)] && !sc.negated(j) {
			return true
		}
	}
	return false
}

func isLocalByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// skeletonProvider reports whether name is a webmail provider that is
// unmistakable on its own ("gmail", not "live" or "mail").
func skeletonProvider(name string) bool {
	switch name {
	case "gmail", "hotmail", "yahoo", "outlook", "icloud", "protonmail", "foxmail", "googlemail", "ymail", "aol", "qq", "163", "126":
		return true
	}
	return false
}

// commonWord are words that stand before "at" in ordinary sentences
// ("email us at", "arrived at"); before a spelled-out at they are not
// the local part of an address.
var commonWord = setOf("us", "me", "it", "them", "him", "her", "you", "arrive", "arrives", "arrived", "look",
	"looking", "here", "there", "home", "is", "are", "was", "be", "been", "available", "find", "found",
	"reach", "contact", "email", "mail", "write", "order", "ordered", "bought", "sold", "shop", "store",
	"buy", "purchase", "directly", "online", "we", "i", "stay", "stop", "office", "warehouse", "again",
	"pick", "up", "out", "visit", "website", "site", "page", "price", "priced", "rate", "rated")
