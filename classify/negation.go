package classify

import (
	"strings"
	"unicode/utf8"
)

// Negation in the lexicon. A phrase means nothing when the buyer denies
// it ("it is not damaged", "I'm not going to open a dispute"), so every
// lexicon phrase is checked for a negation just before it, in the
// message's language. The tokenizer marks negated words for the
// statistical models separately (tokenize.go).

// negatedAt reports whether the phrase starting at byte i of rule text is
// negated: a negator among the five words before it in the same clause
// ("not damaged", "don't want to cancel", "I'm not going to file a
// chargeback", "không muốn hủy"), 不/没/未/别 right before it ("没坏",
// "不想取消", "不是假货"), or ไม่ shortly before it in Thai. A contrast
// ("but", "just", "only") ends the reach of a negation: "I don't want a
// refund, just an exchange". "I won't hesitate to file a chargeback" and
// "don't make me go to my bank" are threats, not negations, and "I can't
// cancel it in the app" still wants it cancelled.
func negatedAt(text string, i int, lang string) bool {
	// Chinese: the character right before, or two before when the one in
	// between is an auxiliary (不想取消, 没有坏, 不要退款).
	if r1, n1 := utf8.DecodeLastRuneInString(text[:i]); runeClass(r1) == classHan {
		if hanNegator(r1) {
			return true
		}
		if r2, _ := utf8.DecodeLastRuneInString(text[:i-n1]); hanNegator(r2) && strings.ContainsRune("想要用会是有需必能太再算打", r1) {
			return true
		}
		return false
	}
	if j := max(0, i-36); strings.Contains(text[j:i], "ไม่") || strings.Contains(text[j:i], "อย่า") {
		// Thai: 12 characters of three bytes each. ถ้าไม่… ("if not …")
		// is a condition and ไม่งั้น ("otherwise") a threat's hinge.
		w := text[max(0, i-60):i]
		return !strings.Contains(w, "ถ้า") && !strings.Contains(w, "ไม่งั้น") && !strings.Contains(w, "ไม่อย่างนั้น") &&
			!strings.Contains(w, "ไม่ก็")
	}
	end := i
	for w := 0; w < negationReach; {
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		start := strings.LastIndexByte(text[:end], ' ') + 1
		word := text[start:end]
		switch {
		case word == "" || word == "|" || contrast[word] || hesitate[word] || consequence[word]:
			return false
		case negates(word, lang) && !inability[word]:
			// "if you don't refund me, I'll dispute it": the negation is
			// the condition of a threat, not a denial of it.
			return !conditionBefore(text, start)
		}
		if !filler[word] {
			w++ // "don't want a replacement or a return label": articles and "or" take no reach
		}
		end = start
	}
	return false
}

// negates reports whether word is a negation in lang. Most negators
// belong to one language family and are unambiguous; a few are ordinary
// words elsewhere and count only in their own languages.
func negates(word, lang string) bool {
	if langs, ok := negatorLanguages[word]; ok {
		return strings.Contains(langs, lang)
	}
	return negators[word]
}

// negatorLanguages restricts negators that mean something else in another
// language: Portuguese "no" is "in the", Polish "tak" is "yes", Spanish
// "sin" is not English "sin".
var negatorLanguages = map[string]string{
	"no": "en es it", "ni": "es", "sin": "es", "sem": "pt", "nem": "pt", "non": "fr it", "mai": "it",
	"pas": "fr", "sans": "fr", "tak": "ms id", "ga": "id ms", "ko": "vi", "dung": "vi", "chua": "vi",
	"khong": "vi", "nie": "de pl", "bez": "pl", "yok": "tr", "degil": "tr", "kein": "de", "keine": "de",
}

// filler words do not use up a negation's reach.
var filler = setOf("a", "an", "the", "or", "nor", "any", "un", "une", "le", "la", "les", "el", "los", "las",
	"ein", "eine", "einen", "der", "die", "das", "den", "o", "ou", "oder", "atau", "hay", "hoac", "ni", "y")

// conditionBefore reports whether one of the three words before byte i of
// rule text opens a condition ("if", "unless", "kalau", "nếu", "si").
func conditionBefore(text string, i int) bool {
	end := i
	for range 3 {
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		start := strings.LastIndexByte(text[:end], ' ') + 1
		word := text[start:end]
		if word == "" || word == "|" {
			return false
		}
		if conditional[word] {
			return true
		}
		end = start
	}
	return false
}

// conditional words open the condition of a threat.
var conditional = setOf("if", "unless", "until", "si", "se", "wenn", "falls", "als", "kalau", "kalo", "klo",
	"jika", "jikalau", "kl", "neu", "jesli", "eger", "если")

// consequence words start the consequence of a condition: a negation
// before them belongs to the condition ("refund me by Monday or else",
// "chưa hoàn tiền thì mình báo ngân hàng").
var consequence = setOf("ill", "then", "thi", "else", "otherwise", "sonst", "sinon", "senao", "sino",
	"jinak", "kalau tak", "или", "иначе")

// negationReach is how many words back a negator still negates a phrase.
const negationReach = 5

// contrast words end a negation's reach.
var contrast = setOf("but", "just", "only", "instead", "rather", "pero", "solo", "sino", "mais", "juste",
	"seulement", "aber", "nur", "sondern", "mas", "apenas", "so", "tapi", "cuma", "hanya", "saja", "je",
	"nhung", "chi", "ma", "maar", "alleen", "tylko", "ale", "sadece", "ama", "но", "только")

// inability words are negators for the model's features but not for the
// lexicon: "I can't pay", "I cannot cancel it in the app" still mean the
// buyer wants to pay or cancel.
var inability = setOf("cant", "cannot", "couldnt")

func hanNegator(r rune) bool {
	switch r {
	case '不', '没', '未', '无', '别', '非', '勿', '莫':
		return true
	}
	return false
}

// hesitate are words after which a negation is not one: "I won't hesitate
// to open a dispute" is a threat.
var hesitate = setOf("hesitate", "hesitar", "hesiter", "zogern", "esitare", "aarzelen", "ragu", "teragak",
	"make", "force", "wait", "esperar", "attendre", "warten")
