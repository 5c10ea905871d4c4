package classify

import (
	"os"
	"strings"
	"testing"
)

// testdata/holdout.jsonl was written after the lexicon and the parameters
// were settled and evaluated once, for an honest estimate of how the model
// generalises; it is kept as a regression check with a lower bar than the
// development set, and nothing is tuned on it.
func TestClassifyHoldout(t *testing.T) {
	f, err := os.Open("testdata/holdout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex, err := decodeExamples(f, "")
	if err != nil {
		t.Fatal(err)
	}
	e := evaluate(Default(), ex)
	t.Log("\n" + e.table())
	if testing.Verbose() && os.Getenv("KEFU_CLASSIFY_MISSES") != "" {
		t.Log("\n" + strings.Join(e.misses, "\n"))
	}
	if e.macroF1() < 0.8 || e.langAccuracy() < 0.95 {
		t.Errorf("holdout: macro-F1 %.3f, language accuracy %.3f", e.macroF1(), e.langAccuracy())
	}
}
