package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"kefu"
)

// WeCom posts to a WeCom (企业微信) group robot:
//
//	POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY
//	{"msgtype":"markdown","markdown":{"content":"…"}}
//	{"msgtype":"text","text":{"content":"…","mentioned_list":["@all"],"mentioned_mobile_list":["138…"]}}
//
// The robot answers {"errcode":0,"errmsg":"ok"}. Markdown carries the
// link best, but only text messages can @-mention, so a channel with
// Mentions sends text. WeCom takes 20 messages a minute per robot.
type WeCom struct {
	HTTP *http.Client
}

// weComMaxContent is the content limit in bytes. WeCom documents 2048 for
// text and 4096 for markdown; alerts keep to 2048 in both, which leaves
// the title and link whole and stays inside either limit.
const weComMaxContent = 2048

// WeCom errcodes kefu acts on.
const (
	weComRateLimited   = 45009 // api freq out of limit: 20 messages/minute
	weComInvalidURL    = 93000 // invalid webhook url: the key is wrong or the robot removed
	weComRateLimitWait = time.Minute
)

type weComMessage struct {
	MsgType  string         `json:"msgtype"`
	Text     *weComText     `json:"text,omitempty"`
	Markdown *weComMarkdown `json:"markdown,omitempty"`
}

type weComText struct {
	Content             string   `json:"content"`
	MentionedList       []string `json:"mentioned_list,omitempty"`
	MentionedMobileList []string `json:"mentioned_mobile_list,omitempty"`
}

type weComMarkdown struct {
	Content string `json:"content"`
}

// Send posts the alert and classifies the robot's answer.
func (w *WeCom) Send(ctx context.Context, ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult {
	ans, err := postJSON(ctx, w.HTTP, ch.URL, weComBody(ch, newMessage(a)))
	if err != nil {
		return transportFailure(err)
	}
	var r struct {
		ErrCode *int   `json:"errcode"`
		ErrMsg  string `json:"errmsg"`
	}
	if json.Unmarshal(ans.body, &r) != nil || r.ErrCode == nil {
		return unexpected(ans)
	}
	return weComResult(ans.status, *r.ErrCode, r.ErrMsg)
}

func weComResult(status, code int, msg string) *kefu.AlertSendResult {
	r := &kefu.AlertSendResult{Status: status, ProviderCode: code, Message: firstLine(msg)}
	switch {
	case code == 0:
		return okResult(status)
	case code == weComRateLimited:
		r.Retryable, r.RateLimited, r.RetryAfter = true, true, weComRateLimitWait
	case code == weComInvalidURL:
		// The key is wrong or the robot was removed: for good.
	case code >= 40000 && code < 50000:
		// The request itself is refused (bad content, message type…):
		// sending it again gets the same answer.
	default:
		r.Retryable = true // -1 system busy and anything unknown
	}
	return r
}

func weComBody(ch *kefu.AlertChannel, m *message) *weComMessage {
	if len(ch.Mentions) > 0 {
		t := &weComText{}
		for _, who := range ch.Mentions {
			if mobile.MatchString(who) {
				t.MentionedMobileList = append(t.MentionedMobileList, who)
			} else {
				t.MentionedList = append(t.MentionedList, who) // a user id, or @all
			}
		}
		head := m.severity + plainText(m.title) + "\n"
		tail := ""
		if m.url != "" {
			tail = "\n" + m.linkLabel + ": " + m.url
		}
		t.Content = fit(weComMaxContent, head, plainText(strings.Join(m.lines, "\n")), tail)
		return &weComMessage{MsgType: "text", Text: t}
	}
	head := "**" + markdownText(m.title) + "**\n"
	if m.severity != "" {
		// WeCom markdown's three colours: info (green), comment (grey), warning (orange-red).
		head = `<font color="warning">` + m.severity + "</font>" + head
	}
	var body strings.Builder
	for _, line := range m.lines {
		body.WriteString(markdownText(line))
		body.WriteByte('\n')
	}
	tail := ""
	if m.url != "" {
		tail = fmt.Sprintf("[%s](%s)", m.linkLabel, m.url)
	}
	return &weComMessage{MsgType: "markdown", Markdown: &weComMarkdown{Content: fit(weComMaxContent, head, body.String(), tail)}}
}

// unexpected classifies an answer that is not the provider's JSON: an
// error status as such; a 2xx that says nothing recognisable (a proxy's
// page) is retried, since the message may not have gone out.
func unexpected(a *answer) *kefu.AlertSendResult {
	if a.status >= 300 {
		return httpFailure(a)
	}
	return &kefu.AlertSendResult{Status: a.status, Retryable: true, Message: "unexpected answer: " + snippet(a.body)}
}

// firstLine is a provider message without the hints and links some add
// after a comma or newline, kept short.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if i := strings.Index(s, ", hint:"); i >= 0 {
		s = s[:i]
	}
	return truncateBytes(strings.TrimSpace(s), 300)
}
