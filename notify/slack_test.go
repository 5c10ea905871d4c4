package notify

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kefu"
)

type slackBodyJSON struct {
	Text   string `json:"text"`
	Blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"text"`
		Elements []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"elements"`
	} `json:"blocks"`
}

func slackRobot(t *testing.T, status int, header map[string]string, body string) *robot {
	return newRobot(t, func(w http.ResponseWriter, r request) {
		for k, v := range header {
			w.Header().Set(k, v)
		}
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	})
}

func slackChannel(rb *robot) *kefu.AlertChannel {
	return &kefu.AlertChannel{ID: 4, Type: kefu.AlertChannelSlack, URL: rb.URL + "/services/T000/B000/XXXX", Enabled: true}
}

func TestSlack_MrkdwnEscapesBuyerTextAndLinksOnlyTheTicket(t *testing.T) {
	rb := slackRobot(t, 200, nil, "ok")
	ch := slackChannel(rb)
	ch.Mentions = []string{"@here", "U024BE7LH"}
	a := testAlert()
	a.Text += "\nTom & Jerry <https://evil.example|your order>"
	if res := (&Slack{HTTP: NewHTTPClient()}).Send(context.Background(), ch, a); !res.OK || res.Status != 200 {
		t.Fatalf("result = %+v", res)
	}
	var body slackBodyJSON
	decode(t, rb.last(t).Body, &body)
	if len(body.Blocks) != 2 || body.Blocks[0].Type != "section" || body.Blocks[0].Text.Type != "mrkdwn" || body.Blocks[1].Type != "context" {
		t.Fatalf("blocks = %s", rb.last(t).Body)
	}
	section := body.Blocks[0].Text.Text
	if !strings.HasPrefix(section, "<!here> <@U024BE7LH> 【注意 Warning】*疑似钓鱼") || !strings.HasPrefix(body.Text, "<!here> <@U024BE7LH> ") {
		t.Errorf("mentions: section %q, text %q", section, body.Text)
	}
	for _, bad := range []string{"<!channel>", "<@zhangsan>", "<https://evil", "evil.example", "|your order>", " & "} {
		if strings.Contains(section, bad) || strings.Contains(body.Text, bad) {
			t.Errorf("Slack text carries %q unescaped: %s", bad, section)
		}
	}
	for _, want := range []string{"&lt;!channel&gt;", "&lt;＠zhangsan&gt;", "Tom &amp; Jerry &lt;https:⁄⁄evil․example|your order&gt;"} {
		if !strings.Contains(section, want) {
			t.Errorf("section lacks %q: %s", want, section)
		}
	}
	if link := body.Blocks[1].Elements[0].Text; link != "<"+ticketLink+"|查看工单 Open ticket>" {
		t.Errorf("link = %q", link)
	}
}

func TestSlack_LongTextIsCutWithinTheSectionLimit(t *testing.T) {
	rb := slackRobot(t, 200, nil, "ok")
	a := testAlert()
	a.Text = strings.Repeat("<&>", 2000) // 6 000 characters, 24 000 once escaped
	if res := (&Slack{HTTP: NewHTTPClient()}).Send(context.Background(), slackChannel(rb), a); !res.OK {
		t.Fatalf("result = %+v", res)
	}
	var body slackBodyJSON
	decode(t, rb.last(t).Body, &body)
	s := body.Blocks[0].Text.Text
	if n := utf8.RuneCountInString(s); n > 3000 || !strings.HasSuffix(s, "…") {
		t.Fatalf("section has %d characters, ends %q", n, s[len(s)-10:])
	}
	if tail := s[strings.LastIndexByte(s, '&'):]; !strings.Contains(tail, ";") {
		t.Errorf("an entity was cut in half: %q", tail)
	}
}

func TestSlack_AnswersDecideRetry(t *testing.T) {
	for _, tc := range []struct {
		name      string
		status    int
		header    map[string]string
		body      string
		retryable bool
		limited   bool
		after     time.Duration
		message   string
	}{
		{"rate limited", 429, map[string]string{"Retry-After": "30"}, "rate_limited", true, true, 30 * time.Second, "rate_limited"},
		{"rate limited without a header", 429, nil, "", true, true, time.Minute, ""},
		{"removed", 404, nil, "no_service", false, false, 0, "no_service"},
		{"archived", 410, nil, "channel_is_archived", false, false, 0, "channel_is_archived"},
		{"bad payload", 400, nil, "invalid_payload", false, false, 0, "invalid_payload"},
		{"outage", 500, nil, "rollup_error", true, false, 0, "rollup_error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rb := slackRobot(t, tc.status, tc.header, tc.body)
			res := (&Slack{HTTP: NewHTTPClient()}).Send(context.Background(), slackChannel(rb), testAlert())
			if res.OK || res.Status != tc.status || res.Retryable != tc.retryable || res.RateLimited != tc.limited || res.RetryAfter != tc.after {
				t.Fatalf("result = %+v", res)
			}
			if tc.message != "" && res.Message != tc.message {
				t.Errorf("message = %q, want %q", res.Message, tc.message)
			}
		})
	}
}
