package classify

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The matcher finds exactly what strings.Index would find, phrase by
// phrase, including overlapping phrases and phrases inside phrases.
func TestClassifyMatcherFindsEveryOccurrence(t *testing.T) {
	phrases := []string{" refund", " refund me", "fund", " not received", "没收到", "收到", "没收到货", "ไม่ได้รับ", "ab", "b", "abc", "bca"}
	m := newMatcher(phrases)
	rng := rand.New(rand.NewPCG(7, 7))
	alphabet := []string{" refund", " me", " not", " received", "没", "收到", "货", "ไม่ได้รับ", "a", "b", "c", " "}
	for range 500 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		var got, want [][3]int
		m.each(text, func(id int32, start, end int) { got = append(got, [3]int{int(id), start, end}) })
		for id, p := range phrases {
			for i := 0; ; {
				j := strings.Index(text[i:], p)
				if j < 0 {
					break
				}
				want = append(want, [3]int{id, i + j, i + j + len(p)})
				i += j + 1
			}
		}
		order := func(a, b [3]int) int {
			for k := range a {
				if a[k] != b[k] {
					return a[k] - b[k]
				}
			}
			return 0
		}
		slices.SortFunc(got, order)
		slices.SortFunc(want, order)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", text, got, want)
		}
	}
}
