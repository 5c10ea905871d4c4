package kefu

import (
	"context"
	"net/url"
	"strings"
	"time"
)

// Alert kinds: what a team is told about in its chat groups or by mail.
const (
	AlertEscalation        = "escalation"         // a ticket was escalated (SLA, rules, an agent)
	AlertDisputeNew        = "dispute_new"        // a payment dispute or chargeback arrived
	AlertSuspectedPhishing = "suspected_phishing" // a message looks like phishing
	AlertRiskFlag          = "risk_flag"          // a rule flagged a risk (fraud, policy, account health)
	AlertDailyDigest       = "daily_digest"       // the morning summary
)

// AlertKinds lists every alert kind.
var AlertKinds = []string{AlertEscalation, AlertDisputeNew, AlertSuspectedPhishing, AlertRiskFlag, AlertDailyDigest}

// Alert severities.
const (
	SeverityInfo     = "info"
	SeverityWarning  = "warning"
	SeverityCritical = "critical"
)

// AlertSeverities lists every severity, mildest first.
var AlertSeverities = []string{SeverityInfo, SeverityWarning, SeverityCritical}

// Delivery statuses of one alert on one channel.
const (
	AlertQueued = "queued" // waiting for its turn, a retry or the channel's rate limit
	AlertSent   = "sent"
	AlertFailed = "failed" // for good: a permanent error or the attempts used up
)

// Limits on alert text. Chat robots cap messages at a few kilobytes; each
// channel truncates further to its own limit.
const (
	MaxAlertTitleLen = 300
	MaxAlertTextLen  = 8 << 10
)

// Alert is one thing to tell people about. Title and Text are plain text
// and may quote buyers (names, subjects): every channel escapes them for
// its own markup, so nothing in them becomes a link or a mention. URL is
// kefu's own link to the ticket; it is the only link an alert carries.
type Alert struct {
	Kind     string `json:"kind"`
	Severity string `json:"severity"`
	StoreID  int64  `json:"store_id,omitempty"`
	TicketID int64  `json:"ticket_id,omitempty"`
	Title    string `json:"title"`
	Text     string `json:"text,omitempty"`
	URL      string `json:"url,omitempty"`
	Lang     string `json:"lang,omitempty"` // BCP 47; empty: bilingual, Chinese first
	// DedupeKey, when set, makes the alert once-only per channel: raising
	// it again (a redelivered webhook, a second replica) adds nothing.
	DedupeKey string `json:"dedupe_key,omitempty"`
}

// DefaultSeverity is the severity of an alert kind when none is given.
func DefaultSeverity(kind string) string {
	switch kind {
	case AlertDisputeNew:
		return SeverityCritical
	case AlertDailyDigest:
		return SeverityInfo
	}
	return SeverityWarning
}

// Validate checks and normalises an alert before it is queued.
func (a *Alert) Validate() error {
	a.Title = strings.TrimSpace(a.Title)
	if a.Severity == "" {
		a.Severity = DefaultSeverity(a.Kind)
	}
	if err := firstErr(
		checkIn("kind", a.Kind, AlertKinds),
		checkIn("severity", a.Severity, AlertSeverities),
		checkText("title", a.Title, MaxAlertTitleLen, true),
		checkText("text", a.Text, MaxAlertTextLen, false),
		checkLanguage("lang", a.Lang),
		checkText("dedupe_key", a.DedupeKey, 200, false),
	); err != nil {
		return err
	}
	if a.StoreID < 0 {
		return Invalid("store_id", "store_id must be a store id, or 0")
	}
	if a.TicketID < 0 {
		return Invalid("ticket_id", "ticket_id must be a ticket id, or 0")
	}
	if a.URL != "" {
		u, err := url.Parse(a.URL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil || len(a.URL) > 2000 {
			return Invalid("url", "url must be an absolute http(s) link to kefu, e.g. https://kefu.example.com/tickets/42")
		}
	}
	return nil
}

// AlertDelivery is one alert on one channel: queued until sent, retried
// with backoff, failed for good after a permanent error.
type AlertDelivery struct {
	ID          int64  `json:"id"`
	ChannelID   int64  `json:"channel_id"`
	ChannelType string `json:"channel_type"`
	ChannelName string `json:"channel_name"`
	Alert       Alert  `json:"alert"`
	Status      string `json:"status"`
	Attempts    int    `json:"attempts"` // sends tried, including the one that succeeded
	LastError   string `json:"last_error,omitempty"`
	// ProviderCode is the robot's own answer code (WeCom/DingTalk errcode,
	// Feishu code) or the SMTP reply code; 0 when there was none.
	ProviderCode  int        `json:"provider_code,omitempty"`
	NextAttemptAt *time.Time `json:"next_attempt_at,omitempty"` // while queued
	SentAt        *time.Time `json:"sent_at,omitempty"`
	CreatedAt     time.Time  `json:"created_at"`
	UpdatedAt     time.Time  `json:"updated_at"`
}

// AlertDeliveryFilter selects deliveries, newest first. BeforeID pages:
// pass the smallest id of the previous page.
type AlertDeliveryFilter struct {
	ChannelID int64
	TicketID  int64
	Status    string
	Kind      string
	BeforeID  int64
	Limit     int
}

// Validate checks a filter.
func (f *AlertDeliveryFilter) Validate() error {
	if f.Limit <= 0 {
		f.Limit = 50
	}
	return firstErr(
		checkIn("status", f.Status, []string{"", AlertQueued, AlertSent, AlertFailed}),
		checkIn("kind", f.Kind, append([]string{""}, AlertKinds...)),
	)
}

// AlertOutcome is what became of one claimed delivery.
type AlertOutcome struct {
	Status string // AlertSent, AlertFailed, or AlertQueued to try again at RetryAt
	// Attempted counts the send as an attempt; a delivery held back by
	// the channel's rate limit was not attempted.
	Attempted    bool
	Error        string
	ProviderCode int
	RetryAt      *time.Time
}

// AlertSendResult is a provider's answer to one send, as the channel test
// shows it: {"ok":false,"status":200,"provider_code":93000,"message":"invalid webhook url"}.
type AlertSendResult struct {
	OK           bool   `json:"ok"`
	Status       int    `json:"status"`        // HTTP status; 0 when there was no HTTP answer (network, SMTP)
	ProviderCode int    `json:"provider_code"` // errcode / code / SMTP code; 0 when none
	Message      string `json:"message"`
	// Retryable is false when sending again cannot help (a bad webhook
	// URL or signature): the delivery fails at once.
	Retryable bool `json:"retryable"`
	// RateLimited means the provider refused for now because of its rate
	// limit: the delivery waits RetryAfter without using up an attempt.
	RateLimited bool          `json:"rate_limited,omitempty"`
	RetryAfter  time.Duration `json:"-"`
}

// AlertDigest is what the daily digest counts, for one store or all.
type AlertDigest struct {
	StoreID           int64  `json:"store_id,omitempty"`
	Date              string `json:"date"` // the local date, 2006-01-02
	OpenTickets       int    `json:"open_tickets"`
	BreachedSLA       int    `json:"breached_sla"`       // open tickets past their earliest due time
	DisputesDueSoon   int    `json:"disputes_due_72h"`   // open disputes due within 72 hours
	SuspectedPhishing int    `json:"suspected_phishing"` // tickets flagged today
}

// AlertService keeps alert channels and raises alerts. Channels are for
// admins; RaiseAlert is for whatever notices something (ingest, rules,
// SLA timers) and only writes rows, so a broken robot never slows it.
type AlertService interface {
	CreateAlertChannel(ctx context.Context, c *AlertChannel) error
	FindAlertChannel(ctx context.Context, id int64) (*AlertChannel, error)
	// ListAlertChannels returns every channel, by id.
	ListAlertChannels(ctx context.Context) ([]*AlertChannel, error)
	UpdateAlertChannel(ctx context.Context, id int64, u AlertChannelUpdate) (*AlertChannel, error)
	// DeleteAlertChannel removes a channel and its delivery history.
	DeleteAlertChannel(ctx context.Context, id int64) error
	// RaiseAlert queues a delivery on every enabled channel that takes the
	// alert's kind and store, and returns how many it queued. Inside a
	// Batch it joins the batch's transaction, so an escalation and its
	// alert commit together or not at all.
	RaiseAlert(ctx context.Context, a *Alert) (int, error)
	ListAlertDeliveries(ctx context.Context, f AlertDeliveryFilter) ([]*AlertDelivery, error)
}

// AlertQueue is the dispatcher's side of the deliveries.
type AlertQueue interface {
	// ClaimAlertDeliveries takes up to limit due queued deliveries and
	// hides them from other dispatchers for lease, so two replicas never
	// send one twice while the first is alive.
	ClaimAlertDeliveries(ctx context.Context, limit int, lease time.Duration) ([]*AlertDelivery, error)
	RecordAlertDelivery(ctx context.Context, id int64, o AlertOutcome) error
	// EnqueueAlert queues a for one channel; with a DedupeKey already used
	// on that channel it reports false and adds nothing.
	EnqueueAlert(ctx context.Context, channelID int64, a *Alert) (bool, error)
	// AlertDigestCounts counts for the digest of one store (0: all) at now;
	// dayStart is the local midnight that starts "today".
	AlertDigestCounts(ctx context.Context, storeID int64, now, dayStart time.Time) (*AlertDigest, error)
}

// checkIn validates a value against a list of strings.
func checkIn(field, value string, allowed []string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	var shown []string
	for _, a := range allowed {
		if a != "" {
			shown = append(shown, a)
		}
	}
	return Invalid(field, "%s must be one of %s", field, strings.Join(shown, ", "))
}
