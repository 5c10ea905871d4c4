package search

import "strings"

// BM25's saturation and length constants, the usual values.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Count returns how often each phrase of q occurs in tokens (the output of
// Tokens), with the same rules the index applies: adjacent tokens in
// order, the last one as a prefix when the phrase says so.
func (q Query) Count(tokens []string) []int {
	counts := make([]int, len(q.Phrases))
	for i, ph := range q.Phrases {
		n := len(ph.Tokens)
		if n == 0 {
			continue
		}
	scan:
		for start := 0; start+n <= len(tokens); start++ {
			for j, want := range ph.Tokens {
				got := tokens[start+j]
				if j == n-1 && ph.Prefix {
					if !strings.HasPrefix(got, want) {
						continue scan
					}
				} else if got != want {
					continue scan
				}
			}
			counts[i]++
		}
	}
	return counts
}

// Score ranks a document that matched q by BM25's term-frequency part:
// each phrase's occurrences, saturating, and discounted for documents longer
// than avgTokens. It leaves out BM25's inverse document frequency on
// purpose: every candidate contains every phrase (the query is an AND), so
// IDF would only weigh phrases against each other, and computing it makes
// the database read every matching row — for a common word, ten times the
// cost of the whole search.
func Score(counts []int, tokens int, avgTokens float64) float64 {
	if avgTokens <= 0 {
		avgTokens = 1
	}
	norm := bm25K1 * (1 - bm25B + bm25B*float64(tokens)/avgTokens)
	var s float64
	for _, tf := range counts {
		f := float64(tf)
		s += f * (bm25K1 + 1) / (f + norm)
	}
	return s
}
