package notify

import (
	"regexp"
	"strings"

	"kefu"
)

// message is an alert ready for any channel: raw (unescaped) text split
// into a one-line title and body lines, plus the labels in the alert's
// language. Each channel escapes and lays it out in its own markup.
type message struct {
	severity  string // "【紧急 Critical】", or "" for info
	title     string
	lines     []string
	url       string // kefu's link, already checked; may be ""
	linkLabel string
	critical  bool
}

func newMessage(a *kefu.Alert) *message {
	zh, en := wantChinese(a.Lang), wantEnglish(a.Lang)
	label := func(cn, eng string) string {
		switch {
		case zh && en:
			return cn + " " + eng
		case zh:
			return cn
		}
		return eng
	}
	m := &message{title: oneLine(clean(a.Title)), url: safeLink(a.URL), critical: a.Severity == kefu.SeverityCritical}
	switch a.Severity {
	case kefu.SeverityCritical:
		m.severity = "【" + label("紧急", "Critical") + "】"
	case kefu.SeverityWarning:
		m.severity = "【" + label("注意", "Warning") + "】"
	}
	m.linkLabel = label("查看工单", "Open ticket")
	if a.TicketID == 0 {
		m.linkLabel = label("打开 kefu", "Open kefu")
	}
	for _, line := range strings.Split(clean(a.Text), "\n") {
		if line = strings.TrimRight(line, " \t"); line != "" {
			m.lines = append(m.lines, line)
		}
	}
	return m
}

func wantChinese(lang string) bool {
	return lang == "" || strings.HasPrefix(strings.ToLower(lang), "zh")
}
func wantEnglish(lang string) bool {
	return lang == "" || !strings.HasPrefix(strings.ToLower(lang), "zh")
}

// linkSafe is what kefu's own links are made of: the dispatcher drops
// links outside kefu's base URL before they get here, and this keeps a
// link from closing the markdown or Slack syntax it sits in.
var linkSafe = regexp.MustCompile(`^https?://[A-Za-z0-9._~:/?#!$+,;=%-]+$`)

// safeLink returns u when it can go into markup as is, else "".
func safeLink(u string) string {
	if !linkSafe.MatchString(u) {
		return ""
	}
	return u
}

// mobile reports whether a mention is a phone number rather than a user id.
var mobile = regexp.MustCompile(`^\+?[0-9]{5,20}$`)
