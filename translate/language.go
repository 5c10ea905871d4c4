package translate

import (
	"strings"

	"kefu"
)

// Chinese is one language with two scripts that buyers and agents do not
// mix: kefu's code zh is simplified (mainland China, Singapore, Malaysia),
// zh-Hant traditional (Taiwan, Hong Kong, Macau). Every other language is
// its BCP 47 base subtag: a regional variant (en-GB, pt-BR) is the same
// language for reading a buyer, and each provider picks a sensible variant
// when writing (see the tables below).
const (
	Chinese            = "zh"
	TraditionalChinese = "zh-Hant"
)

// Normalize turns a language tag into kefu's code: zh-CN, zh-Hans and zh
// are zh; zh-TW, zh-HK and zh-Hant are zh-Hant; en-US is en; old or
// alternative codes become the current ones (iw → he, in → id, no → nb,
// fil → tl). field names the input for the error of a malformed tag.
func Normalize(field, tag string) (string, error) {
	t := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	bad := kefu.Invalid(field, "%s must be a language code such as en, zh, zh-Hant or th", field)
	if t == "" || len(t) > 35 {
		return "", bad
	}
	parts := strings.Split(t, "-")
	for _, p := range parts {
		if p == "" || len(p) > 8 || strings.Trim(p, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
			return "", bad
		}
	}
	base := parts[0]
	if len(base) < 2 || len(base) > 3 || strings.Trim(base, "abcdefghijklmnopqrstuvwxyz") != "" {
		return "", bad
	}
	if base == "zh" {
		for _, p := range parts[1:] {
			switch p {
			case "hant", "tw", "hk", "mo":
				return TraditionalChinese, nil
			}
		}
		return Chinese, nil
	}
	switch base {
	case "iw":
		return "he", nil
	case "in":
		return "id", nil
	case "no", "nn":
		return "nb", nil // Norwegian: the providers translate Bokmål
	case "fil":
		return "tl", nil
	case "ji":
		return "yi", nil
	}
	return base, nil
}

// codeTable maps kefu codes to one provider's codes, in both directions.
type codeTable struct {
	provider string
	target   map[string]string // kefu code → provider's target code
	source   map[string]string // kefu code → provider's source code
}

func (c codeTable) targetCode(lang string) (string, error) {
	if code, ok := c.target[lang]; ok {
		return code, nil
	}
	return "", kefu.Invalid("target", "%s cannot translate to %s", c.provider, lang)
}

// sourceCode returns the provider's code for a source language; "" stays
// "" (detect).
func (c codeTable) sourceCode(lang string) (string, error) {
	if lang == "" {
		return "", nil
	}
	if code, ok := c.source[lang]; ok {
		return code, nil
	}
	return "", kefu.Invalid("source", "%s cannot translate from %s", c.provider, lang)
}

// detected turns the language a provider reports into a kefu code; a
// code kefu cannot read is dropped rather than passed on.
func detected(code string) string {
	if code == "" {
		return ""
	}
	lang, err := Normalize("source", code)
	if err != nil {
		return ""
	}
	return lang
}

// DeepL's languages, verified against developers.deepl.com "Languages
// supported" (DeepLcom/api-docs docs/getting-started/supported-languages.mdx):
// targets take a variant for English (EN-US, EN-GB), Portuguese (PT-BR,
// PT-PT) and Chinese (ZH-HANS, ZH-HANT); sources only the base code. Thai,
// Vietnamese and Hebrew are text-only "next-gen" languages, which is all
// kefu uses. DeepL has no Malay, Hindi or Filipino: "deepl cannot
// translate to ms". Beta languages that need enable_beta_languages are
// left out.
var deeplCodes = func() codeTable {
	c := codeTable{provider: NameDeepL, target: map[string]string{}, source: map[string]string{}}
	for _, l := range []string{"ar", "bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "he", "hu", "id",
		"it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "ro", "ru", "sk", "sl", "sv", "th", "tr", "uk", "vi"} {
		c.target[l] = strings.ToUpper(l)
		c.source[l] = strings.ToUpper(l)
	}
	// Sellers mostly write to buyers in the US and Brazil (Amazon US,
	// Shopee and Mercado Livre BR): the default variants follow them.
	c.target["en"], c.source["en"] = "EN-US", "EN"
	c.target["pt"], c.source["pt"] = "PT-BR", "PT"
	c.target[Chinese], c.source[Chinese] = "ZH-HANS", "ZH"
	c.target[TraditionalChinese], c.source[TraditionalChinese] = "ZH-HANT", "ZH"
	return c
}()

// Google Cloud Translation Basic (v2) takes ISO 639 codes and zh-CN /
// zh-TW for Chinese (cloud.google.com/translate/docs/languages). It knows
// far more languages than kefu's buyers write; these are the ones kefu's
// classifier and markets meet, so a typo is an error here rather than a
// 400 from Google.
var googleCodes = func() codeTable {
	c := codeTable{provider: NameGoogle, target: map[string]string{}, source: map[string]string{}}
	for _, l := range []string{"ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he",
		"hi", "hr", "hu", "id", "it", "ja", "km", "ko", "lo", "lt", "lv", "ms", "my", "nl", "pl", "pt", "ro", "ru",
		"sk", "sl", "sr", "sv", "ta", "th", "tl", "tr", "uk", "ur", "vi"} {
		c.target[l], c.source[l] = l, l
	}
	c.target["nb"], c.source["nb"] = "no", "no"
	c.target[Chinese], c.source[Chinese] = "zh-CN", "zh-CN"
	c.target[TraditionalChinese], c.source[TraditionalChinese] = "zh-TW", "zh-TW"
	return c
}()

// Tencent Cloud TMT TextTranslate's languages (API 2018-03-21, verified
// against the SDKs' TextTranslateRequest documentation): zh, zh-TW, en,
// ja, ko, fr, es, it, de, tr, ru, pt, vi, id, th, ms, ar, hi. Not every
// pair is offered (Thai, for one, translates only to and from Chinese and
// English); Tencent refuses the others itself.
var tencentCodes = func() codeTable {
	c := codeTable{provider: NameTencent, target: map[string]string{}, source: map[string]string{}}
	for _, l := range []string{"ar", "de", "en", "es", "fr", "hi", "id", "it", "ja", "ko", "ms", "pt", "ru", "th", "tr", "vi"} {
		c.target[l], c.source[l] = l, l
	}
	c.target[Chinese], c.source[Chinese] = "zh", "zh"
	c.target[TraditionalChinese], c.source[TraditionalChinese] = "zh-TW", "zh-TW"
	return c
}()
