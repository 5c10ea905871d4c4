package compliance

// Helpers the rules of every kind use to look around a unit.

// prev returns the nearest unit before i, at most dist units away and in
// the same sentence, that carries any concept of mask; -1 if none.
func (sc *scan) prev(i int, mask concept, dist int) int {
	for j := i - 1; j >= 0 && i-j <= dist && sc.units[j].sent == sc.units[i].sent; j-- {
		if sc.units[j].mask&mask != 0 {
			return j
		}
	}
	return -1
}

// next returns the nearest unit after i, at most dist units away and in
// the same sentence, that carries any concept of mask; -1 if none.
func (sc *scan) next(i int, mask concept, dist int) int {
	for j := i + 1; j < len(sc.units) && j-i <= dist && sc.units[j].sent == sc.units[i].sent; j++ {
		if sc.units[j].mask&mask != 0 {
			return j
		}
	}
	return -1
}

// around returns the units [a, b) of the sentence of unit i, at most w
// units either side of it. Rules look "in the same sentence" through it,
// so a pathological 60 kB sentence costs no more than a normal one.
func (sc *scan) around(i, w int) (a, b int) {
	a, b = i, i+1
	for a > 0 && i-a < w && sc.units[a-1].sent == sc.units[i].sent {
		a--
	}
	for b < len(sc.units) && b-i <= w && sc.units[b].sent == sc.units[i].sent {
		b++
	}
	return a, b
}

// sentences calls fn with the bounds [a, b) of every sentence.
func (sc *scan) sentences(fn func(a, b int)) {
	for a := 0; a < len(sc.units); {
		b := a + 1
		for b < len(sc.units) && sc.units[b].sent == sc.units[a].sent {
			b++
		}
		fn(a, b)
		a = b
	}
}

// first returns the first unit in [a, b) carrying any concept of mask, or
// -1. Bounds past either end are clipped: rules ask for a window around a
// unit ("the next six") without checking where the text ends.
func (sc *scan) first(a, b int, mask concept) int {
	for i := max(a, 0); i < min(b, len(sc.units)); i++ {
		if sc.units[i].mask&mask != 0 {
			return i
		}
	}
	return -1
}

// negated reports whether unit i is denied within its clause: "we cannot
// accept PayPal", "不能加微信", "không được … Zalo". "Don't hesitate to…"
// and "no problem" are not denials, and a "no" right before the word is
// usually Portuguese for "in the" ("no WhatsApp").
func (sc *scan) negated(i int) bool {
	u := sc.units[i]
	// "PayPalはご利用いただけません", "카톡은 알려드릴 수 없습니다": Japanese
	// and Korean deny after the thing denied.
	// German and Dutch deny within the clause ("…dürfen wir nicht
	// annehmen"), not in the next one: "per Überweisung geht es schneller,
	// über Amazon nicht möglich".
	for j := i + 1; j < len(sc.units) && j-i <= 7 && sc.units[j].sent == u.sent; j++ {
		if v := sc.units[j]; v.mask&cNegAfter != 0 && (v.kind == uScript && !isThaiAfter([]byte(sc.t), int(v.s)) && j-i <= 6 || v.clause == u.clause) {
			return true
		}
	}
	if sc.nor(i) || sc.carried(i) || sc.verbFirstDenied(i) {
		return true
	}
	for j := i - 1; j >= 0 && i-j <= 8 && sc.units[j].clause == u.clause; j-- {
		v := sc.units[j]
		if v.mask&cNegation == 0 {
			continue
		}
		if j+1 < len(sc.units) && sc.units[j+1].mask&cIdiom != 0 || j+2 < len(sc.units) && sc.units[j+2].mask&cIdiom != 0 && j+2 < i {
			continue
		}
		if w := sc.t[v.s:v.e]; (w == "no" || w == "na" || w == "ne") && (j == i-1 || sc.units[j+1].mask&(cSelf|cYou|cApp|cAppWeak|cSocial) != 0 ||
			j+3 <= i && sc.is(j+2, "do", "da") && sc.units[j+3].mask&(cApp|cAppWeak|cSocial) != 0) {
			// "no nosso Instagram", "na minha loja", "no seu Pix":
			// Portuguese "in our", "in your";
			// "chamar no insta @loja e pagar no Pix": "in the" app; "no
			// direct do insta", "na página do Facebook".
			continue
		}
		if sc.priceReplaced(j, i) {
			continue
		}
		return true
	}
	return false
}

// inTheApp reports "no" or "na" at j as Portuguese "in the", "in our"
// before an app, a social network or a possessive: "no zap", "na minha
// loja", "no seu Pix".
func (sc *scan) inTheApp(j int) bool {
	return sc.is(j, "no", "na") && j+1 < len(sc.units) && sc.units[j+1].clause == sc.units[j].clause &&
		sc.units[j+1].mask&(cSelf|cYou|cApp|cAppWeak|cSocial) != 0
}

// verbFirstPronouns and verbFirstNegations: German and Dutch put the verb
// of a request first, its subject and the denial after it: "Bitte
// überweisen Sie kein Geld an Konten…", "Betaal u nooit via Tikkie",
// "Schicken Sie uns bitte nichts per PayPal".
var (
	verbFirstPronouns   = foldSet("sie", "u", "je", "jij", "du", "ihr")
	verbFirstNegations  = foldSet("kein", "keine", "keinen", "keinem", "nicht", "niemals", "nie", "nichts", "geen", "niet", "nooit", "niets")
	verbFirstContrasted = foldSet("sondern", "maar")
)

// verbFirstDenied reports the verb at i denied after its subject: a
// pronoun right after it, the denial within two units after that, and no
// "but instead" further on in the clause ("…nicht an Amazon, sondern…").
func (sc *scan) verbFirstDenied(i int) bool {
	if !verbFirstPronouns[sc.text(i+1)] || sc.units[i+1].clause != sc.units[i].clause {
		return false
	}
	n := -1
	for k := i + 2; k <= i+3 && k < len(sc.units) && sc.units[k].clause == sc.units[i].clause; k++ {
		if verbFirstNegations[sc.text(k)] {
			n = k
			break
		}
	}
	if n < 0 {
		return false
	}
	for k := n + 1; k < len(sc.units) && k-n <= 8 && sc.units[k].sent == sc.units[i].sent; k++ {
		if verbFirstContrasted[sc.text(k)] {
			return false
		}
	}
	return true
}

// priceReplaced reports the negation at j as "instead of" a price that
// ends before unit i: "I'll do them for £40 instead of £48 if you pay me
// direct" replaces the price, not what follows it. Nor does it deny what
// the seller then does in its place: "instead of return we refund RM10 to
// your Touch 'n Go" — the seller, the subject after "instead of", does i.
func (sc *scan) priceReplaced(j, i int) bool {
	if !sc.is(j, "instead of", "rather than", "statt", "anstatt", "au lieu de", "en lugar de", "en vez de", "invece di", "em vez de") {
		return false
	}
	if sc.first(j+2, i, cWe) >= 0 {
		return true
	}
	k := j + 1
	if k < i && sc.units[k].mask&cCurrency != 0 {
		k++
	}
	return k < i && sc.units[k].mask&cMoney != 0
}

// is reports whether unit i's folded text is one of words.
func (sc *scan) is(i int, words ...string) bool {
	if i < 0 || i >= len(sc.units) {
		return false
	}
	w := sc.t[sc.units[i].s:sc.units[i].e]
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// written reports whether unit i is, as written before folding, one of
// words: "đã" (already) is not "da" (Italian "from", German "there").
func (sc *scan) written(i int, words ...string) bool {
	if i < 0 || i >= len(sc.units) {
		return false
	}
	u := sc.units[i]
	w := sc.f.src[sc.f.from[u.s]:sc.f.to[u.e-1]]
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// norWords carry a denial on to the next item: "no aceptamos pagos fuera
// de eBay, ni por transferencia ni por Bizum", "nous ne prenons pas de
// commandes par Instagram ni de paiements par virement", "nie przyjmujemy
// PayPala ani przelewów".
var norWords = foldSet("ni", "nor", "neither", "noch", "nem", "ani")

// nor reports unit i after a "ni" in its clause that continues a denial
// earlier in the sentence. Alone "ni" is Tagalog "of" ("GCash ni ate").
func (sc *scan) nor(i int) bool {
	u := sc.units[i]
	// "ni vous communiquer un numéro WhatsApp": a few words may come
	// between.
	for j := i - 1; j >= 0 && i-j <= 6 && sc.units[j].clause == u.clause; j-- {
		if !norWords[sc.text(j)] {
			continue
		}
		for k := j - 1; k >= 0 && j-k <= 14 && sc.units[k].sent == u.sent; k-- {
			if sc.units[k].mask&cNegation != 0 && sc.units[k].mask&cIdiom == 0 && !norWords[sc.text(k)] {
				return true
			}
		}
		return false
	}
	return false
}
