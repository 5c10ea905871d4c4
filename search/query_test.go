package search

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// matchDoc is a reference evaluator of what the databases do with FTS5() or
// TSQuery() against Joined(Tokens(doc)) or TSVector(Tokens(doc)): every
// phrase's tokens must occur consecutively, the last one by prefix if the
// phrase is a prefix phrase.
func matchDoc(q Query, doc string) bool {
	if q.IsEmpty() {
		return false
	}
	toks := Tokens(doc)
	for _, ph := range q.Phrases {
		if !phraseIn(ph, toks) {
			return false
		}
	}
	return true
}

func phraseIn(ph Phrase, toks []string) bool {
	n := len(ph.Tokens)
outer:
	for i := 0; i+n <= len(toks); i++ {
		for j, t := range ph.Tokens {
			d := toks[i+j]
			if j == n-1 && ph.Prefix {
				if !strings.HasPrefix(d, t) {
					continue outer
				}
			} else if d != t {
				continue outer
			}
		}
		return true
	}
	return false
}

func TestParse(t *testing.T) {
	w := func(prefix bool, toks ...string) Phrase { return Phrase{Tokens: toks, Prefix: prefix} }
	tests := []struct {
		in   string
		want []Phrase
	}{
		{"", nil},
		{"   ", nil},
		{"?!… —— 。、", nil},
		{`""`, nil},
		{"refund", []Phrase{w(true, "refund")}},
		{"tv", []Phrase{w(false, "tv")}},
		{"Hoàn-Tiền", []Phrase{w(true, "hoan", "tien")}},
		{"hoan tien", []Phrase{w(true, "hoan"), w(true, "tien")}},
		{`"hoan tien"`, []Phrase{w(true, "hoan", "tien")}},
		{`“hoàn tiền” ship`, []Phrase{w(true, "hoan", "tien"), w(true, "ship")}},
		{`"hoan tien`, []Phrase{w(true, "hoan", "tien")}}, // unclosed quote runs to the end
		{"john.doe@gmail.com", []Phrase{w(true, "john", "doe", "gmail", "com")}},
		{"123-1234567-1234567", []Phrase{w(false, "123", "1234567", "1234567")}},
		{"#1001", []Phrase{w(false, "1001")}},
		{"iphone15", []Phrase{w(false, "iphone15")}},
		{"ＡＢＣ１２３", []Phrase{w(false, "abc123")}},
		{"退款", []Phrase{w(false, "退款")}},
		{"申请退款", []Phrase{w(false, "申请", "请退", "退款")}},
		{"退", []Phrase{w(true, "退")}},
		{"iphone手机", []Phrase{w(true, "iphone"), w(false, "手机")}},
		{"手机-iphone-壳", []Phrase{w(false, "手机"), w(true, "iphone"), w(true, "壳")}},
		{"退款，物流", []Phrase{w(false, "退款"), w(false, "物流")}},
		{`"退款 物流"`, []Phrase{w(false, "退款"), w(false, "物流")}},
		{"退款 退款", []Phrase{w(false, "退款")}},
		{"คืนเงิน", []Phrase{w(false, "คื", "ืน", "นเ", "เง", "งิ", "ิน")}},
		{"환불", []Phrase{w(true, "환불")}},
		{"Größe", []Phrase{w(true, "grosse")}},
	}
	for _, tt := range tests {
		got := Parse(tt.in)
		if !reflect.DeepEqual(got.Phrases, tt.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.in, got.Phrases, tt.want)
		}
		if got.IsEmpty() != (len(tt.want) == 0) {
			t.Errorf("Parse(%q).IsEmpty() = %v", tt.in, got.IsEmpty())
		}
	}
}

func TestParseCaps(t *testing.T) {
	q := Parse("a b c d e f g h i j k l m n o p q r s t")
	if len(q.Phrases) != maxPhrases {
		t.Errorf("got %d phrases, want %d", len(q.Phrases), maxPhrases)
	}
	long := strings.Repeat("ab.", 40) + "abcdef"
	q = Parse(long)
	if len(q.Phrases) != 1 || len(q.Phrases[0].Tokens) != maxPhraseTokens || q.Phrases[0].Prefix {
		t.Errorf("Parse(long) = %+v", q)
	}
	if !matchDoc(q, long) {
		t.Errorf("capped phrase no longer matches its own text")
	}
	q = Parse(strings.Repeat("退款", 40))
	if len(q.Phrases[0].Tokens) != maxPhraseTokens {
		t.Errorf("continua phrase has %d tokens", len(q.Phrases[0].Tokens))
	}
}

// TestMatch checks that Parse and Tokens agree, on real support messages.
func TestMatch(t *testing.T) {
	tests := []struct {
		doc   string
		query string
		want  bool
	}{
		// Simplified Chinese.
		{"我要申请退款", "退款", true},
		{"我要申请退款", "申请退款", true},
		{"我要申请退款", "要申请", true},
		{"我要申请退款", "退", true},
		{"我要申请退款", "款", true},
		{"我要申请退款", "退货", false},
		{"我要申请退款", "我退款", false},
		{"我要申请退款", "退款 我要", true},
		{"我要申请退款", "退款 物流", false},
		{"退货款怎么算", "退款", false}, // 退货 货款 款: no 退款 bigram
		{"退货款怎么算", "退货", true},
		{"物流太慢了", "物流", true},
		{"物流太慢了", "太慢", true},
		{"物流太慢了", "物流慢", false},
		{"物流太慢了！！", "慢了", true},
		{"还没发货", "发货", true},
		// Traditional Chinese (no simplified/traditional folding).
		{"我想退貨", "退貨", true},
		{"我想退貨", "退货", false},
		// Japanese.
		{"注文した商品がまだ届きません", "届きません", true},
		{"注文した商品がまだ届きません", "商品", true},
		{"注文した商品がまだ届きません", "届か", false},
		{"コーヒーを返品したい", "返品", true},
		{"コーヒーを返品したい", "ｺｰﾋｰ", true}, // half-width katakana query
		{"コーヒーを返品したい", "コーヒ", true},
		{"か\u3099いこく", "がいこく", true}, // decomposed voiced kana
		// Thai.
		{"ฉันต้องการคืนเงิน สินค้าไม่ถึง", "คืนเงิน", true},
		{"ฉันต้องการคืนเงิน สินค้าไม่ถึง", "สินค้า", true},
		{"ฉันต้องการคืนเงิน สินค้าไม่ถึง", "ไม่ถึง", true},
		{"ฉันต้องการคืนเงิน สินค้าไม่ถึง", "คืนสินค้า", false},
		{"ฉันต้องการคืน\u200bเงิน", "คืนเงิน", true}, // zero-width space between words
		// Vietnamese.
		{"Tôi muốn hoàn tiền", "hoan tien", true},
		{"Tôi muốn hoàn tiền", "hoàn tiền", true},
		{"Tôi muốn hoàn tiền", `"hoan tien"`, true},
		{"Tôi muốn hoàn tiền", "HOÀN TIỀN", true},
		{"Tôi muốn hoàn tiền", "tien hoan", true},
		{"Tôi muốn hoàn tiền", `"tien hoan"`, false},
		{"Tôi muốn hoàn tiền", "hoan tiep", false},
		{"Tôi muốn hoa\u0300n tie\u0302\u0300n", "hoàn tiền", true}, // NFD document
		{"Đơn hàng của tôi đâu?", "don hang", true},
		// Email addresses.
		{"Please reply to john.doe@gmail.com thanks", "john.doe@gmail.com", true},
		{"Please reply to john.doe@gmail.com thanks", "john", true},
		{"Please reply to john.doe@gmail.com thanks", "doe@gmail", true},
		{"Please reply to john.doe@gmail.com thanks", "gmail.com", true},
		{"Please reply to john.doe@gmail.com thanks", "jane.doe@gmail.com", false},
		{"Please reply to JOHN.DOE@GMAIL.COM", "john.doe@gmail.com", true},
		// Order numbers: exact, never by prefix.
		{"Amazon order 123-1234567-1234567 not received", "123-1234567-1234567", true},
		{"Amazon order 123-1234567-1234567 not received", "1234567", true},
		{"Amazon order 123-1234567-1234567 not received", "123456", false},
		{"Amazon order 123-1234567-1234567 not received", "123-1234567-7654321", false},
		{"eBay item 12-34567-89012", "12-34567-89012", true},
		{"eBay item 12-34567-89012", "34567", true},
		{"eBay item 12-34567-89012", "3456", false},
		{"Order #1001 shipped", "#1001", true},
		{"Order #1001 shipped", "1001", true},
		{"Order #1001 shipped", "100", false},
		{"Order #1001 shipped", "10011", false},
		// Full width.
		{"型号ＡＢＣ１２３", "abc123", true},
		{"model abc123", "ＡＢＣ１２３", true},
		// German.
		{"Die Größe passt nicht, Herr Müller", "grosse", true},
		{"Die Größe passt nicht, Herr Müller", "größe", true},
		{"Die Größe passt nicht, Herr Müller", "GRÖSSE", true},
		{"Die Größe passt nicht, Herr Müller", "muller", true},
		{"Die Größe passt nicht, Herr Müller", "müll", true},
		{"Die Größe passt nicht, Herr Müller", "mueller", false},
		// Mixed scripts.
		{"iPhone手机壳", "iphone", true},
		{"iPhone手机壳", "手机", true},
		{"iPhone手机壳", "手机壳", true},
		{"iPhone手机壳", "iphone手机", true},
		{"iPhone手机壳", "手机套", false},
		{"iPhone手机壳", "iphone15", false},
		// Prefix words.
		{"I was refunded yesterday", "refund", true},
		{"I was refunded yesterday", "re", false},
		{"I was refunded yesterday", "refunds", false},
		// Korean, Russian.
		{"환불을 요청합니다", "환불", true},
		{"Ёлка не пришла", "елка", true},
		// Nothing to search for matches nothing.
		{"anything", "?!", false},
	}
	for _, tt := range tests {
		q := Parse(tt.query)
		if got := matchDoc(q, tt.doc); got != tt.want {
			t.Errorf("doc %q query %q (%+v, tokens %q): match = %v, want %v",
				tt.doc, tt.query, q.Phrases, Tokens(tt.doc), got, tt.want)
		}
	}
}

func TestFTS5(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"refund", `"refund" *`},
		{"hoàn tiền", `"hoan" * AND "tien" *`},
		{`"hoàn tiền"`, `"hoan tien" *`},
		{"iphone手机", `"iphone" * AND "手机"`},
		{"申请退款", `"申请 请退 退款"`},
		{"退", `"退" *`},
		{"123-1234567-1234567", `"123 1234567 1234567"`},
	}
	for _, tt := range tests {
		if got := Parse(tt.in).FTS5(); got != tt.want {
			t.Errorf("Parse(%q).FTS5() = %s, want %s", tt.in, got, tt.want)
		}
	}
	// Queries built by hand are escaped too.
	q := Query{Phrases: []Phrase{{Tokens: []string{`a"b`, "", `c""`}, Prefix: true}, {Tokens: []string{""}}}}
	if got, want := q.FTS5(), `"a""b c""""" *`; got != want {
		t.Errorf("FTS5 = %s, want %s", got, want)
	}
}

func TestTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"refund", `'refund':*`},
		{"hoàn tiền", `'hoan':* & 'tien':*`},
		{`"hoàn tiền"`, `('hoan' <-> 'tien':*)`},
		{"iphone手机", `'iphone':* & '手机'`},
		{"申请退款", `('申请' <-> '请退' <-> '退款')`},
		{"退", `'退':*`},
		{"12-34567-89012 退款", `('12' <-> '34567' <-> '89012') & '退款'`},
	}
	for _, tt := range tests {
		if got := Parse(tt.in).TSQuery(); got != tt.want {
			t.Errorf("Parse(%q).TSQuery() = %s, want %s", tt.in, got, tt.want)
		}
	}
	q := Query{Phrases: []Phrase{{Tokens: []string{`it's`, `a\b`}, Prefix: true}, {Tokens: []string{"", "x"}}}}
	if got, want := q.TSQuery(), `('it''s' <-> 'a\\b':*) & 'x'`; got != want {
		t.Errorf("TSQuery = %s, want %s", got, want)
	}
}

var (
	// A lexeme: letters, digits and marks only, as Parse produces.
	fts5Re = regexp.MustCompile(`^("[^"\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+( [^"\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+)*"( \*)?)( AND "[^"\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+( [^"\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+)*"( \*)?)*$`)
	tsLex  = `'[^'\\\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+'`
	tsTerm = `(` + tsLex + `(:\*)?|\(` + tsLex + `( <-> ` + tsLex + `)*( <-> ` + tsLex + `(:\*)?)\))`
	tsRe   = regexp.MustCompile(`^` + tsTerm + `( & ` + tsTerm + `)*$`)
)

// hostile is user input that would be syntax if it reached either database.
var hostile = []string{
	`" OR 1=1 --`,
	`refund" OR "x`,
	`NEAR(refund money, 5)`,
	`refund OR money NOT ship`,
	`refund AND money`,
	`ref*`,
	`* "*" **`,
	`^refund`,
	`body:refund`,
	`{body title}: refund`,
	`refund + money`,
	`it's`,
	`'); DROP TABLE messages; --`,
	`a & b | c ! d`,
	`a <-> b <2> c`,
	`!refund & (money | ship)`,
	`'refund':*`,
	`\'\\\"`,
	`back\slash\\`,
	`(((())))`,
	`退款" OR "物流`,
	`"`,
	`""""`,
	"NEAR/3 \u0000 \t\n",
}

func TestHostileQueries(t *testing.T) {
	for _, in := range hostile {
		q := Parse(in)
		if q.IsEmpty() {
			if q.FTS5() != "" || q.TSQuery() != "" {
				t.Errorf("%q: empty query renders %q / %q", in, q.FTS5(), q.TSQuery())
			}
			continue
		}
		if f := q.FTS5(); !fts5Re.MatchString(f) {
			t.Errorf("Parse(%q).FTS5() = %s: not a plain conjunction of quoted phrases", in, f)
		}
		if s := q.TSQuery(); !tsRe.MatchString(s) {
			t.Errorf("Parse(%q).TSQuery() = %s: not a plain conjunction of quoted phrases", in, s)
		}
	}
	if got := Parse(`NEAR(refund money, 5)`).FTS5(); got != `"near refund" * AND "money" * AND "5"` {
		t.Errorf("NEAR: %s", got)
	}
}

func TestTSVector(t *testing.T) {
	tests := []struct {
		toks []string
		want string
	}{
		{nil, ""},
		{[]string{"a", "b", "a", "c", "a"}, `'a':1,3,5 'b':2 'c':4`},
		{Tokens("我要退款"), `'我要':1 '要退':2 '退款':3 '款':4`},
		{[]string{`it's`, `a\b`, "", "x"}, `'it''s':1 'a\\b':2 'x':4`},
	}
	for _, tt := range tests {
		if got := TSVector(tt.toks); got != tt.want {
			t.Errorf("TSVector(%q) = %s, want %s", tt.toks, got, tt.want)
		}
	}

	// Positions stop at 16383, and PostgreSQL keeps 256 per lexeme.
	toks := make([]string, 20000)
	for i := range toks {
		toks[i] = "w"
	}
	toks[16382] = "edge"
	toks[19999] = "late"
	got := TSVector(toks)
	if !strings.Contains(got, `'edge':16383`) || !strings.Contains(got, `'late':16383`) {
		t.Errorf("positions past 16383 not capped: %.200s", got)
	}
	w := strings.TrimPrefix(strings.Fields(got)[0], "'w':")
	if n := strings.Count(w, ",") + 1; n != pgMaxPositions {
		t.Errorf("'w' has %d positions, want %d", n, pgMaxPositions)
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Parse(`"hoàn tiền" 123-1234567-1234567 iPhone手机壳 refund`)
	}
}
