package compliance

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	typicalReply,
	"add me on w h a t s a p p ＋１ ５５５ １２３ ４５６７ or john at gmail dot com",
	"亲，加我微信 abc12345，好评返现5元，支付宝转账，淘宝下单。電話 零一三八零零一三八零零零",
	"สวัสดีค่ะ แอดไลน์ @shop โทร 081-234-5678 รีวิว 5 ดาว มีของแถม",
	"Liên hệ zalo 0912 345 678, đánh giá 5 sao nhận quà",
	"y o u t u b e . c o m / @x  0 1 2 3 4 5 6 7 8 9  www.shop .com  shop(dot)com  a@b.c",
	"hoa\u0300n tie\u0302\u0300n e\u0301 \u0301\u0301\u0301 ｶﾞ か\u3099 한\u11a8",
	"bad \xff\xfe \xe4\xb8 utf8 +1\u200b415\u200b555 \xc0",
	"@@@ ... ((at)) [dot] 。。。 点点 ➕➕V ✉️ 📱 +++ ((( )))",
	strings.Repeat("w h a t s a p p ", 40),
	strings.Repeat("1 ", 200),
	"İSTANBUL ǅ ß ﬁ Ⅻ ① ㎏ 𝐰𝐡𝐚𝐭𝐬𝐚𝐩𝐩",
	"访问暖居.中国下单 https://家居.公司/a.b 暖居.com .中国 a.。. 카톡 아이디 shop77 공일공 일이삼사 오육칠팔 〇九〇・一二三四・五六七八 info(punkt)de x(arroba)y(punto)es 加薇❤ k_1",
	"星5つのレビューを書いていただければ、ギフト券を。PayPalはご利用いただけません。리뷰 5점 남겨주시면 환급 수 없",
}

// FuzzCheck checks that Check never panics and that every finding points
// into the text as given: start < end, both within the text and on rune
// boundaries, and the excerpt is exactly text[start:end].
func FuzzCheck(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, pi uint8, text string) {
		p := Platforms[int(pi)%len(Platforms)]
		r := Check(p, text)
		starts := runeStarts(text)
		blocked := false
		for i, v := range r.Violations {
			if v.Start < 0 || v.End > len(text) || v.Start >= v.End {
				t.Fatalf("%q: %s at %d-%d outside the text", text, v.Kind, v.Start, v.End)
			}
			if !starts[v.Start] || !starts[v.End] {
				t.Fatalf("%q: %s at %d-%d not on rune boundaries", text, v.Kind, v.Start, v.End)
			}
			if v.Excerpt != text[v.Start:v.End] {
				t.Fatalf("%q: excerpt %q is not text[%d:%d]", text, v.Excerpt, v.Start, v.End)
			}
			if !slices.Contains(Kinds, v.Kind) || v.Rule == "" {
				t.Fatalf("%q: bad violation %+v", text, v)
			}
			if v.Blocking != Blocking(p, v.Kind) {
				t.Fatalf("%q: %s blocking %v on %s", text, v.Kind, v.Blocking, p)
			}
			if i > 0 && v.Start < r.Violations[i-1].Start {
				t.Fatalf("%q: violations out of order", text)
			}
			blocked = blocked || v.Blocking
		}
		if blocked != r.Blocked {
			t.Fatalf("%q: Blocked %v, violations say %v", text, r.Blocked, blocked)
		}
	})
}

// runeStarts marks the offsets a left-to-right decode of text stops at,
// its end included: the rune boundaries, also of invalid UTF-8.
func runeStarts(text string) []bool {
	m := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		m[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	m[len(text)] = true
	return m
}

// TestCheckCutShort checks every labelled reply cut short at word
// boundaries, from either end: rules look a few words past the one they
// stand on, and a reply that ends (or starts) right there once crashed
// them ("…30% off all mugs until"). A quarter of the boundaries, a
// different quarter per reply, keeps it quick under the race detector.
func TestCheckCutShort(t *testing.T) {
	n := 0
	for _, name := range trainingSets {
		for m, l := range readLabelled(t, "testdata/"+name+".jsonl") {
			k := 0
			for i, r := range l.Text {
				if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
					continue
				}
				if k++; k%4 != m%4 {
					continue
				}
				end := i + utf8.RuneLen(r)
				for _, s := range []string{l.Text[:i], l.Text[:end], l.Text[i:], l.Text[end:]} {
					n++
					func() {
						defer func() {
							if e := recover(); e != nil {
								t.Errorf("%s cut to %q: %v", l.ID, s, e)
							}
						}()
						Check(l.Platform, s)
					}()
				}
			}
		}
	}
	t.Logf("%d cut replies checked", n)
}
