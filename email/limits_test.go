package email

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseNestedMultipartBombStopsAtMaxDepth(t *testing.T) {
	const depth = 10000
	var b strings.Builder
	b.WriteString("From: bomb@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n")
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n", i, i+1)
	}
	fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain\r\n\r\ndeep\r\n", depth)
	for i := depth; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	start := time.Now()
	m, err := Parse([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v", d)
	}
	if !m.Truncated || !strings.Contains(strings.Join(m.Notes, " "), "nested deeper") {
		t.Fatalf("Truncated %v Notes %v", m.Truncated, m.Notes)
	}
}

func TestParseManyPartsStopAtMaxParts(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: bomb@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n")
	b.WriteString("--x\r\nContent-Type: text/plain\r\n\r\nhello\r\n")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, "--x\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=f%d.bin\r\n\r\nA\r\n", i)
	}
	b.WriteString("--x--\r\n")
	start := time.Now()
	m, err := Parse([]byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(start) > 2*time.Second {
		t.Fatalf("took %v", time.Since(start))
	}
	if !m.Truncated || len(m.Attachments) > DefaultMaxParts || m.Text != "hello" {
		t.Fatalf("Truncated %v attachments %d text %q", m.Truncated, len(m.Attachments), m.Text)
	}
}

func TestParseHugeHeaderAndTextAreCut(t *testing.T) {
	raw := "From: a@example.com\r\nX-Junk: " + strings.Repeat("j", 300<<10) + "\r\nSubject: late\r\n\r\n" + strings.Repeat("word ", 100<<10)
	m, err := Parse([]byte(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !m.Truncated || len(m.Text) > DefaultMaxTextBytes || m.From.Address != "a@example.com" {
		t.Fatalf("Truncated %v len(Text) %d From %+v Notes %v", m.Truncated, len(m.Text), m.From, m.Notes)
	}
}
