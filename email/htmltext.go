package email

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText renders HTML as plain text for mails that have no text/plain
// part. Quoted history keeps its shape so folding can find it: block
// quotes become "> " lines, and Gmail's gmail_quote and Outlook's
// divRplyFwdMsg keep their "On … wrote:" and "From: … Sent: …" lines.
// Script, style and head content never reach the text.
func htmlToText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src) / 2)
	quote, skip := 0, 0
	atLineStart, space := true, false
	newline := func() {
		b.WriteByte('\n')
		atLineStart, space = true, false
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return collapseBlankLines(cleanText(b.String()))
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt != html.EndTagToken
			switch a {
			case atom.Script, atom.Style, atom.Head, atom.Title, atom.Noscript, atom.Template:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Blockquote:
				if tt == html.StartTagToken {
					quote++
				} else if tt == html.EndTagToken && quote > 0 {
					quote--
				}
				newline()
			case atom.Br:
				newline()
			case atom.Hr:
				newline()
				b.WriteString("________________________________")
				newline()
			case atom.P, atom.Div, atom.Tr, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Table, atom.Ul, atom.Ol, atom.Pre, atom.Section, atom.Article, atom.Header, atom.Footer:
				if !atLineStart || !start {
					newline()
				}
			case atom.Td, atom.Th:
				space = space || start
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			raw := string(z.Text()) // entities are already unescaped
			t := strings.Join(strings.Fields(raw), " ")
			if t == "" {
				space = space || raw != ""
				continue
			}
			if atLineStart {
				b.WriteString(strings.Repeat("> ", quote))
			} else if space || raw[0] == ' ' || raw[0] == '\n' || raw[0] == '\t' {
				b.WriteByte(' ')
			}
			b.WriteString(t)
			last := raw[len(raw)-1]
			atLineStart, space = false, last == ' ' || last == '\n' || last == '\t'
			continue
		}
	}
}

// collapseBlankLines trims every line's trailing space and keeps at most
// one empty line in a row.
func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(strings.Trim(l, ">")) == "" && strings.HasPrefix(l, ">") {
			l = strings.TrimSpace(l)
		}
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
