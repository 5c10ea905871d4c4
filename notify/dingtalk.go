package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// DingTalk posts to a DingTalk (钉钉) custom robot with signing (加签):
//
//	POST https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=MS&sign=S
//	S = urlEncode(base64(HmacSHA256(key=secret, msg=MS+"\n"+secret)))
//	{"msgtype":"markdown","markdown":{"title":"…","text":"…"},"at":{"atMobiles":[…],"atUserIds":[…],"isAtAll":false}}
//
// MS is the time in milliseconds; DingTalk accepts it within an hour. The
// robot answers {"errcode":0,"errmsg":"ok"} and takes 20 messages a
// minute; beyond that it refuses with 130101 and stays closed for ten.
type DingTalk struct {
	HTTP *http.Client
	Now  func() time.Time
}

// DingTalk errcodes kefu acts on.
const (
	dingTalkRateLimited   = 130101 // send too fast, exceed 20 times per minute
	dingTalkSecurity      = 310000 // sign not match, keywords not in content, ip not in whitelist
	dingTalkNoToken       = 300001 // token is not exist
	dingTalkRateLimitWait = 10 * time.Minute
)

// dingTalkMaxText caps the markdown text in bytes. DingTalk documents no
// exact limit; a few kilobytes keep alerts readable on a phone.
const dingTalkMaxText = 4096

type dingTalkMessage struct {
	MsgType  string            `json:"msgtype"`
	Markdown *dingTalkMarkdown `json:"markdown"`
	At       *dingTalkAt       `json:"at,omitempty"`
}

type dingTalkMarkdown struct {
	Title string `json:"title"` // the notification preview
	Text  string `json:"text"`
}

type dingTalkAt struct {
	AtMobiles []string `json:"atMobiles,omitempty"`
	AtUserIDs []string `json:"atUserIds,omitempty"`
	IsAtAll   bool     `json:"isAtAll,omitempty"`
}

// dingTalkSign is the signature of a send at tsMillis, before URL
// encoding.
func dingTalkSign(secret string, tsMillis int64) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(strconv.FormatInt(tsMillis, 10) + "\n" + secret))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// Send signs and posts the alert and classifies the robot's answer.
func (d *DingTalk) Send(ctx context.Context, ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult {
	u, err := url.Parse(ch.URL)
	if err != nil {
		return &kefu.AlertSendResult{Message: "webhook url cannot be parsed"}
	}
	ts := d.Now().UnixMilli()
	q := u.Query()
	q.Set("timestamp", strconv.FormatInt(ts, 10))
	q.Set("sign", dingTalkSign(ch.Secret, ts)) // Encode percent-encodes it once, as DingTalk wants
	u.RawQuery = q.Encode()
	ans, err := postJSON(ctx, d.HTTP, u.String(), dingTalkBody(ch, newMessage(a)))
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
	return dingTalkResult(ans.status, *r.ErrCode, r.ErrMsg)
}

func dingTalkResult(status, code int, msg string) *kefu.AlertSendResult {
	r := &kefu.AlertSendResult{Status: status, ProviderCode: code, Message: firstLine(msg)}
	switch code {
	case 0:
		return okResult(status)
	case dingTalkRateLimited:
		r.Retryable, r.RateLimited, r.RetryAfter = true, true, dingTalkRateLimitWait
	case dingTalkSecurity, dingTalkNoToken:
		// A wrong secret or token, or a keyword/IP rule kefu cannot meet:
		// an admin must fix the channel.
	default:
		r.Retryable = true
	}
	return r
}

func dingTalkBody(ch *kefu.AlertChannel, m *message) *dingTalkMessage {
	msg := &dingTalkMessage{MsgType: "markdown"}
	var at dingTalkAt
	var mentions []string
	for _, who := range ch.Mentions {
		switch {
		case who == kefu.MentionAll:
			at.IsAtAll = true
		case mobile.MatchString(who):
			at.AtMobiles = append(at.AtMobiles, who)
			mentions = append(mentions, "@"+who) // DingTalk shows a mention only when the text names it
		default:
			at.AtUserIDs = append(at.AtUserIDs, who)
			mentions = append(mentions, "@"+who)
		}
	}
	if at.IsAtAll || len(mentions) > 0 {
		msg.At = &at
	}
	head := "#### " + m.severity + markdownText(m.title) + "\n\n"
	var body strings.Builder
	for _, line := range m.lines {
		body.WriteString(markdownText(line))
		body.WriteString("\n\n")
	}
	tail := ""
	if m.url != "" {
		tail = "[" + m.linkLabel + "](" + m.url + ")"
	}
	if len(mentions) > 0 {
		tail += "\n\n" + strings.Join(mentions, " ")
	}
	msg.Markdown = &dingTalkMarkdown{
		Title: truncateRunes(m.severity+plainText(m.title), 64),
		Text:  fit(dingTalkMaxText, head, body.String(), tail),
	}
	return msg
}
