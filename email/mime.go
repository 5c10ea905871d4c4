package email

import (
	"errors"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/emersion/go-message"

	"kefu"
)

// walk visits one entity: multiparts recurse within MaxDepth, leaves
// become body text, HTML or attachments. Once MaxParts is reached the rest
// of the message is never read, so a bomb of tiny parts costs nothing.
func (p *parser) walk(e *message.Entity, entErr error, depth int, parentType string) {
	if p.stopped {
		return
	}
	p.parts++
	if p.parts > p.opt.MaxParts {
		p.truncate("more than %d MIME parts; the rest were not read", p.opt.MaxParts)
		p.stopped = true
		return
	}
	mt, params, err := e.Header.ContentType()
	if err != nil {
		mt, params = "application/octet-stream", nil
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(e.Header.Get("Content-Type"))), "text/") {
			mt = "text/plain"
		}
	}
	mt = strings.ToLower(mt)
	if strings.HasPrefix(mt, "multipart/") && params["boundary"] != "" {
		if depth >= p.opt.MaxDepth {
			p.truncate("multipart nested deeper than %d levels; the deeper parts were skipped", p.opt.MaxDepth)
			return
		}
		mr := e.MultipartReader()
		wasRelated := p.related
		p.related = p.related || mt == "multipart/related"
		defer func() { p.related = wasRelated }()
		for !p.stopped {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if part == nil || (err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err)) {
				p.note("malformed %s: %v; later parts skipped", mt, err)
				break
			}
			p.walk(part, err, depth+1, mt)
		}
		return
	}
	if strings.HasPrefix(mt, "multipart/") {
		mt = "text/plain" // a multipart without boundary is read as text
	}
	p.leaf(e, entErr, mt, params)
}

// leaf handles a non-multipart entity.
func (p *parser) leaf(e *message.Entity, entErr error, mt string, params map[string]string) {
	disp, dparams, _ := e.Header.ContentDisposition()
	disp = strings.ToLower(disp)
	filename := dparams["filename"]
	if filename == "" {
		filename = params["name"]
	}
	cid := strings.Trim(strings.TrimSpace(e.Header.Get("Content-Id")), "<>")
	isBody := (mt == "text/plain" || mt == "text/html") && disp != "attachment" && filename == ""
	if isBody {
		p.bodyText(e, entErr, mt, params["charset"])
		return
	}
	p.attachment(e, mt, disp, filename, cid)
}

// bodyText reads a text/plain or text/html body part, capped at
// MaxTextBytes in total per kind.
func (p *parser) bodyText(e *message.Entity, entErr error, mt, cs string) {
	cs = strings.ToLower(strings.TrimSpace(cs))
	if p.charset == "" && cs != "" && cs != "utf-8" && cs != "us-ascii" {
		p.charset = cs
	}
	used := &p.textBytes
	if mt == "text/html" {
		used = &p.htmlBytes
	}
	room := p.opt.MaxTextBytes - *used
	if room <= 0 {
		p.truncate("more %s than %d bytes; a part was skipped", mt, p.opt.MaxTextBytes)
		return
	}
	// Charset decoding can turn 1 input byte into 3; read a little more
	// than room so the cut lands on decoded text, not on a limit of input.
	b, err := io.ReadAll(io.LimitReader(e.Body, int64(room)+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		p.note("%s part partly unreadable: %v", mt, err)
	}
	known := !message.IsUnknownCharset(entErr)
	s := decodeText(b, cs, known, p.charset)
	if len(b) > room || len(s) > room {
		s = kefu.CutUTF8(s, room)
		p.truncate("%s longer than %d bytes; the rest was cut", mt, p.opt.MaxTextBytes)
	}
	*used += len(s)
	if mt == "text/html" {
		p.htmls = append(p.htmls, s)
	} else {
		p.texts = append(p.texts, s)
	}
}

// attachment keeps a non-body part. It is read at most one byte past the
// limit, so a declared or real 50 MB part costs 10 MiB at most; archives
// are kept as they are, never unpacked.
func (p *parser) attachment(e *message.Entity, mt, disp, filename, cid string) {
	filename = cleanFilename(filename)
	if filename == "" {
		filename = "part-" + strconv.Itoa(p.parts) + extensionFor(mt)
	}
	data, err := io.ReadAll(io.LimitReader(e.Body, p.opt.MaxAttachmentBytes+1))
	if int64(len(data)) > p.opt.MaxAttachmentBytes {
		p.truncate("attachment %q larger than %d bytes was dropped", filename, p.opt.MaxAttachmentBytes)
		return
	}
	if err != nil {
		p.note("attachment %q partly unreadable: %v", filename, err)
	}
	p.m.Attachments = append(p.m.Attachments, Attachment{
		Filename:    filename,
		ContentType: mt,
		ContentID:   cleanLine(cid, 255),
		Inline:      disp == "inline" || (disp == "" && cid != "" && p.related),
		Data:        data,
	})
}

// cleanFilename keeps the last path element of a sender-chosen name, so
// "../../etc/passwd" or "C:\evil.exe" cannot steer where it is written.
func cleanFilename(name string) string {
	name = cleanLine(decodeWords(name, ""), 1000)
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	if name == "." || name == "/" || name == ".." {
		return ""
	}
	return kefu.CutUTF8(strings.TrimSpace(name), 255)
}

// extensionFor names unnamed parts from a short fixed table: the
// system's mime.types differs between machines.
func extensionFor(mt string) string {
	switch mt {
	case "image/png":
		return ".png"
	case "image/jpeg":
		return ".jpg"
	case "image/gif":
		return ".gif"
	case "application/pdf":
		return ".pdf"
	case "message/rfc822":
		return ".eml"
	case "text/calendar":
		return ".ics"
	case "text/plain":
		return ".txt"
	case "text/html":
		return ".html"
	case "application/zip":
		return ".zip"
	}
	return ".bin"
}
