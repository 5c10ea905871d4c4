package search

import (
	"reflect"
	"strings"
	"testing"
)

func TestFoldString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hello world", "hello world"},
		{"Hello", "hello"},
		{"ＡＢＣ１２３", "abc123"},
		{"Tôi muốn hoàn tiền", "toi muon hoan tien"},
		{"hoa\u0300n tie\u0302\u0300n", "hoan tien"}, // decomposed (NFD) input
		{"Đơn hàng đã giao", "don hang da giao"},
		{"Größe Müller STRASSE Straße", "grosse muller strasse strasse"},
		{"Ærø Łódź Œuvre", "aero lodz oeuvre"},
		{"ΆΣΟΣ ς", "ασοσ σ"},
		{"Ёлка", "елка"},
		{"İstanbul", "istanbul"},
		{"我要申请退款", "我要申请退款"},
		{"が ガ ｶﾞ", "が ガ ガ"},    // kana keep their voicing; half-width → full
		{"ต้องการ", "ต้องการ"}, // Thai marks are letters
		{"한국어", "한국어"},         // Hangul is not decomposed into jamo
		{"ﬁle ㎏ ①", "file kg 1"},
		{"\u3000全角スペース", " 全角スペース"},
		{"a\u200db\ufe0fc", "abc"}, // joiners and variation selectors are Inherited
	}
	for _, tt := range tests {
		if got := FoldString(tt.in); got != tt.want {
			t.Errorf("FoldString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldStringNoAlloc(t *testing.T) {
	s := "already folded ascii 123"
	if n := testing.AllocsPerRun(100, func() { _ = FoldString(s) }); n != 0 {
		t.Errorf("FoldString of folded ASCII allocates %v times", n)
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ... !!! ", nil},
		{"Hello, World!", []string{"hello", "world"}},
		{"john.doe@gmail.com", []string{"john", "doe", "gmail", "com"}},
		{"Order 123-1234567-1234567", []string{"order", "123", "1234567", "1234567"}},
		{"eBay 12-34567-89012", []string{"ebay", "12", "34567", "89012"}},
		{"#1001", []string{"1001"}},
		{"ＡＢＣ１２３", []string{"abc123"}},
		{"Tôi muốn hoàn tiền", []string{"toi", "muon", "hoan", "tien"}},
		{"Die Größe passt", []string{"die", "grosse", "passt"}},
		{"我要退款", []string{"我要", "要退", "退款", "款"}},
		{"货", []string{"货"}},
		{"退貨", []string{"退貨", "貨"}},
		{"物流太慢了！", []string{"物流", "流太", "太慢", "慢了", "了"}},
		{"iPhone手机壳", []string{"iphone", "手机", "机壳", "壳"}},
		{"手机iPhone", []string{"手机", "机", "iphone"}},
		{"订单123已发货", []string{"订单", "单", "123", "已发", "发货", "货"}},
		{"退款，物流", []string{"退款", "款", "物流", "流"}},
		{"コーヒーが好き", []string{"コー", "ーヒ", "ヒー", "ーが", "が好", "好き", "き"}},
		{"ｺｰﾋｰ", []string{"コー", "ーヒ", "ヒー", "ー"}},
		{"คืนเงิน", []string{"คื", "ืน", "นเ", "เง", "งิ", "ิน", "น"}},
		{"환불을 요청합니다", []string{"환불을", "요청합니다"}},
		{"Ёлка", []string{"елка"}},
		{"don't", []string{"don", "t"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokensTruncate(t *testing.T) {
	long := strings.Repeat("x", 100)
	if got := Tokens(long + " y"); !reflect.DeepEqual(got, []string{long[:MaxWordBytes], "y"}) {
		t.Errorf("long ASCII word: %q", got)
	}
	// 1 + 31×2 = 63 bytes; the next ж would not fit, and the word must not
	// resume with the ASCII b after it.
	in := "a" + strings.Repeat("ж", 40) + "b"
	want := "a" + strings.Repeat("ж", 31)
	if got := Tokens(in); len(got) != 1 || got[0] != want {
		t.Errorf("Tokens(%q) = %q, want [%q]", in, got, want)
	}
}

func TestAppendTokens(t *testing.T) {
	dst := []string{"keep"}
	got := AppendTokens(dst, "a 退款")
	if want := []string{"keep", "a", "退款", "款"}; !reflect.DeepEqual(got, want) {
		t.Errorf("AppendTokens = %q, want %q", got, want)
	}
}

func TestJoined(t *testing.T) {
	if got := Joined(Tokens("iPhone手机壳 #1001")); got != "iphone 手机 机壳 壳 1001" {
		t.Errorf("Joined = %q", got)
	}
	if got := Joined(nil); got != "" {
		t.Errorf("Joined(nil) = %q", got)
	}
}

// benchMessage is a ~500-byte customer message mixing English, Chinese,
// Vietnamese, an email and an order number.
const benchMessage = `Hi, I ordered an iPhone 15 case (order #123-1234567-1234567) on March 3rd and it still hasn't arrived. ` +
	`我要申请退款，物流太慢了。Tracking says "in transit" for 12 days. ` +
	`Tôi muốn hoàn tiền nếu hàng không đến trong tuần này. Please reply to john.doe@gmail.com, ` +
	`thanks! ＡＢＣ１２３ Größe: M. 注文した商品がまだ届きません。สินค้าไม่ถึง ` +
	`Could you check the eBay listing 12-34567-89012 as well? Regards, John`

func BenchmarkTokens(b *testing.B) {
	b.SetBytes(int64(len(benchMessage)))
	b.ReportAllocs()
	var dst []string
	for b.Loop() {
		dst = AppendTokens(dst[:0], benchMessage)
	}
}

func BenchmarkTokensASCII(b *testing.B) {
	msg := strings.Repeat("Where is my order #1001? It was shipped last week. ", 10)
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	var dst []string
	for b.Loop() {
		dst = AppendTokens(dst[:0], msg)
	}
}

// TestFoldFastPaths checks FoldString's shortcuts against the plain
// normalize-then-fold reference for every BMP rune, alone and followed by the
// marks it could compose with.
func TestFoldFastPaths(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	suffixes := []string{"", "\u0301", "\u0323\u0302", "\u3099", "\u11a8", "\u0e48\u0e38", "\u0483\u0316", "\u05b0", "\u0e48\u05b0", "x"}
	bad := 0
	for r := rune(0x80); r < 0x10000 && bad < 10; r++ {
		if 0xD800 <= r && r < 0xE000 {
			continue
		}
		for _, suf := range suffixes {
			s := string(r) + suf
			if got, want := FoldString(s), refFold(s); got != want {
				t.Errorf("FoldString(%+q) = %+q, want %+q", s, got, want)
				bad++
			}
		}
	}
}
