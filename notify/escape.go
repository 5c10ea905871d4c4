package notify

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Alert text quotes buyers — names, subjects, a phishing mail's claims —
// and lands in chat groups that render markup. Escaping is per channel:
//
//   - WeCom and DingTalk markdown document no escape character, so the
//     characters that make syntax there (links, emphasis, headings,
//     quotes, code, <@userid> mentions, <font> tags) become their
//     full-width forms, which read the same and can form nothing.
//   - Slack mrkdwn escapes &, < and > as entities, as Slack documents;
//     that disarms <!channel>, <@U…> and <url|text> links. Emphasis
//     characters go full-width, as Slack has no escape for them.
//   - Feishu post text and email are plain text; < > @ still become
//     full-width so no <at> tag or @all can be spelled.
//
// Everywhere, web addresses in the text are defanged ("evil.com" becomes
// "evil․com", "https://" becomes "https:⁄⁄"), so clients do not autolink
// them: an alert's only link is kefu's own ticket URL.

// markdownForms maps markdown and HTML syntax characters to full-width
// look-alikes.
var markdownForms = strings.NewReplacer(
	`\`, "＼", "`", "｀", "*", "＊", "_", "＿", "[", "［", "]", "］", "(", "（", ")", "）",
	"#", "＃", "<", "＜", ">", "＞", "@", "＠", "~", "～", "|", "｜", "&", "＆", "{", "｛", "}", "｝",
)

// plainForms disarms mentions and tags in plain text.
var plainForms = strings.NewReplacer("<", "＜", ">", "＞", "@", "＠")

// slackEntities is Slack's own escaping for mrkdwn and text fields; the
// mrkdwn emphasis characters, which Slack cannot escape, go full-width
// so quoted text cannot restyle the alert around it.
var slackEntities = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "@", "＠",
	"*", "＊", "_", "＿", "~", "～", "`", "｀")

// markdownText makes untrusted text inert in WeCom and DingTalk markdown.
func markdownText(s string) string { return markdownForms.Replace(defang(clean(s))) }

// plainText makes untrusted text inert in plain-text messages.
func plainText(s string) string { return plainForms.Replace(defang(clean(s))) }

// slackText makes untrusted text inert in Slack mrkdwn. "@" goes
// full-width too: Slack ignores a bare @channel from a webhook, but
// legacy link_names settings do not.
func slackText(s string) string { return slackEntities.Replace(defang(clean(s))) }

// oneLine is s as a title: whitespace runs, line breaks included, become
// one space, so a title cannot start a heading or a list below itself.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

var ipv4 = regexp.MustCompile(`\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b`)

// defang keeps addresses readable but not clickable: "://" loses its
// slashes and a dot between a name and a letter (example.com, www.x,
// buyer@mail.com) or inside an IPv4 address becomes a one-dot leader.
func defang(s string) string {
	s = strings.ReplaceAll(s, "://", ":⁄⁄")
	s = ipv4.ReplaceAllStringFunc(s, func(ip string) string { return strings.ReplaceAll(ip, ".", "․") })
	if !strings.Contains(s, ".") {
		return s
	}
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '.' && isNameRune(rs[i-1]) && rs[i+1] < utf8.RuneSelf && unicode.IsLetter(rs[i+1]) {
			rs[i] = '․'
		}
	}
	return string(rs)
}

func isNameRune(r rune) bool { return r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// clean drops what has no business in a chat message: control
// characters other than line breaks and tabs, and bidirectional
// overrides, which can make text display as something it is not.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "�")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return '\n'
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F:
			return -1
		}
		return r
	}, s)
}

const ellipsis = "…"

// truncateBytes cuts s to at most n bytes on a rune boundary, ending
// with an ellipsis when anything was cut.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n < len(ellipsis) {
		return ""
	}
	cut := n - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + ellipsis
}

// truncateRunes cuts s to at most n characters, ending with an ellipsis
// when anything was cut.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	rs := []rune(s)
	return string(rs[:n-1]) + ellipsis
}

// dropPartialEntity removes an HTML entity cut in half at the end of s,
// so a truncated Slack text never ends in "&am".
func dropPartialEntity(s string) string {
	i := strings.LastIndexByte(s, '&')
	if i >= 0 && len(s)-i <= len("&amp;") && !strings.Contains(s[i:], ";") {
		return s[:i]
	}
	return s
}

// fit joins head, body and tail within limit bytes, cutting the body
// first so the title and kefu's link survive, then the head.
func fit(limit int, head, body, tail string) string {
	room := limit - len(head) - len(tail)
	if room >= len(body) {
		return head + body + tail
	}
	if room > len(ellipsis) {
		return head + truncateBytes(body, room) + tail
	}
	if room := limit - len(tail); room > len(ellipsis) {
		return truncateBytes(head, room) + tail
	}
	return truncateBytes(head+body+tail, limit)
}
