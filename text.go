package kefu

import "unicode/utf8"

// CutUTF8 cuts s to at most n bytes without splitting a character: the one
// way kefu bounds stored and displayed text.
func CutUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Shorten is CutUTF8 with an ellipsis when something was cut, for text
// quoted back in messages and errors.
func Shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return CutUTF8(s, n) + "…"
}
