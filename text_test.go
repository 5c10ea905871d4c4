package kefu

import (
	"testing"
	"unicode/utf8"
)

func TestCutUTF8NeverSplitsACharacter(t *testing.T) {
	for _, tc := range []struct {
		in      string
		n       int
		cut     string
		shorter string
	}{
		{"hello", 10, "hello", "hello"},
		{"hello", 3, "hel", "hel…"},
		{"退款申请", 4, "退", "退…"}, // 3-byte characters: byte 4 is inside 款
		{"退款申请", 6, "退款", "退款…"},
		{"é", 1, "", "…"},
	} {
		if got := CutUTF8(tc.in, tc.n); got != tc.cut || !utf8.ValidString(got) {
			t.Errorf("CutUTF8(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.cut)
		}
		if got := Shorten(tc.in, tc.n); got != tc.shorter {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.shorter)
		}
	}
}
