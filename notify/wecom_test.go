package notify

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kefu"
)

type weComBodyJSON struct {
	MsgType  string `json:"msgtype"`
	Markdown struct {
		Content string `json:"content"`
	} `json:"markdown"`
	Text struct {
		Content             string   `json:"content"`
		MentionedList       []string `json:"mentioned_list"`
		MentionedMobileList []string `json:"mentioned_mobile_list"`
	} `json:"text"`
}

func weComRobot(t *testing.T, code int, msg string) *robot {
	return newRobot(t, func(w http.ResponseWriter, r request) {
		replyJSON(w, http.StatusOK, map[string]any{"errcode": code, "errmsg": msg})
	})
}

func weComChannel(rb *robot) *kefu.AlertChannel {
	return &kefu.AlertChannel{ID: 1, Type: kefu.AlertChannelWeCom, URL: rb.URL + "/cgi-bin/webhook/send?key=693axxx6", Enabled: true}
}

func TestWeCom_MarkdownEscapesBuyerTextAndLinksOnlyTheTicket(t *testing.T) {
	rb := weComRobot(t, 0, "ok")
	res := (&WeCom{HTTP: NewHTTPClient()}).Send(context.Background(), weComChannel(rb), testAlert())
	if !res.OK || res.Status != 200 {
		t.Fatalf("result = %+v", res)
	}
	r := rb.last(t)
	if r.Method != "POST" || r.Path != "/cgi-bin/webhook/send" || r.Query.Get("key") != "693axxx6" ||
		!strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("request = %s %s?%s %v", r.Method, r.Path, r.Raw, r.Header)
	}
	var body weComBodyJSON
	decode(t, r.Body, &body)
	c := body.Markdown.Content
	if body.MsgType != "markdown" || c == "" {
		t.Fatalf("body = %s", r.Body)
	}
	for _, bad := range []string{"](https://evil", "evil.example", "<@zhangsan>", "@all", "<font color=\"info\">", "**now**", "<!channel>", "\n# x", "zw@mail.example"} {
		if strings.Contains(c, bad) {
			t.Errorf("markdown content carries %q unescaped:\n%s", bad, c)
		}
	}
	for _, want := range []string{"［click here］（https:⁄⁄evil․example/login）", "＜＠zhangsan＞", "＠all", "＊＊now＊＊",
		"[查看工单 Open ticket](" + ticketLink + ")", `<font color="warning">【注意 Warning】</font>`} {
		if !strings.Contains(c, want) {
			t.Errorf("markdown content lacks %q:\n%s", want, c)
		}
	}
	if strings.Count(c, "](") != 1 {
		t.Errorf("content has %d links, want only kefu's:\n%s", strings.Count(c, "]("), c)
	}
}

func TestWeCom_MentionsSendATextMessageWithMentionLists(t *testing.T) {
	rb := weComRobot(t, 0, "ok")
	ch := weComChannel(rb)
	ch.Mentions = []string{"@all", "13800000000", "zhangsan"}
	if res := (&WeCom{HTTP: NewHTTPClient()}).Send(context.Background(), ch, testAlert()); !res.OK {
		t.Fatalf("result = %+v", res)
	}
	var body weComBodyJSON
	decode(t, rb.last(t).Body, &body)
	if body.MsgType != "text" || !slices.Equal(body.Text.MentionedList, []string{"@all", "zhangsan"}) ||
		!slices.Equal(body.Text.MentionedMobileList, []string{"13800000000"}) {
		t.Fatalf("body = %+v", body)
	}
	if c := body.Text.Content; strings.Contains(c, "<@") || strings.Contains(c, " @all") || !strings.HasSuffix(c, "查看工单 Open ticket: "+ticketLink) {
		t.Errorf("text content = %q", c)
	}
}

func TestWeCom_ContentIsCutTo2048BytesOnARuneBoundaryKeepingTheLink(t *testing.T) {
	rb := weComRobot(t, 0, "ok")
	a := testAlert()
	a.Text = strings.Repeat("买家说包裹没有收到，", 400) // 12 000 bytes
	for _, mentions := range [][]string{nil, {"@all"}} {
		ch := weComChannel(rb)
		ch.Mentions = mentions
		if res := (&WeCom{HTTP: NewHTTPClient()}).Send(context.Background(), ch, a); !res.OK {
			t.Fatalf("result = %+v", res)
		}
		var body weComBodyJSON
		decode(t, rb.last(t).Body, &body)
		c := body.Markdown.Content + body.Text.Content
		if len(c) > 2048 || !utf8.ValidString(c) || !strings.Contains(c, "…") || !strings.Contains(c, ticketLink) {
			t.Errorf("%s content: %d bytes, valid %v, link %v", body.MsgType, len(c), utf8.ValidString(c), strings.Contains(c, ticketLink))
		}
	}
}

func TestWeCom_ErrcodesDecideRetry(t *testing.T) {
	for _, tc := range []struct {
		name      string
		status    int
		body      string
		code      int
		retryable bool
		limited   bool
		message   string
	}{
		{"rate limited", 200, `{"errcode":45009,"errmsg":"api freq out of limit"}`, 45009, true, true, "api freq out of limit"},
		{"invalid webhook", 200, `{"errcode":93000,"errmsg":"invalid webhook url, hint: [1755605200056773468916791], from ip: 1.2.3.4"}`, 93000, false, false, "invalid webhook url"},
		{"bad request", 200, `{"errcode":40008,"errmsg":"invalid message type"}`, 40008, false, false, "invalid message type"},
		{"system busy", 200, `{"errcode":-1,"errmsg":"system busy"}`, -1, true, false, "system busy"},
		{"gateway down", 502, `<html>bad gateway</html>`, 0, true, false, ""},
		{"not found", 404, `not found`, 0, false, false, ""},
		{"proxy page", 200, `<html>hello</html>`, 0, true, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rb := newRobot(t, func(w http.ResponseWriter, r request) {
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.body))
			})
			res := (&WeCom{HTTP: NewHTTPClient()}).Send(context.Background(), weComChannel(rb), testAlert())
			if res.OK || res.ProviderCode != tc.code || res.Retryable != tc.retryable || res.RateLimited != tc.limited || res.Status != tc.status {
				t.Fatalf("result = %+v", res)
			}
			if tc.message != "" && res.Message != tc.message {
				t.Errorf("message = %q, want %q", res.Message, tc.message)
			}
			if tc.limited && res.RetryAfter != time.Minute {
				t.Errorf("retry after %s, want a minute", res.RetryAfter)
			}
		})
	}
}

func TestWeCom_NoAnswerIsRetryableAndHidesTheKey(t *testing.T) {
	rb := weComRobot(t, 0, "ok")
	ch := weComChannel(rb)
	rb.Close()
	res := (&WeCom{HTTP: NewHTTPClient()}).Send(context.Background(), ch, testAlert())
	if res.OK || !res.Retryable || res.Status != 0 || strings.Contains(res.Message, "693axxx6") {
		t.Fatalf("result = %+v", res)
	}
}
