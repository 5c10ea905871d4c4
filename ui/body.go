package ui

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"

	"kefu"
)

// Inbound HTML is shown inside <iframe sandbox srcdoc=…>: sanitised again
// here (storage already keeps it sanitised), remote images held back until
// the agent asks, tracking pixels dropped always, and, for suspected
// phishing, links defanged into text. The frame has no allow-scripts and
// inherits the page's Content-Security-Policy, and its layout cannot
// touch the page around it.

// entry is one item of the conversation.
type entry struct {
	M       *kefu.Message
	Doc     string // the sandboxed frame's document; "" for plain text
	Blocked int    // remote images held back
	URL     string // the frame document with remote images allowed
}

func (s *Server) thread(t *kefu.Ticket, b *base) []entry {
	out := make([]entry, 0, len(t.Messages))
	for _, m := range t.Messages {
		e := entry{M: m}
		if m.HTML != "" {
			e.Doc, e.Blocked = s.messageDoc(t, m, false)
			e.URL = fmt.Sprintf("/tickets/%d/messages/%d/body?remote=1", t.ID, m.ID)
		}
		out = append(out, e)
	}
	return out
}

// messageDoc is a message's HTML as a small document for its frame, and
// how many remote images it held back.
func (s *Server) messageDoc(t *kefu.Ticket, m *kefu.Message, remote bool) (string, int) {
	body, blocked := rewriteHTML(kefu.SanitizeHTML(m.HTML), rewriteOptions{
		remote:      remote,
		defang:      t.SuspectedPhishing,
		attachments: attachmentURLs(m),
	})
	return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="` + s.assets.url("frame.css") +
		`"></head><body>` + body + `</body></html>`, blocked
}

// attachmentURLs maps the message's inline images (cid:) to their URLs.
func attachmentURLs(m *kefu.Message) map[string]string {
	out := map[string]string{}
	for _, a := range m.Attachments {
		if a.ContentID != "" {
			out[strings.Trim(a.ContentID, "<>")] = "/attachments/" + strconv.FormatInt(a.ID, 10)
		}
	}
	return out
}

type rewriteOptions struct {
	remote      bool              // load remote images (the agent asked)
	defang      bool              // links become inert text (suspected phishing)
	attachments map[string]string // content id → attachment URL
}

// rewriteHTML walks sanitised HTML and returns it re-serialised with the
// images and links changed as opts say. Every token is written by the
// tokenizer's own serialiser, so what comes out is well-formed markup.
func rewriteHTML(src string, opts rewriteOptions) (string, int) {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	blocked := 0
	var links []string // hrefs of the open <a> elements, when defanging
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				b.WriteString(html.EscapeString(string(z.Raw())))
			}
			break
		}
		tok := z.Token()
		switch {
		case (tt == html.StartTagToken || tt == html.SelfClosingTagToken) && tok.Data == "img":
			img, held := rewriteImage(tok, opts)
			if held {
				blocked++
			}
			b.WriteString(img)
			continue
		case opts.defang && tt == html.StartTagToken && tok.Data == "a":
			links = append(links, attr(tok, "href"))
			b.WriteString(`<span class="defanged">`)
			continue
		case opts.defang && tt == html.EndTagToken && tok.Data == "a":
			if n := len(links); n > 0 {
				href := links[n-1]
				links = links[:n-1]
				b.WriteString(`</span>`)
				if href != "" {
					b.WriteString(` <code class="defanged-url">` + html.EscapeString(defangURL(href)) + `</code>`)
				}
			}
			continue
		}
		b.WriteString(tok.String())
	}
	for range links {
		b.WriteString(`</span>`)
	}
	return b.String(), blocked
}

// rewriteImage returns the markup for an <img>: an inline attachment, a
// remote image the agent allowed, a placeholder, or nothing (a tracking
// pixel); held is true when a remote image was held back.
func rewriteImage(tok html.Token, opts rewriteOptions) (markup string, held bool) {
	src := strings.TrimSpace(attr(tok, "src"))
	if tinyImage(tok) || src == "" {
		return "", false // a tracking pixel is not content, with or without consent
	}
	lower := strings.ToLower(src)
	switch {
	case strings.HasPrefix(lower, "cid:"):
		url, ok := opts.attachments[strings.Trim(src[4:], "<>")]
		if !ok {
			return "", false
		}
		return `<img src="` + html.EscapeString(url) + `" alt="` + html.EscapeString(attr(tok, "alt")) + `">`, false
	case strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://"):
		if opts.remote {
			return `<img src="` + html.EscapeString(src) + `" alt="` + html.EscapeString(attr(tok, "alt")) +
				`" referrerpolicy="no-referrer" loading="lazy">`, false
		}
		label := attr(tok, "alt")
		if label == "" {
			label = "image"
		}
		return `<span class="held-image" title="` + html.EscapeString(src) + `">[` + html.EscapeString(label) + `]</span>`, true
	}
	return "", false
}

// tinyImage spots a tracking pixel: an image declared a few pixels wide
// or high.
func tinyImage(tok html.Token) bool {
	for _, name := range []string{"width", "height"} {
		if v := strings.TrimSuffix(strings.TrimSpace(attr(tok, name)), "px"); v != "" {
			if n, err := strconv.Atoi(v); err == nil && n <= 3 {
				return true
			}
		}
	}
	return false
}

func attr(tok html.Token, name string) string {
	for _, a := range tok.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// defangURL makes a link unclickable but readable: hxxps://evil[.]example/…
func defangURL(u string) string {
	u = strings.Replace(u, "http", "hxxp", 1)
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		return strings.ReplaceAll(u, ".", "[.]")
	}
	host, path, _ := strings.Cut(rest, "/")
	out := scheme + "://" + strings.ReplaceAll(host, ".", "[.]")
	if path != "" {
		out += "/" + path
	}
	return out
}

// messageBody serves one message's frame document on its own, for the
// agent's "load remote images": the only page whose policy lets images
// come from elsewhere, and still no scripts.
func (s *Server) messageBody(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	mid, err := pathID(r, "mid")
	if err != nil {
		return err
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	for _, m := range t.Messages {
		if m.ID != mid || m.HTML == "" {
			continue
		}
		remote := r.URL.Query().Get("remote") == "1"
		doc, _ := s.messageDoc(t, m, remote)
		img := "img-src 'self' data:"
		if remote {
			img = "img-src 'self' data: https: http:"
		}
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; "+img+"; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox")
		writeHTML(w, http.StatusOK, []byte(doc))
		return nil
	}
	return kefu.NotFound("message")
}

// attachment serves a stored file to someone who may see its ticket.
// Everything is a download except images, and even those may not be
// sniffed into something runnable.
func (s *Server) attachment(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	a, _, err := s.svc.Inbox.FindAttachment(r.Context(), id)
	if err != nil {
		return err
	}
	if s.svc.Blobs == nil {
		return kefu.NotFound("attachment")
	}
	f, err := s.svc.Blobs.Open(a.SHA256)
	if err != nil {
		return err
	}
	defer f.Close()
	h := w.Header()
	ct := a.ContentType
	switch ct {
	case "image/png", "image/jpeg", "image/gif", "image/webp":
		h.Set("Content-Disposition", "inline; filename*=UTF-8''"+url.PathEscape(a.Filename))
	default:
		ct = "application/octet-stream"
		h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(a.Filename))
	}
	h.Set("Content-Type", ct)
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	h.Set("Cache-Control", "private, max-age=3600")
	markCompressed(w)
	http.ServeContent(w, r, "", time.Time{}, f)
	return nil
}
