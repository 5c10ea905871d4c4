package email

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse: no input panics, every output is valid UTF-8, and the work
// stays bounded (limits are set small so the fuzzer reaches them).
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.eml")
	for _, name := range files {
		raw, _ := os.ReadFile(name)
		f.Add(raw)
	}
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n--a--"))
	f.Add([]byte("Subject: =?gbk?B?zt6=?= =?utf-8?Q?=E4=BD?=\r\n\r\n\xff"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		start := time.Now()
		m, err := Parse(raw, Options{MaxParts: 20, MaxDepth: 4, MaxAttachmentBytes: 4096, MaxTextBytes: 4096, MaxHeaderBytes: 4096})
		if err != nil {
			return
		}
		checkUTF8(t, m)
		if len(m.Text) > 4096 || len(m.Quoted) > 4096 {
			t.Fatalf("text over limit: %d %d", len(m.Text), len(m.Quoted))
		}
		Platform(m)
		Thread(m)
		Notice(m)
		Verifier{LookupTXT: noTXT}.Authenticity(raw, m, time.Now())
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("took %v for %d bytes", d, len(raw))
		}
	})
}

// FuzzOrderNumbers: no panics, and every number found is in the text.
func FuzzOrderNumbers(f *testing.F) {
	f.Add("Order 113-4567890-1234567, #1001 order, 240611ABCD1234, 12-34567-89012")
	f.Add("订单号：20261120123 1Z999AA10123456784 $1,234.56")
	f.Fuzz(func(t *testing.T, text string) {
		for _, o := range OrderNumbers(text) {
			if o.Number == "" || !strings.Contains(text, o.Number) || !utf8.ValidString(o.Number) {
				t.Fatalf("bad ref %+v", o)
			}
		}
	})
}
