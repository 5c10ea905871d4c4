package rules

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"kefu"
)

func c(field, op, value string) kefu.RuleCondition {
	return kefu.RuleCondition{Field: field, Op: op, Value: json.RawMessage(value)}
}

// wismo is a buyer on Amazon US asking where their order is, in English,
// out of hours, with one earlier ticket and a dispute with reason 13.1.
func wismo() Facts {
	return Facts{
		Event: kefu.EventTicketCreated, StoreID: 7, Platform: "amazon", Channel: "email",
		Intent: "order_status", Language: "en-GB", Subject: "Where is my order 112-1234567-1234567?",
		Text: "Hi, my parcel still hasn't arrived. Hoàn tiền? ＲＥＦＵＮＤ please", AmountMinor: 2599, Currency: "USD",
		ReasonCodes: []string{"13.1", "product_not_received"}, CustomerTickets: 1, CustomerDisputes: 1,
	}
}

func TestConditionOperators(t *testing.T) {
	tests := []struct {
		cond kefu.RuleCondition
		want bool
	}{
		{c("platform", "eq", `"amazon"`), true},
		{c("platform", "eq", `"ebay"`), false},
		{c("platform", "ne", `"ebay"`), true},
		{c("platform", "in", `["ebay","amazon"]`), true},
		{c("platform", "not_in", `["ebay","amazon"]`), false},
		{c("store", "eq", `7`), true},
		{c("store", "in", `[1,2]`), false},
		{c("store", "not_in", `[1,2]`), true},
		{c("store", "ne", `7`), false},
		{c("channel", "eq", `"email"`), true},
		{c("channel", "in", `["shopee_chat"]`), false},
		{c("intent", "in", `["order_status","not_received"]`), true},
		{c("intent", "empty", ``), false},
		{c("intent", "not_empty", ``), true},
		{c("notice_kind", "empty", ``), true},
		{c("notice_kind", "eq", `"dispute_notice"`), false},
		{c("notice_kind", "ne", `"dispute_notice"`), true},
		{c("language", "eq", `"en"`), true}, // en covers en-GB
		{c("language", "eq", `"en-GB"`), true},
		{c("language", "not_in", `["en"]`), false},
		{c("language", "in", `["zh","th"]`), false},
		{c("currency", "eq", `"USD"`), true},
		{c("subject", "contains_any", `["refund","112-1234567"]`), true},
		{c("subject", "contains_all", `["where","ORDER"]`), true},
		{c("subject", "contains_all", `["where","refund"]`), false},
		{c("subject", "contains_none", `["refund"]`), true},
		{c("text", "contains_any", `["hoan tien"]`), true}, // diacritics folded
		{c("text", "contains_any", `["refund"]`), true},    // full width folded
		{c("text", "contains_none", `["arrived"]`), false},
		{c("subject", "matches", `"\\b\\d{3}-\\d{7}-\\d{7}\\b"`), true},
		{c("subject", "matches", `"^Refund"`), false},
		{c("subject", "not_matches", `"^Refund"`), true},
		{c("text", "matches", `"(?i)PARCEL"`), true},
		{c("amount_minor", "gt", `2500`), true},
		{c("amount_minor", "gt", `2599`), false},
		{c("amount_minor", "gte", `2599`), true},
		{c("amount_minor", "lt", `100`), false},
		{c("amount_minor", "lte", `2599`), true},
		{c("amount_minor", "eq", `2599`), true},
		{c("amount_minor", "ne", `2599`), false},
		{c("amount_minor", "between", `[1000, 3000]`), true},
		{c("amount_minor", "between", `[3000, 4000]`), false},
		{kefu.RuleCondition{Field: "amount_minor", Op: "gt", Value: json.RawMessage(`100`), Currency: "USD"}, true},
		{kefu.RuleCondition{Field: "amount_minor", Op: "gt", Value: json.RawMessage(`100`), Currency: "EUR"}, false},
		{c("reason_code", "eq", `"13.1"`), true},
		{c("reason_code", "in", `["4853","10.4"]`), false},
		{c("reason_code", "not_in", `["4853","10.4"]`), true},
		{c("reason_code", "ne", `"product_not_received"`), false},
		{c("reason_code", "not_empty", ``), true},
		{c("customer.ticket_count", "gt", `0`), true},
		{c("customer.ticket_count", "eq", `0`), false},
		{c("customer.dispute_count", "between", `[1, 5]`), true},
		{c("business_hours", "is", `"out"`), true},
		{c("business_hours", "is", `"in"`), false},
		{c("suspected_phishing", "is", `false`), true},
		{c("suspected_phishing", "is", `true`), false},
	}
	for _, tt := range tests {
		f := wismo()
		pc, err := tt.cond.Parse()
		if err != nil {
			t.Fatalf("%+v does not parse: %v", tt.cond, err)
		}
		if got := match(&f, &pc, &foldedText{}); got != tt.want {
			t.Errorf("%s %s %s = %v, want %v", tt.cond.Field, tt.cond.Op, tt.cond.Value, got, tt.want)
		}
	}
}

func TestConditionsOnEmptyFacts(t *testing.T) {
	f := Facts{}
	for _, tt := range []struct {
		cond kefu.RuleCondition
		want bool
	}{
		{c("intent", "ne", `"order_status"`), true},
		{c("intent", "not_in", `["order_status"]`), true},
		{c("intent", "eq", `"order_status"`), false},
		{c("language", "empty", ``), true},
		{c("language", "eq", `"en"`), false},
		{c("reason_code", "empty", ``), true},
		{c("reason_code", "ne", `"13.1"`), true},
		{c("text", "contains_any", `["x"]`), false},
		{c("text", "contains_none", `["x"]`), true},
		{c("amount_minor", "eq", `0`), true},
	} {
		pc, err := tt.cond.Parse()
		if err != nil {
			t.Fatal(err)
		}
		if got := match(&f, &pc, &foldedText{}); got != tt.want {
			t.Errorf("empty facts: %s %s %s = %v, want %v", tt.cond.Field, tt.cond.Op, tt.cond.Value, got, tt.want)
		}
	}
}

func rule(id int64, name string, conds ...kefu.RuleCondition) *kefu.Rule {
	return &kefu.Rule{ID: id, Name: name, Enabled: true, Trigger: kefu.TriggerBoth, Conditions: conds,
		Actions: []kefu.RuleAction{{Type: kefu.ActionAddTags, Params: json.RawMessage(`{"tags":["` + name + `"]}`)}}}
}

func firedNames(fired []Fired) []string {
	var names []string
	for _, f := range fired {
		names = append(names, f.Rule.Name)
	}
	return names
}

func TestEvaluateOrderScopeTriggerAndStop(t *testing.T) {
	f := wismo()
	created := rule(1, "created", c("intent", "eq", `"order_status"`))
	created.Trigger = kefu.TriggerTicketCreated
	onMessage := rule(2, "on-message")
	onMessage.Trigger = kefu.TriggerBuyerMessage
	otherStore := rule(3, "other-store")
	otherStore.StoreID = 8
	thisStore := rule(4, "this-store")
	thisStore.StoreID = 7
	notMatching := rule(5, "not-matching", c("platform", "eq", `"ebay"`))
	stopper := rule(6, "stopper", c("amount_minor", "gt", `1000`))
	stopper.Stop = true
	after := rule(7, "after-stop")
	all := []*kefu.Rule{created, onMessage, otherStore, thisStore, notMatching, stopper, after}

	if got := firedNames(Evaluate(&f, all)); !slices.Equal(got, []string{"created", "this-store", "stopper"}) {
		t.Errorf("ticket_created fired %v", got)
	}
	f.Event = kefu.EventBuyerMessage
	if got := firedNames(Evaluate(&f, all)); !slices.Equal(got, []string{"on-message", "this-store", "stopper"}) {
		t.Errorf("buyer_message fired %v", got)
	}
	// A dry run without a trigger tries every rule.
	f.Event = ""
	if got := firedNames(Evaluate(&f, all)); !slices.Equal(got, []string{"created", "on-message", "this-store", "stopper"}) {
		t.Errorf("any trigger fired %v", got)
	}
	// Every condition must hold.
	both := rule(8, "both", c("platform", "eq", `"amazon"`), c("language", "eq", `"zh"`))
	if got := Evaluate(&f, []*kefu.Rule{both}); len(got) != 0 {
		t.Errorf("a rule with one failing condition fired")
	}
	// A rule without conditions always fires, with its actions decoded.
	got := Evaluate(&f, []*kefu.Rule{rule(9, "always")})
	if len(got) != 1 || got[0].Actions[0].Type != kefu.ActionAddTags || !slices.Equal(got[0].Actions[0].Params.Tags, []string{"always"}) {
		t.Errorf("always = %+v", got)
	}
	// A stored rule that no longer parses never fires.
	broken := rule(10, "broken", c("nope", "eq", `1`))
	if got := Evaluate(&f, []*kefu.Rule{broken}); len(got) != 0 {
		t.Errorf("broken rule fired")
	}
}

func TestSelectTemplate(t *testing.T) {
	tpl := func(id int64, lang string, store int64) *kefu.AutoReplyTemplate {
		return &kefu.AutoReplyTemplate{ID: id, Language: lang, StoreID: store}
	}
	all := []*kefu.AutoReplyTemplate{tpl(1, "en", 0), tpl(2, "zh", 0), tpl(3, "zh", 5), tpl(4, "th", 6), tpl(5, "en", 0)}
	for _, tt := range []struct {
		store int64
		lang  string
		want  int64
	}{
		{5, "zh", 3},    // the store's own beats the global one
		{6, "zh", 2},    // another store's is never used
		{6, "zh-TW", 2}, // base language
		{6, "th", 4},
		{5, "th", 1}, // not ours: English, the oldest
		{5, "", 1},
		{5, "vi", 1},
	} {
		got := SelectTemplate(all, tt.store, tt.lang)
		if got == nil || got.ID != tt.want {
			t.Errorf("store %d lang %q: got %+v, want template %d", tt.store, tt.lang, got, tt.want)
		}
	}
	if got := SelectTemplate([]*kefu.AutoReplyTemplate{tpl(1, "de", 0)}, 1, "fr"); got != nil {
		t.Errorf("no fitting language: got %+v", got)
	}
}

func TestPlainValueStripsWhatCouldHideOrReorderText(t *testing.T) {
	for in, want := range map[string]string{
		"Ann\nBcc: x@y":            "Ann Bcc: x@y",
		"  Ann \t Lee ":            "Ann Lee",
		"evil\u202egnp.exe":        "evilgnp.exe",
		"a\x00b\x1bc\u200bd\ufeff": "abcd",
	} {
		if got := plainValue(in); got != want {
			t.Errorf("plainValue(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFormatMoneyAndRefundStatus(t *testing.T) {
	for _, tt := range []struct {
		minor    int64
		currency string
		want     string
	}{{1999, "USD", "USD 19.99"}, {5, "EUR", "EUR 0.05"}, {1500, "JPY", "JPY 1500"}, {1234, "KWD", "KWD 1.234"}} {
		if got := formatMoney(tt.minor, tt.currency); got != tt.want {
			t.Errorf("formatMoney(%d, %s) = %q, want %q", tt.minor, tt.currency, got, tt.want)
		}
	}
	o := &kefu.Order{Currency: "USD", TotalMinor: 2000, RefundedMinor: 500}
	if got := refundStatus(o, "zh"); got != "已部分退款（USD 5.00）" {
		t.Errorf("zh partial = %q", got)
	}
	o.RefundedMinor = 2000
	if got := refundStatus(o, "th"); got != "refunded in full (USD 20.00)" {
		t.Errorf("th full (English fallback) = %q", got)
	}
}

func TestOfficeHours(t *testing.T) {
	store := &kefu.Store{Timezone: "Asia/Shanghai"}
	// Monday 2026-01-05 02:00 UTC is 10:00 in Shanghai.
	mon := time.Date(2026, 1, 5, 2, 0, 0, 0, time.UTC)
	if !(OfficeHours{}).Open(store, mon) {
		t.Error("Monday 10:00 Shanghai is closed")
	}
	if (OfficeHours{}).Open(store, mon.Add(10*time.Hour)) {
		t.Error("Monday 20:00 Shanghai is open")
	}
	if (OfficeHours{}).Open(store, mon.Add(-48*time.Hour)) {
		t.Error("Saturday is open")
	}
	if !(OfficeHours{Start: 0, End: 24, Days: []time.Weekday{time.Saturday}}).Open(store, mon.Add(-48*time.Hour)) {
		t.Error("custom Saturday hours closed")
	}
}
