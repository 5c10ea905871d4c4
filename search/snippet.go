package search

import (
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultSnippetWidth is the snippet length in runes when Snippet is given
// width <= 0: about two lines of a result list.
const DefaultSnippetWidth = 160

// Snippet returns an HTML-safe excerpt of text, about width runes long,
// around the first match of q, with every matched region wrapped in
// <mark>…</mark> and everything else HTML-escaped. "…" marks an end that was
// cut. Without a match it is the start of text.
//
// Matching runs on the folded text with a map back to the original bytes, so
// "hoan tien" highlights "hoàn tiền", "ＡＢＣ" highlights "abc" and a Chinese
// query highlights the original characters. A word token is highlighted
// where it is a whole word, or for a prefix phrase's last token, the whole of
// every word it starts ("refund" marks "refunded"); a Han/kana/Thai phrase is
// highlighted wherever its whole run occurs. Touching marks merge. The
// result is valid UTF-8 even for invalid input: invalid bytes become U+FFFD
// first, and every cut is at a rune boundary.
func Snippet(text string, q Query, width int) string {
	if width <= 0 {
		width = DefaultSnippetWidth
	}
	text = strings.ToValidUTF8(text, "\uFFFD")
	marks := matches(text, q)

	start, end := window(text, marks, width)

	var b strings.Builder
	b.Grow(end - start + 32)
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, m := range marks {
		if m.end <= start {
			continue
		}
		if m.start >= end {
			break
		}
		s, e := max(m.start, start), min(m.end, end)
		b.WriteString(html.EscapeString(text[pos:s]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s:e]))
		b.WriteString("</mark>")
		pos = e
	}
	b.WriteString(html.EscapeString(text[pos:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

type span struct{ start, end int }

// span32 halves the memory of the per-byte map Snippet builds.
type span32 struct{ start, end int32 }

// needle is one thing to highlight, in folded form.
type needle struct {
	s     string
	word  bool // must start at a word start
	exact bool // and, if word, end at a word end
}

func needles(q Query) []needle {
	var ns []needle
	add := func(n needle) {
		if n.s == "" {
			return
		}
		for _, o := range ns {
			if o == n {
				return
			}
		}
		ns = append(ns, n)
	}
	for _, ph := range q.Phrases {
		if len(ph.Tokens) == 0 || ph.Tokens[0] == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(ph.Tokens[0])
		if classOf(first) == clsCont {
			// Bigrams overlap by one rune: 申请 请退 退款 → 申请退款.
			run := FoldString(ph.Tokens[0])
			for _, t := range ph.Tokens[1:] {
				t = FoldString(t)
				if _, n := utf8.DecodeRuneInString(t); n < len(t) {
					run += t[n:]
				}
			}
			add(needle{s: run})
			continue
		}
		for i, t := range ph.Tokens {
			t = FoldString(t)
			// A token cut at MaxWordBytes stands for a longer word.
			exact := !(ph.Prefix && i == len(ph.Tokens)-1) && len(t)+utf8.UTFMax <= MaxWordBytes
			add(needle{s: t, word: true, exact: exact})
		}
	}
	return ns
}

// matches returns the merged, sorted byte spans of text matched by q.
func matches(text string, q Query) []span {
	ns := needles(q)
	if len(ns) == 0 {
		return nil
	}
	// Fold text, remembering for every folded byte the original span.
	folded := make([]byte, 0, len(text))
	from := make([]span32, 0, len(text))
	var f folder
	f.reset(text)
	for {
		r, s, e, ok := f.next()
		if !ok {
			break
		}
		n := len(folded)
		folded = utf8.AppendRune(folded, r)
		for ; n < len(folded); n++ {
			from = append(from, span32{int32(s), int32(e)})
		}
	}
	f.release()
	fs := string(folded)

	var found []span
	for _, n := range ns {
		for off := 0; off < len(fs); {
			i := strings.Index(fs[off:], n.s)
			if i < 0 {
				break
			}
			a := off + i
			b := a + len(n.s)
			off = a + 1
			if n.word {
				if r, _ := utf8.DecodeLastRuneInString(fs[:a]); a > 0 && classOf(r) == clsWord {
					continue
				}
				if n.exact {
					if r, _ := utf8.DecodeRuneInString(fs[b:]); b < len(fs) && classOf(r) == clsWord {
						continue
					}
				} else {
					// A prefix match highlights the whole word: refund → refunded.
					for b < len(fs) {
						r, sz := utf8.DecodeRuneInString(fs[b:])
						if classOf(r) != clsWord {
							break
						}
						b += sz
					}
				}
			}
			// Take along any dropped combining marks after the match, so
			// the accent of "café" is not left outside the mark.
			end := int(from[b-1].end)
			if b == len(fs) {
				end = len(text)
			} else if next := int(from[b].start); next > end {
				end = next
			}
			found = append(found, span{int(from[a].start), end})
		}
	}
	if len(found) == 0 {
		return nil
	}
	sort.Slice(found, func(i, j int) bool { return found[i].start < found[j].start })
	merged := found[:1]
	for _, s := range found[1:] {
		last := &merged[len(merged)-1]
		if s.start <= last.end { // overlapping or touching: one mark
			last.end = max(last.end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// window picks the byte range [start, end) of text to show: width runes, the
// first mark a quarter of the way in, ends moved to word boundaries when one
// is close and never between a letter and its combining marks.
func window(text string, marks []span, width int) (start, end int) {
	if utf8.RuneCountInString(text) <= width {
		return 0, len(text)
	}
	ms, me := 0, 0
	if len(marks) > 0 {
		ms, me = marks[0].start, marks[0].end
		start = backRunes(text, ms, width/4)
	}
	end, n := fwdRunes(text, start, width)
	if n < width { // hit the end of text: use the room before instead
		start = backRunes(text, start, width-n)
	}

	// Start after a space if there is one shortly after the cut point and
	// before the match, so the snippet does not begin mid-word.
	if start > 0 {
		for i, k := start, 0; i < ms && k < 12; k++ {
			r, sz := utf8.DecodeRuneInString(text[i:])
			i += sz
			if unicode.IsSpace(r) {
				start = i
				break
			}
		}
		for k := 0; start > 0 && start < len(text) && k < 8; k++ {
			if r, _ := utf8.DecodeRuneInString(text[start:]); !unicode.IsMark(r) {
				break
			}
			_, sz := utf8.DecodeLastRuneInString(text[:start])
			start -= sz
		}
	}
	if end < len(text) {
		for i, k := end, 0; i > max(me, start) && k < 12; k++ {
			r, sz := utf8.DecodeLastRuneInString(text[:i])
			i -= sz
			if unicode.IsSpace(r) && i > start {
				end = i
				break
			}
		}
		for k := 0; end < len(text) && k < 8; k++ {
			r, sz := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsMark(r) {
				break
			}
			end += sz
		}
	}
	return start, end
}

// backRunes moves from byte offset i back over up to n runes.
func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return i
}

// fwdRunes moves from byte offset i forward over up to n runes and says how
// many it moved.
func fwdRunes(s string, i, n int) (int, int) {
	k := 0
	for ; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return i, k
}
