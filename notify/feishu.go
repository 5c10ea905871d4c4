package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// Feishu posts to a Feishu (飞书) or Lark custom bot with signature
// verification (签名校验):
//
//	POST https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN
//	{"timestamp":"S","sign":base64(HmacSHA256(key=S+"\n"+secret, msg="")),"msg_type":"post","content":{"post":{"zh_cn":{…}}}}
//
// S is the time in seconds, accepted within an hour. Note the key is the
// string to sign and the message is empty, unlike DingTalk. Alerts are
// rich-text "post" messages: their "text" elements are plain text, the
// link is an "a" element and mentions are "at" elements, so nothing a
// buyer wrote is parsed as markup. The bot answers {"code":0,"msg":"success"}
// (older deployments {"StatusCode":0}); it takes 100 messages a minute
// and 5 a second, and a request body of at most 20 KB.
type Feishu struct {
	HTTP *http.Client
	Now  func() time.Time
}

// Feishu codes kefu acts on.
const (
	feishuBadRequest   = 9499     // "Bad Request", also "too many request" under load
	feishuRateLimited  = 11232    // frequency limited (100/min, 5/s)
	feishuGateway      = 99991400 // the open platform's own frequency limit
	feishuBadSign      = 19021    // sign match fail or timestamp is not within one hour
	feishuIPNotAllowed = 19022
	feishuNoKeyword    = 19024 // Key Words Not Found
	feishuRateWait     = time.Minute
)

// feishuMaxText caps the alert's text in bytes, well inside the 20 KB
// request limit once JSON-encoded.
const feishuMaxText = 8 << 10

type feishuMessage struct {
	Timestamp string        `json:"timestamp"`
	Sign      string        `json:"sign"`
	MsgType   string        `json:"msg_type"`
	Content   feishuContent `json:"content"`
}

type feishuContent struct {
	Post map[string]feishuPost `json:"post"` // by locale: zh_cn, en_us
}

type feishuPost struct {
	Title   string            `json:"title"`
	Content [][]feishuElement `json:"content"` // paragraphs of elements
}

type feishuElement struct {
	Tag    string `json:"tag"` // text, a, at
	Text   string `json:"text,omitempty"`
	Href   string `json:"href,omitempty"`
	UserID string `json:"user_id,omitempty"`
}

// feishuSign is the signature of a send at tsSeconds.
func feishuSign(secret string, tsSeconds int64) string {
	mac := hmac.New(sha256.New, []byte(strconv.FormatInt(tsSeconds, 10)+"\n"+secret))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// Send signs and posts the alert and classifies the bot's answer.
func (f *Feishu) Send(ctx context.Context, ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult {
	ts := f.Now().Unix()
	body := feishuBody(ch, newMessage(a), a.Lang)
	body.Timestamp, body.Sign = strconv.FormatInt(ts, 10), feishuSign(ch.Secret, ts)
	ans, err := postJSON(ctx, f.HTTP, ch.URL, body)
	if err != nil {
		return transportFailure(err)
	}
	var r struct {
		Code          *int   `json:"code"`
		Msg           string `json:"msg"`
		StatusCode    *int   `json:"StatusCode"`
		StatusMessage string `json:"StatusMessage"`
	}
	if json.Unmarshal(ans.body, &r) != nil || (r.Code == nil && r.StatusCode == nil) {
		return unexpected(ans)
	}
	code, msg := 0, r.Msg
	if r.Code != nil {
		code = *r.Code
	} else {
		code, msg = *r.StatusCode, r.StatusMessage
	}
	res := feishuResult(ans.status, code, msg)
	if res.RateLimited {
		res.RetryAfter = retryAfter(ans.header, feishuRateWait)
	}
	return res
}

func feishuResult(status, code int, msg string) *kefu.AlertSendResult {
	r := &kefu.AlertSendResult{Status: status, ProviderCode: code, Message: firstLine(msg)}
	switch {
	case code == 0 && status < 300:
		return okResult(status)
	case code == feishuRateLimited, code == feishuGateway, code == feishuBadRequest, status == http.StatusTooManyRequests:
		// 9499 also answers a malformed body; kefu's bodies are fixed in
		// shape, so it is taken as the rate limit it reports under load.
		r.Retryable, r.RateLimited = true, true
	case code == feishuBadSign, code == feishuIPNotAllowed, code == feishuNoKeyword:
		// Wrong secret (or this server's clock is off by an hour), or a
		// security rule kefu cannot meet: an admin must fix the channel.
	case code >= 19000 && code < 20000:
		// The bot's other configuration refusals: for good as well.
	case status >= 400 && status < 500 && status != http.StatusRequestTimeout:
	default:
		r.Retryable = true
	}
	return r
}

func feishuBody(ch *kefu.AlertChannel, m *message, lang string) *feishuMessage {
	locale := "zh_cn"
	if !wantChinese(lang) {
		locale = "en_us"
	}
	var paras [][]feishuElement
	budget := feishuMaxText
	for _, line := range m.lines {
		text := plainText(line)
		if len(text) > budget {
			text = truncateBytes(text, max(budget, 0))
		}
		if text == "" {
			break
		}
		budget -= len(text)
		paras = append(paras, []feishuElement{{Tag: "text", Text: text}})
	}
	if m.url != "" {
		paras = append(paras, []feishuElement{{Tag: "a", Text: m.linkLabel, Href: m.url}})
	}
	var at []feishuElement
	for _, who := range ch.Mentions {
		id := who
		if who == kefu.MentionAll {
			id = "all"
		}
		at = append(at, feishuElement{Tag: "at", UserID: id})
	}
	if len(at) > 0 {
		paras = append(paras, at)
	}
	title := truncateBytes(strings.TrimSpace(m.severity+plainText(m.title)), 600)
	return &feishuMessage{MsgType: "post", Content: feishuContent{Post: map[string]feishuPost{locale: {Title: title, Content: paras}}}}
}
