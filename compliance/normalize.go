package compliance

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// folded is the text every detector reads, with a map back to the
// original. Folding makes the disguises sellers use to slip contact details
// past marketplace filters look like the plain words:
//
//   - NFKC: full-width ｗｈａｔｓａｐｐ, ＠ and １２３ become ASCII, circled ① a
//     digit, 𝐛𝐨𝐥𝐝 letters plain ones;
//   - lower case, and Latin accents dropped (liên hệ → lien he, reseña →
//     resena), the way package search folds, so one lexicon entry matches
//     text typed with or without diacritics;
//   - Cyrillic and Greek letters that look like Latin ones folded to them
//     (WhаtsАpp with Cyrillic а);
//   - zero-width characters dropped (+1\u200b415…);
//   - the few Traditional Chinese characters the lexicon needs folded to
//     Simplified (評價 → 评价), so Shopee Taiwan is covered by the same
//     entries.
//
// from[i] and to[i] are the byte span of the original text that produced
// b[i]; a span of b therefore maps back to src[from[i]:to[j-1]], which
// always starts and ends on a rune boundary of src.
type folded struct {
	src     string
	b       []byte
	from    []int32
	to      []int32
	scratch []byte
}

func (f *folded) reset(src string) {
	f.src = src
	f.b = f.b[:0]
	f.from = f.from[:0]
	f.to = f.to[:0]
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			f.push(c, i, i+1)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && n == 1 {
			f.push(' ', i, i+1) // invalid byte: a separator, never part of a word
			i++
			continue
		}
		// Fast path: a rune that is NFKC on its own and folds to one rune.
		if fr, ok := quickFold(r); ok && (i+n == len(src) || src[i+n] < utf8.RuneSelf || norm.NFKC.PropertiesString(src[i+n:]).BoundaryBefore()) {
			if fr >= 0 {
				f.pushRune(fr, i, i+n)
			}
			i += n
			continue
		}
		// A segment: the rune and the combining marks that belong to it.
		k := norm.NFKC.NextBoundaryInString(src[i:], true)
		if k <= 0 {
			k = n
		}
		f.scratch = norm.NFKC.AppendString(f.scratch[:0], src[i:i+k])
		for j := 0; j < len(f.scratch); {
			r, m := utf8.DecodeRune(f.scratch[j:])
			j += m
			if r == utf8.RuneError && m == 1 {
				f.push(' ', i, i+k)
				continue
			}
			f.appendFolded(r, i, i+k)
		}
		i += k
	}
}

func (f *folded) push(c byte, from, to int) {
	f.b = append(f.b, c)
	f.from = append(f.from, int32(from))
	f.to = append(f.to, int32(to))
}

func (f *folded) pushRune(r rune, from, to int) {
	if r < utf8.RuneSelf {
		f.push(byte(r), from, to)
		return
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:n] {
		f.push(c, from, to)
	}
}

// appendFolded appends the folded form of r, an NFKC rune.
func (f *folded) appendFolded(r rune, from, to int) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		f.push(byte(r), from, to)
		return
	}
	if isIgnorable(r) {
		return
	}
	r = unicode.ToLower(r)
	if r < 0x2000 {
		// Latin, Greek, Cyrillic: drop accents by keeping the base of the
		// canonical decomposition.
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		if d := norm.NFD.Properties(buf[:n]).Decomposition(); d != nil {
			for len(d) > 0 {
				dr, m := utf8.DecodeRune(d)
				d = d[m:]
				if !isIgnorable(dr) {
					f.pushRune(foldLetter(unicode.ToLower(dr)), from, to)
				}
			}
			return
		}
	}
	f.pushRune(foldLetter(r), from, to)
}

// quickFold folds runes that need no normalizer: CJK ideographs, Thai,
// kana, Hangul, and the common punctuation sellers type. ok is false when
// the slow path must decide; a result of -1 means "drop".
func quickFold(r rune) (rune, bool) {
	switch {
	case 0x4E00 <= r && r <= 0x9FFF:
		if s, ok := traditional[r]; ok {
			return s, true
		}
		return r, true
	case 0x0E01 <= r && r <= 0x0E5B && r != 0x0E33 && !(0x0E38 <= r && r <= 0x0E3A) && !(0x0E48 <= r && r <= 0x0E4B):
		return r, true // Thai letters (not ำ, not below-vowels or tone marks, which NFKC may reorder)
	case 0x3041 <= r && r <= 0x3096, 0x30A1 <= r && r <= 0x30FA, 0xAC00 <= r && r <= 0xD7A3:
		return -2, false // may compose with a following voicing mark or jamo
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF || r == 0x00AD:
		return -1, true
	case r == '’' || r == '‘' || r == 'ʼ' || r == '′':
		return '\'', true
	case r == '“' || r == '”' || r == '„':
		return '"', true
	case r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '−':
		return '-', true
	case 0x3001 <= r && r <= 0x3011:
		return r, true // CJK punctuation, kept: 。 ends a sentence
	case r == 0x3000:
		return ' ', true
	case r == '➕':
		return '加', true // "➕V", "➕微信": the plus emoji stands for 加, "add"
	case 0xFF01 <= r && r <= 0xFF5E: // full-width ASCII
		r -= 0xFEE0
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	}
	return 0, false
}

// isIgnorable reports whether r is dropped: a combining mark of the
// Inherited script (accents, once separated) or an invisible format
// character. Thai vowels and tone marks are not Inherited and stay.
func isIgnorable(r rune) bool {
	switch {
	case 0x0300 <= r && r < 0x0370:
		return true
	case r < 0x0370:
		return r == 0x00AD
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		return true
	}
	return unicode.Is(unicode.Inherited, r)
}

// foldLetter maps look-alike letters to the ASCII letter they imitate and
// spells out the few letters without a decomposition that people type
// without their stroke (đơn → don, as package search does).
func foldLetter(r rune) rune {
	if r < 0x80 {
		return r
	}
	if a, ok := lookalike[r]; ok {
		return a
	}
	return r
}

var lookalike = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p',
	'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q',
	'ԝ': 'w', 'ո': 'n', 'ɡ': 'g', 'ɑ': 'a',
	// Greek
	'α': 'a', 'β': 'b', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
	'υ': 'u', 'χ': 'x', 'ω': 'w',
	// Letters with a stroke, which have no decomposition.
	'đ': 'd', 'ð': 'd', 'ł': 'l', 'ø': 'o', 'ı': 'i', 'ħ': 'h',
	// Arabic-Indic and Persian digits, which NFKC keeps: "تقييم ٥ نجوم"
	// is "5 نجوم".
	'٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
	'۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
	// Devanagari and Bengali digits: "+৯১ ৯৮৩০৪ ৮২৯০৩" is +91 98304 82903.
	'०': '0', '१': '1', '२': '2', '३': '3', '४': '4', '५': '5', '६': '6', '७': '7', '८': '8', '९': '9',
	'০': '0', '১': '1', '২': '2', '৩': '3', '৪': '4', '৫': '5', '৬': '6', '৭': '7', '৮': '8', '৯': '9',
}

// traditional folds the Traditional characters of the lexicon's words to
// Simplified, so 評價, 轉帳, 聯繫 and 電話 match 评价, 转账, 联系 and 电话.
var traditional = map[rune]rune{
	'評': '评', '價': '价', '論': '论', '轉': '转', '帳': '账', '賬': '账', '匯': '汇', '聯': '联',
	'繫': '系', '絡': '络', '電': '电', '話': '话', '機': '机', '號': '号', '關': '关', '優': '优',
	'碼': '码', '單': '单', '寶': '宝', '網': '网', '現': '现', '買': '买', '賣': '卖', '償': '偿',
	'禮': '礼', '贈': '赠', '紅': '红', '這': '这', '個': '个', '給': '给', '讓': '让', '請': '请',
	'刪': '删', '錢': '钱', '還': '还', '訊': '讯', '銷': '销', '購': '购', '無': '无', '麼': '么',
	'們': '们', '從': '从', '對': '对', '後': '后', '發': '发', '貨': '货', '員': '员',
	'補': '补', '費': '费', '減': '减', '僅': '仅', '時': '时', '門': '门', '問': '问',
	'題': '题', '謝': '谢', '親': '亲', '寫': '写', '撥': '拨', '鏈': '链', '結': '结', '條': '条',
	'專': '专', '區': '区', '進': '进', '報': '报', '東': '东', '頁': '页', '處': '处', '庫': '库',
	'線': '线', '複': '复', '製': '制', '預': '预', '約': '约', '戶': '户',
	'薦': '荐', '賴': '赖', '劵': '券', '務': '务', '團': '团', '過': '过', '絲': '丝',
	'負': '负',
}
