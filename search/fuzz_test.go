package search

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var fuzzSeeds = []string{
	"",
	"我要申请退款，物流太慢了",
	"Tôi muốn hoàn tiền",
	"hoa\u0300n tie\u0302\u0300n",
	"ฉันต้องการคืนเงิน สินค้าไม่ถึง",
	"注文した商品がまだ届きません ｺｰﾋｰ か\u3099",
	"john.doe@gmail.com 123-1234567-1234567 12-34567-89012 #1001",
	"ＡＢＣ１２３ Größe Ærø ﬁle ㎏ ﷺ",
	`"hoan tien" “退款” NEAR(a b) it's a\b <-> :* & | !`,
	"iPhone手机壳 환불을 Ёлка",
	"bad \xff\xfe \xe4\xb8",
	strings.Repeat("ж", 40) + "b",
	strings.Repeat("\u0301", 40),
}

// tokenOK reports whether tok survives FTS5's ascii tokenizer intact: no
// ASCII byte other than lower-case letters and digits.
func tokenOK(tok string) bool {
	if tok == "" || !utf8.ValidString(tok) {
		return false
	}
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c < utf8.RuneSelf && !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokens(text)
		for _, tok := range toks {
			if !tokenOK(tok) {
				t.Fatalf("Tokens(%q): bad token %q", text, tok)
			}
			if first, _ := utf8.DecodeRuneInString(tok); classOf(first) != clsCont && len(tok) > MaxWordBytes {
				t.Fatalf("Tokens(%q): token of %d bytes", text, len(tok))
			}
		}
		if j := Joined(toks); len(toks) > 0 && len(strings.Split(j, " ")) != len(toks) {
			t.Fatalf("Joined(%q) does not split back", toks)
		}
		if v := TSVector(toks); !utf8.ValidString(v) {
			t.Fatalf("TSVector invalid UTF-8: %q", v)
		}
		if fs := FoldString(text); utf8.ValidString(text) && !utf8.ValidString(fs) {
			t.Fatalf("FoldString(%q) = %q is invalid UTF-8", text, fs)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range append(fuzzSeeds, hostile...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q := Parse(in)
		if len(q.Phrases) > maxPhrases {
			t.Fatalf("Parse(%q): %d phrases", in, len(q.Phrases))
		}
		for _, ph := range q.Phrases {
			if len(ph.Tokens) == 0 || len(ph.Tokens) > maxPhraseTokens {
				t.Fatalf("Parse(%q): phrase of %d tokens", in, len(ph.Tokens))
			}
			for _, tok := range ph.Tokens {
				if !tokenOK(tok) {
					t.Fatalf("Parse(%q): bad token %q", in, tok)
				}
			}
		}
		if q.IsEmpty() {
			if q.FTS5() != "" || q.TSQuery() != "" {
				t.Fatalf("Parse(%q): empty query renders", in)
			}
			return
		}
		if s := q.FTS5(); !fts5Re.MatchString(s) {
			t.Fatalf("Parse(%q).FTS5() = %s", in, s)
		}
		if s := q.TSQuery(); !tsRe.MatchString(s) {
			t.Fatalf("Parse(%q).TSQuery() = %s", in, s)
		}
		// Whatever one types must find the message it was copied from.
		if !matchDoc(q, in) {
			t.Fatalf("Parse(%q) = %+v does not match Tokens = %q", in, q.Phrases, Tokens(in))
		}
	})
}

func FuzzSnippet(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "hoan tien 退款", 20)
		f.Add(s, s, 0)
	}
	f.Fuzz(func(t *testing.T, text, query string, width int) {
		width %= 1000
		got := Snippet(text, Parse(query), width)
		if !utf8.ValidString(got) {
			t.Fatalf("Snippet(%q, %q, %d) = %q: invalid UTF-8", text, query, width, got)
		}
		// Without the marks and ellipses, the snippet is escaped original text.
		plain := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(got)
		if strings.ContainsAny(plain, "<>\"'") {
			t.Fatalf("Snippet(%q, %q) = %q: unescaped HTML", text, query, got)
		}
		plain = strings.TrimSuffix(strings.TrimPrefix(html.UnescapeString(plain), "…"), "…")
		if !strings.Contains(strings.ToValidUTF8(text, "\uFFFD"), plain) {
			t.Fatalf("Snippet(%q, %q, %d) = %q: not an excerpt", text, query, width, got)
		}
		if strings.Count(got, "<mark>") != strings.Count(got, "</mark>") {
			t.Fatalf("Snippet(%q, %q) = %q: unbalanced marks", text, query, got)
		}
	})
}

// refFold is the slow, obviously right fold: NFKC each run of non-ASCII
// bytes as a whole, then fold rune by rune. FoldString's fast paths must
// agree with it.
func refFold(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			b.WriteString(strings.ToLower(s[i : i+1]))
			i++
			continue
		}
		j := stretchEnd(s, i)
		for _, r := range norm.NFKC.String(s[i:j]) {
			for _, fr := range appendFold(nil, r) {
				b.WriteRune(fr)
			}
		}
		i = j
	}
	return b.String()
}

func FuzzFold(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("ê\u0300 가\u11a8 か\u3099 Ａ\u0301 a\u0e48\u0e38 ½ ǆ ŀ")
	f.Add("ก\u0e48\u0e38 ก\u0e38\u0e48 น้ำ ไม่ ถึ\u0e4b\u0e39\u0e48")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := FoldString(s), refFold(s); got != want {
			t.Fatalf("FoldString(%q) = %q, want %q", s, got, want)
		}
	})
}
