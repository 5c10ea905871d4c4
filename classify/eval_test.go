package classify

import (
	"fmt"
	"sort"
	"strings"
)

// evaluation is intent and language agreement on a labelled set.
type evaluation struct {
	n, intentOK, langOK int
	tp, fp, fn          [numIntents]int
	byLang              map[string][2]int // language → {correct intents, messages}
	misses              []string
}

func evaluate(m *Model, set []Example) *evaluation {
	e := &evaluation{byLang: map[string][2]int{}}
	for _, x := range set {
		r := m.Classify(x.Text)
		want, got := x.Intent.index(), r.Intent.index()
		e.n++
		c := e.byLang[x.Lang]
		c[1]++
		if want == got {
			e.intentOK++
			e.tp[want]++
			c[0]++
		} else {
			e.fp[got]++
			e.fn[want]++
			e.misses = append(e.misses, fmt.Sprintf("want %-17s got %-17s %s %q", x.Intent, r.Intent, x.Lang, x.Text))
		}
		e.byLang[x.Lang] = c
		if r.Language == x.Lang {
			e.langOK++
		} else {
			e.misses = append(e.misses, fmt.Sprintf("lang want %s got %s %q", x.Lang, r.Language, x.Text))
		}
	}
	return e
}

func (e *evaluation) f1(c int) float64 {
	p := float64(e.tp[c]) / max(1, float64(e.tp[c]+e.fp[c]))
	r := float64(e.tp[c]) / max(1, float64(e.tp[c]+e.fn[c]))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (e *evaluation) macroF1() float64 {
	sum, k := 0.0, 0
	for c := range numIntents {
		if e.tp[c]+e.fn[c] == 0 {
			continue
		}
		sum += e.f1(c)
		k++
	}
	return sum / float64(max(k, 1))
}

func (e *evaluation) intentAccuracy() float64 { return float64(e.intentOK) / float64(max(e.n, 1)) }
func (e *evaluation) langAccuracy() float64   { return float64(e.langOK) / float64(max(e.n, 1)) }

// table renders the numbers as a Markdown table for t.Log.
func (e *evaluation) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "messages %d, intent accuracy %.3f, macro-F1 %.3f, language accuracy %.3f\n\n",
		e.n, e.intentAccuracy(), e.macroF1(), e.langAccuracy())
	b.WriteString("| intent | F1 | support |\n|---|---|---|\n")
	for c, in := range intentOrder {
		fmt.Fprintf(&b, "| %s | %.3f | %d |\n", in, e.f1(c), e.tp[c]+e.fn[c])
	}
	langs := make([]string, 0, len(e.byLang))
	for l := range e.byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	b.WriteString("\n| language | intent accuracy | messages |\n|---|---|---|\n")
	for _, l := range langs {
		c := e.byLang[l]
		fmt.Fprintf(&b, "| %s | %.3f | %d |\n", l, float64(c[0])/float64(c[1]), c[1])
	}
	return b.String()
}
