package kefu

import (
	"net"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Alert channel types.
const (
	AlertChannelWeCom    = "wecom"    // 企业微信 group robot
	AlertChannelDingTalk = "dingtalk" // 钉钉 custom robot, signed
	AlertChannelFeishu   = "feishu"   // 飞书 / Lark custom bot, signed
	AlertChannelSlack    = "slack"    // Slack incoming webhook
	AlertChannelEmail    = "email"
)

// AlertChannelTypes lists every channel type.
var AlertChannelTypes = []string{AlertChannelWeCom, AlertChannelDingTalk, AlertChannelFeishu, AlertChannelSlack, AlertChannelEmail}

// MentionAll is how a channel's Mentions asks to notify everyone in the
// group; each robot spells it its own way (WeCom "@all", DingTalk
// isAtAll, Feishu user_id "all", Slack <!channel>).
const MentionAll = "@all"

// AlertChannel is where alerts go: a chat group's robot or a mailbox.
//
// URL is the robot's webhook address (for email: the recipients, comma
// separated). The webhook URL carries the robot's key, so it is sealed at
// rest with Secret and the API shows it redacted. Secret is the signing
// secret of DingTalk and Feishu robots (for email: an optional
// smtp://user:password@host:587?from=… URL); it is never shown.
//
// Webhook URLs must use https and the host the provider documents
// (qyapi.weixin.qq.com, oapi.dingtalk.com, open.feishu.cn or
// open.larksuite.com, hooks.slack.com). CustomHost lifts the host rule,
// not the https rule, for a self-hosted Lark or a company proxy in front
// of the robots. A loopback address (127.0.0.1, ::1, localhost) may use
// plain http and any host: that is a local relay or a test server.
type AlertChannel struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Type    string `json:"type"`
	StoreID int64  `json:"store_id,omitempty"` // 0: alerts of every store
	// Kinds are the alert kinds the channel takes; empty means all.
	Kinds      []string `json:"kinds"`
	URL        string   `json:"-"` // a credential: the API shows RedactedURL
	Secret     string   `json:"-"`
	CustomHost bool     `json:"custom_host"`
	// Mentions are who the robot @-mentions: MentionAll, user ids or
	// mobile numbers (WeCom, DingTalk), open ids (Feishu), member ids such
	// as U024BE7LH or @here (Slack). Email takes none.
	Mentions  []string  `json:"mentions"`
	Enabled   bool      `json:"enabled"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Takes reports whether the channel receives alerts of kind for store.
func (c *AlertChannel) Takes(kind string, storeID int64) bool {
	if c.StoreID != 0 && c.StoreID != storeID {
		return false
	}
	return len(c.Kinds) == 0 || slices.Contains(c.Kinds, kind)
}

// webhookHosts are the hosts each provider documents for its robots.
var webhookHosts = map[string][]string{
	AlertChannelWeCom:    {"qyapi.weixin.qq.com"},
	AlertChannelDingTalk: {"oapi.dingtalk.com"},
	AlertChannelFeishu:   {"open.feishu.cn", "open.larksuite.com"},
	AlertChannelSlack:    {"hooks.slack.com"},
}

// webhookExamples show the accepted form in error messages.
var webhookExamples = map[string]string{
	AlertChannelWeCom:    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY",
	AlertChannelDingTalk: "https://oapi.dingtalk.com/robot/send?access_token=TOKEN",
	AlertChannelFeishu:   "https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN",
	AlertChannelSlack:    "https://hooks.slack.com/services/T000/B000/XXXX",
}

var (
	feishuHookPath = regexp.MustCompile(`^/open-apis/bot/v2/hook/[A-Za-z0-9_-]{1,128}$`)
	slackHookPath  = regexp.MustCompile(`^/services/[A-Za-z0-9]{1,32}/[A-Za-z0-9]{1,32}/[A-Za-z0-9]{1,64}$`)
	mentionID      = regexp.MustCompile(`^[A-Za-z0-9_.+-]{1,64}$`)
	slackMemberID  = regexp.MustCompile(`^[UW][A-Z0-9]{2,20}$`)
)

// Validate checks and normalises a channel before it is written.
func (c *AlertChannel) Validate() error {
	c.Name = strings.TrimSpace(c.Name)
	c.URL = strings.TrimSpace(c.URL)
	if err := firstErr(
		checkText("name", c.Name, MaxNameLen, true),
		checkIn("type", c.Type, AlertChannelTypes),
	); err != nil {
		return err
	}
	if c.StoreID < 0 {
		return Invalid("store_id", "store_id must be a store id, or 0 for every store")
	}
	kinds, err := normalizeKinds(c.Kinds)
	if err != nil {
		return err
	}
	c.Kinds = kinds
	if c.Type == AlertChannelEmail {
		return firstErr(c.validateEmail(), c.validateMentions())
	}
	return firstErr(c.validateWebhook(), c.validateSecret(), c.validateMentions())
}

func normalizeKinds(kinds []string) ([]string, error) {
	out := []string{}
	for _, k := range kinds {
		k = strings.TrimSpace(k)
		if err := checkIn("kinds", k, AlertKinds); err != nil {
			return nil, err
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out, nil
}

func (c *AlertChannel) validateWebhook() error {
	example := webhookExamples[c.Type]
	if c.URL == "" {
		return Invalid("url", "url is required: the robot's webhook address, e.g. %s", example)
	}
	if err := checkText("url", c.URL, 2000, true); err != nil {
		return err
	}
	if strings.Contains(c.URL, redactMark) {
		return Invalid("url", "url is the redacted form the API shows; send the whole webhook URL, or leave url out to keep it")
	}
	u, err := url.Parse(c.URL)
	if err != nil || !u.IsAbs() || u.Host == "" || u.Opaque != "" {
		return Invalid("url", "url must be an absolute URL such as %s", example)
	}
	if u.User != nil || u.Fragment != "" {
		return Invalid("url", "url must not carry a user name, password or #fragment")
	}
	loopback := isLoopbackHost(u.Hostname())
	switch {
	case u.Scheme == "https":
	case u.Scheme == "http" && loopback:
	default:
		return Invalid("url", "url must use https (plain http only for a loopback address such as 127.0.0.1)")
	}
	if !loopback && !c.CustomHost && !slices.Contains(webhookHosts[c.Type], strings.ToLower(u.Hostname())) {
		return Invalid("url", "%s robots are served by %s; set custom_host to use another host, such as a self-hosted Lark or a proxy",
			c.Type, strings.Join(webhookHosts[c.Type], " or "))
	}
	q := u.Query()
	switch c.Type {
	case AlertChannelWeCom:
		if u.Path != "/cgi-bin/webhook/send" || q.Get("key") == "" {
			return Invalid("url", "a WeCom robot's url is %s", example)
		}
	case AlertChannelDingTalk:
		if u.Path != "/robot/send" || q.Get("access_token") == "" {
			return Invalid("url", "a DingTalk robot's url is %s", example)
		}
		if q.Has("timestamp") || q.Has("sign") {
			return Invalid("url", "leave timestamp and sign out of the url: kefu signs every message with the secret")
		}
	case AlertChannelFeishu:
		if !feishuHookPath.MatchString(u.Path) || u.RawQuery != "" {
			return Invalid("url", "a Feishu/Lark bot's url is %s", example)
		}
	case AlertChannelSlack:
		if !slackHookPath.MatchString(u.Path) || u.RawQuery != "" {
			return Invalid("url", "a Slack incoming webhook's url is %s", example)
		}
	}
	return nil
}

func (c *AlertChannel) validateSecret() error {
	if err := checkText("secret", c.Secret, 200, false); err != nil {
		return err
	}
	switch c.Type {
	case AlertChannelWeCom, AlertChannelSlack:
		if c.Secret != "" {
			return Invalid("secret", "%s webhooks are not signed: the key in the url is the credential; leave secret empty", c.Type)
		}
	case AlertChannelDingTalk:
		// kefu sends signed (加签) only: a bare access_token is a
		// credential anyone who sees the URL can use.
		if c.Secret == "" {
			return Invalid("secret", "secret is required: the robot's signing secret (加签), starting with SEC")
		}
		if !strings.HasPrefix(c.Secret, "SEC") || strings.ContainsAny(c.Secret, " \t\r\n") {
			return Invalid("secret", "a DingTalk signing secret starts with SEC, as shown under the robot's 加签 setting")
		}
	case AlertChannelFeishu:
		if c.Secret == "" {
			return Invalid("secret", "secret is required: the bot's signature secret (签名校验)")
		}
		if strings.ContainsAny(c.Secret, " \t\r\n") {
			return Invalid("secret", "secret must not contain spaces or line breaks")
		}
	}
	return nil
}

// validateEmail normalises the recipients and checks the optional SMTP
// server URL. A channel for every store has no store SMTP to fall back on.
func (c *AlertChannel) validateEmail() error {
	if c.CustomHost {
		return Invalid("custom_host", "custom_host is for webhook channels")
	}
	if strings.TrimSpace(c.URL) == "" {
		return Invalid("url", "url is required: the recipients, e.g. ops@example.com, 客服主管 <lead@example.com>")
	}
	if err := checkText("url", c.URL, 2000, true); err != nil {
		return err
	}
	list, err := mail.ParseAddressList(c.URL)
	if err != nil {
		return Invalid("url", "url must be email addresses separated by commas: %v", err)
	}
	if len(list) > 20 {
		return Invalid("url", "at most 20 recipients")
	}
	addrs := make([]string, len(list))
	for i, a := range list {
		addrs[i] = a.String()
	}
	c.URL = strings.Join(addrs, ", ")
	if err := checkText("secret", c.Secret, 2000, false); err != nil {
		return err
	}
	if c.Secret == "" {
		if c.StoreID == 0 {
			return Invalid("secret", "an email channel for every store needs its own SMTP server: smtp://user:password@host:587?from=alerts@example.com")
		}
		return nil // the store's smtp secret is used
	}
	u, err := url.Parse(c.Secret)
	if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" || u.Query().Get("from") == "" {
		// Never repeat the value: it holds a password.
		return Invalid("secret", "secret must be an SMTP server URL: smtp://user:password@host:587?from=alerts@example.com")
	}
	return nil
}

func (c *AlertChannel) validateMentions() error {
	if c.Type == AlertChannelEmail {
		if len(c.Mentions) > 0 {
			return Invalid("mentions", "email channels take no mentions")
		}
		c.Mentions = []string{}
		return nil
	}
	if len(c.Mentions) > 20 {
		return Invalid("mentions", "at most 20 mentions")
	}
	out := []string{}
	for _, m := range c.Mentions {
		m = strings.TrimSpace(m)
		ok := m == MentionAll || mentionID.MatchString(m)
		if c.Type == AlertChannelSlack {
			ok = m == MentionAll || m == "@here" || m == "@channel" || slackMemberID.MatchString(m)
		}
		if !ok {
			if c.Type == AlertChannelSlack {
				return Invalid("mentions", "mention %q must be @all, @here, @channel or a member id such as U024BE7LH", Shorten(m, 40))
			}
			return Invalid("mentions", "mention %q must be @all, a user id or a mobile number", Shorten(m, 40))
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	c.Mentions = out
	return nil
}

// isLoopbackHost reports whether host names this machine.
func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// redactMark ends the visible part of a redacted credential.
const redactMark = "…"

// RedactedURL is the URL as the API shows it: the robot's key, token or
// hook path cut to its first four characters, enough to tell two robots
// apart and useless to anyone reading it. Email recipients are shown.
func (c *AlertChannel) RedactedURL() string {
	if c.Type == AlertChannelEmail {
		return c.URL
	}
	u, err := url.Parse(c.URL)
	if err != nil {
		return ""
	}
	q := u.Query()
	for _, k := range []string{"key", "access_token"} {
		if v := q.Get(k); v != "" {
			q.Set(k, redact(v))
		}
	}
	u.RawQuery = q.Encode()
	if c.Type == AlertChannelFeishu || c.Type == AlertChannelSlack {
		if i := strings.LastIndexByte(u.Path, '/'); i >= 0 {
			u.Path = u.Path[:i+1] + redact(u.Path[i+1:])
		}
	}
	s := u.String()
	if plain, err := url.PathUnescape(s); err == nil {
		s = plain // shows "…" rather than %E2%80%A6
	}
	return s
}

func redact(v string) string {
	if len(v) <= 4 {
		return redactMark
	}
	return v[:4] + redactMark
}

// AlertChannelUpdate changes some fields of a channel; nil means
// unchanged. Secret "" removes the secret. The type cannot change.
type AlertChannelUpdate struct {
	Name       *string   `json:"name,omitempty"`
	StoreID    *int64    `json:"store_id,omitempty"`
	Kinds      *[]string `json:"kinds,omitempty"`
	URL        *string   `json:"url,omitempty"`
	Secret     *string   `json:"secret,omitempty"`
	CustomHost *bool     `json:"custom_host,omitempty"`
	Mentions   *[]string `json:"mentions,omitempty"`
	Enabled    *bool     `json:"enabled,omitempty"`
}

// Apply applies u to c and validates the result.
func (u AlertChannelUpdate) Apply(c *AlertChannel) error {
	if u.Name != nil {
		c.Name = *u.Name
	}
	if u.StoreID != nil {
		c.StoreID = *u.StoreID
	}
	if u.Kinds != nil {
		c.Kinds = *u.Kinds
	}
	if u.URL != nil {
		c.URL = *u.URL
	}
	if u.Secret != nil {
		c.Secret = *u.Secret
	}
	if u.CustomHost != nil {
		c.CustomHost = *u.CustomHost
	}
	if u.Mentions != nil {
		c.Mentions = *u.Mentions
	}
	if u.Enabled != nil {
		c.Enabled = *u.Enabled
	}
	return c.Validate()
}
