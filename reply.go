package kefu

import (
	"context"
	"regexp"
	"strings"
	"time"
)

// SavedReply is a template an agent starts a reply from. Body may hold
// variables such as {{order_number}} that are filled from the ticket when
// the reply is inserted. A reply belongs to one language and, optionally,
// one store (0: every store).
type SavedReply struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Language  string    `json:"language"` // BCP 47 base language, e.g. en, zh
	StoreID   int64     `json:"store_id,omitempty"`
	Body      string    `json:"body"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ReplyVariables are the variables a saved reply may use.
var ReplyVariables = []Label{
	{"buyer_name", "买家姓名", "Buyer name"},
	{"order_number", "订单号", "Order number"},
	{"tracking_number", "运单号", "Tracking number"},
	{"carrier", "承运商", "Carrier"},
	{"tracking_link", "物流跟踪链接", "Tracking link"},
	{"store_name", "店铺名称", "Store name"},
	{"agent_name", "客服姓名", "Agent name"},
	{"case_id", "纠纷编号", "Case id"},
}

var replyVariable = regexp.MustCompile(`\{\{\s*([a-z_]+)\s*\}\}`)

// Validate checks a saved reply: a name, a language, a body of text whose
// variables are all known.
func (r *SavedReply) Validate() error {
	r.Name = strings.TrimSpace(r.Name)
	r.Language = strings.TrimSpace(r.Language)
	if err := firstErr(
		checkText("name", r.Name, MaxNameLen, true),
		checkText("body", r.Body, 64<<10, true),
	); err != nil {
		return err
	}
	if r.Language == "" {
		return Invalid("language", "language is required, e.g. en or zh")
	}
	if err := checkLanguage("language", r.Language); err != nil {
		return err
	}
	if r.StoreID < 0 {
		return Invalid("store_id", "store_id must be a store id, or 0 for every store")
	}
	for _, m := range replyVariable.FindAllStringSubmatch(r.Body, -1) {
		if !hasLabel(ReplyVariables, m[1]) {
			return Invalid("body", "unknown variable {{%s}}; known: %s", m[1], strings.Join(labelIDs(ReplyVariables), ", "))
		}
	}
	return nil
}

// Render fills the body's variables from vars. A variable without a value
// stays as written, so the agent sees what still needs filling in.
func (r *SavedReply) Render(vars map[string]string) string {
	return replyVariable.ReplaceAllStringFunc(r.Body, func(m string) string {
		name := replyVariable.FindStringSubmatch(m)[1]
		if v := vars[name]; v != "" {
			return v
		}
		return m
	})
}

// ReplyFilter selects saved replies; zero fields match everything. A
// store filter also returns the replies for every store.
type ReplyFilter struct {
	StoreID  int64
	Language string
}

// ReplyService manages saved replies. Everyone who reads tickets may list
// them; admins and supervisors change them.
type ReplyService interface {
	CreateReply(ctx context.Context, r *SavedReply) error
	FindReply(ctx context.Context, id int64) (*SavedReply, error)
	ListReplies(ctx context.Context, f ReplyFilter) ([]*SavedReply, error)
	UpdateReply(ctx context.Context, r *SavedReply) error
	DeleteReply(ctx context.Context, id int64) error
}
