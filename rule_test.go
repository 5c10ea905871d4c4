package kefu

import (
	"encoding/json"
	"strings"
	"testing"
)

func cond(field, op, value string) RuleCondition {
	return RuleCondition{Field: field, Op: op, Value: json.RawMessage(value)}
}

func validRule() *Rule {
	return &Rule{
		Name:       "WISMO",
		Enabled:    true,
		Conditions: []RuleCondition{cond("intent", "eq", `"order_status"`)},
		Actions:    []RuleAction{{Type: ActionAddTags, Params: json.RawMessage(`{"tags":["wismo"]}`)}},
	}
}

func TestRuleValidateNamesTheFaultByPath(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(r *Rule)
		field   string
		message string // a substring of the message
	}{
		{"unknown field with suggestion", func(r *Rule) {
			r.Conditions = append(r.Conditions, cond("language", "eq", `"en"`), cond("intnet", "eq", `"x"`))
		}, "conditions.2.field", `conditions.2.field: unknown field "intnet" (did you mean "intent"?); known: platform, store, channel, intent`},
		{"unknown op", func(r *Rule) { r.Conditions[0].Op = "contains" },
			"conditions.0.op", `intent does not take op "contains"; it takes eq, ne, in, not_in, empty, not_empty`},
		{"missing op", func(r *Rule) { r.Conditions[0].Op = "" }, "conditions.0.op", "op is required"},
		{"unknown intent in list", func(r *Rule) {
			r.Conditions[0] = cond("intent", "in", `["order_status","refund"]`)
		}, "conditions.0.value.1", `unknown intent "refund"`},
		{"eq wants one string", func(r *Rule) { r.Conditions[0].Value = json.RawMessage(`["order_status"]`) },
			"conditions.0.value", "intent eq takes one string"},
		{"missing value", func(r *Rule) { r.Conditions[0].Value = nil }, "conditions.0.value", "value is required for intent eq"},
		{"empty takes no value", func(r *Rule) { r.Conditions[0].Op = "empty" }, "conditions.0.value", "op empty takes no value"},
		{"regex does not compile", func(r *Rule) { r.Conditions[0] = cond("text", "matches", `"order (\\d+"`) },
			"conditions.0.value", "pattern does not compile: missing closing )"},
		{"regex bad escape has an offset", func(r *Rule) { r.Conditions[0] = cond("text", "matches", `"ab\\qc"`) },
			"conditions.0.value", "invalid escape sequence at byte 2"},
		{"regex too long", func(r *Rule) {
			r.Conditions[0] = cond("text", "matches", `"`+strings.Repeat("a", MaxRulePattern+1)+`"`)
		}, "conditions.0.value", "a pattern must be 1–500 bytes"},
		{"keyword list", func(r *Rule) { r.Conditions[0] = cond("subject", "contains_any", `"refund"`) },
			"conditions.0.value", "give a list of keywords"},
		{"empty keyword", func(r *Rule) { r.Conditions[0] = cond("subject", "contains_any", `["ok", " "]`) },
			"conditions.0.value.1", "keyword must be"},
		{"between order", func(r *Rule) { r.Conditions[0] = cond("amount_minor", "between", `[500, 100]`) },
			"conditions.0.value", "between needs 0 ≤ min ≤ max"},
		{"amount fraction", func(r *Rule) { r.Conditions[0] = cond("amount_minor", "gt", `19.99`) },
			"conditions.0.value", "whole number"},
		{"currency on wrong field", func(r *Rule) { r.Conditions[0].Currency = "USD" },
			"conditions.0.currency", "currency applies to amount_minor conditions only"},
		{"bad currency", func(r *Rule) {
			r.Conditions[0] = cond("amount_minor", "gt", `100`)
			r.Conditions[0].Currency = "usd"
		}, "conditions.0.currency", "3-letter ISO 4217"},
		{"business hours value", func(r *Rule) { r.Conditions[0] = cond("business_hours", "is", `"closed"`) },
			"conditions.0.value", `business_hours takes "in" or "out"`},
		{"phishing value", func(r *Rule) { r.Conditions[0] = cond("suspected_phishing", "is", `"yes"`) },
			"conditions.0.value", "suspected_phishing takes true or false"},
		{"store id", func(r *Rule) { r.Conditions[0] = cond("store", "in", `[1, -2]`) },
			"conditions.0.value.1", "-2 is not a store id"},
		{"bad language", func(r *Rule) { r.Conditions[0] = cond("language", "in", `["en", "english!"]`) },
			"conditions.0.value.1", "language code"},
		{"no actions", func(r *Rule) { r.Actions = nil }, "actions", "at least one action"},
		{"unknown action", func(r *Rule) { r.Actions[0].Type = "add_tag" },
			"actions.0.type", `unknown action "add_tag" (did you mean "add_tags"?)`},
		{"unknown param", func(r *Rule) { r.Actions[0].Params = json.RawMessage(`{"tags":["a"],"colour":"red"}`) },
			"actions.0.params.colour", `unknown parameter "colour" for add_tags; known: tags`},
		{"missing param", func(r *Rule) { r.Actions[0] = RuleAction{Type: ActionSetPriority} },
			"actions.0.params.priority", "set_priority needs params.priority"},
		{"bad priority", func(r *Rule) {
			r.Actions[0] = RuleAction{Type: ActionSetPriority, Params: json.RawMessage(`{"priority":"asap"}`)}
		}, "actions.0.params.priority", "priority must be one of low, normal, high, urgent"},
		{"param type", func(r *Rule) {
			r.Actions[0] = RuleAction{Type: ActionAutoReply, Params: json.RawMessage(`{"delay_seconds":"soon"}`)}
		}, "actions.0.params.delay_seconds", "delay_seconds must be a whole number of seconds"},
		{"delay too long", func(r *Rule) {
			r.Actions[0] = RuleAction{Type: ActionAutoReply, Params: json.RawMessage(`{"delay_seconds":9999999}`)}
		}, "actions.0.params.delay_seconds", "delay_seconds must be 0–604800"},
		{"assign strategy", func(r *Rule) {
			r.Actions[0] = RuleAction{Type: ActionAssign, Params: json.RawMessage(`{"strategy":"random"}`)}
		}, "actions.0.params.strategy", "strategy must be round_robin or least_loaded"},
		{"two auto-replies", func(r *Rule) {
			r.Actions = append(r.Actions, RuleAction{Type: ActionAutoReply}, RuleAction{Type: ActionAutoReply})
		}, "actions.2.type", "auto_reply is already actions.1"},
		{"translate target", func(r *Rule) {
			r.Actions[0] = RuleAction{Type: ActionTranslate, Params: json.RawMessage(`{"to":"??"}`)}
		},
			"actions.0.params.to", "language code"},
		{"trigger", func(r *Rule) { r.Trigger = "always" }, "trigger", "trigger must be one of"},
		{"name", func(r *Rule) { r.Name = "  " }, "name", "name is required"},
		{"too many conditions", func(r *Rule) {
			for len(r.Conditions) <= MaxRuleConditions {
				r.Conditions = append(r.Conditions, r.Conditions[0])
			}
		}, "conditions", "at most 50 conditions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := validRule()
			tt.edit(r)
			err := r.Validate()
			if ErrorCode(err) != EINVALID {
				t.Fatalf("Validate() = %v, want invalid", err)
			}
			if got := ErrorField(err); got != tt.field {
				t.Errorf("field = %q, want %q (%v)", got, tt.field, err)
			}
			if !strings.Contains(ErrorMessage(err), tt.message) {
				t.Errorf("message = %q, want it to contain %q", ErrorMessage(err), tt.message)
			}
		})
	}
}

func TestRuleValidateAcceptsEveryFieldAndNormalises(t *testing.T) {
	r := &Rule{
		Name: " Big refunds ",
		Conditions: []RuleCondition{
			cond("platform", "in", `["amazon","ebay"]`),
			cond("store", "eq", `3`),
			cond("channel", "eq", `"email"`),
			cond("intent", "not_in", `["presale_question"]`),
			cond("notice_kind", "empty", ``),
			cond("language", "in", `["en","zh"]`),
			cond("currency", "eq", `"USD"`),
			cond("subject", "contains_any", `["refund","退款"]`),
			cond("text", "matches", `"(?i)\\b\\d{3}-\\d{7}-\\d{7}\\b"`),
			{Field: "amount_minor", Op: "between", Value: json.RawMessage(`[1000, 50000]`), Currency: "USD"},
			cond("reason_code", "in", `["13.1","4853","fraudulent"]`),
			cond("customer.ticket_count", "gte", `2`),
			cond("customer.dispute_count", "eq", `0`),
			cond("business_hours", "is", `"out"`),
			cond("suspected_phishing", "is", `false`),
		},
		Actions: []RuleAction{
			{Type: ActionSetPriority, Params: json.RawMessage(`{"priority":"high"}`)},
			{Type: ActionAddTags, Params: json.RawMessage(`{"tags":[" Refund ","refund"]}`)},
			{Type: ActionSetTeam, Params: json.RawMessage(`{"team":"Payments"}`)},
			{Type: ActionAssign, Params: json.RawMessage(`{"strategy":"least_loaded","team":"Payments"}`)},
			{Type: ActionAutoReply, Params: json.RawMessage(`{"delay_seconds":300}`)},
			{Type: ActionTranslate, Params: json.RawMessage(`{"to":"ZH"}`)},
			{Type: ActionNotify, Params: json.RawMessage(`{"message":"big refund","severity":"critical"}`)},
			{Type: ActionHold},
			{Type: ActionEscalate, Params: json.RawMessage(`null`)},
		},
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if r.Name != "Big refunds" || r.Trigger != TriggerTicketCreated {
		t.Errorf("normalised name %q trigger %q", r.Name, r.Trigger)
	}
	p, err := r.Actions[1].Parse()
	if err != nil || strings.Join(p.Tags, ",") != "refund" {
		t.Errorf("tags = %v, %v", p.Tags, err)
	}
	p, _ = r.Actions[5].Parse()
	if p.To != "zh" {
		t.Errorf("translate to = %q", p.To)
	}
	pc, _ := r.Conditions[9].Parse()
	if pc.Min != 1000 || pc.Max != 50000 || pc.Currency != "USD" {
		t.Errorf("between parsed as %+v", pc)
	}
}

func TestRuleUpdateApply(t *testing.T) {
	r := validRule()
	off, pos := false, 3
	if err := (RuleUpdate{Enabled: &off, Position: &pos}).Apply(r); err != nil {
		t.Fatal(err)
	}
	if r.Enabled || r.Position != 3 {
		t.Errorf("after update: %+v", r)
	}
	bad := []RuleCondition{cond("nope", "eq", `1`)}
	if err := (RuleUpdate{Conditions: &bad}).Apply(r); ErrorField(err) != "conditions.0.field" {
		t.Errorf("bad update: %v", err)
	}
	zero := 0
	if err := (RuleUpdate{Position: &zero}).Apply(validRule()); ErrorField(err) != "position" {
		t.Errorf("position 0: %v", err)
	}
}

func TestRuleDryRunValidate(t *testing.T) {
	d := &RuleDryRun{}
	if err := d.Validate(); err != nil || d.Last != 50 {
		t.Fatalf("default: %v last=%d", err, d.Last)
	}
	for _, tt := range []struct {
		d     RuleDryRun
		field string
	}{
		{RuleDryRun{Last: 1001}, "last"},
		{RuleDryRun{Last: -1}, "last"},
		{RuleDryRun{RuleIDs: []int64{1, 0}}, "rule_ids.1"},
		{RuleDryRun{Rule: validRule(), RuleIDs: []int64{1}}, "rule_ids"},
		{RuleDryRun{Trigger: "both"}, "trigger"},
		{RuleDryRun{Rule: &Rule{Name: "x", Actions: []RuleAction{{Type: "nope"}}}}, "rule.actions.0.type"},
	} {
		err := tt.d.Validate()
		if ErrorField(err) != tt.field {
			t.Errorf("%+v: %v, want field %s", tt.d, err, tt.field)
		}
		if strings.HasPrefix(tt.field, "rule.") && !strings.HasPrefix(ErrorMessage(err), tt.field+": ") {
			t.Errorf("message %q does not start with the path", ErrorMessage(err))
		}
	}
}

func TestRuleFires(t *testing.T) {
	for _, tt := range []struct {
		trigger, event string
		want           bool
	}{
		{TriggerTicketCreated, EventTicketCreated, true},
		{TriggerTicketCreated, EventBuyerMessage, false},
		{TriggerBuyerMessage, EventBuyerMessage, true},
		{TriggerBoth, EventBuyerMessage, true},
		{TriggerBoth, EventTicketCreated, true},
	} {
		if got := (&Rule{Trigger: tt.trigger}).Fires(tt.event); got != tt.want {
			t.Errorf("%s fires on %s = %v", tt.trigger, tt.event, got)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"intnet", "intent", 1}, {"", "abc", 3}, {"abc", "abc", 0}, {"kitten", "sitting", 3}} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
