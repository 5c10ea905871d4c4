package classify

import (
	"os"
	"strings"
	"testing"
)

// TestDebugMessages prints what the model does with the lines of
// $KEFU_CLASSIFY_DEBUG (one message a line); for working on the lexicon.
func TestDebugMessages(t *testing.T) {
	in := os.Getenv("KEFU_CLASSIFY_DEBUG")
	if in == "" {
		t.Skip("set KEFU_CLASSIFY_DEBUG to messages, one a line")
	}
	m := Default()
	for line := range strings.Lines(in) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		r := m.Classify(line)
		a := analyse(line)
		s := m.pool.Get().(*scratch)
		m.rules.match(a.rule, r.Language, s.rules, &s.hits)
		var fired []string
		for _, id := range s.hits.fired {
			r := m.rules.rules[id]
			fired = append(fired, string(intentOrder[r.intent])+"@"+r.source)
		}
		m.pool.Put(s)
		t.Logf("%-18s %-3s %.2f %v | %q | rules %v", r.Intent, r.Language, r.Confidence, r.Scores, line, fired)
	}
}

// TestDebugCrossTalk lists lexicon lines of one language that fire on
// training messages of other languages: a short word of one language is
// often a common word of another ("me" is Vietnamese for chipped).
func TestDebugCrossTalk(t *testing.T) {
	if os.Getenv("KEFU_CLASSIFY_CROSSTALK") == "" {
		t.Skip("set KEFU_CLASSIFY_CROSSTALK=1")
	}
	m := Default()
	ex, err := readExamples(data, "data/train")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	sample := map[string]string{}
	s := m.pool.Get().(*scratch)
	for _, x := range ex {
		a := analyse(x.Text)
		m.rules.match(a.rule, x.Lang, s.rules, &s.hits)
		for _, id := range s.hits.fired {
			r := m.rules.rules[id]
			lang, _, _ := strings.Cut(r.source, ".")
			if lang != x.Lang && lang != "en" {
				key := r.source + " " + m.rules.phrases[r.parts[0]]
				counts[key]++
				sample[key] = x.Lang + ": " + x.Text
			}
		}
	}
	for k, n := range counts {
		t.Logf("%3d %s | %s", n, k, sample[k])
	}
}
