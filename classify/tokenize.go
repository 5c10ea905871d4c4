package classify

import (
	"sync"
	"unicode"
)

// A feature is one hashed token of a message with the weight it carries in
// the naive Bayes model. Features are sets, not bags: a word written three
// times in a long email counts once, so one repetitive paragraph cannot
// outvote the sentence that says what the buyer wants.
type feature struct {
	hash   uint64
	weight float32
	char   bool // a character n-gram of a word (see logregParams.chars)
}

// Feature kinds are mixed into the hash so that a word, a bigram and a
// character n-gram with the same letters never collide.
const (
	kindWord   = 'w' // a Latin/Cyrillic/Arabic… word
	kindBigram = 'b' // two consecutive words of one clause
	kindNeg    = 'n' // a word within reach of a negation: "not damaged"
	kindChar   = 'c' // a character n-gram of a word: typos, inflections
	kindHan    = 'h' // CJK character n-grams (no spaces between words)
	kindThai   = 't' // Thai character n-grams (no spaces between words)
)

// featureWeights says how much each kind of feature counts. The values
// are chosen by cross-validation on the training corpus (see tune_test.go).
type featureWeights struct {
	word, bigram, neg, char float32
	charMin, charMax        int // n-gram sizes for words of charMinWord+ letters
	charMinWord             int
	han                     [4]float32 // by n-gram size 1..3
	thai                    [5]float32 // by n-gram size 2..4
}

// negators open a negation scope over the next few words of a clause, in
// the folded spelling (lower case, no diacritics, apostrophes dropped).
// Intrinsically negative phrases ("not received") are learnt as bigrams
// anyway; the scope is what separates "not damaged" from "damaged".
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "dont": true, "didnt": true, "doesnt": true, "isnt": true,
	"wasnt": true, "arent": true, "werent": true, "havent": true, "hasnt": true, "hadnt": true,
	"wont": true, "wouldnt": true, "cant": true, "cannot": true, "couldnt": true, "without": true,
	"nunca": true, "sin": true, "nao": true, "sem": true, "nem": true, "ni": true, "pas": true,
	"jamais": true, "sans": true, "aucun": true, "aucune": true, "nicht": true, "kein": true,
	"keine": true, "keinen": true, "nie": true, "ohne": true, "non": true, "senza": true, "mai": true,
	"niet": true, "geen": true, "nooit": true, "zonder": true, "tidak": true, "tak": true, "bukan": true,
	"tiada": true, "takde": true, "xde": true, "ga": true, "gak": true, "nggak": true, "enggak": true,
	"ngga": true, "gk": true, "tdk": true, "jangan": true, "khong": true, "ko": true, "chua": true,
	"dung": true, "degil": true, "yok": true, "bez": true, "не": true, "нет": true, "без": true,
	"لا": true, "لم": true, "لن": true, "ليس": true, "بدون": true,
}

// negatorSet holds the word hashes of negators, so the tokenizer checks a
// word without turning it into a string.
var negatorSet = sync.OnceValue(func() map[uint64]bool {
	m := make(map[uint64]bool, len(negators))
	for w := range negators {
		m[hashRunes(kindWord, []rune(w))] = true
	}
	return m
})

// clauseBreak reports whether r ends a clause: bigrams and negation scopes
// do not reach across it.
func clauseBreak(r rune) bool {
	switch r {
	case '.', ',', '!', '?', ';', ':', '\n', '(', ')', '[', ']', '"',
		'。', '，', '！', '？', '；', '：', '、', '…', '（', '）', '「', '」', '~', '～':
		return true
	}
	return false
}

// script classes of runes as the tokenizer sees them.
const (
	classOther = iota
	classWord
	classHan // Han, kana, hangul: n-grams of characters
	classThai
)

func runeClass(r rune) int {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z' {
			return classWord
		}
		return classOther
	case 0x0E00 <= r && r <= 0x0E7F:
		return classThai
	case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r),
		unicode.Is(unicode.Hangul, r), r == 'ー':
		return classHan
	case unicode.IsLetter(r), unicode.IsDigit(r), unicode.Is(unicode.Mn, r):
		return classWord
	}
	return classOther
}

// tokenizer holds scratch space so that featurizing a message allocates
// almost nothing; it is not safe for concurrent use.
type tokenizer struct {
	w     *featureWeights
	feats []feature
	word  []rune
	run   []rune
	pad   []rune
	set   []int32 // dedupe's hash table
}

// features returns the deduplicated features of folded text. The slice is
// reused by the next call.
func (t *tokenizer) features(folded string) []feature {
	t.feats = t.feats[:0]
	var (
		prev     uint64 // hash of the previous word of the clause, 0 if none
		negScope int    // words left in the current negation scope
		cls      = classOther
	)
	flush := func() {
		switch cls {
		case classWord:
			if len(t.word) > 0 {
				h := t.wordFeatures(t.word, prev, negScope > 0)
				switch {
				case negatorSet()[h]:
					negScope = 3
				case negScope > 0:
					negScope--
				}
				prev = h
			}
			t.word = t.word[:0]
		case classHan:
			t.hanFeatures(t.run)
			t.run = t.run[:0]
			prev, negScope = 0, 0
		case classThai:
			t.thaiFeatures(t.run)
			t.run = t.run[:0]
			prev, negScope = 0, 0
		}
	}
	for _, r := range folded {
		c := runeClass(r)
		if r == '\'' || r == '’' {
			if cls == classWord && isElision(t.word) {
				flush() // "d'erreur" is "d" "erreur"
				cls = classOther
			}
			continue // "don't" is "dont"
		}
		if c != cls {
			flush()
			cls = c
		}
		switch c {
		case classWord:
			t.word = append(t.word, r)
		case classHan, classThai:
			t.run = append(t.run, r)
		default:
			if clauseBreak(r) {
				prev, negScope = 0, 0
			}
		}
	}
	flush()
	return t.dedupe(t.feats)
}

// isElision reports whether a word followed by an apostrophe is a French
// or Italian elided article or pronoun (l', d', j', qu') rather than the
// start of an English contraction (don't, I'm).
func isElision(word []rune) bool {
	switch len(word) {
	case 1:
		return word[0] != 'i'
	case 2:
		return word[0] == 'q' && word[1] == 'u'
	}
	return false
}

// wordFeatures adds a word's unigram, its bigram with the previous word of
// the clause, its negated form when in a negation scope, and character
// n-grams of longer words; it returns the word's hash.
func (t *tokenizer) wordFeatures(word []rune, prev uint64, negated bool) uint64 {
	h := hashRunes(kindWord, word)
	t.add(h, t.w.word)
	if prev != 0 {
		t.add(mix(prev, h, kindBigram), t.w.bigram)
	}
	if negated && t.w.neg > 0 {
		t.add(mix(h, 0, kindNeg), t.w.neg)
	}
	if t.w.char > 0 && len(word) >= t.w.charMinWord && !allDigits(word) {
		// "<word>" with boundary marks, so prefixes and suffixes are n-grams too.
		padded := append(append(append(t.pad[:0], '<'), word...), '>')
		for n := t.w.charMin; n <= t.w.charMax; n++ {
			for i := 0; i+n <= len(padded); i++ {
				if t.w.char > 0 {
					t.feats = append(t.feats, feature{hashRunes(kindChar, padded[i:i+n]), t.w.char, true})
				}
			}
		}
		t.pad = padded[:0]
	}
	return h
}

// hanFeatures adds character 1-, 2- and 3-grams of a run of Chinese,
// Japanese or Korean characters: written without spaces, its words are
// mostly two characters (退款, 物流, 取消), which bigrams catch without a
// dictionary.
func (t *tokenizer) hanFeatures(run []rune) {
	for n := 1; n <= 3; n++ {
		if t.w.han[n] == 0 {
			continue
		}
		for i := 0; i+n <= len(run); i++ {
			t.add(hashRunes(kindHan, run[i:i+n]), t.w.han[n])
		}
	}
}

// thaiFeatures adds character 2-, 3- and 4-grams of a Thai run. Thai has
// no spaces between words and its vowel and tone marks are separate
// characters, so a syllable spans two to four of them.
func (t *tokenizer) thaiFeatures(run []rune) {
	for n := 2; n <= 4; n++ {
		if t.w.thai[n] == 0 {
			continue
		}
		for i := 0; i+n <= len(run); i++ {
			t.add(hashRunes(kindThai, run[i:i+n]), t.w.thai[n])
		}
	}
}

func (t *tokenizer) add(h uint64, w float32) {
	if w > 0 {
		t.feats = append(t.feats, feature{hash: h, weight: w})
	}
}

// dedupe keeps one of each feature, with its highest weight, in order of
// first appearance. An open-addressing set on the tokenizer's scratch
// space does it in linear time; a long email has thousands of features,
// and sorting them cost more than everything else.
func (t *tokenizer) dedupe(feats []feature) []feature {
	size := 64
	for size < 2*len(feats) {
		size *= 2
	}
	if cap(t.set) < size {
		t.set = make([]int32, size)
	}
	set := t.set[:size]
	for i := range set {
		set[i] = -1
	}
	mask := uint64(size - 1)
	out := feats[:0]
	for _, f := range feats {
		for h := f.hash & mask; ; h = (h + 1) & mask {
			k := set[h]
			if k < 0 {
				set[h] = int32(len(out))
				out = append(out, f)
				break
			}
			if out[k].hash == f.hash {
				out[k].weight = max(out[k].weight, f.weight)
				break
			}
		}
	}
	return out
}

func allDigits(word []rune) bool {
	for _, r := range word {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// FNV-1a, 64 bits, over the runes and a kind byte.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashRunes(kind byte, rs []rune) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(kind)
	h *= fnvPrime
	for _, r := range rs {
		for v := uint32(r); ; v >>= 8 {
			h ^= uint64(v & 0xff)
			h *= fnvPrime
			if v < 0x100 {
				break
			}
		}
	}
	return h | 1 // never 0: 0 means "no previous word"
}

func mix(a, b uint64, kind byte) uint64 {
	h := a*fnvPrime ^ b
	h ^= uint64(kind) << 56
	h *= fnvPrime
	h ^= h >> 29
	return h | 1
}
