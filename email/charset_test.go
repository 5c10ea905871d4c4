package email

import (
	"encoding/base64"
	"mime/quotedprintable"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// charsetCases are real-looking texts in every charset our buyers' mail
// clients send, encoded with x/text so the test writes real bytes.
var charsetCases = []struct {
	name string
	enc  encoding.Encoding
	text string
}{
	{"gbk", simplifiedchinese.GBK, "你好，我的订单什么时候发货？"},
	{"gb2312", simplifiedchinese.HZGB2312, ""}, // placeholder replaced below
	{"gb18030", simplifiedchinese.GB18030, "请尽快退款，谢谢 𠀀"},
	{"big5", traditionalchinese.Big5, "請問這個商品有現貨嗎？"},
	{"shift_jis", japanese.ShiftJIS, "商品がまだ届きません。確認してください。"},
	{"iso-2022-jp", japanese.ISO2022JP, "返品したいです。よろしくお願いします。"},
	{"euc-kr", korean.EUCKR, "주문한 상품이 아직 도착하지 않았습니다."},
	{"tis-620", charmap.Windows874, "สินค้ายังไม่มาถึงครับ"},
	{"windows-874", charmap.Windows874, "ขอคืนเงินด้วยค่ะ"},
	{"windows-1258", charmap.Windows1258, "Đơn hàng chưa giao"},
	{"iso-8859-1", charmap.ISO8859_1, "Où est ma commande? Grüße, Zoë"},
	{"iso-8859-2", charmap.ISO8859_2, "Dzień dobry, gdzie jest paczka?"},
	{"iso-8859-5", charmap.ISO8859_5, "Где мой заказ?"},
	{"iso-8859-7", charmap.ISO8859_7, "Πού είναι η παραγγελία μου;"},
	{"iso-8859-9", charmap.ISO8859_9, "Siparişim nerede?"},
	{"iso-8859-15", charmap.ISO8859_15, "Le prix était 20 €."},
	{"windows-1252", charmap.Windows1252, "“Smart quotes” — and 30 €"},
}

func TestParseBodiesAndHeadersInEveryCharset(t *testing.T) {
	for _, c := range charsetCases {
		if c.text == "" {
			c.enc, c.text = simplifiedchinese.GBK, "退货地址在哪里" // GB2312 labels are read as GBK, as mailers mean it
		}
		t.Run(c.name, func(t *testing.T) {
			b, err := c.enc.NewEncoder().Bytes([]byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			for _, cte := range []string{"base64", "quoted-printable", "8bit"} {
				var body string
				switch cte {
				case "base64":
					body = base64.StdEncoding.EncodeToString(b)
				case "quoted-printable":
					var sb strings.Builder
					w := quotedprintable.NewWriter(&sb)
					w.Write(b)
					w.Close()
					body = sb.String()
				default:
					body = string(b)
				}
				subject := "=?" + c.name + "?B?" + base64.StdEncoding.EncodeToString(b) + "?="
				raw := rawMail([]string{
					"From: " + subject + " <buyer@example.com>",
					"Subject: " + subject,
					"MIME-Version: 1.0",
					"Content-Type: text/plain; charset=" + c.name,
					"Content-Transfer-Encoding: " + cte,
				}, body)
				m, err := Parse(raw, Options{})
				if err != nil {
					t.Fatal(err)
				}
				checkUTF8(t, m)
				if m.Text != c.text || m.Subject != c.text || m.From.Name != c.text {
					t.Fatalf("%s: Text %q Subject %q Name %q, want %q", cte, m.Text, m.Subject, m.From.Name, c.text)
				}
			}
		})
	}
}

func TestParseRaw8BitGBKHeaderReadInBodyCharset(t *testing.T) {
	subj, _ := simplifiedchinese.GBK.NewEncoder().String("关于订单的问题")
	name, _ := simplifiedchinese.GBK.NewEncoder().String("李娜")
	body, _ := simplifiedchinese.GBK.NewEncoder().String("包裹破损了")
	raw := rawMail([]string{"From: " + name + " <lina@163.com>", "Subject: " + subj, "Content-Type: text/plain; charset=gbk"}, body)
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "关于订单的问题" || m.From.Name != "李娜" || m.Text != "包裹破损了" {
		t.Fatalf("Subject %q From %+v Text %q", m.Subject, m.From, m.Text)
	}
	// Without any declared charset the GBK bytes are still recognised.
	raw = rawMail([]string{"Subject: " + subj}, "hi")
	if m, _ = Parse(raw, Options{}); m.Subject != "关于订单的问题" {
		t.Fatalf("undeclared GBK subject = %q", m.Subject)
	}
}

func TestParseEncodedWordSplitInsideCharacter(t *testing.T) {
	// Mailers split long subjects into words mid-character; the halves
	// must join before decoding.
	b, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("退款申请"))
	subj := "=?gbk?B?" + base64.StdEncoding.EncodeToString(b[:3]) + "?= =?gbk?B?" + base64.StdEncoding.EncodeToString(b[3:]) + "?="
	u := []byte("退款申请")
	subj2 := "=?utf-8?B?" + base64.StdEncoding.EncodeToString(u[:4]) + "?=\r\n =?utf-8?B?" + base64.StdEncoding.EncodeToString(u[4:]) + "?="
	for _, s := range []string{subj, subj2} {
		m, err := Parse(rawMail([]string{"Subject: " + s}, "x"), Options{})
		if err != nil || m.Subject != "退款申请" {
			t.Fatalf("Subject %q (%v) from %q", m.Subject, err, s)
		}
	}
}

func TestParseInvalidBytesBecomeReplacementCharacter(t *testing.T) {
	raw := rawMail([]string{"Subject: bad \xff\xfe", "Content-Type: text/plain; charset=utf-8"}, "caf\xc3\xa9 \xff ok \xe4\xbd\xa0")
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkUTF8(t, m)
	if m.Text != "café \uFFFD ok 你" {
		t.Fatalf("Text = %q", m.Text)
	}
	raw = rawMail([]string{"Content-Type: text/plain; charset=x-unknown-charset"}, "plain ascii \x00 text")
	if m, _ = Parse(raw, Options{}); m.Text != "plain ascii  text" {
		t.Fatalf("unknown charset Text = %q", m.Text)
	}
}
