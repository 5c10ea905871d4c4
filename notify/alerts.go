package notify

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// The alerts kefu raises, written in Chinese and English: each fact is a
// line in Chinese followed by its English, labels are "中文 English".
// Times are UTC and say so. Buyer text (subjects, reasons) is quoted as
// is: the channels escape it.

// TicketURL is the ticket's page in kefu's web UI.
func TicketURL(baseURL string, ticketID int64) string {
	if baseURL == "" {
		return ""
	}
	return strings.TrimSuffix(baseURL, "/") + "/tickets/" + strconv.FormatInt(ticketID, 10)
}

// DisputeAlert tells of a new payment dispute or chargeback on a ticket.
// It is raised once per dispute, whoever raises it.
func DisputeAlert(t *kefu.Ticket, d *kefu.Dispute, baseURL string) *kefu.Alert {
	amount := Money(d.AmountMinor, d.Currency)
	lines := []string{
		"收到新的支付争议，请在截止时间前提交证据。",
		"A new payment dispute arrived: submit evidence before the deadline.",
		"金额 Amount: " + amount,
	}
	if reason := strings.TrimSpace(d.Reason + " " + d.NetworkReasonCode); reason != "" {
		lines = append(lines, "原因 Reason: "+reason)
	}
	if d.DueBy != nil {
		lines = append(lines, "截止 Respond by: "+utc(*d.DueBy))
	}
	lines = append(lines, ticketLine(t))
	return bounded(&kefu.Alert{
		Kind:      kefu.AlertDisputeNew,
		Severity:  kefu.SeverityCritical,
		StoreID:   t.StoreID,
		TicketID:  t.ID,
		Title:     fmt.Sprintf("新支付争议 New dispute · %s %s", d.Provider, amount),
		Text:      strings.Join(lines, "\n"),
		URL:       TicketURL(baseURL, t.ID),
		DedupeKey: "dispute:" + d.Provider + ":" + d.ExternalID,
	})
}

// PhishingAlert warns that a ticket's message looks like phishing.
func PhishingAlert(t *kefu.Ticket, baseURL string) *kefu.Alert {
	return bounded(&kefu.Alert{
		Kind:     kefu.AlertSuspectedPhishing,
		Severity: kefu.SeverityWarning,
		StoreID:  t.StoreID,
		TicketID: t.ID,
		Title:    "疑似钓鱼 Suspected phishing: " + t.Subject,
		Text: strings.Join([]string{
			"这封消息疑似钓鱼：不要点击其中的链接，不要提供账号、密码或验证码。",
			"This message looks like phishing: do not open its links or give out account details, passwords or codes.",
			ticketLine(t),
		}, "\n"),
		URL:       TicketURL(baseURL, t.ID),
		DedupeKey: "phishing:" + strconv.FormatInt(t.ID, 10),
	})
}

// RiskAlert tells that a rule flagged a risk on a ticket (fraud, policy,
// account health).
func RiskAlert(t *kefu.Ticket, reason string, baseURL string) *kefu.Alert {
	lines := []string{"规则标记了风险，请核查。", "A rule flagged a risk: please review."}
	if reason != "" {
		lines = append(lines, "原因 Reason: "+reason)
	}
	lines = append(lines, ticketLine(t))
	return bounded(&kefu.Alert{
		Kind:     kefu.AlertRiskFlag,
		Severity: kefu.SeverityWarning,
		StoreID:  t.StoreID,
		TicketID: t.ID,
		Title:    "风险提示 Risk flag: " + t.Subject,
		Text:     strings.Join(lines, "\n"),
		URL:      TicketURL(baseURL, t.ID),
	})
}

// DigestAlert is the morning summary of d.
func DigestAlert(d *kefu.AlertDigest, baseURL string) *kefu.Alert {
	link := ""
	if baseURL != "" {
		link = strings.TrimSuffix(baseURL, "/") + "/"
	}
	return bounded(&kefu.Alert{
		Kind:     kefu.AlertDailyDigest,
		Severity: kefu.SeverityInfo,
		StoreID:  d.StoreID,
		Title:    "每日摘要 Daily digest " + d.Date,
		Text: strings.Join([]string{
			fmt.Sprintf("未解决工单 Open tickets: %d", d.OpenTickets),
			fmt.Sprintf("已超时 Past SLA: %d", d.BreachedSLA),
			fmt.Sprintf("72 小时内到期的争议 Disputes due within 72 h: %d", d.DisputesDueSoon),
			fmt.Sprintf("今日疑似钓鱼 Suspected phishing today: %d", d.SuspectedPhishing),
		}, "\n"),
		URL:       link,
		DedupeKey: "digest:" + d.Date,
	})
}

// TestAlert is what the channel test sends.
func TestAlert(baseURL string) *kefu.Alert {
	link := ""
	if baseURL != "" {
		link = strings.TrimSuffix(baseURL, "/") + "/"
	}
	return bounded(&kefu.Alert{
		Kind:     kefu.AlertRiskFlag,
		Severity: kefu.SeverityInfo,
		Title:    "kefu 测试消息 Test alert",
		Text:     "告警渠道已连通。\nThe alert channel works.",
		URL:      link,
	})
}

// bounded cuts an alert's title and text to what Alert.Validate takes:
// a subject may be longer than a title.
func bounded(a *kefu.Alert) *kefu.Alert {
	a.Title = truncateBytes(oneLine(a.Title), kefu.MaxAlertTitleLen)
	a.Text = truncateBytes(a.Text, kefu.MaxAlertTextLen)
	return a
}

func ticketLine(t *kefu.Ticket) string {
	return fmt.Sprintf("工单 Ticket #%d: %s", t.ID, t.Subject)
}

func utc(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") + " UTC" }

// minorDigits is the ISO 4217 exponent of currencies where it is not 2.
var minorDigits = map[string]int{
	"BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
	"RWF": 0, "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
	"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}

// Money formats an amount in minor units, e.g. "USD 49.99", "JPY 5000".
func Money(minor int64, currency string) string {
	digits, ok := minorDigits[currency]
	if !ok {
		digits = 2
	}
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	s := strconv.FormatInt(minor, 10)
	if digits > 0 {
		for len(s) <= digits {
			s = "0" + s
		}
		s = s[:len(s)-digits] + "." + s[len(s)-digits:]
	}
	return strings.TrimSpace(currency + " " + sign + s)
}

// Raiser raises kefu's alerts through an AlertService with links to
// kefu's web UI. Ingest, rules and SLA timers call it with the context of
// their transaction (a Batch), so the alert commits with what caused it.
type Raiser struct {
	Alerts  kefu.AlertService
	BaseURL string
}

// Phishing raises PhishingAlert.
func (r *Raiser) Phishing(ctx context.Context, t *kefu.Ticket) error {
	_, err := r.Alerts.RaiseAlert(ctx, PhishingAlert(t, r.BaseURL))
	return err
}
