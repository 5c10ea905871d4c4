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
	host       string // with plain dots: "shop.com"; set by parseHost only when asked
}

// parseHost reads a host name starting at p: labels of a-z, 0-9 and '-'
// joined by dots, plain or disguised. It does not judge the TLD.
func parseHost(t string, p int) (hostMatch, bool) {
	m := hostMatch{s: p}
	for m.labels < 10 { // no real host has more; "a dot a dot a…" stays linear
		q := p
		for q < len(t) && isLabelByte(t[q]) {
			q++
		}
		if q == p || q-p > 63 || t[p] == '-' || t[q-1] == '-' {
			break
		}
		m.labels++
		m.tldS, m.e = p, q
		if q+1 < len(t) && t[q] == '.' && isLabelByte(t[q+1]) && t[q+1] != '-' {
			p = q + 1
			continue
		}
		if next, ok := disguisedDot(t, q); ok {
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
		next, _ := disguisedDot(t, q)
		p = next
	}
	return b.String()
}

func isLabelByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' }

// disguisedDot recognises a dot written so that filters miss it, at t[q:]:
// " . ", " .", "(.)", "[dot]", " dot ", "。", "点", " punto ", " chấm ",
// and returns where the next label starts.
func disguisedDot(t string, q int) (int, bool) {
	p := q
	spaces := 0
	for p < len(t) && t[p] == ' ' && spaces < 2 {
		p++
		spaces++
	}
	rest := t[p:]
	var n int
	word := false
	switch {
	case strings.HasPrefix(rest, "(.)"), strings.HasPrefix(rest, "[.]"), strings.HasPrefix(rest, "{.}"):
		n = 3
	case len(rest) > 2 && (rest[0] == '(' || rest[0] == '[' || rest[0] == '{'):
		// "(dot)", "[punkt]", "{punto}", "(ponto)", "(titik)".
		k := strings.IndexAny(rest[1:min(len(rest), 9)], ")]}")
		if k < 0 || !bracketDots[rest[1:1+k]] {
			return 0, false
		}
		n = k + 2
	case strings.HasPrefix(rest, "."):
		if spaces == 0 {
			return 0, false // "shop. com" is a sentence break; "shop .com" is a dot
		}
		n = 1
	case strings.HasPrefix(rest, "。"), strings.HasPrefix(rest, "点"):
		n = 3
	case spaces > 0 && strings.HasPrefix(rest, "dot "):
		n, word = 3, true
	case spaces > 0 && (strings.HasPrefix(rest, "punto ") || strings.HasPrefix(rest, "punkt ") || strings.HasPrefix(rest, "point ")):
		n, word = 5, true
	case spaces > 0 && strings.HasPrefix(rest, "cham "):
		n, word = 4, true
	case spaces > 0 && (strings.HasPrefix(rest, "tecka ") || strings.HasPrefix(rest, "kropka ")):
		// Czech tečka, Polish kropka (folded).
		n, word = len(rest[:strings.IndexByte(rest, ' ')]), true
	case strings.HasPrefix(rest, "จุด"):
		n = len("จุด")
	default:
		return 0, false
	}
	p += n
	after := 0
	for p < len(t) && t[p] == ' ' && after < 2 {
		p++
		after++
	}
	if word && after == 0 {
		return 0, false
	}
	if p >= len(t) || !isLabelByte(t[p]) || t[p] == '-' {
		return 0, false
	}
	if spaces == 0 && after == 0 && n == 1 {
		return 0, false // a plain dot, handled by the caller
	}
	return p, true
}

// bracketDots are the words for "dot" written in brackets: shop(dot)com,
// info(at)moebelwerk(punkt)de.
var bracketDots = setOf("dot", "punkt", "punto", "point", "ponto", "titik", "cham", "tuldok", "ten", "dian", "tecka", "kropka")

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

// linkAt parses a link whose host starts at p.
func (sc *scan) linkAt(v *folded, t string, p int) (link, bool) {
	h, ok := parseHost(t, p)
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
		// Any host after a scheme is a link, even an IP address.
	case h.obfuscated:
		if !disguisedTLDs[tld] {
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
	}
	// A hyphen inside the name ("cocinafacil-tienda.es") is no typo for a
	// missing space after a full stop.
	if l.scheme == "" && !h.obfuscated && ambiguousTLD[tld] && !l.hasPath && h.labels < 3 &&
		!strings.HasPrefix(t[h.s:], "www.") && !knownShort[t[h.s:h.e]] && !strings.Contains(t[h.s:h.tldS], "-") {
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
		sc.addView(ContactInfo, v, l.s, l.e, "link to a chat app outside the platform")
	case host == "paypal.me" || brand == "paypal" && strings.Contains(path, "paypalme"):
		sc.addView(OffPlatformPayment, v, l.s, l.e, "PayPal.me link: payment outside the platform's checkout")
	case mailProviders[brand] && l.scheme == "" && !l.hasPath && (brand != "live" && brand != "mail" && brand != "web" && brand != "free" || l.host.obfuscated):
		// "gmail dot com" on its own spells out an email address.
		sc.addView(ContactInfo, v, l.s, l.e, "spelled-out email address")
		return
	}
	if allowedHost(sc.platform, host, l.insecure) {
		return
	}
	rule := "link to a site outside the platform"
	if l.host.obfuscated {
		rule = "disguised link to a site outside the platform"
	}
	sc.addView(ExternalLink, v, l.s, l.e, rule)
}

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
