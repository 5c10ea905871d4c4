package translate

import "testing"

func TestNormalizeReadsLanguageTags(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "EN": "en", "en-US": "en", "en_GB": "en", " th ": "th", "pt-BR": "pt",
		"zh": "zh", "zh-CN": "zh", "zh-Hans": "zh", "zh-SG": "zh", "zh-Hans-CN": "zh", "ZH_cn": "zh",
		"zh-Hant": "zh-Hant", "zh-TW": "zh-Hant", "zh-HK": "zh-Hant", "zh-Hant-TW": "zh-Hant", "zh-mo": "zh-Hant",
		"iw": "he", "in": "id", "no": "nb", "nb": "nb", "fil": "tl", "es-419": "es",
	} {
		got, err := Normalize("target", in)
		if err != nil || got != want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "e", "english", "en--us", "12", "zh-", "en-US-" + "x1234567890", "th\x00", "中文", "en us"} {
		if got, err := Normalize("target", bad); err == nil {
			t.Errorf("Normalize(%q) = %q, want an error", bad, got)
		} else {
			wantInvalid(t, err, "target", "")
		}
	}
}

// What each provider is asked for each language kefu meets; "" means the
// provider cannot, and says so.
func TestProviderLanguageCodes(t *testing.T) {
	tables := map[string]codeTable{NameDeepL: deeplCodes, NameGoogle: googleCodes, NameTencent: tencentCodes}
	for _, tc := range []struct {
		lang                     string
		deepl, google, tencent   string // target codes
		deeplSrc, googleSrc, tcS string // source codes
	}{
		{"en", "EN-US", "en", "en", "EN", "en", "en"},
		{"zh", "ZH-HANS", "zh-CN", "zh", "ZH", "zh-CN", "zh"},
		{"zh-Hant", "ZH-HANT", "zh-TW", "zh-TW", "ZH", "zh-TW", "zh-TW"},
		{"es", "ES", "es", "es", "ES", "es", "es"},
		{"de", "DE", "de", "de", "DE", "de", "de"},
		{"fr", "FR", "fr", "fr", "FR", "fr", "fr"},
		{"pt", "PT-BR", "pt", "pt", "PT", "pt", "pt"},
		{"it", "IT", "it", "it", "IT", "it", "it"},
		{"ja", "JA", "ja", "ja", "JA", "ja", "ja"},
		{"ko", "KO", "ko", "ko", "KO", "ko", "ko"},
		{"id", "ID", "id", "id", "ID", "id", "id"},
		{"th", "TH", "th", "th", "TH", "th", "th"},
		{"vi", "VI", "vi", "vi", "VI", "vi", "vi"},
		{"ms", "", "ms", "ms", "", "ms", "ms"},
		{"ar", "AR", "ar", "ar", "AR", "ar", "ar"},
		{"tr", "TR", "tr", "tr", "TR", "tr", "tr"},
		{"ru", "RU", "ru", "ru", "RU", "ru", "ru"},
		{"nl", "NL", "nl", "", "NL", "nl", ""},
		{"pl", "PL", "pl", "", "PL", "pl", ""},
		{"hi", "", "hi", "hi", "", "hi", "hi"},
		{"he", "HE", "he", "", "HE", "he", ""},
		{"nb", "NB", "no", "", "NB", "no", ""},
		{"tl", "", "tl", "", "", "tl", ""},
	} {
		for name, want := range map[string][2]string{
			NameDeepL: {tc.deepl, tc.deeplSrc}, NameGoogle: {tc.google, tc.googleSrc}, NameTencent: {tc.tencent, tc.tcS},
		} {
			got, err := tables[name].targetCode(tc.lang)
			if want[0] == "" {
				wantInvalid(t, err, "target", name+" cannot translate to "+tc.lang)
			} else if err != nil || got != want[0] {
				t.Errorf("%s target %s = %q, %v; want %q", name, tc.lang, got, err, want[0])
			}
			got, err = tables[name].sourceCode(tc.lang)
			if want[1] == "" {
				wantInvalid(t, err, "source", name+" cannot translate from "+tc.lang)
			} else if err != nil || got != want[1] {
				t.Errorf("%s source %s = %q, %v; want %q", name, tc.lang, got, err, want[1])
			}
		}
	}
}

func TestDetectedLanguagesBecomeKefuCodes(t *testing.T) {
	for in, want := range map[string]string{"EN": "en", "ZH": "zh", "zh-CN": "zh", "zh-TW": "zh-Hant", "iw": "he", "PT": "pt", "": "", "??": ""} {
		if got := detected(in); got != want {
			t.Errorf("detected(%q) = %q, want %q", in, got, want)
		}
	}
}
