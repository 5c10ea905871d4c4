// Package notify delivers kefu's alerts — escalations, new disputes,
// suspected phishing, risk flags and the daily digest — to WeCom,
// DingTalk and Feishu/Lark group robots, Slack incoming webhooks and
// email.
//
// Raising an alert only writes delivery rows (kefu.AlertService), in the
// transaction of whatever raised it. The Dispatcher sends them: it claims
// due rows with a lease, holds each channel to its provider's rate limit
// by queueing (never dropping), retries with exponential backoff and
// jitter, and records every outcome where the API shows it. Channels are
// sent to side by side, so a robot that hangs for its whole 10-second
// timeout delays only its own messages.
//
// Every message is built in the provider's documented shape, one file per
// provider. Text from tickets is escaped for the provider's markup (see
// escape.go): a buyer's name or subject never becomes a link, a mention
// or formatting, and the only link an alert carries is kefu's own.
package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// Sender delivers one alert to one channel and reports the provider's
// answer. It never returns an error: every failure is a result, retryable
// or not.
type Sender interface {
	Send(ctx context.Context, ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult
}

// HTTPTimeout bounds one webhook call, connection to last byte.
const HTTPTimeout = 10 * time.Second

// NewHTTPClient returns the client webhooks are sent with: a 10-second
// timeout, and redirects refused, so a webhook URL cannot bounce kefu's
// request (and the signature in it) to another host.
func NewHTTPClient() *http.Client {
	return &http.Client{
		Timeout: HTTPTimeout,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// Senders returns a sender for every webhook type over client, plus email
// through mail (nil: email channels fail until it is configured). now is
// the clock signatures are made with; nil means time.Now.
func Senders(client *http.Client, mail MailSenders, now func() time.Time) map[string]Sender {
	if client == nil {
		client = NewHTTPClient()
	}
	if now == nil {
		now = time.Now
	}
	return map[string]Sender{
		kefu.AlertChannelWeCom:    &WeCom{HTTP: client},
		kefu.AlertChannelDingTalk: &DingTalk{HTTP: client, Now: now},
		kefu.AlertChannelFeishu:   &Feishu{HTTP: client, Now: now},
		kefu.AlertChannelSlack:    &Slack{HTTP: client},
		kefu.AlertChannelEmail:    &Email{Senders: mail, Now: now},
	}
}

// maxAnswer is how much of a provider's answer is read.
const maxAnswer = 64 << 10

// answer is a provider's HTTP response.
type answer struct {
	status int
	header http.Header
	body   []byte
}

// postJSON sends body as JSON to target. A nil answer comes with the
// transport error (DNS, refused connection, timeout).
func postJSON(ctx context.Context, client *http.Client, target string, body any) (*answer, error) {
	payload, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("User-Agent", "kefu/"+kefu.Version)
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return nil, fmt.Errorf("reading the answer: %w", err)
	}
	return &answer{status: resp.StatusCode, header: resp.Header, body: data}, nil
}

// transportFailure is the result of a request that got no answer: always
// worth another try.
func transportFailure(err error) *kefu.AlertSendResult {
	msg := err.Error()
	var ue *url.Error
	if errors.As(err, &ue) {
		msg = ue.Err.Error() // url.Error repeats the URL, and with it the robot's key
	}
	return &kefu.AlertSendResult{Message: "no answer: " + msg, Retryable: true}
}

// httpFailure classifies an answer that is not the provider's JSON: 429
// waits as told, 5xx and 408 are retried, any other 4xx is for good (the
// robot is gone or the URL wrong).
func httpFailure(a *answer) *kefu.AlertSendResult {
	r := &kefu.AlertSendResult{Status: a.status, Message: fmt.Sprintf("HTTP %d: %s", a.status, snippet(a.body))}
	switch {
	case a.status == http.StatusTooManyRequests:
		r.Retryable, r.RateLimited, r.RetryAfter = true, true, retryAfter(a.header, time.Minute)
	case a.status >= 500 || a.status == http.StatusRequestTimeout:
		r.Retryable = true
	case a.status >= 300 && a.status < 400:
		r.Message = fmt.Sprintf("HTTP %d: the webhook redirects, which kefu does not follow", a.status)
	}
	return r
}

// retryAfter reads a Retry-After header in seconds (what Slack and most
// gateways send), else Feishu's x-ogw-ratelimit-reset, else def.
func retryAfter(h http.Header, def time.Duration) time.Duration {
	for _, name := range []string{"Retry-After", "X-Ogw-Ratelimit-Reset"} {
		if s, err := strconv.Atoi(strings.TrimSpace(h.Get(name))); err == nil && s >= 0 {
			return min(time.Duration(s)*time.Second, time.Hour)
		}
	}
	return def
}

// snippet is the start of an answer body for messages, on one line.
func snippet(b []byte) string {
	s := strings.Join(strings.Fields(strings.ToValidUTF8(string(b), "?")), " ")
	return truncateBytes(s, 200)
}

// okResult is a successful send.
func okResult(status int) *kefu.AlertSendResult {
	return &kefu.AlertSendResult{OK: true, Status: status, Message: "ok"}
}
