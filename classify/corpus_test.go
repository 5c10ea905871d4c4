package classify

import (
	"os"
	"strings"
	"testing"
)

// The embedded corpus covers every intent in every language the issue
// asks for, with at least 150 examples per intent overall.
func TestClassifyCorpusCoversEveryIntentAndLanguage(t *testing.T) {
	ex, err := readExamples(data, "data/train")
	if err != nil {
		t.Fatal(err)
	}
	perIntent := map[Intent]int{}
	perLang := map[string]map[Intent]int{}
	for _, x := range ex {
		perIntent[x.Intent]++
		if perLang[x.Lang] == nil {
			perLang[x.Lang] = map[Intent]int{}
		}
		perLang[x.Lang][x.Intent]++
	}
	for _, in := range Intents() {
		if perIntent[in] < 150 {
			t.Errorf("%s: %d examples, want at least 150", in, perIntent[in])
		}
	}
	for _, lang := range []string{"en", "zh", "es", "de", "fr", "pt", "ms", "id", "th", "vi",
		"ja", "ko", "it", "nl", "ar", "ru", "pl", "tr"} {
		for _, in := range Intents() {
			if perLang[lang][in] == 0 {
				t.Errorf("%s has no %s example", lang, in)
			}
		}
	}
	t.Logf("%d examples; per intent %v", len(ex), perIntent)
}

// The development set is never trained on: no message of it is in the
// corpus, not even with other numbers or punctuation.
func TestClassifyDevSetIsNotInCorpus(t *testing.T) {
	ex, err := readExamples(data, "data/train")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint64]string{}
	for _, x := range ex {
		seen[exactKey(analyse(x.Text).rule)] = x.Text
	}
	f, err := os.Open("testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dev, err := decodeExamples(f, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range dev {
		if strings.TrimSpace(x.Text) == "" {
			continue
		}
		if tr, ok := seen[exactKey(analyse(x.Text).rule)]; ok {
			t.Errorf("dev message %q is in the corpus as %q", x.Text, tr)
		}
	}
}
