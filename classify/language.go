package classify

import (
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"kefu"
	"kefu/search"
)

// Language detection works in two stages. The script decides first, and
// for most of the world it decides alone: Han characters are Chinese
// unless kana make them Japanese or hangul Korean, Thai script is Thai,
// Cyrillic Russian, Arabic script Arabic. Latin script is shared by a
// dozen of the languages buyers write in, so there a naive Bayes model over
// character n-grams and words, trained on the same corpus as the intents,
// picks the language; Malay and Indonesian, which share most of their
// words, are then told apart by the words they do not share.

// latinLanguages are the languages the Latin-script model knows.
var latinLanguages = []string{"en", "es", "de", "fr", "pt", "it", "nl", "ms", "id", "vi", "pl", "tr"}

// Und is the language of a message without any letters.
const Und = "und"

// langModel is the naive Bayes model for Latin-script languages.
type langModel struct {
	index  map[uint64]int32
	logp   [][]float32 // feature → log P(feature | language)
	unseen []float32   // log P(unseen feature | language)
	prior  []float64
}

// scriptCounts counts the letters of each script in a text.
type scriptCounts struct {
	han, kana, hangul, thai, arabic, cyrillic, latin, greek, hebrew, devanagari int
}

func countScripts(s string) scriptCounts {
	var c scriptCounts
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				c.latin++
			}
		case 0x0E00 <= r && r <= 0x0E7F:
			if unicode.IsLetter(r) {
				c.thai++
			}
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			if r != '・' && r != 'ー' {
				c.kana++
			}
		case unicode.Is(unicode.Han, r):
			c.han++
		case unicode.Is(unicode.Hangul, r):
			c.hangul++
		case unicode.Is(unicode.Arabic, r):
			c.arabic++
		case unicode.Is(unicode.Cyrillic, r):
			c.cyrillic++
		case unicode.Is(unicode.Latin, r):
			c.latin++
		case unicode.Is(unicode.Greek, r):
			c.greek++
		case unicode.Is(unicode.Hebrew, r):
			c.hebrew++
		case unicode.Is(unicode.Devanagari, r):
			c.devanagari++
		}
	}
	return c
}

// script returns the language a script implies, or "latin" when the
// Latin-script model must decide, or Und. One CJK character carries about
// as much as a word, so it counts as three Latin letters: "我的order还没到"
// is Chinese, "my 保温杯 arrived broken" English.
func (c scriptCounts) script() string {
	cjk := c.han + c.kana + c.hangul
	best, lang := c.latin, "latin"
	for _, s := range []struct {
		n    int
		lang string
	}{{3 * cjk, "cjk"}, {c.thai, "th"}, {c.arabic, "ar"}, {c.cyrillic, "ru"}, {c.greek, "el"},
		{c.hebrew, "he"}, {c.devanagari, "hi"}} {
		if s.n > best {
			best, lang = s.n, s.lang
		}
	}
	if best == 0 {
		return Und
	}
	if lang == "cjk" {
		switch {
		// A few kana among many kanji are still Japanese (送料無料です); a
		// stray の in a Chinese shop name is not.
		case c.kana >= 2 && c.kana*10 >= c.han || c.kana > c.han:
			return "ja"
		case c.hangul > c.han:
			return "ko"
		}
		return "zh"
	}
	return lang
}

// langText returns the letters of s as the language model reads them:
// NFC (Vietnamese typed in decomposed form is the same language), lower
// case, and every run of non-letters as one space.
func langText(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if r == '\'' || r == '’' {
			continue
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// langFeatures calls fn for the features of langText output: each word,
// and the character bigrams and trigrams of each word padded with spaces
// (" th", "the", "he "). Single letters add little but cost a third of
// the work.
func langFeatures(text string, fn func(h uint64, w float64)) {
	rs := []rune(text)
	start := -1
	for i, r := range rs {
		if r != ' ' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		word := rs[start-1 : i+1] // with the spaces on both sides
		fn(hashRunes('W', word), 2)
		for n := 2; n <= 3; n++ {
			for k := 0; k+n <= len(word); k++ {
				fn(hashRunes('L', word[k:k+n]), 1)
			}
		}
		start = -1
	}
}

// trainLang builds the Latin-script model from labelled texts. Each text
// also counts once more without diacritics, at half weight: buyers type
// "nao recebi", "hoan tien", "reembolso" without accents as often as with.
func trainLang(texts, langs []string) *langModel {
	k := len(latinLanguages)
	col := map[string]int{}
	for i, l := range latinLanguages {
		col[l] = i
	}
	m := &langModel{index: map[uint64]int32{}}
	var counts [][]float64
	totals := make([]float64, k)
	docs := make([]float64, k)
	add := func(text string, c int, weight float64) {
		langFeatures(langText(text), func(h uint64, w float64) {
			i, ok := m.index[h]
			if !ok {
				i = int32(len(counts))
				m.index[h] = i
				counts = append(counts, make([]float64, k))
			}
			counts[i][c] += w * weight
			totals[c] += w * weight
		})
	}
	for i, text := range texts {
		c, ok := col[langs[i]]
		if !ok {
			continue
		}
		docs[c]++
		add(text, c, 1)
		if f := search.FoldString(text); f != strings.ToLower(text) {
			add(f, c, 0.5)
		}
	}
	const alpha = 0.1
	v := float64(len(counts))
	m.logp = make([][]float32, len(counts))
	for i, row := range counts {
		m.logp[i] = make([]float32, k)
		for c, n := range row {
			m.logp[i][c] = float32(math.Log((n + alpha) / (totals[c] + alpha*v)))
		}
	}
	m.unseen = make([]float32, k)
	m.prior = make([]float64, k)
	for c := range m.unseen {
		m.unseen[c] = float32(math.Log(alpha / (totals[c] + alpha*v)))
		// Uniform but for English, which wins what nothing else claims:
		// "ok", "thx", "hello??".
		if latinLanguages[c] == "en" {
			m.prior[c] = 1.5
		}
	}
	return m
}

// detect returns the language of cleaned text and a confidence in [0,1].
func (m *langModel) detect(cleaned string) (string, float64) {
	cleaned = kefu.CutUTF8(cleaned, maxLangBytes)
	counts := countScripts(cleaned)
	s := counts.script()
	if s != "latin" {
		if s == Und {
			return Und, 0
		}
		return s, 0.99
	}
	if strings.ContainsAny(cleaned, "¿¡") {
		return "es", 0.95 // only Spanish opens questions and exclamations upside down
	}
	text := langText(cleaned)
	k := len(latinLanguages)
	ll := make([]float64, k)
	copy(ll, m.prior)
	n := 0.0
	langFeatures(text, func(h uint64, w float64) {
		i, ok := m.index[h]
		if !ok {
			return // unseen everywhere: no evidence
		}
		n += w
		for c := range ll {
			ll[c] += w * float64(m.logp[i][c])
		}
	})
	markers := malayMarkers(text)
	probs := softmaxScaled(ll, math.Max(1, math.Sqrt(n)/2))
	best := argmax(probs)
	switch lang := latinLanguages[best]; {
	case n == 0:
		return "en", 0.3
	case (lang == "ms" || lang == "id") && markers != 0:
		// The two share most words; the model only narrows it down to them.
		if markers > 0 {
			return "ms", math.Max(probs[best], 0.8)
		}
		return "id", math.Max(probs[best], 0.8)
	default:
		return lang, probs[best]
	}
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func softmaxScaled(x []float64, t float64) []float64 {
	mx := math.Inf(-1)
	for _, v := range x {
		mx = math.Max(mx, v)
	}
	out := make([]float64, len(x))
	sum := 0.0
	for i, v := range x {
		out[i] = math.Exp((v - mx) / t)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func argmax(x []float64) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}
