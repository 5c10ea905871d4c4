package email

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// fixture parses testdata/name with default options.
func fixture(t testing.TB, name string) (*Message, []byte) {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	checkUTF8(t, m)
	return m, raw
}

// rawMail builds a raw message from header lines and a body, with CRLF.
func rawMail(headers []string, body string) []byte {
	return []byte(strings.Join(headers, "\r\n") + "\r\n\r\n" + body)
}

// checkUTF8 fails when any string Parse returned is not valid UTF-8 or a
// single-line value carries a line break.
func checkUTF8(t testing.TB, m *Message) {
	t.Helper()
	lines := []string{m.MessageID, m.InReplyTo, m.Subject, m.From.Name, m.From.Address}
	for _, a := range append(append(append([]Address{}, m.To...), m.Cc...), m.ReplyTo...) {
		lines = append(lines, a.Name, a.Address)
	}
	lines = append(lines, m.References...)
	for _, a := range m.Attachments {
		lines = append(lines, a.Filename, a.ContentType, a.ContentID)
	}
	for k, vs := range m.Headers {
		lines = append(lines, k)
		lines = append(lines, vs...)
	}
	for _, s := range lines {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n") {
			t.Fatalf("bad single-line value %q", s)
		}
	}
	for _, s := range append([]string{m.Text, m.Quoted, m.HTML}, m.Notes...) {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	}
}
