package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSnippet(t *testing.T) {
	tests := []struct {
		name, text, query string
		width             int
		want              string
	}{
		{"vietnamese without diacritics", "Xin chào, tôi muốn hoàn tiền.", "hoan tien", 0,
			"Xin chào, tôi muốn <mark>hoàn</mark> <mark>tiền</mark>."},
		{"vietnamese phrase", "Tôi muốn hoàn tiền", `"hoàn tiền"`, 0,
			"Tôi muốn <mark>hoàn</mark> <mark>tiền</mark>"},
		{"decomposed original", "hoa\u0300n tie\u0302\u0300n", "hoàn", 0,
			"<mark>hoa\u0300n</mark> tie\u0302\u0300n"},
		{"decomposed accent stays inside the mark", "cafe\u0301 ok", "café", 0,
			"<mark>cafe\u0301</mark> ok"},
		{"full width", "型号ＡＢＣ１２３已售完", "abc123", 0,
			"型号<mark>ＡＢＣ１２３</mark>已售完"},
		{"full width query", "model abc123 sold out", "ＡＢＣ１２３", 0,
			"model <mark>abc123</mark> sold out"},
		{"chinese run", "我要申请退款，物流太慢了", "申请退款 物流", 0,
			"我要<mark>申请退款</mark>，<mark>物流</mark>太慢了"},
		{"chinese single char", "退货和退款", "退", 0,
			"<mark>退</mark>货和<mark>退</mark>款"},
		{"overlapping marks merge", "iPhone手机壳", "手机 手机壳 iphone", 0,
			"<mark>iPhone手机壳</mark>"},
		{"thai", "ฉันต้องการคืนเงิน สินค้าไม่ถึง", "คืนเงิน", 0,
			"ฉันต้องการ<mark>คืนเงิน</mark> สินค้าไม่ถึง"},
		{"german", "Die Größe passt nicht", "grosse", 0,
			"Die <mark>Größe</mark> passt nicht"},
		{"prefix word", "I was refunded yesterday", "refund", 0,
			"I was <mark>refunded</mark> yesterday"},
		{"whole words only", "Order 11001 and #1001 and 10010", "1001", 0,
			"Order 11001 and #<mark>1001</mark> and 10010"},
		{"email", "Reply to John.Doe@Gmail.com", "john.doe@gmail.com", 0,
			"Reply to <mark>John</mark>.<mark>Doe</mark>@<mark>Gmail</mark>.<mark>com</mark>"},
		{"escaping", `<script>alert("x")</script> refund & "more"`, "refund", 0,
			`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; <mark>refund</mark> &amp; &#34;more&#34;`},
		{"escaping inside mark", "a <b>refund</b>", "b", 0,
			"a &lt;<mark>b</mark>&gt;refund&lt;/<mark>b</mark>&gt;"},
		{"no match", "Hello <world>", "refund", 0, "Hello &lt;world&gt;"},
		{"empty query", "Hello", "", 0, "Hello"},
		{"no match cut", "one two three four five six", "zzz", 10, "one two…"},
		{"window around match", "aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk refund lll mmm nnn ooo ppp", "refund", 20,
			"…kkk <mark>refund</mark> lll mmm…"},
		{"match at end fills width", "aaa bbb ccc ddd eee fff ggg hhh refund", "refund", 16,
			"…ggg hhh <mark>refund</mark>"},
		{"cjk window", strings.Repeat("很", 30) + "退款" + strings.Repeat("好", 30), "退款", 12,
			"…很很很<mark>退款</mark>好好好好好好好…"},
	}
	for _, tt := range tests {
		got := Snippet(tt.text, Parse(tt.query), tt.width)
		if got != tt.want {
			t.Errorf("%s: Snippet(%q, %q, %d) =\n  %q\nwant\n  %q", tt.name, tt.text, tt.query, tt.width, got, tt.want)
		}
	}
}

func TestSnippetInvalidUTF8(t *testing.T) {
	got := Snippet("bad \xff\xfe bytes \xe4\xb8 refund \xe4", Parse("refund"), 0)
	if !utf8.ValidString(got) {
		t.Fatalf("invalid UTF-8: %q", got)
	}
	if want := "bad \uFFFD bytes \uFFFD <mark>refund</mark> \uFFFD"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSnippetDefaultWidth(t *testing.T) {
	text := strings.Repeat("字", 500)
	got := Snippet(text, Query{}, 0)
	if n := utf8.RuneCountInString(got); n != DefaultSnippetWidth+1 {
		t.Errorf("default snippet has %d runes, want %d + ellipsis", n, DefaultSnippetWidth)
	}
}

func BenchmarkSnippet(b *testing.B) {
	q := Parse("hoan tien 退款")
	b.ReportAllocs()
	for b.Loop() {
		_ = Snippet(benchMessage, q, 0)
	}
}
