package kefu

import (
	"html"
	"strings"
	"time"

	"github.com/microcosm-cc/bluemonday"
)

// Message directions.
const (
	DirectionInbound  = "inbound"  // from the buyer or a notice sender
	DirectionOutbound = "outbound" // a reply to the buyer
	DirectionNote     = "note"     // internal, never sent
	DirectionSystem   = "system"   // an event such as "dispute opened, due 3 Dec"
)

// Delivery states of outbound messages.
const (
	DeliveryQueued = "queued"
	DeliverySent   = "sent"
	DeliveryFailed = "failed"
)

// Message is one entry of a ticket's conversation. HTML is sanitised with
// an allow-list before it is stored, so nothing stored can run script.
type Message struct {
	ID            int64  `json:"id"`
	TicketID      int64  `json:"ticket_id"`
	Direction     string `json:"direction"`
	Channel       string `json:"channel"`
	ExternalID    string `json:"external_id,omitempty"` // e.g. an email Message-ID
	AuthorUserID  int64  `json:"author_user_id,omitempty"`
	AuthorName    string `json:"author_name,omitempty"`
	Text          string `json:"text"`
	HTML          string `json:"html,omitempty"`
	DeliveryState string `json:"delivery_state,omitempty"`
	Automated     bool   `json:"automated,omitempty"` // sent by a rule; not a human response
	// ComplianceOverride asks to send a reply the compliance guard blocks;
	// honoured for supervisors and admins only, and audit-logged.
	ComplianceOverride bool         `json:"compliance_override,omitempty"`
	Attachments        []Attachment `json:"attachments,omitempty"`
	CreatedAt          time.Time    `json:"created_at"`
}

// Attachment is a file stored content-addressed by its SHA-256.
type Attachment struct {
	ID          int64  `json:"id"`
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
	ContentID   string `json:"content_id,omitempty"` // for inline images
}

var htmlPolicy = newHTMLPolicy()

// newHTMLPolicy allows formatting, links and images but no script, style,
// forms, frames or event handlers; links open safely in a new tab.
func newHTMLPolicy() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AddTargetBlankToFullyQualifiedLinks(true)
	p.RequireNoReferrerOnLinks(true)
	p.AllowURLSchemes("http", "https", "mailto", "cid")
	return p
}

// SanitizeHTML returns html with everything outside the allow-list removed.
func SanitizeHTML(s string) string { return htmlPolicy.Sanitize(s) }

// Validate checks and normalises a new message; HTML is sanitised here so
// that every path into storage gets the same treatment.
func (m *Message) Validate() error {
	if m.Direction == "" {
		m.Direction = DirectionInbound
	}
	if m.Channel == "" {
		m.Channel = "api"
	}
	switch m.Direction {
	case DirectionInbound, DirectionOutbound, DirectionNote, DirectionSystem:
	default:
		return Invalid("direction", "direction must be one of inbound, outbound, note, system")
	}
	switch m.DeliveryState {
	case "", DeliveryQueued, DeliverySent, DeliveryFailed:
	default:
		return Invalid("delivery_state", "delivery_state must be one of queued, sent, failed")
	}
	if err := firstErr(
		checkText("text", m.Text, MaxBodyLen, m.HTML == ""),
		checkText("html", m.HTML, MaxBodyLen, false),
		checkChannel("channel", m.Channel),
		checkText("external_id", m.ExternalID, 500, false),
		checkText("author_name", m.AuthorName, MaxNameLen, false),
	); err != nil {
		return err
	}
	if m.HTML != "" {
		m.HTML = SanitizeHTML(m.HTML)
		if strings.TrimSpace(m.Text) == "" {
			m.Text = html.UnescapeString(bluemonday.StrictPolicy().Sanitize(m.HTML))
		}
	}
	if len(m.Attachments) > 50 {
		return Invalid("attachments", "at most 50 attachments per message")
	}
	for i, a := range m.Attachments {
		if err := firstErr(
			checkText("filename", a.Filename, 255, true),
			checkText("content_type", a.ContentType, 100, false),
			checkText("content_id", a.ContentID, 255, false),
		); err != nil {
			return Invalid("attachments", "attachment %d: %s", i, ErrorMessage(err))
		}
		if len(a.SHA256) != 64 || strings.Trim(a.SHA256, "0123456789abcdef") != "" {
			return Invalid("attachments", "attachment %d: sha256 must be 64 lower-case hex digits", i)
		}
	}
	return nil
}

func checkChannel(field, ch string) error {
	if !slugPattern.MatchString(strings.ReplaceAll(ch, "_", "-")) || len(ch) > 32 {
		return Invalid(field, "%s must be a short identifier such as email, api or shopee_chat", field)
	}
	return nil
}

func checkLanguage(field, lang string) error {
	if lang == "" {
		return nil
	}
	if len(lang) < 2 || len(lang) > 8 || strings.Trim(strings.ToLower(lang), "abcdefghijklmnopqrstuvwxyz-") != "" {
		return Invalid(field, "%s must be a language code such as en, zh or th", field)
	}
	return nil
}
