package email

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // registers GBK, Big5, Shift_JIS, ISO-2022-JP, EUC-KR, TIS-620, windows-125x, ISO-8859-x …

	"kefu"
)

// Parse reads one raw RFC 5322 message. It fails only for input it must
// refuse (larger than MaxBytes: ETOOLARGE; empty: EINVALID); everything
// else is understood as far as possible, with what the limits removed
// listed in Notes.
func Parse(raw []byte, opt Options) (*Message, error) {
	opt = opt.withDefaults()
	if int64(len(raw)) > opt.MaxBytes {
		return nil, kefu.Errorf(kefu.ETOOLARGE, "email is %d bytes, more than the %d allowed", len(raw), opt.MaxBytes)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, kefu.Errorf(kefu.EINVALID, "email is empty")
	}
	p := &parser{opt: opt, m: &Message{Headers: map[string][]string{}}}
	head, body := p.splitHeader(raw)
	// The cleaned header goes to go-message unchanged in meaning; the body
	// is streamed, never copied.
	r := io.MultiReader(bytes.NewReader(head), strings.NewReader("\r\n"), bytes.NewReader(body))
	ent, err := message.ReadWithOptions(r, &message.ReadOptions{MaxHeaderBytes: int64(len(head)) + 16})
	if ent == nil {
		// Unreachable with a cleaned header, but never fail ingest on it.
		p.note("header unreadable (%v); body kept as text", err)
		p.texts = append(p.texts, decodeText(body, "", false, ""))
		p.finish(message.Header{})
		return p.m, nil
	}
	p.walk(ent, err, 0, "")
	p.finish(ent.Header)
	return p.m, nil
}

// parser carries the state of one Parse call.
type parser struct {
	opt       Options
	m         *Message
	parts     int
	stopped   bool
	texts     []string // text/plain bodies in order
	htmls     []string // text/html bodies in order
	textBytes int
	htmlBytes int
	charset   string // first declared non-UTF-8 charset, used to read raw 8-bit headers
	related   bool   // inside multipart/related
}

func (p *parser) note(format string, args ...any) {
	if len(p.m.Notes) < 50 {
		p.m.Notes = append(p.m.Notes, fmt.Sprintf(format, args...))
	}
}

func (p *parser) truncate(format string, args ...any) {
	p.m.Truncated = true
	p.note(format, args...)
}

// splitHeader returns the top header block, cleaned so that go-message
// accepts it, and the body. Lines that are not "Key: value" or a
// continuation (an mbox "From " line, garbage from broken gateways) are
// dropped instead of failing the whole message; a header longer than
// MaxHeaderBytes is cut at a line boundary.
func (p *parser) splitHeader(raw []byte) (head, body []byte) {
	if bytes.HasPrefix(raw, []byte("From ")) {
		// An mbox separator line, left by exports: not part of the message.
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[i+1:]
		}
	}
	first := raw
	if i := bytes.IndexByte(raw, '\n'); i >= 0 {
		first = raw[:i]
	}
	if !validHeaderLine(bytes.TrimRight(first, "\r")) {
		// Not a header at all: the whole input is body text.
		return nil, raw
	}
	end, bodyStart := headerEnd(raw)
	block := raw[:end]
	body = raw[bodyStart:]
	if len(block) > p.opt.MaxHeaderBytes {
		cut := bytes.LastIndexByte(block[:p.opt.MaxHeaderBytes], '\n')
		if cut < 0 {
			cut = 0
		}
		p.truncate("header longer than %d bytes; the rest of it was dropped", p.opt.MaxHeaderBytes)
		block = block[:cut]
	}
	var out bytes.Buffer
	out.Grow(len(block) + 2)
	dropped, kept := 0, false
	for len(block) > 0 {
		line := block
		if i := bytes.IndexByte(block, '\n'); i >= 0 {
			line, block = block[:i], block[i+1:]
		} else {
			block = nil
		}
		line = bytes.TrimRight(line, "\r")
		switch {
		case len(line) == 0:
		case line[0] == ' ' || line[0] == '\t':
			if kept {
				out.Write(line)
				out.WriteString("\r\n")
			}
		case validHeaderLine(line):
			out.Write(line)
			out.WriteString("\r\n")
			kept = true
		default:
			dropped++
			kept = false
		}
	}
	if dropped > 0 {
		p.note("dropped %d malformed header line(s)", dropped)
	}
	return out.Bytes(), body
}

// headerEnd finds the blank line ending the header: the header's length
// and where the body starts. Without a blank line everything is header.
func headerEnd(raw []byte) (end, bodyStart int) {
	if len(raw) > 0 && (raw[0] == '\n' || raw[0] == '\r') {
		// Starts with a blank line: no header.
		if bytes.HasPrefix(raw, []byte("\r\n")) {
			return 0, 2
		}
		return 0, 1
	}
	i := bytes.Index(raw, []byte("\n\n"))
	j := bytes.Index(raw, []byte("\n\r\n"))
	switch {
	case i < 0 && j < 0:
		return len(raw), len(raw)
	case j >= 0 && (i < 0 || j < i):
		return j + 1, j + 3
	default:
		return i + 1, i + 2
	}
}

// validHeaderLine reports whether line starts with a field name (printable
// ASCII without colon or space) followed by a colon.
func validHeaderLine(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return false
	}
	for _, c := range bytes.TrimRight(line[:i], " \t") {
		if c < 33 || c > 126 {
			return false
		}
	}
	return true
}
