package compliance

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hostMatch is a host name found in a view of the text, possibly with the
// dots spelled out ("shop dot com", "shop(.)com", "www.shop .com").
type hostMatch struct {
	s, e       int // span of the host in the view
	tldS       int // start of the last label
	labels     int
	obfuscated bool
	dots       dotKind // the weakest disguised dot, when obfuscated
	host       string  // with plain dots: "shop.com"; set by parseHost only when asked
}

// parseHost reads a host name starting at p: labels of a-z, 0-9 and '-'
// joined by dots, plain or disguised. It does not judge the TLD.
func parseHost(t string, p int) (hostMatch, bool) { return parseHostN(t, p, 10) }

// parseHostN is parseHost reading at most maxLabels labels, so that a
// caller can drop a trailing " . Order" that is the next sentence.
func parseHostN(t string, p, maxLabels int) (hostMatch, bool) {
	m := hostMatch{s: p}
	for m.labels < maxLabels && m.labels < 10 { // no real host has more; "a dot a dot a…" stays linear
		q := p
		for q < len(t) && isLabelByte(t[q]) {
			q++
		}
		if q == p || q-p > 63 || t[p] == '-' || t[q-1] == '-' {
			break
		}
		m.labels++
		m.tldS, m.e = p, q
		if m.labels == maxLabels {
			break
		}
		if q+1 < len(t) && t[q] == '.' && isLabelByte(t[q+1]) && t[q+1] != '-' {
			p = q + 1
			continue
		}
		if next, kind, ok := disguisedDot(t, q); ok {
			if !m.obfuscated || kind < m.dots {
				m.dots = kind
			}
			m.obfuscated = true
			p = next
			continue
		}
		break
	}
	if m.labels >= 10 {
		return m, false
	}
	return m, m.labels >= 2
}

// tld returns the last label of the host.
func (m hostMatch) tld(t string) string { return t[m.tldS:m.e] }

// name returns the host with plain dots. Only a disguised host needs a
// new string.
func (m hostMatch) name(t string) string {
	if !m.obfuscated {
		return t[m.s:m.e]
	}
	var b strings.Builder
	for p := m.s; p < m.e; {
		q := p
		for q < m.e && isLabelByte(t[q]) {
			q++
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(t[p:q])
		if q >= m.e {
			break
		}
		if t[q] == '.' && q+1 < len(t) && isLabelByte(t[q+1]) {
			p = q + 1
			continue
		}
		next, _, _ := disguisedDot(t, q)
		p = next
	}
	return b.String()
}

func isLabelByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' }

// dotKind grades how sure a disguised dot is a dot. The order matters:
// a host is as weak as its weakest dot.
type dotKind int

const (
	dotSymbol dotKind = iota // " • ", " 🔸 ": also a list's bullet
	dotSpaced                // " . ", " .": also a sentence break
	dotWord                  // " dot ", " punto ": also a word
	dotMark                  // "(.)", "[dot]", "。", "点", "‧": nothing else
)

// disguisedDot recognises a dot written so that filters miss it, at t[q:]:
// " . ", " .", "(.)", "【.】", "[dot]", " dot ", " d0t ", "。", "点", "‧",
// " punto ", " chấm ", " titik ", and returns where the next label starts
// and how sure it is.
func disguisedDot(t string, q int) (int, dotKind, bool) {
	p := q
	spaces := 0
	for p < len(t) && t[p] == ' ' && spaces < 2 {
		p++
		spaces++
	}
	rest := t[p:]
	var n int
	kind := dotMark
	switch {
	case strings.HasPrefix(rest, "(.)"), strings.HasPrefix(rest, "[.]"), strings.HasPrefix(rest, "{.}"):
		n = 3
	case strings.HasPrefix(rest, "【.】"), strings.HasPrefix(rest, "〔.〕"):
		n = len("【.】")
	case len(rest) > 2 && (rest[0] == '(' || rest[0] == '[' || rest[0] == '{'):
		// "(dot)", "[punkt]", "{punto}", "(ponto)", "(titik)".
		k := strings.IndexAny(rest[1:min(len(rest), 12)], ")]}")
		if k < 0 || !bracketDots[rest[1:1+k]] {
			return 0, 0, false
		}
		n = k + 2
	case strings.HasPrefix(rest, "【"):
		// "【dot】", "【点】".
		k := strings.Index(rest[min(len(rest), 3):min(len(rest), 12)], "】")
		if k < 0 || !bracketDots[rest[3:3+k]] && rest[3:3+k] != "点" {
			return 0, 0, false
		}
		n = 3 + k + len("】")
	case strings.HasPrefix(rest, "."):
		if spaces == 0 {
			return 0, 0, false // "shop. com" is a sentence break; "shop .com" is a dot
		}
		n, kind = 1, dotSpaced
	case strings.HasPrefix(rest, "。"), strings.HasPrefix(rest, "点"), strings.HasPrefix(rest, "點"):
		n = 3
	case spaces == 0 && lookalikeDot(rest) > 0:
		// "aquakids‧io": a middle dot or bullet between two labels, with
		// no space, is a dot; "Cotton • UK sizes" is a list.
		n = lookalikeDot(rest)
	case spaces == 1 && symbolDot(rest) > 0:
		// "phukienso • vn", "cozysox 🔸 com/club": a bullet or an emoji
		// between spaces, which a list also uses; linkAt2 asks more of
		// the host (spacedSymbolHost).
		n, kind = symbolDot(rest), dotSymbol
	case spaces > 0 && (strings.HasPrefix(rest, "ドット ") || strings.HasPrefix(rest, "닷 ")):
		// "okafor-audio ドット com": the Japanese and Korean words for the
		// dot of an address, which mean nothing else.
		n = strings.IndexByte(rest, ' ')
	case spaces > 0 && (strings.HasPrefix(rest, "dot ") || strings.HasPrefix(rest, "d0t ")):
		n, kind = 3, dotWord
	case spaces > 0 && dotWordAt(rest) > 0:
		n, kind = dotWordAt(rest), dotWord
	case strings.HasPrefix(rest, "จุด"):
		n = len("จุด")
	default:
		return 0, 0, false
	}
	p += n
	after := 0
	for p < len(t) && t[p] == ' ' && after < 2 {
		p++
		after++
	}
	if kind == dotWord && after == 0 {
		return 0, 0, false
	}
	if p >= len(t) || !isLabelByte(t[p]) || t[p] == '-' {
		return 0, 0, false
	}
	if spaces == 0 && after == 0 && n == 1 {
		return 0, 0, false // a plain dot, handled by the caller
	}
	if kind == dotSymbol && after != 1 {
		return 0, 0, false
	}
	if lookalikeDot(rest) > 0 && after > 0 && kind != dotSymbol {
		return 0, 0, false
	}
	return p, kind, true
}

// lookalikeDot returns the length of a character that looks like a dot at
// the start of s: ・ (and half-width ･, folded to it), ‧, ∙, •, ·, the dot
// operator ⋅ and the word separator ⸱.
func lookalikeDot(s string) int {
	for _, d := range [...]string{"・", "‧", "∙", "•", "·", "⋅", "⸱"} {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}

// symbolDot returns the length of a bullet or a pictograph at the start of
// s, written between spaces for a dot: "phukienso • vn", "cozysox 🔸 com".
func symbolDot(s string) int {
	if n := lookalikeDot(s); n > 0 {
		return n
	}
	r, n := utf8.DecodeRuneInString(s)
	if r >= 0x2190 && unicode.Is(unicode.So, r) && r != '★' && r != '⭐' {
		return n
	}
	return 0
}

// spacedSymbolHost reports a host whose dot is a bullet or a pictograph
// between spaces ("phukienso • vn", "cozysox 🔸 com/club") as a domain:
// a list uses the same bullets ("Cotton • UK sizes", "Size M • Blue"), so
// the name must be one word of five letters or more, the TLD lower case
// and one nobody writes as a word, and a path must follow or the words
// before must call it a site ("vào web phukienso • vn").
func spacedSymbolHost(v *folded, t string, h hostMatch) bool {
	tld := h.tld(t)
	if h.labels != 2 || !disguisedTLDs[tld] || h.tldS-h.s < 8 {
		return false
	}
	if c := v.src[v.from[h.tldS]]; c < 'a' || c > 'z' {
		return false
	}
	if c := v.src[v.from[h.s]]; c < 'a' || c > 'z' {
		return false // "Cotton • com…": a capital starts a list's item
	}
	if h.e+1 < len(t) && t[h.e] == '/' && isLabelByte(t[h.e+1]) {
		return true
	}
	return siteNamedBefore(t, h.s)
}

// bracketDots are the words for "dot" written in brackets: shop(dot)com,
// info(at)moebelwerk(punkt)de.
var bracketDots = setOf("dot", "punkt", "punto", "point", "ponto", "titik", "cham", "tuldok", "ten", "dian", "tecka", "kropka",
	"punt", "nokta", "punct", "ドット", "点", "點")

// dotWords are the words for "dot" that spell one out between spaces, in
// the languages the lexicon reads: "casaolivo punto es", "tuinhuis-deals
// punt nl", "keramikverkstan punkt se", "loja ponto com", "toko titik id",
// "shop chấm vn", Czech tečka, Polish kropka, Turkish nokta (folded).
var dotWords = [...]string{"punto ", "punkt ", "point ", "titik ", "cham ", "tecka ", "kropka ", "punt ", "ponto ", "nokta "}

// dotWordAt returns the length of the word for "dot" at the start of s,
// without the space after it, or 0.
func dotWordAt(s string) int {
	for _, w := range dotWords {
		if strings.HasPrefix(s, w) {
			return len(w) - 1
		}
	}
	return 0
}

// secondLevelOnly are the country TLDs that register names only under a
// second level: co.th, com.kh, com.bd.
var secondLevelOnly = setOf("th", "kh", "bd")

// disguisedTLDs are the TLDs a spelled-out domain may end in. A disguised
// dot is weak evidence ("polka dot dress"), so only TLDs that are not
// everyday words count.
var disguisedTLDs = setOf("com", "net", "org", "co", "uk", "de", "fr", "es", "cn", "vn", "th", "my", "sg",
	"ph", "au", "ca", "shop", "store", "online", "site", "info", "biz", "io", "xyz", "top", "me", "tw", "hk",
	"jp", "br", "mx", "nl", "eu", "ru", "pl", "cz")

// link is a URL or domain found in a view.
type link struct {
	s, e     int // the whole link, scheme and path included
	host     hostMatch
	scheme   string
	hasPath  bool
	insecure bool
}

// findLinks reports URLs and domains that the platform does not allow,
// and the links that are contact or payment details in disguise (wa.me,
// t.me, paypal.me).
func (sc *scan) findLinks(v *folded, t string) {
	for p := 0; p < len(t); p++ {
		if !isLabelByte(t[p]) || t[p] == '-' {
			continue
		}
		if p > 0 && (isLabelByte(t[p-1]) || t[p-1] == '.' || t[p-1] == '_' || t[p-1] == '@') {
			continue
		}
		if skypeID(t, p) {
			// The Skype account, not a site: the contact rules read it.
			for p+1 < len(t) && (isLabelByte(t[p+1]) || t[p+1] == '.' || t[p+1] == '_') {
				p++
			}
			continue
		}
		if l, ok := spacedChatLink(t, p); ok {
			if !sc.claimedBy(v, l.s, l.e) {
				sc.judgeLink(v, t, l)
			}
			p = l.e - 1
			continue
		}
		l, ok := sc.linkAt(v, t, p)
		if !ok {
			// Skip the rest of this word.
			for p+1 < len(t) && isLabelByte(t[p+1]) {
				p++
			}
			continue
		}
		if !sc.claimedBy(v, l.s, l.e) {
			sc.judgeLink(v, t, l)
		}
		p = l.e - 1
	}
}

// spacedChatLinks are the chat apps' link hosts whose dot is written as
// a space: "t me slash glowbrite_help", "wa me/60123456789".
var spacedChatLinks = [...]string{"t", "wa", "m", "line", "zalo", "telegram"}

// spacedChatLink reads a chat app's link with a space for its dot at p:
// "t me slash glowbrite_help", "wa me / 60123456789", "t me/shop_help".
// The path is required: "let me" and "wa me" alone are words.
func spacedChatLink(t string, p int) (link, bool) {
	for _, name := range spacedChatLinks {
		q := p + len(name)
		if !strings.HasPrefix(t[p:], name) || !strings.HasPrefix(t[q:], " me") {
			continue
		}
		q += len(" me")
		switch {
		case strings.HasPrefix(t[q:], " slash "):
			q += len(" slash ")
		case strings.HasPrefix(t[q:], " / "):
			q += len(" / ")
		case strings.HasPrefix(t[q:], "/"):
			q++
		default:
			return link{}, false
		}
		e := q
		for e < len(t) && e-q < 40 && (isLabelByte(t[e]) || t[e] == '_' || t[e] == '+') {
			e++
		}
		if e-q < 3 {
			return link{}, false
		}
		h := hostMatch{s: p, e: p + len(name) + len(" me"), tldS: p + len(name) + 1, labels: 2, obfuscated: true, dots: dotSpaced,
			host: name + ".me"}
		return link{s: p, e: e, host: h, hasPath: true}, true
	}
	return link{}, false
}

// skypeID reports a Skype account name starting at p: Skype writes the
// names of Microsoft accounts "live:jiayi.store", which read as a host.
func skypeID(t string, p int) bool {
	return p >= 5 && t[p-5:p] == "live:" && (p == 5 || !isLabelByte(t[p-6]))
}

// linkAt parses a link whose host starts at p.
func (sc *scan) linkAt(v *folded, t string, p int) (link, bool) { return sc.linkAt2(v, t, p, 10) }

// linkAt2 is linkAt reading at most maxLabels labels of the host.
func (sc *scan) linkAt2(v *folded, t string, p, maxLabels int) (link, bool) {
	h, ok := parseHostN(t, p, maxLabels)
	if !ok {
		return link{}, false
	}
	l := link{s: h.s, e: h.e, host: h}
	// A scheme before the host: https://, http://, hxxp://.
	if p >= 3 && t[p-3:p] == "://" {
		q := p - 3
		for q > 0 && isASCIILetter(t[q-1]) {
			q--
		}
		l.scheme = t[q : p-3]
		l.s = q
		l.insecure = l.scheme == "http" || l.scheme == "hxxp"
	}
	tld := h.tld(t)
	if l.scheme == "" && !h.obfuscated && typoBreak(v, h) {
		return link{}, false
	}
	switch {
	case l.scheme != "":
		// Any host after a scheme is a link, even an IP address. A spaced
		// dot and a word that is no TLD end the sentence after it:
		// "https://www.yuntrack.com . Normally it takes…".
		if h.obfuscated && h.labels > 2 && !tlds[tld] {
			return sc.linkAt2(v, t, p, h.labels-1)
		}
	case h.obfuscated && h.dots == dotSymbol && !spacedSymbolHost(v, t, h):
		// "kiddoplay . ph 🧸 bayad": the emoji ends the host before it.
		if h.labels > 2 {
			return sc.linkAt2(v, t, p, h.labels-1)
		}
		return link{}, false
	case h.obfuscated:
		if !disguisedTLDs[tld] && !disguisedHostSure(v, t, h) || wordDotSentence(t, h) {
			// "www.lunaknits.my . Order there": the next sentence is no
			// label; the host may end before it.
			if h.labels > 2 {
				return sc.linkAt2(v, t, p, h.labels-1)
			}
			return link{}, false
		}
	case knownShort[t[h.s:h.e]]:
		// Shorteners live on TLDs nobody types by accident: rb.gy, shp.ee.
	case !tlds[tld]:
		return link{}, false
	}
	// The path: everything up to a space or a character URLs do not use.
	if l.e < len(t) && (t[l.e] == '/' || t[l.e] == '?' || t[l.e] == '#' || t[l.e] == ':' && l.e+1 < len(t) && isDigit(t[l.e+1])) {
		q := l.e
		for q < len(t) && isURLByte(t[q]) {
			q++
		}
		for q > l.e && strings.IndexByte(".,;:!?)]}'\"", t[q-1]) >= 0 {
			q--
		}
		l.hasPath = q > l.e+1
		l.e = q
	} else if strings.HasPrefix(t[l.e:], " slash ") {
		l.hasPath = true
		l.e += len(" slash")
	} else if strings.HasPrefix(t[l.e:], " スラッシュ ") {
		l.hasPath = true
		l.e += len(" スラッシュ")
	}
	// A hyphen inside the name ("cocinafacil-tienda.es") is no typo for a
	// missing space after a full stop.
	if l.scheme == "" && !h.obfuscated && ambiguousTLD[tld] && !l.hasPath && h.labels < 3 &&
		!strings.HasPrefix(t[h.s:], "www.") && !knownShort[t[h.s:h.e]] && !strings.Contains(t[h.s:h.tldS], "-") &&
		!namedSite(t, h) {
		return link{}, false
	}
	// Thailand, Cambodia and Bangladesh register names only under a second
	// level (shop.co.th, shop.com.kh): a bare "ihouse.th" after a Line ID
	// is an account name, not a site.
	if l.scheme == "" && !h.obfuscated && secondLevelOnly[tld] && h.labels < 3 && !strings.HasPrefix(t[h.s:], "www.") {
		return link{}, false
	}
	l.host.host = h.name(t)
	return l, true
}

// namedSite reports a bare domain that the words before it call a site:
// "on our website bagsbyika.my" is no missing space after a full stop,
// and nobody types one after the word for a website. The name must be
// long, as shop names are: "the site.it works" stays a typo.
func namedSite(t string, h hostMatch) bool {
	if h.tldS-1-h.s < 6 {
		return false
	}
	return siteNamedBefore(t, h.s)
}

// siteNamedBefore reports a word for a website just before offset s, or,
// when a colon comes right before s, anywhere back to the sentence's
// start: "we have our own website now with more sizes: batikhaus.my". The
// colon says a name is being given.
func siteNamedBefore(t string, s int) bool {
	before := t[max(0, s-20):s]
	if strings.HasSuffix(strings.TrimRight(before, " "), ":") {
		before = t[max(0, s-48):s]
		if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
			before = before[k+1:]
		}
	}
	for _, w := range siteWords {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// siteWords name a website in the languages the lexicon reads.
var siteWords = []string{"website", "web site", "webshop", "site ", "web ", "laman ", "strona ", "stronę ", "stronie ", "online store", "online shop", "sitio",
	"página web", "tienda", "loja", "boutique", "webseite", "onlineshop", "situs", "toko online", "trang web",
	"sito", "sklep", "เว็บ", "官网", "网站", "網站", "官網", "サイト", "사이트"}

// disguisedHostSure reports whether a host with disguised dots ending in
// a TLD that is also a word ("it", "id", "se") is a domain all the same:
// "www . borse-bella . it" starts with www, "sepatuku .co .id" has a
// second level, "aquakids‧io" and "homenest【.】my" use a mark nothing
// else uses, "keramikverkstan punkt se" spells the dot in a language
// where the name before it is long. "done . It ships" (capital, a
// sentence) and "el punto es" (short word) are not.
func disguisedHostSure(v *folded, t string, h hostMatch) bool {
	tld := h.tld(t)
	if !tlds[tld] || h.tldS >= len(t) {
		return false
	}
	if c := v.src[v.from[h.tldS]]; 'A' <= c && c <= 'Z' {
		return false
	}
	name := h.name(t)
	if strings.HasPrefix(name, "www.") && h.labels >= 3 {
		return true
	}
	if rest, _ := cutLast(name); h.labels >= 3 {
		if _, sld := cutLast(rest); isSecondLevel(sld) {
			return true
		}
	}
	if indianSite(t, h) {
		return true
	}
	switch h.dots {
	case dotMark:
		return true
	case dotWord:
		_, brand := cutLast(strings.TrimSuffix(name, "."+tld))
		// English "dot" before a word TLD of four letters or more
		// ("kimprints dot studio", "velvetknits dot shop") spells a domain:
		// nobody puts "the indicator dot" before "studio".
		if len(brand) >= 8 && len(tld) >= 4 && strings.Contains(t[h.s:h.e], " dot ") {
			return true
		}
		return len(brand) >= 8 && !dotWordTLDs[tld] && !strings.Contains(t[h.s:h.e], " dot ") && !strings.Contains(t[h.s:h.e], " point ")
	}
	return false
}

// indianSite reports India's TLD spelled after " dot ", which is also the
// English "in": "desiweaves dot in pe 15% off", "rangrezprints dot
// in/bulk". A long name, and a path or a Hindi postposition after it
// ("pe", "par", "se": on, from), tell it from "the indicator dot in the
// corner".
func indianSite(t string, h hostMatch) bool {
	if h.tld(t) != "in" || h.labels != 2 || !strings.HasSuffix(t[h.s:h.tldS], " dot ") {
		return false
	}
	name := t[h.s : h.tldS-len(" dot ")]
	if len(name) < 8 || strings.ContainsAny(name, "- ") {
		return false
	}
	rest := t[h.e:]
	return len(rest) > 1 && rest[0] == '/' && isLabelByte(rest[1]) ||
		strings.HasPrefix(rest, " pe ") || strings.HasPrefix(rest, " par ") || strings.HasPrefix(rest, " se ")
}

// dotWordTLDs are TLDs that are also common words right after the word
// for "point": "der Punkt in der Mitte", "el punto es".
var dotWordTLDs = setOf("in", "es", "is", "at", "to", "so", "no", "do", "be", "am", "la")

// wordDotSentence reports a short word, the word for "point" and a TLD
// that is also a word: "el punto es que…" is Spanish, not el.es.
func wordDotSentence(t string, h hostMatch) bool {
	return h.dots == dotWord && h.labels == 2 && h.tldS-h.s <= 9 && dotWordTLDs[h.tld(t)] &&
		!strings.Contains(t[h.s:h.e], " dot ") && strings.IndexByte(t[h.s:h.e], ' ') <= 3
}

// typoBreak reports a missing space after a full stop rather than a
// domain: "it arrived.Shop with us" has a capital after a lower-case
// letter, which nobody types in a domain.
func typoBreak(v *folded, h hostMatch) bool {
	if h.tldS < 2 {
		return false
	}
	tldFirst, beforeDot := v.src[v.from[h.tldS]], v.src[v.from[h.tldS-2]]
	return 'A' <= tldFirst && tldFirst <= 'Z' && 'a' <= beforeDot && beforeDot <= 'z'
}

func isURLByte(c byte) bool {
	return c > ' ' && c < 0x7f && c != '<' && c != '>' && c != '"' && c != '`' && c != '{' && c != '}' && c != '|' && c != '\\' && c != '^'
}

// judgeLink reports a link by what it leads to.
func (sc *scan) judgeLink(v *folded, t string, l link) {
	host := strings.TrimPrefix(l.host.host, "www.")
	if isRelay(host) {
		return
	}
	brand := brandOf(host)
	path := t[l.host.e:l.e]
	switch {
	case host == "wa.me" || brand == "whatsapp" || host == "t.me" || host == "telegram.me" || host == "line.me" ||
		host == "lin.ee" || host == "m.me" || host == "zalo.me" || brand == "skype" || host == "weixin.qq.com":
		sc.addView(ContactInfo, v, l.s, l.e, ruleChatLink)
	case host == "paypal.me" || brand == "paypal" && strings.Contains(path, "paypalme"):
		sc.addView(OffPlatformPayment, v, l.s, l.e, "PayPal.me link: payment outside the platform's checkout")
	case mailProviders[brand] && l.scheme == "" && !l.hasPath && (brand != "live" && brand != "mail" && brand != "web" && brand != "free" || l.host.obfuscated):
		// "gmail dot com" on its own spells out an email address.
		sc.addView(ContactInfo, v, l.s, l.e, "spelled-out email address")
		return
	}
	if allowedHost(sc.platform, host, l.insecure) || sc.platform == PlatformShopify && (shopCatalogPath(path) || sc.ownCheckoutLink(v, l) || sc.ownSiteLink(v, l)) {
		return
	}
	rule := "link to a site outside the platform"
	if l.host.obfuscated {
		rule = "disguised link to a site outside the platform"
	}
	sc.addView(ExternalLink, v, l.s, l.e, rule)
}

// shopCatalogPath reports a path of a Shopify store's own catalogue:
// "/collections/linen", "/products/oak-tray", "/cart", and of the pages
// Shopify serves every store for the buyer's order: "/checkout", "/account",
// "/account/orders", "/returns", "/policies/refund-policy". Sent on
// Shopify, a link there is the store itself, as
// a marketplace's listing is on the marketplace. Its other pages
// ("/pages/reviews") may lead anywhere.
func shopCatalogPath(path string) bool {
	path = strings.ToLower(path)
	for _, p := range [...]string{"/collections", "/products", "/cart", "/checkout", "/checkouts", "/account", "/returns", "/pages/returns",
		"/policies"} {
		if path == p && p != "/products" || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// ownCheckoutLink reports a bare domain that its sentence names as the
// store's checkout, on Shopify: "our only checkout is on
// northfieldcandles.com", "pay at checkout on lumiandco.com". The
// store's checkout is the platform itself there, as its "/checkout" page
// is.
func (sc *scan) ownCheckoutLink(v *folded, l link) bool {
	k, ok := sc.bareDomainUnit(v, l)
	if !ok {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 4 && sc.units[j].clause == sc.units[k].clause; j-- {
		if checkoutSet[sc.text(j)] && !sc.negated(j) {
			return true
		}
	}
	return false
}

// ownSiteLink reports a bare domain that its sentence names as the
// store's own website, on Shopify: "order the refills directly on our
// website at www.linenandloom.co.uk". The store's own site is the
// platform there, as its checkout is; "our sister brand … at
// fernhillstudio.com" names another.
func (sc *scan) ownSiteLink(v *folded, l link) bool {
	k, ok := sc.bareDomainUnit(v, l)
	if !ok {
		return false
	}
	for j := k - 1; j >= 1 && k-j <= 4 && sc.units[j].clause == sc.units[k].clause; j-- {
		if (ownSiteWords[sc.text(j)] && sc.units[j-1].mask&cSelf != 0 || ourSiteWords[sc.text(j)]) && !sc.negated(j) {
			return true
		}
	}
	return false
}

// ownSiteWords name the store's own site after "our".
var ownSiteWords = foldSet("website", "site", "web site", "webshop", "online store", "online shop", "store", "shop",
	"sitio", "sitio web", "tienda", "loja", "site oficial", "webseite", "onlineshop", "boutique", "sito")

// ourSiteWords are the store's own site read as one unit, "our" inside:
// "directement sur notre site atelier-sable.fr", "no nosso site".
var ourSiteWords = foldSet("notre site", "nuestra web", "nosso site", "nostro sito", "onze website", "onze webshop",
	"nasza strona", "naszej stronie", "موقعنا")

// idnTLDs are internationalized top-level domains sellers use: 暖居.中国,
// 家居.公司, 가게.한국.
var idnTLDs = setOf("中国", "中國", "公司", "网络", "在线", "商城", "网店", "网址", "集团", "移动", "香港", "台湾",
	"台灣", "新加坡", "みんな", "コム", "닷컴", "닷넷", "한국", "ไทย", "在線", "商店")

// findIDNLinks reports domains with labels in Chinese, Japanese, Korean or
// Thai script ("暖居.中国", "暖居.com", "shop.中国"), which the ASCII host
// parser does not read. The script label before the dot runs back to the
// nearest non-letter; a script TLD must end there too ("访问暖居.中国"),
// so a full stop typed between two Chinese sentences is no domain.
func (sc *scan) findIDNLinks() {
	t := sc.t
	for d := strings.IndexByte(t, '.'); d >= 0; d = nextDot(t, d) {
		// The label after the dot.
		q, rightScript := d+1, false
		for q < len(t) {
			r, n := utf8.DecodeRuneInString(t[q:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
				break
			}
			rightScript = rightScript || isScriptRune(r)
			q += n
		}
		// The label before it.
		p, leftScript := d, false
		for p > 0 && d-p < 64 {
			r, n := utf8.DecodeLastRuneInString(t[:p])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
				break
			}
			leftScript = leftScript || isScriptRune(r)
			p -= n
		}
		tld := t[d+1 : q]
		ok := p < d && q > d+1 && (leftScript || rightScript) &&
			(rightScript && idnTLDs[tld] || !rightScript && leftScript && tlds[tld] && !ambiguousTLD[tld] && (q >= len(t) || !isASCIIAlnum(t[q])))
		if !ok {
			continue
		}
		// "www.暖居.中国", "https://暖居.中国/..."
		s := p
		if strings.HasSuffix(t[:s], "www.") {
			s -= 4
		}
		if i := strings.LastIndex(t[max(0, s-8):s], "://"); i >= 0 && i+max(0, s-8)+3 == s {
			s = i + max(0, s-8)
			for s > 0 && isASCIILetter(t[s-1]) {
				s--
			}
		}
		e := q
		if e < len(t) && t[e] == '/' {
			for e < len(t) && isURLByte(t[e]) {
				e++
			}
		}
		if !sc.claimedBy(&sc.f, s, e) && !allowedHost(sc.platform, t[p:q], false) {
			sc.addView(ExternalLink, &sc.f, s, e, "link to a site outside the platform")
		}
		for d >= 0 && d < e-1 {
			d = nextDot(t, d)
		}
		if d < 0 {
			return
		}
	}
}

// nextDot returns the index of the first '.' after d, or -1.
func nextDot(t string, d int) int {
	if k := strings.IndexByte(t[d+1:], '.'); k >= 0 {
		return d + 1 + k
	}
	return -1
}

// ruleChatLink is the rule of a finding for a link to a chat app; promo.go
// looks for it to leave a catalogue shared in a chat to the contact rule.
const ruleChatLink = "link to a chat app outside the platform"

// bareDomainUnit returns the unit a plain bare domain starts in: one
// written without a path or a disguise, which a sentence on Shopify may
// name as the store's own site or checkout.
func (sc *scan) bareDomainUnit(v *folded, l link) (int, bool) {
	if l.hasPath || l.host.obfuscated {
		return 0, false
	}
	k := sc.unitIndexAt(int(v.from[l.s]))
	return k, k < len(sc.units)
}
