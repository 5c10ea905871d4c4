package translate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A long text is translated in pieces that fit a provider's request
// limits and joined again. Pieces are cut after the largest boundary that
// works — paragraphs, then lines, sentences, clauses, words and, for a run
// without any, characters — so each keeps as much context as the provider
// allows. Punctuation stays with its sentence; the whitespace around a
// piece is kept from the original and never sent (trimSpace), so the
// translation keeps the message's layout.

// separators, largest first. Sentence ends cover Latin punctuation and the
// full-width Chinese and Japanese marks, which need no following space.
var separators = []string{"\n\n", "\n", "。", "！", "？", ". ", "! ", "? ", "; ", "；", "，", ", ", " "}

// size is what a piece costs against Limits.
type size struct{ runes, jsonBytes int }

func sizeOf(s string) size {
	z := size{runes: utf8.RuneCountInString(s)}
	for _, r := range s {
		z.jsonBytes += jsonRuneLen(r)
	}
	return z
}

// jsonRuneLen is the bytes r takes in a JSON string encoded without HTML
// escaping: control characters, quote and backslash are escaped.
func jsonRuneLen(r rune) int {
	switch {
	case r == '"' || r == '\\' || r == '\n' || r == '\r' || r == '\t':
		return 2
	case r < 0x20, r == 0x2028, r == 0x2029:
		return 6 // \u00XX; encoding/json also escapes the JavaScript line separators
	}
	return utf8.RuneLen(r)
}

func (z size) plus(o size) size { return size{z.runes + o.runes, z.jsonBytes + o.jsonBytes} }

func (l Limits) fits(z size) bool {
	return (l.MaxRunes <= 0 || z.runes <= l.MaxRunes) && (l.MaxJSONBytes <= 0 || z.jsonBytes <= l.MaxJSONBytes)
}

// splitText cuts s into pieces that each fit l; joined, they are s. A
// piece is measured with its surrounding whitespace, which is not sent, so
// the measure errs on the safe side.
func splitText(s string, l Limits) []string {
	return splitAt(s, l, 0)
}

func splitAt(s string, l Limits, level int) []string {
	if l.fits(sizeOf(s)) {
		return []string{s}
	}
	if level == len(separators) {
		return splitRunes(s, l)
	}
	parts := strings.SplitAfter(s, separators[level])
	if len(parts) == 1 {
		return splitAt(s, l, level+1)
	}
	// Pack whole parts while they fit; a part too large alone is cut at
	// the next smaller boundary. z is the size of s[start:end].
	var out []string
	start, end := 0, 0
	var z size
	for _, p := range parts {
		pz := sizeOf(p)
		if end > start && !l.fits(z.plus(pz)) {
			out = append(out, splitAt(s[start:end], l, level+1)...)
			start, z = end, size{}
		}
		end += len(p)
		z = z.plus(pz)
	}
	if end > start {
		out = append(out, splitAt(s[start:end], l, level+1)...)
	}
	return out
}

// splitRunes cuts a run without separators at character boundaries.
func splitRunes(s string, l Limits) []string {
	var out []string
	start := 0
	var z size
	for i, r := range s {
		rz := size{runes: 1, jsonBytes: jsonRuneLen(r)}
		if i > start && !l.fits(z.plus(rz)) {
			out = append(out, s[start:i])
			start, z = i, size{}
		}
		z = z.plus(rz)
	}
	return append(out, s[start:])
}

// batches groups the indexes of texts into requests that fit l: at most
// MaxTexts texts whose sizes together fit. Each text fits alone, as
// splitText made it.
func batches(texts []string, l Limits) [][]int {
	var out [][]int
	var cur []int
	var z size
	for i, t := range texts {
		tz := sizeOf(t)
		tz.jsonBytes += 3 // its quotes and comma in the JSON array
		next := z.plus(tz)
		if len(cur) > 0 && (l.MaxTexts > 0 && len(cur) >= l.MaxTexts || !l.fits(next)) {
			out = append(out, cur)
			cur, next = nil, tz
		}
		cur = append(cur, i)
		z = next
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// trimSpace splits s into its leading space, its core and its trailing
// space. Only the core is sent: providers drop surrounding whitespace and
// newlines, and the layout is kefu's to keep.
func trimSpace(s string) (lead, core, trail string) {
	core = strings.TrimLeftFunc(s, unicode.IsSpace)
	lead = s[:len(s)-len(core)]
	trimmed := strings.TrimRightFunc(core, unicode.IsSpace)
	return lead, trimmed, core[len(trimmed):]
}
