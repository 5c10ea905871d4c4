package kefu

import (
	"strings"
	"testing"
)

func TestAlertChannelValidate(t *testing.T) {
	const (
		wecom    = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc"
		dingtalk = "https://oapi.dingtalk.com/robot/send?access_token=0123abcd"
		feishu   = "https://open.feishu.cn/open-apis/bot/v2/hook/2b5e-4f"
		lark     = "https://open.larksuite.com/open-apis/bot/v2/hook/2b5e-4f"
		slack    = "https://hooks.slack.com/services/T000/B000/XXXX"
	)
	for _, tc := range []struct {
		name  string
		c     AlertChannel
		field string // "" = valid
	}{
		{"wecom", AlertChannel{Type: "wecom", URL: wecom}, ""},
		{"wecom on loopback over http", AlertChannel{Type: "wecom", URL: "http://127.0.0.1:8081/cgi-bin/webhook/send?key=k"}, ""},
		{"dingtalk signed", AlertChannel{Type: "dingtalk", URL: dingtalk, Secret: "SECabc"}, ""},
		{"feishu", AlertChannel{Type: "feishu", URL: feishu, Secret: "s3cret"}, ""},
		{"lark", AlertChannel{Type: "feishu", URL: lark, Secret: "s3cret"}, ""},
		{"self-hosted lark with custom host", AlertChannel{Type: "feishu", URL: "https://lark.corp.example/open-apis/bot/v2/hook/x", Secret: "s", CustomHost: true}, ""},
		{"slack with mentions", AlertChannel{Type: "slack", URL: slack, Mentions: []string{"@here", "U024BE7LH"}}, ""},
		{"email for one store", AlertChannel{Type: "email", URL: "ops@shop.test, 主管 <lead@shop.test>", StoreID: 3}, ""},
		{"email with its own smtp", AlertChannel{Type: "email", URL: "ops@shop.test", Secret: "smtp://u:p@mail.shop.test:587?from=alerts@shop.test"}, ""},

		{"no name", AlertChannel{Name: " ", Type: "wecom", URL: wecom}, "name"},
		{"unknown type", AlertChannel{Type: "telegram", URL: wecom}, "type"},
		{"unknown kind", AlertChannel{Type: "wecom", URL: wecom, Kinds: []string{"birthday"}}, "kinds"},
		{"no url", AlertChannel{Type: "wecom"}, "url"},
		{"plain http", AlertChannel{Type: "wecom", URL: "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"}, "url"},
		{"other host", AlertChannel{Type: "wecom", URL: "https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key=k"}, "url"},
		{"custom host still needs https", AlertChannel{Type: "wecom", URL: "http://proxy.corp.example/cgi-bin/webhook/send?key=k", CustomHost: true}, "url"},
		{"wecom without key", AlertChannel{Type: "wecom", URL: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"}, "url"},
		{"credentials in url", AlertChannel{Type: "slack", URL: "https://u:p@hooks.slack.com/services/T000/B000/XXXX"}, "url"},
		{"not a url", AlertChannel{Type: "slack", URL: "hooks.slack.com/services/T/B/X"}, "url"},
		{"wecom is not signed", AlertChannel{Type: "wecom", URL: wecom, Secret: "x"}, "secret"},
		{"dingtalk without secret", AlertChannel{Type: "dingtalk", URL: dingtalk}, "secret"},
		{"dingtalk secret without SEC", AlertChannel{Type: "dingtalk", URL: dingtalk, Secret: "abc"}, "secret"},
		{"dingtalk url already signed", AlertChannel{Type: "dingtalk", URL: dingtalk + "&timestamp=1&sign=x", Secret: "SECabc"}, "url"},
		{"feishu without secret", AlertChannel{Type: "feishu", URL: feishu}, "secret"},
		{"feishu wrong path", AlertChannel{Type: "feishu", URL: "https://open.feishu.cn/open-apis/im/v1/messages", Secret: "s"}, "url"},
		{"slack workflow url", AlertChannel{Type: "slack", URL: "https://hooks.slack.com/triggers/T/1/x"}, "url"},
		{"slack mention by name", AlertChannel{Type: "slack", URL: slack, Mentions: []string{"<!channel>"}}, "mentions"},
		{"wecom mention with markup", AlertChannel{Type: "wecom", URL: wecom, Mentions: []string{"<@x>"}}, "mentions"},
		{"email bad address", AlertChannel{Type: "email", URL: "ops at shop", StoreID: 3}, "url"},
		{"email for all stores needs smtp", AlertChannel{Type: "email", URL: "ops@shop.test"}, "secret"},
		{"email smtp must be a url", AlertChannel{Type: "email", URL: "ops@shop.test", Secret: "mail.shop.test:587"}, "secret"},
		{"email takes no mentions", AlertChannel{Type: "email", URL: "ops@shop.test", StoreID: 3, Mentions: []string{"@all"}}, "mentions"},
		{"negative store", AlertChannel{Type: "wecom", URL: wecom, StoreID: -1}, "store_id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			if c.Name == "" {
				c.Name = "ops"
			}
			err := c.Validate()
			if tc.field == "" {
				if err != nil {
					t.Fatalf("Validate = %v", err)
				}
				return
			}
			if ErrorCode(err) != EINVALID || ErrorField(err) != tc.field {
				t.Fatalf("Validate = %v, want invalid %s", err, tc.field)
			}
			if strings.Contains(ErrorMessage(err), ":p@") {
				t.Errorf("the message repeats a password: %v", err)
			}
		})
	}
}

func TestAlertChannel_RedactedURLHidesTheKeyAndCannotBeSentBack(t *testing.T) {
	for typ, tc := range map[string]struct{ url, want string }{
		"wecom":    {"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…"},
		"dingtalk": {"https://oapi.dingtalk.com/robot/send?access_token=0123abcd", "https://oapi.dingtalk.com/robot/send?access_token=0123…"},
		"feishu":   {"https://open.feishu.cn/open-apis/bot/v2/hook/2b5e-4f11", "https://open.feishu.cn/open-apis/bot/v2/hook/2b5e…"},
		"slack":    {"https://hooks.slack.com/services/T000/B000/XXXXYYYY", "https://hooks.slack.com/services/T000/B000/XXXX…"},
	} {
		c := &AlertChannel{Name: "ops", Type: typ, URL: tc.url, Secret: map[string]string{"dingtalk": "SECx", "feishu": "s"}[typ]}
		if got := c.RedactedURL(); got != tc.want {
			t.Errorf("%s: RedactedURL = %q, want %q", typ, got, tc.want)
		}
		redacted := c.RedactedURL()
		err := AlertChannelUpdate{URL: &redacted}.Apply(c)
		if ErrorField(err) != "url" || !strings.Contains(ErrorMessage(err), "redacted") {
			t.Errorf("%s: sending the redacted url back = %v", typ, err)
		}
	}
}

func TestAlertChannel_Takes(t *testing.T) {
	all := &AlertChannel{}
	us := &AlertChannel{StoreID: 1, Kinds: []string{AlertDisputeNew}}
	if !all.Takes(AlertRiskFlag, 5) || !us.Takes(AlertDisputeNew, 1) || us.Takes(AlertDisputeNew, 2) || us.Takes(AlertRiskFlag, 1) {
		t.Fatal("Takes decides wrongly")
	}
}

func TestAlertValidate(t *testing.T) {
	a := &Alert{Kind: AlertDisputeNew, Title: "  New dispute "}
	if err := a.Validate(); err != nil || a.Severity != SeverityCritical || a.Title != "New dispute" {
		t.Fatalf("Validate = %v, %+v", err, a)
	}
	for field, bad := range map[string]Alert{
		"kind":     {Kind: "party", Title: "x"},
		"severity": {Kind: AlertRiskFlag, Severity: "meh", Title: "x"},
		"title":    {Kind: AlertRiskFlag, Title: strings.Repeat("长", 101)},
		"url":      {Kind: AlertRiskFlag, Title: "x", URL: "javascript:alert(1)"},
		"lang":     {Kind: AlertRiskFlag, Title: "x", Lang: "chinese!"},
	} {
		if err := bad.Validate(); ErrorField(err) != field {
			t.Errorf("%s: Validate = %v", field, err)
		}
	}
}
