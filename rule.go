package kefu

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"time"
)

// Rule triggers: which ticket events a rule is evaluated for.
const (
	TriggerTicketCreated = EventTicketCreated // a new live ticket
	TriggerBuyerMessage  = EventBuyerMessage  // a buyer wrote again on an existing ticket
	TriggerBoth          = "both"
)

// Rule is one automation rule: when a ticket event matches all its
// conditions, its actions run in order. Rules run by Position (then id);
// global rules (StoreID 0) and a store's own rules share one order. A rule
// with Stop ends the evaluation when it fires.
type Rule struct {
	ID         int64           `json:"id"`
	Name       string          `json:"name"`
	StoreID    int64           `json:"store_id,omitempty"` // 0: every store
	Position   int             `json:"position"`
	Enabled    bool            `json:"enabled"`
	Trigger    string          `json:"trigger"`
	Conditions []RuleCondition `json:"conditions"`
	Actions    []RuleAction    `json:"actions"`
	Stop       bool            `json:"stop"`
	CreatedAt  time.Time       `json:"created_at"`
	UpdatedAt  time.Time       `json:"updated_at"`
}

// RuleCondition tests one fact of a ticket event. Value's JSON shape
// depends on the field and operator: a string, a number, a list, a pair
// for between, true/false, or nothing for empty/not_empty. Currency
// restricts an amount_minor condition to amounts in that currency.
type RuleCondition struct {
	Field    string          `json:"field"`
	Op       string          `json:"op"`
	Value    json.RawMessage `json:"value,omitempty"`
	Currency string          `json:"currency,omitempty"`
}

// RuleAction is one thing a rule does; Params depend on Type.
type RuleAction struct {
	Type   string          `json:"type"`
	Params json.RawMessage `json:"params,omitempty"`
}

// Limits of one rule. Go's regexp (RE2) runs in linear time whatever the
// pattern, so the pattern length bound is about memory and readability,
// not backtracking.
const (
	MaxRuleConditions = 50
	MaxRuleActions    = 20
	MaxRuleValues     = 200 // items of one list operand
	MaxRulePattern    = 500 // bytes of one regular expression
	MaxRuleKeyword    = 200 // bytes of one keyword or value
	MaxAutoReplyDelay = 7 * 24 * 60 * 60
)

// Condition fields.
const (
	FieldPlatform         = "platform"
	FieldStore            = "store"
	FieldChannel          = "channel"
	FieldIntent           = "intent"
	FieldNoticeKind       = "notice_kind"
	FieldLanguage         = "language"
	FieldCurrency         = "currency"
	FieldSubject          = "subject"
	FieldText             = "text"
	FieldAmount           = "amount_minor"
	FieldReasonCode       = "reason_code"
	FieldCustomerTickets  = "customer.ticket_count"
	FieldCustomerDisputes = "customer.dispute_count"
	FieldBusinessHours    = "business_hours"
	FieldPhishing         = "suspected_phishing"
)

// Condition operators.
const (
	OpEq           = "eq"
	OpNe           = "ne"
	OpIn           = "in"
	OpNotIn        = "not_in"
	OpEmpty        = "empty"
	OpNotEmpty     = "not_empty"
	OpContainsAny  = "contains_any"
	OpContainsAll  = "contains_all"
	OpContainsNone = "contains_none"
	OpMatches      = "matches"
	OpNotMatches   = "not_matches"
	OpGt           = "gt"
	OpGte          = "gte"
	OpLt           = "lt"
	OpLte          = "lte"
	OpBetween      = "between"
	OpIs           = "is"
)

// Rule action types.
const (
	ActionSetPriority = "set_priority"
	ActionAddTags     = "add_tags"
	ActionRemoveTags  = "remove_tags"
	ActionSetTeam     = "set_team"
	ActionAssign      = "assign"
	ActionAutoReply   = "auto_reply"
	ActionTranslate   = "translate"
	ActionNotify      = "notify"
	ActionHold        = "hold"
	ActionEscalate    = "escalate"
)

// Assignment strategies.
const (
	AssignRoundRobin  = "round_robin"
	AssignLeastLoaded = "least_loaded"
)

// fieldKind says what a field's operand looks like.
type fieldKind int

const (
	kindWord   fieldKind = iota // one identifier per ticket: intent, channel …
	kindWords                   // several per ticket: reason codes
	kindID                      // a store id
	kindText                    // free text searched by keyword or pattern
	kindNumber                  // a count
	kindAmount                  // money in minor units, optionally in one currency
	kindBool                    // true or false
	kindHours                   // "in" or "out" of business hours
)

type ruleField struct {
	name  string
	kind  fieldKind
	enum  []Label                         // allowed values, when closed
	check func(field, value string) error // for open vocabularies
	about string
}

// RuleFields are the facts conditions can test, in display order.
var ruleFields = []ruleField{
	{name: FieldPlatform, kind: kindWord, enum: Platforms, about: "the store's platform"},
	{name: FieldStore, kind: kindID, about: "the store id"},
	{name: FieldChannel, kind: kindWord, check: checkChannel, about: "how the ticket came in: email, shopee_chat, stripe …"},
	{name: FieldIntent, kind: kindWord, enum: Intents, about: "the buyer intent"},
	{name: FieldNoticeKind, kind: kindWord, enum: NoticeKinds, about: "the notice kind"},
	{name: FieldLanguage, kind: kindWord, check: checkLanguage, about: "the ticket's language, e.g. en, zh, th"},
	{name: FieldCurrency, kind: kindWord, check: CheckCurrency, about: "the currency of the amount at stake"},
	{name: FieldSubject, kind: kindText, about: "the ticket's subject"},
	{name: FieldText, kind: kindText, about: "the text of the buyer message that triggered the rule"},
	{name: FieldAmount, kind: kindAmount, about: "the amount at stake in minor units (the ticket's, else its order's total)"},
	{name: FieldReasonCode, kind: kindWords, check: checkReasonCode, about: "a dispute's network reason code (e.g. 13.1, 4853) or reason (e.g. fraudulent)"},
	{name: FieldCustomerTickets, kind: kindNumber, about: "the customer's other tickets"},
	{name: FieldCustomerDisputes, kind: kindNumber, about: "the customer's disputes besides this ticket's"},
	{name: FieldBusinessHours, kind: kindHours, about: "whether the event came in or out of the store's business hours"},
	{name: FieldPhishing, kind: kindBool, about: "whether the ticket is flagged as suspected phishing"},
}

// opsByKind lists the operators each kind of field takes.
var opsByKind = map[fieldKind][]string{
	kindWord:   {OpEq, OpNe, OpIn, OpNotIn, OpEmpty, OpNotEmpty},
	kindWords:  {OpEq, OpNe, OpIn, OpNotIn, OpEmpty, OpNotEmpty},
	kindID:     {OpEq, OpNe, OpIn, OpNotIn},
	kindText:   {OpContainsAny, OpContainsAll, OpContainsNone, OpMatches, OpNotMatches},
	kindNumber: {OpEq, OpNe, OpGt, OpGte, OpLt, OpLte, OpBetween},
	kindAmount: {OpEq, OpNe, OpGt, OpGte, OpLt, OpLte, OpBetween},
	kindBool:   {OpIs},
	kindHours:  {OpIs},
}

// RuleFieldNames lists the fields conditions can test.
func RuleFieldNames() []string {
	names := make([]string, len(ruleFields))
	for i, f := range ruleFields {
		names[i] = f.name
	}
	return names
}

func findRuleField(name string) (ruleField, bool) {
	for _, f := range ruleFields {
		if f.name == name {
			return f, true
		}
	}
	return ruleField{}, false
}

func checkReasonCode(field, v string) error { return checkText(field, v, 50, true) }

// ParsedCondition is a condition decoded for evaluation: exactly the
// operands its operator needs are set.
type ParsedCondition struct {
	Field    string
	Op       string
	Words    []string       // eq/ne (one), in/not_in, contains_*: as written, trimmed
	IDs      []int64        // store conditions
	Min, Max int64          // number and amount operands; eq/ne/gt… use Min
	Pattern  *regexp.Regexp // matches, not_matches
	Bool     bool           // is: true for suspected_phishing true or business_hours "in"
	Currency string         // amount_minor only; "" for any currency
}

// ruleError is a validation failure at a path inside a rule; its message
// names the path so that it reads on its own.
func ruleError(path, format string, args ...any) *Error {
	return Invalid(path, "%s: %s", path, fmt.Sprintf(format, args...))
}

// Parse decodes and checks a condition. Error fields are relative to
// the condition ("field", "value.2"); Rule.Validate prefixes them.
func (c RuleCondition) Parse() (ParsedCondition, error) {
	p := ParsedCondition{Field: c.Field, Op: c.Op}
	f, ok := findRuleField(c.Field)
	if !ok {
		return p, ruleError("field", "unknown field %q%s; known: %s", c.Field, suggest(c.Field, RuleFieldNames()), strings.Join(RuleFieldNames(), ", "))
	}
	ops := opsByKind[f.kind]
	if !slices.Contains(ops, c.Op) {
		if c.Op == "" {
			return p, ruleError("op", "op is required; %s takes %s", c.Field, strings.Join(ops, ", "))
		}
		return p, ruleError("op", "%s does not take op %q%s; it takes %s", c.Field, c.Op, suggest(c.Op, ops), strings.Join(ops, ", "))
	}
	if c.Currency != "" {
		if f.kind != kindAmount {
			return p, ruleError("currency", "currency applies to %s conditions only", FieldAmount)
		}
		if err := CheckCurrency("currency", c.Currency); err != nil {
			return p, ruleError("currency", "%s", ErrorMessage(err))
		}
		p.Currency = c.Currency
	}
	value := bytes.TrimSpace(c.Value)
	hasValue := len(value) > 0 && !bytes.Equal(value, []byte("null"))
	if c.Op == OpEmpty || c.Op == OpNotEmpty {
		if hasValue {
			return p, ruleError("value", "op %s takes no value", c.Op)
		}
		return p, nil
	}
	if !hasValue {
		return p, ruleError("value", "value is required for %s %s; %s", c.Field, c.Op, valueShape(f, c.Op))
	}
	var err error
	switch f.kind {
	case kindWord, kindWords:
		p.Words, err = parseWords(f, c.Op, value)
	case kindID:
		p.IDs, err = parseIDs(c.Op, value)
	case kindText:
		if c.Op == OpMatches || c.Op == OpNotMatches {
			p.Pattern, err = parsePattern(value)
		} else {
			p.Words, err = parseKeywords(value)
		}
	case kindNumber, kindAmount:
		p.Min, p.Max, err = parseNumbers(c.Op, value)
	case kindBool:
		if err = json.Unmarshal(value, &p.Bool); err != nil {
			err = ruleError("value", "%s takes true or false", c.Field)
		}
	case kindHours:
		var s string
		if json.Unmarshal(value, &s) != nil || (s != "in" && s != "out") {
			err = ruleError("value", `%s takes "in" or "out"`, c.Field)
		}
		p.Bool = s == "in"
	}
	return p, err
}

// valueShape describes the value an operator wants, for error messages.
func valueShape(f ruleField, op string) string {
	switch {
	case op == OpIn || op == OpNotIn:
		return "give a list such as [\"a\", \"b\"]"
	case op == OpBetween:
		return "give [min, max]"
	case op == OpMatches || op == OpNotMatches:
		return "give a regular expression"
	case f.kind == kindText:
		return "give a list of keywords"
	case f.kind == kindNumber || f.kind == kindAmount || f.kind == kindID:
		return "give a number"
	case f.kind == kindBool:
		return "give true or false"
	case f.kind == kindHours:
		return `give "in" or "out"`
	}
	return "give a string"
}

func parseWords(f ruleField, op string, value json.RawMessage) ([]string, error) {
	var words []string
	if op == OpEq || op == OpNe {
		var s string
		if json.Unmarshal(value, &s) != nil {
			return nil, ruleError("value", "%s %s takes one string", f.name, op)
		}
		words = []string{s}
	} else if json.Unmarshal(value, &words) != nil {
		return nil, ruleError("value", "%s %s takes a list of strings", f.name, op)
	} else if len(words) == 0 || len(words) > MaxRuleValues {
		return nil, ruleError("value", "give 1–%d values", MaxRuleValues)
	}
	for i, w := range words {
		path := "value"
		if op != OpEq && op != OpNe {
			path = fmt.Sprintf("value.%d", i)
		}
		w = strings.TrimSpace(w)
		words[i] = w
		switch {
		case f.enum != nil:
			if !hasLabel(f.enum, w) {
				ids := labelIDs(f.enum)
				return nil, ruleError(path, "unknown %s %q%s; known: %s", f.name, w, suggest(w, ids), strings.Join(ids, ", "))
			}
		case f.check != nil:
			if err := f.check(f.name, w); err != nil {
				return nil, ruleError(path, "%s", ErrorMessage(err))
			}
		}
	}
	return words, nil
}

func parseIDs(op string, value json.RawMessage) ([]int64, error) {
	var ids []int64
	if op == OpEq || op == OpNe {
		var id int64
		if json.Unmarshal(value, &id) != nil {
			return nil, ruleError("value", "store %s takes one store id", op)
		}
		ids = []int64{id}
	} else if json.Unmarshal(value, &ids) != nil || len(ids) == 0 || len(ids) > MaxRuleValues {
		return nil, ruleError("value", "store %s takes a list of 1–%d store ids", op, MaxRuleValues)
	}
	for i, id := range ids {
		if id <= 0 {
			path := "value"
			if op != OpEq && op != OpNe {
				path = fmt.Sprintf("value.%d", i)
			}
			return nil, ruleError(path, "%d is not a store id", id)
		}
	}
	return ids, nil
}

func parseKeywords(value json.RawMessage) ([]string, error) {
	var words []string
	if json.Unmarshal(value, &words) != nil {
		return nil, ruleError("value", "give a list of keywords, e.g. [\"where is my order\", \"物流\"]")
	}
	if len(words) == 0 || len(words) > MaxRuleValues {
		return nil, ruleError("value", "give 1–%d keywords", MaxRuleValues)
	}
	for i, w := range words {
		w = strings.TrimSpace(w)
		if err := checkText("keyword", w, MaxRuleKeyword, true); err != nil {
			return nil, ruleError(fmt.Sprintf("value.%d", i), "keyword must be 1–%d bytes of text", MaxRuleKeyword)
		}
		words[i] = w
	}
	return words, nil
}

// parsePattern compiles a regular expression. RE2 cannot backtrack, so
// there is no catastrophic pattern to refuse; length is bounded, and a
// pattern that does not compile is refused with where it goes wrong.
func parsePattern(value json.RawMessage) (*regexp.Regexp, error) {
	var src string
	if json.Unmarshal(value, &src) != nil {
		return nil, ruleError("value", "give a regular expression as a string")
	}
	if err := checkText("value", src, MaxRulePattern, true); err != nil {
		return nil, ruleError("value", "a pattern must be 1–%d bytes", MaxRulePattern)
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, ruleError("value", "%s", describeRegexpError(src, err))
	}
	return re, nil
}

// describeRegexpError says what is wrong with a pattern and at which byte
// offset, as far as the parser tells.
func describeRegexpError(src string, err error) string {
	se, ok := err.(*syntax.Error)
	if !ok {
		return "pattern does not compile: " + err.Error()
	}
	msg := fmt.Sprintf("pattern does not compile: %s", se.Code)
	if se.Expr != "" && se.Expr != src {
		if i := strings.Index(src, se.Expr); i >= 0 {
			return fmt.Sprintf("%s at byte %d: `%s`", msg, i, se.Expr)
		}
	}
	if se.Expr != "" {
		return fmt.Sprintf("%s: `%s`", msg, se.Expr)
	}
	return msg
}

func parseNumbers(op string, value json.RawMessage) (lo, hi int64, err error) {
	if op == OpBetween {
		var pair []int64
		if json.Unmarshal(value, &pair) != nil || len(pair) != 2 {
			return 0, 0, ruleError("value", "between takes [min, max], two integers")
		}
		if pair[0] < 0 || pair[1] < pair[0] {
			return 0, 0, ruleError("value", "between needs 0 ≤ min ≤ max, got [%d, %d]", pair[0], pair[1])
		}
		return pair[0], pair[1], nil
	}
	var n float64
	if json.Unmarshal(value, &n) != nil || n != math.Trunc(n) || n < 0 || n > math.MaxInt64/2 {
		return 0, 0, ruleError("value", "%s takes a whole number ≥ 0 (amounts in minor units: 1999 for 19.99)", op)
	}
	return int64(n), int64(n), nil
}

// ActionParams are the parameters of every action type; each type uses
// a few (see actionParams).
type ActionParams struct {
	Priority     string   `json:"priority,omitempty"`      // set_priority
	Tags         []string `json:"tags,omitempty"`          // add_tags, remove_tags
	Team         string   `json:"team,omitempty"`          // set_team; assign: only members of this team
	Strategy     string   `json:"strategy,omitempty"`      // assign: round_robin or least_loaded
	UserID       int64    `json:"user_id,omitempty"`       // assign: this user
	Template     string   `json:"template,omitempty"`      // auto_reply: template name; default by intent
	DelaySeconds int      `json:"delay_seconds,omitempty"` // auto_reply: wait, cancelled by an agent's reply
	To           string   `json:"to,omitempty"`            // translate: target language
	Message      string   `json:"message,omitempty"`       // notify, escalate: text of the alert
	Severity     string   `json:"severity,omitempty"`      // notify: info, warning or critical
	Kind         string   `json:"kind,omitempty"`          // notify: alert kind, default risk_flag
}

// actionParams lists the parameters each action type takes; required ones
// are marked with a trailing "!".
var actionParams = map[string][]string{
	ActionSetPriority: {"priority!"},
	ActionAddTags:     {"tags!"},
	ActionRemoveTags:  {"tags!"},
	ActionSetTeam:     {"team!"},
	ActionAssign:      {"strategy", "team", "user_id"},
	ActionAutoReply:   {"delay_seconds", "template"},
	ActionTranslate:   {"to!"},
	ActionNotify:      {"kind", "message", "severity"},
	ActionHold:        {},
	ActionEscalate:    {"message"},
}

// RuleActionTypes lists the action types, sorted.
func RuleActionTypes() []string {
	types := make([]string, 0, len(actionParams))
	for t := range actionParams {
		types = append(types, t)
	}
	slices.Sort(types)
	return types
}

// Parse decodes and checks an action's parameters. Error fields are
// relative to the action ("params.delay_seconds").
func (a RuleAction) Parse() (ActionParams, error) {
	var p ActionParams
	spec, ok := actionParams[a.Type]
	if !ok {
		types := RuleActionTypes()
		if a.Type == "" {
			return p, ruleError("type", "type is required; one of %s", strings.Join(types, ", "))
		}
		return p, ruleError("type", "unknown action %q%s; known: %s", a.Type, suggest(a.Type, types), strings.Join(types, ", "))
	}
	known := make([]string, len(spec))
	for i, name := range spec {
		known[i] = strings.TrimSuffix(name, "!")
	}
	raw := map[string]json.RawMessage{}
	if params := bytes.TrimSpace(a.Params); len(params) > 0 && !bytes.Equal(params, []byte("null")) {
		if err := json.Unmarshal(params, &raw); err != nil {
			return p, ruleError("params", "params must be an object")
		}
	}
	names := make([]string, 0, len(raw))
	for name := range raw {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if !slices.Contains(known, name) {
			list := "none"
			if len(known) > 0 {
				list = strings.Join(known, ", ")
			}
			return p, ruleError("params."+name, "unknown parameter %q for %s%s; known: %s", name, a.Type, suggest(name, known), list)
		}
		if err := json.Unmarshal(raw[name], paramTarget(&p, name)); err != nil {
			return p, ruleError("params."+name, "%s must be %s", name, paramShape(name))
		}
	}
	for _, name := range spec {
		if req, ok := strings.CutSuffix(name, "!"); ok {
			if _, given := raw[req]; !given {
				return p, ruleError("params."+req, "%s needs params.%s", a.Type, req)
			}
		}
	}
	return p, p.check(a.Type)
}

func paramTarget(p *ActionParams, name string) any {
	switch name {
	case "priority":
		return &p.Priority
	case "tags":
		return &p.Tags
	case "team":
		return &p.Team
	case "strategy":
		return &p.Strategy
	case "user_id":
		return &p.UserID
	case "template":
		return &p.Template
	case "delay_seconds":
		return &p.DelaySeconds
	case "to":
		return &p.To
	case "message":
		return &p.Message
	case "severity":
		return &p.Severity
	case "kind":
		return &p.Kind
	}
	panic("kefu: no action parameter " + name)
}

func paramShape(name string) string {
	switch name {
	case "tags":
		return "a list of strings"
	case "user_id":
		return "a user id"
	case "delay_seconds":
		return "a whole number of seconds"
	}
	return "a string"
}

// check validates the values of the parameters an action type uses.
func (p *ActionParams) check(typ string) error {
	p.Team, p.Template, p.Message = strings.TrimSpace(p.Team), strings.TrimSpace(p.Template), strings.TrimSpace(p.Message)
	switch typ {
	case ActionSetPriority:
		if !IsPriority(p.Priority) {
			return ruleError("params.priority", "priority must be one of %s", strings.Join(labelIDs(Priorities), ", "))
		}
	case ActionAddTags, ActionRemoveTags:
		tags, err := NormalizeTags(p.Tags)
		if err != nil {
			return ruleError("params.tags", "%s", ErrorMessage(err))
		}
		if len(tags) == 0 {
			return ruleError("params.tags", "give at least one tag")
		}
		p.Tags = tags
	case ActionSetTeam:
		if err := checkText("team", p.Team, MaxNameLen, true); err != nil {
			return ruleError("params.team", "%s", ErrorMessage(err))
		}
	case ActionAssign:
		switch {
		case p.UserID < 0:
			return ruleError("params.user_id", "user_id must be a user id")
		case p.UserID > 0 && (p.Strategy != "" || p.Team != ""):
			return ruleError("params.user_id", "assign to a user_id or by strategy, not both")
		case p.UserID == 0 && p.Strategy != AssignRoundRobin && p.Strategy != AssignLeastLoaded:
			return ruleError("params.strategy", "strategy must be %s or %s (or give user_id)", AssignRoundRobin, AssignLeastLoaded)
		}
		if err := checkText("team", p.Team, MaxNameLen, false); err != nil {
			return ruleError("params.team", "%s", ErrorMessage(err))
		}
	case ActionAutoReply:
		if p.DelaySeconds < 0 || p.DelaySeconds > MaxAutoReplyDelay {
			return ruleError("params.delay_seconds", "delay_seconds must be 0–%d (7 days)", MaxAutoReplyDelay)
		}
		if err := checkText("template", p.Template, MaxNameLen, false); err != nil {
			return ruleError("params.template", "%s", ErrorMessage(err))
		}
	case ActionTranslate:
		p.To = strings.ToLower(strings.TrimSpace(p.To))
		if err := checkLanguage("to", p.To); err != nil || p.To == "" {
			return ruleError("params.to", "to must be a language code such as en or zh")
		}
	case ActionNotify, ActionEscalate:
		if err := checkText("message", p.Message, 1000, false); err != nil {
			return ruleError("params.message", "%s", ErrorMessage(err))
		}
		if p.Severity != "" && !slices.Contains(AlertSeverities, p.Severity) {
			return ruleError("params.severity", "severity must be one of %s", strings.Join(AlertSeverities, ", "))
		}
		if p.Kind != "" && !slices.Contains(AlertKinds, p.Kind) {
			return ruleError("params.kind", "kind must be one of %s", strings.Join(AlertKinds, ", "))
		}
	}
	return nil
}

// Validate checks and normalises a rule before it is written. Errors name
// the offending part by path, e.g. "conditions.2.field".
func (r *Rule) Validate() error {
	r.Name = strings.TrimSpace(r.Name)
	if r.Trigger == "" {
		r.Trigger = TriggerTicketCreated
	}
	if err := checkText("name", r.Name, MaxNameLen, true); err != nil {
		return err
	}
	if r.StoreID < 0 {
		return Invalid("store_id", "store_id must be a store id, or 0 for every store")
	}
	if r.Position < 0 {
		return Invalid("position", "position must be 1 or more (0: at the end)")
	}
	switch r.Trigger {
	case TriggerTicketCreated, TriggerBuyerMessage, TriggerBoth:
	default:
		return Invalid("trigger", "trigger must be one of %s, %s, %s", TriggerTicketCreated, TriggerBuyerMessage, TriggerBoth)
	}
	if len(r.Conditions) > MaxRuleConditions {
		return Invalid("conditions", "at most %d conditions", MaxRuleConditions)
	}
	for i, c := range r.Conditions {
		if _, err := c.Parse(); err != nil {
			return prefixRuleError(fmt.Sprintf("conditions.%d.", i), err)
		}
	}
	if len(r.Actions) == 0 {
		return Invalid("actions", "a rule needs at least one action")
	}
	if len(r.Actions) > MaxRuleActions {
		return Invalid("actions", "at most %d actions", MaxRuleActions)
	}
	seen := map[string]int{}
	for i, a := range r.Actions {
		if _, err := a.Parse(); err != nil {
			return prefixRuleError(fmt.Sprintf("actions.%d.", i), err)
		}
		switch a.Type {
		case ActionAutoReply, ActionAssign, ActionSetPriority, ActionSetTeam, ActionHold, ActionEscalate:
			if j, dup := seen[a.Type]; dup {
				return ruleError(fmt.Sprintf("actions.%d.type", i), "%s is already actions.%d; a rule does it once", a.Type, j)
			}
			seen[a.Type] = i
		}
	}
	return nil
}

// prefixRuleError moves a ruleError one level down: its field and the
// path its message starts with both get prefix.
func prefixRuleError(prefix string, err error) error {
	e, ok := err.(*Error)
	if !ok || e.Field == "" {
		return err
	}
	c := *e
	if rest, ok := strings.CutPrefix(c.Message, c.Field+": "); ok {
		c.Message = prefix + c.Field + ": " + rest
	}
	c.Field = prefix + c.Field
	return &c
}

// Fires reports whether the rule is evaluated for a trigger event.
func (r *Rule) Fires(event string) bool {
	return r.Trigger == TriggerBoth || r.Trigger == event
}

// RuleUpdate changes some fields of a rule; nil means unchanged. Setting
// Position moves the rule there and renumbers the others.
type RuleUpdate struct {
	Name       *string          `json:"name,omitempty"`
	StoreID    *int64           `json:"store_id,omitempty"`
	Position   *int             `json:"position,omitempty"`
	Enabled    *bool            `json:"enabled,omitempty"`
	Trigger    *string          `json:"trigger,omitempty"`
	Conditions *[]RuleCondition `json:"conditions,omitempty"`
	Actions    *[]RuleAction    `json:"actions,omitempty"`
	Stop       *bool            `json:"stop,omitempty"`
}

// Apply applies u to r and validates the result.
func (u RuleUpdate) Apply(r *Rule) error {
	if u.Name != nil {
		r.Name = *u.Name
	}
	if u.StoreID != nil {
		r.StoreID = *u.StoreID
	}
	if u.Position != nil {
		if *u.Position < 1 {
			return Invalid("position", "position must be 1 or more")
		}
		r.Position = *u.Position
	}
	if u.Enabled != nil {
		r.Enabled = *u.Enabled
	}
	if u.Trigger != nil {
		r.Trigger = *u.Trigger
		if r.Trigger == "" {
			return Invalid("trigger", "trigger must be one of %s, %s, %s", TriggerTicketCreated, TriggerBuyerMessage, TriggerBoth)
		}
	}
	if u.Conditions != nil {
		r.Conditions = *u.Conditions
	}
	if u.Actions != nil {
		r.Actions = *u.Actions
	}
	if u.Stop != nil {
		r.Stop = *u.Stop
	}
	return r.Validate()
}

// RuleFilter selects rules; zero fields match everything. A store filter
// also returns the global rules, which apply to every store.
type RuleFilter struct {
	StoreID     int64
	EnabledOnly bool
}

// Outcomes of a rule action, as recorded on its firing.
const (
	OutcomeDone          = "done"
	OutcomeScheduled     = "scheduled"     // a delayed auto-reply waits
	OutcomePending       = "pending"       // runs in the background (alerts, translations)
	OutcomeSkipped       = "skipped"       // not applicable; Detail says why
	OutcomeBlocked       = "blocked"       // the compliance guard refused an auto-reply
	OutcomeUndeliverable = "undeliverable" // kefu has no sender for the channel yet
	OutcomeCancelled     = "cancelled"     // an agent answered before a delayed auto-reply
	OutcomeFailed        = "failed"
)

// ActionResult is what one action of a fired rule did.
type ActionResult struct {
	Type      string `json:"type"`
	Outcome   string `json:"outcome"`
	Detail    string `json:"detail,omitempty"`
	MessageID int64  `json:"message_id,omitempty"` // the auto-reply or note it wrote
}

// RuleFiring records that a rule fired for a ticket event, and what its
// actions did. A rule fires at most once per ticket and message.
type RuleFiring struct {
	ID        int64          `json:"id"`
	RuleID    int64          `json:"rule_id,omitempty"` // 0 once the rule is deleted
	RuleName  string         `json:"rule_name"`
	TicketID  int64          `json:"ticket_id"`
	MessageID int64          `json:"message_id,omitempty"` // the buyer message that triggered it
	Trigger   string         `json:"trigger"`
	Actions   []ActionResult `json:"actions"`
	Blocked   bool           `json:"blocked"` // an auto-reply was held back by the compliance guard
	At        time.Time      `json:"at"`
}

// RuleService manages automation rules and the record of their firings.
// Admins change rules; firings are read with the ticket they belong to.
type RuleService interface {
	CreateRule(ctx context.Context, r *Rule) error
	FindRule(ctx context.Context, id int64) (*Rule, error)
	// ListRules returns rules in evaluation order.
	ListRules(ctx context.Context, f RuleFilter) ([]*Rule, error)
	UpdateRule(ctx context.Context, id int64, u RuleUpdate) (*Rule, error)
	DeleteRule(ctx context.Context, id int64) error

	// StartRuleFiring records a firing before its actions run; false
	// (and nothing written) when the rule already fired for this ticket
	// and message, so an event processed twice acts once.
	StartRuleFiring(ctx context.Context, f *RuleFiring) (bool, error)
	// UpdateRuleFiring stores the outcomes of a firing's actions.
	UpdateRuleFiring(ctx context.Context, f *RuleFiring) error
	// SetRuleFiringAction records the outcome of one action that finished
	// later (a delayed auto-reply, an alert).
	SetRuleFiringAction(ctx context.Context, firingID int64, index int, res ActionResult) error
	// ListRuleFirings returns a ticket's firings, oldest first.
	ListRuleFirings(ctx context.Context, ticketID int64) ([]*RuleFiring, error)
}

// RuleDryRun asks which rules would fire on recent tickets. Rule is an
// unsaved rule to try; RuleIDs names saved rules (disabled ones too);
// with neither, every enabled rule. Last is how many of the newest
// tickets to look at (default 50, at most 1000). Trigger limits the rules
// to those of one trigger; empty ignores triggers.
type RuleDryRun struct {
	Rule    *Rule   `json:"rule,omitempty"`
	RuleIDs []int64 `json:"rule_ids,omitempty"`
	Last    int     `json:"last,omitempty"`
	Trigger string  `json:"trigger,omitempty"`
}

// MaxDryRunTickets bounds a dry run.
const MaxDryRunTickets = 1000

// Validate checks and normalises a dry-run request.
func (d *RuleDryRun) Validate() error {
	if d.Last == 0 {
		d.Last = 50
	}
	if d.Last < 1 || d.Last > MaxDryRunTickets {
		return Invalid("last", "last must be 1–%d", MaxDryRunTickets)
	}
	if d.Rule != nil && len(d.RuleIDs) > 0 {
		return Invalid("rule_ids", "give rule or rule_ids, not both")
	}
	if len(d.RuleIDs) > 500 {
		return Invalid("rule_ids", "at most 500 rule ids")
	}
	for i, id := range d.RuleIDs {
		if id <= 0 {
			return Invalid(fmt.Sprintf("rule_ids.%d", i), "%d is not a rule id", id)
		}
	}
	switch d.Trigger {
	case "", TriggerTicketCreated, TriggerBuyerMessage:
	default:
		return Invalid("trigger", "trigger must be %s or %s (or empty for any)", TriggerTicketCreated, TriggerBuyerMessage)
	}
	if d.Rule != nil {
		if err := d.Rule.Validate(); err != nil {
			return prefixRuleError("rule.", err)
		}
	}
	return nil
}

// RuleDryRunResult says, for each ticket looked at (newest first), which
// rules would fire and what they would do. Nothing is changed.
type RuleDryRunResult struct {
	Evaluated int             `json:"evaluated"`
	Matched   int             `json:"matched"` // tickets on which at least one rule fires
	Tickets   []DryRunTicket  `json:"tickets"`
	Rules     []DryRunRuleRef `json:"rules"` // the rules tried, in evaluation order
}

// DryRunTicket is one ticket of a dry run.
type DryRunTicket struct {
	TicketID int64          `json:"ticket_id"`
	Subject  string         `json:"subject"`
	Fired    []DryRunFiring `json:"fired"`
}

// DryRunFiring is a rule that would fire, with the actions it would run.
type DryRunFiring struct {
	RuleID   int64        `json:"rule_id,omitempty"` // 0 for an unsaved rule
	RuleName string       `json:"rule_name"`
	Actions  []RuleAction `json:"actions"`
}

// DryRunRuleRef names a rule tried in a dry run.
type DryRunRuleRef struct {
	RuleID   int64  `json:"rule_id,omitempty"`
	RuleName string `json:"rule_name"`
	Enabled  bool   `json:"enabled"`
}

// AssignmentCandidate is a user a rule may assign tickets to: online, in
// the store's scope, with their current load.
type AssignmentCandidate struct {
	UserID      int64  `json:"user_id"`
	Name        string `json:"name"`
	Role        string `json:"role"`
	OpenTickets int    `json:"open_tickets"` // assigned and not yet solved
}

// CustomerHistory counts what a customer did before, besides one ticket.
type CustomerHistory struct {
	Tickets  int `json:"tickets"`  // other tickets
	Disputes int `json:"disputes"` // disputes not on this ticket
}

// suggest returns ` (did you mean "x"?)` when one of known is a likely
// misspelling of s, else "".
func suggest(s string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := editDistance(strings.ToLower(s), k); d < bestDist && d < len(k) {
			best, bestDist = k, d
		}
	}
	if best == "" || best == s {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the Damerau–Levenshtein (optimal string alignment)
// distance of two short strings, in bytes.
func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
