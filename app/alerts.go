package app

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"kefu"
	"kefu/notify"
)

// newAlerts builds the alert dispatcher. Its base URL is the public URL,
// or the listen URL once Run knows it.
func (a *App) newAlerts() (*notify.Dispatcher, error) {
	schedule, err := DigestSchedule(a.cfg.DigestHour, a.cfg.DigestTZ)
	if err != nil {
		return nil, err
	}
	if err := CheckPublicURL(a.cfg.PublicURL); err != nil {
		return nil, err
	}
	return &notify.Dispatcher{
		Store:   a.db,
		Senders: notify.Senders(notify.NewHTTPClient(), a.alertMail, nil),
		BaseURL: strings.TrimSuffix(a.cfg.PublicURL, "/"),
		Logger:  a.logger,
		Digest:  schedule,
	}, nil
}

// runAlerts sends alert deliveries and queues the daily digest until ctx
// ends.
func (a *App) runAlerts(ctx context.Context) {
	_ = a.alerts.Run(ctx)
}

// AlertRaiser raises kefu's alerts (new disputes, suspected phishing,
// escalations, risk flags) with links to this kefu. Call its methods with
// the context of the transaction that found the reason, so the alert
// commits with it.
func (a *App) AlertRaiser() *notify.Raiser {
	return &notify.Raiser{Alerts: a.db, BaseURL: a.publicURL()}
}

// publicURL is where users reach kefu: the configured public URL, else
// the listen URL ("" before Listen).
func (a *App) publicURL() string {
	if a.cfg.PublicURL != "" {
		return strings.TrimSuffix(a.cfg.PublicURL, "/")
	}
	return a.URL()
}

// alertMail returns the SMTP sender of an email alert channel: its own
// smtp:// URL when it has one, else its store's "smtp" secret.
func (a *App) alertMail(ctx context.Context, ch *kefu.AlertChannel) (notify.MailSender, error) {
	store := &kefu.Store{Slug: "alert-channel-" + strconv.FormatInt(ch.ID, 10), Secrets: kefu.Secrets{SMTPSecret: ch.Secret}}
	if ch.Secret == "" {
		if ch.StoreID == 0 {
			return nil, fmt.Errorf("alert channel %d has no SMTP server: set its secret to smtp://user:password@host:587?from=alerts@example.com", ch.ID)
		}
		var err error
		if store, err = a.db.FindStoreByID(kefu.SystemContext(ctx, "alerts"), ch.StoreID); err != nil {
			return nil, err
		}
	}
	s, err := smtpSenderFor(store)
	if err != nil {
		return nil, err // not a typed nil in the interface
	}
	return s, nil
}

// DigestSchedule checks the digest settings: hour 0–23 in an IANA time
// zone. An empty zone means the default, 09:00 Asia/Shanghai.
func DigestSchedule(hour int, tz string) (notify.DigestSchedule, error) {
	if tz == "" {
		return notify.DigestSchedule{}, nil
	}
	if hour < 0 || hour > 23 {
		return notify.DigestSchedule{}, &ConfigError{Setting: "--digest-hour (KEFU_DIGEST_HOUR)", Value: strconv.Itoa(hour), Want: "an hour from 0 to 23"}
	}
	loc, err := time.LoadLocation(tz)
	if err != nil || tz == "Local" {
		return notify.DigestSchedule{}, &ConfigError{Setting: "--digest-tz (KEFU_DIGEST_TZ)", Value: tz, Want: "an IANA time zone such as Asia/Shanghai or America/New_York"}
	}
	return notify.DigestSchedule{Hour: hour, Location: loc}, nil
}

// CheckPublicURL accepts an empty URL (use the listen address) or an
// absolute http(s) URL without query or fragment, e.g.
// https://kefu.example.com.
func CheckPublicURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return &ConfigError{Setting: "--public-url (KEFU_PUBLIC_URL)", Value: s, Want: "kefu's address as users reach it, such as https://kefu.example.com"}
	}
	return nil
}
