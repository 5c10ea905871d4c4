package notify

import (
	"context"
	"net/http"
	"strings"
	"unicode/utf8"

	"kefu"
)

// Slack posts to a Slack incoming webhook:
//
//	POST https://hooks.slack.com/services/T…/B…/…
//	{"text":"fallback for notifications","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"…"}}, …]}
//
// Slack answers 200 with the body "ok"; errors are 4xx with a short code
// as the body (invalid_payload, no_service, channel_is_archived,
// action_prohibited…), and 429 with Retry-After when a webhook posts more
// than about one message a second.
type Slack struct {
	HTTP *http.Client
}

// slackMaxSection is Slack's limit on a section block's text, in
// characters.
const slackMaxSection = 3000

type slackMessage struct {
	Text   string       `json:"text"`
	Blocks []slackBlock `json:"blocks"`
}

type slackBlock struct {
	Type     string         `json:"type"` // section, context
	Text     *slackMrkdwn   `json:"text,omitempty"`
	Elements []*slackMrkdwn `json:"elements,omitempty"`
}

type slackMrkdwn struct {
	Type string `json:"type"` // mrkdwn
	Text string `json:"text"`
}

// Send posts the alert and classifies Slack's answer.
func (s *Slack) Send(ctx context.Context, ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult {
	ans, err := postJSON(ctx, s.HTTP, ch.URL, slackBody(ch, newMessage(a)))
	if err != nil {
		return transportFailure(err)
	}
	body := strings.TrimSpace(string(ans.body))
	if ans.status == http.StatusOK && body == "ok" {
		return okResult(ans.status)
	}
	if ans.status == http.StatusOK {
		return unexpected(ans)
	}
	r := httpFailure(ans)
	if body != "" && len(body) < 100 {
		r.Message = body // Slack's error code, e.g. channel_is_archived
	}
	return r
}

// slackMentions renders a channel's mentions in Slack's syntax.
func slackMentions(mentions []string) string {
	var out []string
	for _, m := range mentions {
		switch m {
		case kefu.MentionAll, "@channel":
			out = append(out, "<!channel>")
		case "@here":
			out = append(out, "<!here>")
		default:
			out = append(out, "<@"+m+">") // a member id, checked by AlertChannel.Validate
		}
	}
	return strings.Join(out, " ")
}

func slackBody(ch *kefu.AlertChannel, m *message) *slackMessage {
	mentions := slackMentions(ch.Mentions)
	title := m.severity + "*" + slackText(m.title) + "*"
	if mentions != "" {
		title = mentions + " " + title
	}
	var body strings.Builder
	for _, line := range m.lines {
		body.WriteString("\n")
		body.WriteString(slackText(line))
	}
	section := title + body.String()
	if utf8.RuneCountInString(section) > slackMaxSection {
		section = dropPartialEntity(string([]rune(section)[:slackMaxSection-1])) + ellipsis
	}
	msg := &slackMessage{
		// The fallback shows in notifications; mentions must be in it to
		// notify anyone.
		Text:   strings.TrimSpace(mentions + " " + m.severity + slackText(m.title)),
		Blocks: []slackBlock{{Type: "section", Text: &slackMrkdwn{Type: "mrkdwn", Text: section}}},
	}
	if m.url != "" {
		msg.Blocks = append(msg.Blocks, slackBlock{Type: "context",
			Elements: []*slackMrkdwn{{Type: "mrkdwn", Text: "<" + m.url + "|" + m.linkLabel + ">"}}})
	}
	return msg
}
