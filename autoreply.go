package kefu

import (
	"context"
	"regexp"
	"strings"
	"time"
)

// JobAutoReply is the job kind of a delayed auto-reply. Its DedupeKey is
// "autoreply:<rule>:<ticket>"; storage cancels a ticket's pending ones
// when a person replies first.
const JobAutoReply = "auto_reply"

// AutoReplyTemplate is the text a rule's auto_reply action sends, for one
// buyer intent (empty: any, chosen by name) and language, for one store
// or all (StoreID 0). Body holds variables such as {{order_number}}; a
// variable may give a fallback for when the ticket has no value:
// {{tracking_number | not shipped yet}}. Without a value or fallback the
// auto-reply is not sent: a buyer never sees a raw {{variable}}.
type AutoReplyTemplate struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Intent    string    `json:"intent,omitempty"`
	Language  string    `json:"language"`
	StoreID   int64     `json:"store_id,omitempty"`
	Body      string    `json:"body"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// AutoReplyVariables are the variables an auto-reply template may use.
var AutoReplyVariables = []Label{
	{"order_number", "订单号", "Order number"},
	{"tracking_number", "运单号", "Tracking number"},
	{"carrier", "承运商", "Carrier"},
	{"tracking_link", "物流跟踪链接", "Tracking link"},
	{"expected_delivery", "预计送达", "Expected delivery"},
	{"refund_status", "退款状态", "Refund status"},
	{"buyer_name", "买家姓名", "Buyer name"},
	{"store_name", "店铺名称", "Store name"},
}

// MaxAutoReplyBody bounds a template's body.
const MaxAutoReplyBody = 8 << 10

// templateVariable is one {{ name }} or {{ name | fallback }}.
var templateVariable = regexp.MustCompile(`\{\{\s*([A-Za-z0-9_.-]*)\s*(?:\|([^{}]*))?\}\}`)

// Validate checks and normalises a template: a name, a language, a known
// intent if any, and a body whose every {{…}} is a known variable.
func (t *AutoReplyTemplate) Validate() error {
	t.Name = strings.TrimSpace(t.Name)
	t.Language = strings.ToLower(strings.TrimSpace(t.Language))
	t.Intent = strings.TrimSpace(t.Intent)
	if err := firstErr(
		checkText("name", t.Name, MaxNameLen, true),
		checkText("body", t.Body, MaxAutoReplyBody, true),
		checkOneOf("intent", t.Intent, Intents, false),
	); err != nil {
		return err
	}
	if t.Language == "" {
		return Invalid("language", "language is required, e.g. en or zh")
	}
	if err := checkLanguage("language", t.Language); err != nil {
		return err
	}
	if t.StoreID < 0 {
		return Invalid("store_id", "store_id must be a store id, or 0 for every store")
	}
	return checkTemplateBody("body", t.Body)
}

// checkTemplateBody finds every {{…}} of body and refuses unknown
// variables, broken braces and fallbacks that are too long.
func checkTemplateBody(field, body string) error {
	known := labelIDs(AutoReplyVariables)
	for i := 0; i < len(body); {
		open := strings.Index(body[i:], "{{")
		if open < 0 {
			break
		}
		open += i
		end := strings.Index(body[open:], "}}")
		if end < 0 {
			return Invalid(field, "%s: {{ at byte %d is never closed with }}", field, open)
		}
		end += open + 2
		m := templateVariable.FindStringSubmatch(body[open:end])
		if m == nil || len(m[0]) != end-open {
			return Invalid(field, "%s: %q at byte %d is not a variable; write {{name}} or {{name | fallback}}", field, body[open:end], open)
		}
		if !hasLabel(AutoReplyVariables, m[1]) {
			name := m[1]
			if name == "" {
				return Invalid(field, "%s: empty variable {{}} at byte %d; known: %s", field, open, strings.Join(known, ", "))
			}
			return Invalid(field, "%s: unknown variable {{%s}} at byte %d%s; known: %s", field, name, open, suggest(name, known), strings.Join(known, ", "))
		}
		if len(m[2]) > MaxNameLen {
			return Invalid(field, "%s: the fallback of {{%s}} at byte %d is longer than %d bytes", field, m[1], open, MaxNameLen)
		}
		i = end
	}
	return nil
}

// Render fills the body's variables from vars. literal escapes the
// template's own text and value each variable's value (or fallback) for
// the channel the reply goes to; nil leaves them as they are. missing
// lists the variables that had neither a value nor a fallback; they are
// left out of the text, which must then not be sent.
func (t *AutoReplyTemplate) Render(vars map[string]string, literal, value func(string) string) (text string, missing []string) {
	if literal == nil {
		literal = func(s string) string { return s }
	}
	if value == nil {
		value = func(s string) string { return s }
	}
	var b strings.Builder
	last := 0
	for _, loc := range templateVariable.FindAllStringSubmatchIndex(t.Body, -1) {
		b.WriteString(literal(t.Body[last:loc[0]]))
		last = loc[1]
		name := t.Body[loc[2]:loc[3]]
		v := strings.TrimSpace(vars[name])
		if v == "" && loc[4] >= 0 {
			v = strings.TrimSpace(t.Body[loc[4]:loc[5]])
		}
		if v == "" {
			missing = append(missing, name)
			continue
		}
		b.WriteString(value(v))
	}
	b.WriteString(literal(t.Body[last:]))
	return b.String(), missing
}

// AutoReplyFilter selects templates; zero fields match everything. A
// store filter also returns the templates for every store.
type AutoReplyFilter struct {
	StoreID  int64
	Intent   string
	Language string
	Name     string
}

// AutoReplyService manages auto-reply templates. Admins change them;
// everyone who reads tickets may read them.
type AutoReplyService interface {
	CreateAutoReplyTemplate(ctx context.Context, t *AutoReplyTemplate) error
	FindAutoReplyTemplate(ctx context.Context, id int64) (*AutoReplyTemplate, error)
	ListAutoReplyTemplates(ctx context.Context, f AutoReplyFilter) ([]*AutoReplyTemplate, error)
	// UpdateAutoReplyTemplate replaces the fields of template t.ID.
	UpdateAutoReplyTemplate(ctx context.Context, t *AutoReplyTemplate) error
	DeleteAutoReplyTemplate(ctx context.Context, id int64) error
}

// AutoReplyState is where a rule's one auto-reply on a ticket stands. It
// is claimed (Status OutcomeScheduled) before the reply is sent or
// scheduled, so no second worker or second event sends another; then it
// becomes done (sent), blocked, undeliverable, skipped or cancelled.
type AutoReplyState struct {
	RuleID      int64     `json:"rule_id"`
	TicketID    int64     `json:"ticket_id"`
	FiringID    int64     `json:"firing_id,omitempty"`
	ActionIndex int       `json:"action_index"`
	Status      string    `json:"status"`
	MessageID   int64     `json:"message_id,omitempty"` // the auto-reply, once written
	Detail      string    `json:"detail,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}
