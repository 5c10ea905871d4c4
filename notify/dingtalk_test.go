package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"kefu"
)

const dingTalkSecret = "SEC4a2b1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1"

// dingTalkRobot checks each request the way DingTalk documents it:
// timestamp in milliseconds within an hour of now, and sign equal to
// base64(HmacSHA256(secret, timestamp+"\n"+secret)), URL-encoded once.
func dingTalkRobot(t *testing.T, secret string, now func() time.Time, answer func(w http.ResponseWriter, r request)) *robot {
	return newRobot(t, func(w http.ResponseWriter, r request) {
		ts, err := strconv.ParseInt(r.Query.Get("timestamp"), 10, 64)
		if err != nil || now().Sub(time.UnixMilli(ts)).Abs() > time.Hour {
			replyJSON(w, http.StatusOK, map[string]any{"errcode": 310000, "errmsg": "sign not match"})
			return
		}
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write([]byte(r.Query.Get("timestamp") + "\n" + secret))
		want := base64.StdEncoding.EncodeToString(mac.Sum(nil))
		if r.Query.Get("sign") != want || !strings.Contains(r.Raw, "sign="+url.QueryEscape(want)) {
			replyJSON(w, http.StatusOK, map[string]any{"errcode": 310000, "errmsg": "sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]"})
			return
		}
		if r.Query.Get("access_token") != "tok123" {
			replyJSON(w, http.StatusOK, map[string]any{"errcode": 300001, "errmsg": "token is not exist"})
			return
		}
		answer(w, r)
	})
}

func dingTalkOK(w http.ResponseWriter, _ request) {
	replyJSON(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok"})
}

func dingTalkChannel(rb *robot, secret string) *kefu.AlertChannel {
	return &kefu.AlertChannel{ID: 2, Type: kefu.AlertChannelDingTalk, URL: rb.URL + "/robot/send?access_token=tok123", Secret: secret, Enabled: true}
}

type dingTalkBodyJSON struct {
	MsgType  string `json:"msgtype"`
	Markdown struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	} `json:"markdown"`
	At *struct {
		AtMobiles []string `json:"atMobiles"`
		AtUserIDs []string `json:"atUserIds"`
		IsAtAll   bool     `json:"isAtAll"`
	} `json:"at"`
}

func TestDingTalk_SignedRequestPassesTheRobotsCheck(t *testing.T) {
	clock := newClock(time.Date(2026, 11, 20, 1, 2, 3, 456e6, time.UTC))
	rb := dingTalkRobot(t, dingTalkSecret, clock.Now, dingTalkOK)
	res := (&DingTalk{HTTP: NewHTTPClient(), Now: clock.Now}).Send(context.Background(), dingTalkChannel(rb, dingTalkSecret), testAlert())
	if !res.OK {
		t.Fatalf("result = %+v", res)
	}
	r := rb.last(t)
	if r.Path != "/robot/send" || r.Query.Get("timestamp") != "1795136523456" {
		t.Fatalf("request %s?%s", r.Path, r.Raw)
	}
	var body dingTalkBodyJSON
	decode(t, r.Body, &body)
	if body.MsgType != "markdown" || body.At != nil || !strings.Contains(body.Markdown.Text, "[查看工单 Open ticket]("+ticketLink+")") ||
		!strings.HasPrefix(body.Markdown.Title, "【注意 Warning】疑似钓鱼") {
		t.Fatalf("body = %s", r.Body)
	}
	for _, bad := range []string{"](https://evil", "evil.example", "<@", "@all", "**now**"} {
		if strings.Contains(body.Markdown.Text, bad) || strings.Contains(body.Markdown.Title, bad) {
			t.Errorf("markdown carries %q unescaped: %s", bad, r.Body)
		}
	}
}

func TestDingTalk_WrongSecretIsAPermanentFailure(t *testing.T) {
	rb := dingTalkRobot(t, dingTalkSecret, time.Now, dingTalkOK)
	res := (&DingTalk{HTTP: NewHTTPClient(), Now: time.Now}).Send(context.Background(), dingTalkChannel(rb, "SECwrong"), testAlert())
	if res.OK || res.Retryable || res.ProviderCode != 310000 || res.Message != "sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]" {
		t.Fatalf("result = %+v", res)
	}
	// A clock two hours off fails the same check.
	late := func() time.Time { return time.Now().Add(-2 * time.Hour) }
	res = (&DingTalk{HTTP: NewHTTPClient(), Now: late}).Send(context.Background(), dingTalkChannel(rb, dingTalkSecret), testAlert())
	if res.OK || res.ProviderCode != 310000 {
		t.Fatalf("stale timestamp: %+v", res)
	}
}

func TestDingTalk_MentionsAreNamedInTheText(t *testing.T) {
	rb := dingTalkRobot(t, dingTalkSecret, time.Now, dingTalkOK)
	ch := dingTalkChannel(rb, dingTalkSecret)
	ch.Mentions = []string{"13800000000", "manager01", kefu.MentionAll}
	if res := (&DingTalk{HTTP: NewHTTPClient(), Now: time.Now}).Send(context.Background(), ch, testAlert()); !res.OK {
		t.Fatalf("result = %+v", res)
	}
	var body dingTalkBodyJSON
	decode(t, rb.last(t).Body, &body)
	if body.At == nil || !body.At.IsAtAll || !slices.Equal(body.At.AtMobiles, []string{"13800000000"}) || !slices.Equal(body.At.AtUserIDs, []string{"manager01"}) ||
		!strings.HasSuffix(body.Markdown.Text, "@13800000000 @manager01") {
		t.Fatalf("body = %+v", body)
	}
}

func TestDingTalk_ErrcodesDecideRetry(t *testing.T) {
	for _, tc := range []struct {
		code      int
		retryable bool
		limited   bool
	}{{130101, true, true}, {300001, false, false}, {310000, false, false}, {-1, true, false}} {
		rb := dingTalkRobot(t, dingTalkSecret, time.Now, func(w http.ResponseWriter, r request) {
			replyJSON(w, http.StatusOK, map[string]any{"errcode": tc.code, "errmsg": "refused"})
		})
		res := (&DingTalk{HTTP: NewHTTPClient(), Now: time.Now}).Send(context.Background(), dingTalkChannel(rb, dingTalkSecret), testAlert())
		if res.OK || res.ProviderCode != tc.code || res.Retryable != tc.retryable || res.RateLimited != tc.limited {
			t.Errorf("errcode %d: %+v", tc.code, res)
		}
		if tc.limited && res.RetryAfter != 10*time.Minute {
			t.Errorf("errcode %d: retry after %s, want 10m (DingTalk closes the robot for ten minutes)", tc.code, res.RetryAfter)
		}
	}
}
