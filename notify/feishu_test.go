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
	"testing"
	"time"

	"kefu"
)

const feishuSecret = "qnDbg4fGcNn8vUzq9QYRqb"

type feishuBodyJSON struct {
	Timestamp string `json:"timestamp"`
	Sign      string `json:"sign"`
	MsgType   string `json:"msg_type"`
	Content   struct {
		Post map[string]struct {
			Title   string `json:"title"`
			Content [][]struct {
				Tag    string `json:"tag"`
				Text   string `json:"text"`
				Href   string `json:"href"`
				UserID string `json:"user_id"`
			} `json:"content"`
		} `json:"post"`
	} `json:"content"`
}

// feishuRobot checks each request the way Feishu documents it: the
// timestamp in seconds within an hour, and sign equal to
// base64(HmacSHA256(key=timestamp+"\n"+secret, message="")).
func feishuRobot(t *testing.T, secret string, now func() time.Time, answer func(w http.ResponseWriter, r request)) *robot {
	return newRobot(t, func(w http.ResponseWriter, r request) {
		var body feishuBodyJSON
		if json.Unmarshal(r.Body, &body) != nil {
			replyJSON(w, http.StatusBadRequest, map[string]any{"code": 9499, "msg": "Bad Request", "data": map[string]any{}})
			return
		}
		ts, err := strconv.ParseInt(body.Timestamp, 10, 64)
		mac := hmac.New(sha256.New, []byte(body.Timestamp+"\n"+secret))
		mac.Write(nil)
		if err != nil || now().Sub(time.Unix(ts, 0)).Abs() > time.Hour || body.Sign != base64.StdEncoding.EncodeToString(mac.Sum(nil)) {
			replyJSON(w, http.StatusOK, map[string]any{"code": 19021, "msg": "sign match fail or timestamp is not within one hour from current time", "data": map[string]any{}})
			return
		}
		answer(w, r)
	})
}

func feishuOK(w http.ResponseWriter, _ request) {
	replyJSON(w, http.StatusOK, map[string]any{"code": 0, "msg": "success", "data": map[string]any{}})
}

func feishuChannel(rb *robot, secret string) *kefu.AlertChannel {
	return &kefu.AlertChannel{ID: 3, Type: kefu.AlertChannelFeishu, URL: rb.URL + "/open-apis/bot/v2/hook/8c1a-0f", Secret: secret, Enabled: true}
}

func TestFeishu_SignedPostPassesTheBotsCheck(t *testing.T) {
	clock := newClock(time.Date(2026, 11, 20, 1, 2, 3, 0, time.UTC))
	rb := feishuRobot(t, feishuSecret, clock.Now, feishuOK)
	ch := feishuChannel(rb, feishuSecret)
	ch.Mentions = []string{kefu.MentionAll, "ou_7d8a6e6df7621556ce0d21922b676706"}
	res := (&Feishu{HTTP: NewHTTPClient(), Now: clock.Now}).Send(context.Background(), ch, testAlert())
	if !res.OK {
		t.Fatalf("result = %+v", res)
	}
	r := rb.last(t)
	var body feishuBodyJSON
	decode(t, r.Body, &body)
	post, ok := body.Content.Post["zh_cn"]
	if r.Path != "/open-apis/bot/v2/hook/8c1a-0f" || body.Timestamp != "1795136523" || body.MsgType != "post" || !ok {
		t.Fatalf("request %s: %s", r.Path, r.Body)
	}
	var links, ats []string
	for _, para := range post.Content {
		for _, el := range para {
			switch el.Tag {
			case "text":
				for _, bad := range []string{"<at", "<!channel>", "@all", "evil.example", "https://"} {
					if strings.Contains(el.Text, bad) {
						t.Errorf("text element carries %q: %q", bad, el.Text)
					}
				}
			case "a":
				links = append(links, el.Href)
			case "at":
				ats = append(ats, el.UserID)
			default:
				t.Errorf("unexpected element %q", el.Tag)
			}
		}
	}
	if strings.Join(links, " ") != ticketLink || strings.Join(ats, " ") != "all ou_7d8a6e6df7621556ce0d21922b676706" {
		t.Errorf("links %v, mentions %v", links, ats)
	}
	if !strings.HasPrefix(post.Title, "【注意 Warning】疑似钓鱼") || strings.Contains(post.Title, "evil.example") {
		t.Errorf("title = %q", post.Title)
	}
}

func TestFeishu_EnglishAlertsUseTheEnglishLocale(t *testing.T) {
	rb := feishuRobot(t, feishuSecret, time.Now, feishuOK)
	a := testAlert()
	a.Lang = "en"
	if res := (&Feishu{HTTP: NewHTTPClient(), Now: time.Now}).Send(context.Background(), feishuChannel(rb, feishuSecret), a); !res.OK {
		t.Fatalf("result = %+v", res)
	}
	var body feishuBodyJSON
	decode(t, rb.last(t).Body, &body)
	if post, ok := body.Content.Post["en_us"]; !ok || !strings.HasPrefix(post.Title, "【Warning】") {
		t.Fatalf("body = %s", rb.last(t).Body)
	}
}

func TestFeishu_WrongSecretIsAPermanentFailure(t *testing.T) {
	rb := feishuRobot(t, feishuSecret, time.Now, feishuOK)
	res := (&Feishu{HTTP: NewHTTPClient(), Now: time.Now}).Send(context.Background(), feishuChannel(rb, "not-the-secret"), testAlert())
	if res.OK || res.Retryable || res.ProviderCode != 19021 {
		t.Fatalf("result = %+v", res)
	}
}

func TestFeishu_AnswersDecideRetry(t *testing.T) {
	for _, tc := range []struct {
		name      string
		status    int
		header    map[string]string
		body      any
		ok        bool
		code      int
		retryable bool
		limited   bool
		after     time.Duration
	}{
		{"legacy success", 200, nil, map[string]any{"Extra": nil, "StatusCode": 0, "StatusMessage": "success"}, true, 0, false, false, 0},
		{"frequency limited", 200, nil, map[string]any{"code": 11232, "msg": "frequency limited"}, false, 11232, true, true, time.Minute},
		{"too many requests", 400, nil, map[string]any{"code": 9499, "msg": "too many request"}, false, 9499, true, true, time.Minute},
		{"gateway limit", 429, map[string]string{"x-ogw-ratelimit-reset": "7"}, map[string]any{"code": 99991400, "msg": "request trigger frequency limit"}, false, 99991400, true, true, 7 * time.Second},
		{"keyword missing", 200, nil, map[string]any{"code": 19024, "msg": "Key Words Not Found"}, false, 19024, false, false, 0},
		{"server error", 500, nil, map[string]any{"code": 2200, "msg": "internal error"}, false, 2200, true, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rb := feishuRobot(t, feishuSecret, time.Now, func(w http.ResponseWriter, r request) {
				for k, v := range tc.header {
					w.Header().Set(k, v)
				}
				replyJSON(w, tc.status, tc.body)
			})
			res := (&Feishu{HTTP: NewHTTPClient(), Now: time.Now}).Send(context.Background(), feishuChannel(rb, feishuSecret), testAlert())
			if res.OK != tc.ok || res.ProviderCode != tc.code || res.Retryable != tc.retryable || res.RateLimited != tc.limited || res.RetryAfter != tc.after {
				t.Fatalf("result = %+v", res)
			}
		})
	}
}
