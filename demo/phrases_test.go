package demo

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"kefu"
)

var slotPattern = regexp.MustCompile(`\{([a-z]+)\}`)

// Every template uses only placeholders Fill knows, so no "{ordr}" ever
// reaches a buyer.
func TestTemplatesUseKnownSlots(t *testing.T) {
	check := func(where, tmpl string) {
		t.Helper()
		if strings.TrimSpace(tmpl) == "" && !strings.Contains(where, "Greetings") && !strings.Contains(where, "Signoffs") {
			t.Errorf("%s: empty template", where)
		}
		for _, m := range slotPattern.FindAllStringSubmatch(tmpl, -1) {
			if !slices.Contains(slotNames, m[1]) {
				t.Errorf("%s: unknown slot {%s} in %q", where, m[1], tmpl)
			}
		}
	}
	for _, b := range Phrasebooks() {
		for _, list := range []struct {
			name  string
			items []string
		}{{"Names", b.Names}, {"Greetings", b.Greetings}, {"Signoffs", b.Signoffs}, {"Context", b.Context},
			{"FollowUps", b.FollowUps}, {"PhotosSent", b.PhotosSent}, {"Holding", b.Holding},
			{"Thanks any", b.Thanks["any"]}, {"Thanks refund", b.Thanks["refund"]}, {"Thanks parcel", b.Thanks["parcel"]},
			{"ReplyOpens", b.ReplyOpens}, {"ReplyCloses", b.ReplyCloses}} {
			if len(list.items) == 0 {
				t.Errorf("%s: %s is empty", b.Key(), list.name)
			}
			for _, s := range list.items {
				check(b.Key()+"."+list.name, s)
			}
		}
		for _, m := range []map[string][]string{b.Subjects, b.Messages, b.Replies} {
			for intent, list := range m {
				for _, s := range list {
					check(b.Key()+"."+intent, s)
				}
			}
		}
	}
	for _, n := range Notices() {
		check("notice "+n.Subject, n.Subject)
		check("notice "+n.Subject, n.Body)
		if n.Event != "" {
			check("notice "+n.Subject, n.Event)
		}
	}
	for key, list := range notesZH {
		for _, s := range list {
			check("note "+key, s)
		}
	}
}

// Every book covers all 12 intents with a subject, a message and a reply,
// and only real intents.
func TestPhrasebooksCoverEveryIntent(t *testing.T) {
	keys := map[string]bool{}
	for _, b := range Phrasebooks() {
		if keys[b.Key()] {
			t.Errorf("two books with key %s", b.Key())
		}
		keys[b.Key()] = true
		for _, in := range kefu.Intents {
			if len(b.Subjects[in.ID]) == 0 || len(b.Messages[in.ID]) == 0 || len(b.Replies[in.ID]) == 0 {
				t.Errorf("%s: intent %s lacks a subject, message or reply", b.Key(), in.ID)
			}
		}
		for _, m := range []map[string][]string{b.Subjects, b.Messages, b.Replies} {
			for intent := range m {
				if !kefu.IsIntent(intent) {
					t.Errorf("%s: %q is not an intent", b.Key(), intent)
				}
			}
		}
	}
	for _, p := range Products() {
		for key := range keys {
			if p.Names[key] == "" {
				t.Errorf("product %s has no %s name", p.SKU, key)
			}
		}
	}
	for _, in := range kefu.Intents {
		if len(notesZH[in.ID]) == 0 {
			t.Errorf("no internal notes for intent %s", in.ID)
		}
	}
	for _, n := range Notices() {
		if len(notesZH[n.NoteTopic()]) == 0 {
			t.Errorf("notice %q: no internal notes for %s", n.Subject, n.NoteTopic())
		}
		if !kefu.IsNoticeKind(n.Kind) {
			t.Errorf("notice %q: %q is not a notice kind", n.Subject, n.Kind)
		}
	}
}

func TestFill(t *testing.T) {
	s := &Slots{Order: "113-4829104-5538267", Amount: "$39.99"}
	got := s.Fill("Refund {amount} for {order}, {unknown} {")
	want := "Refund $39.99 for 113-4829104-5538267, {unknown} {"
	if got != want {
		t.Errorf("Fill = %q, want %q", got, want)
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		cur   string
		minor int64
		want  string
	}{
		{"USD", 3999, "$39.99"},
		{"GBP", 123456, "£1,234.56"},
		{"EUR", 3699, "36,99 €"},
		{"MYR", 17599, "RM 175.99"},
		{"JPY", 5980, "¥5,980"},
		{"VND", 1015000, "1.015.000 ₫"},
		{"THB", 135900, "฿1,359.00"},
	}
	for _, tt := range tests {
		if got := FormatAmount(tt.cur, tt.minor); got != tt.want {
			t.Errorf("FormatAmount(%s, %d) = %q, want %q", tt.cur, tt.minor, got, tt.want)
		}
	}
}

// Generated references pass the domain's own validation.
func TestReferencesAreValid(t *testing.T) {
	w := testWriter()
	for _, b := range Phrasebooks() {
		for _, name := range b.Names {
			c := kefu.Customer{Name: name, Identities: []kefu.Identity{
				{Kind: kefu.IdentityEmail, Value: Email(w.R, name, b.Lang)},
				{Kind: kefu.IdentityBuyerID, Platform: "shopee", Value: Handle(w.R, name)},
				{Kind: kefu.IdentityRelay, Value: RelayAddress(w.R, "amazon.co.uk")},
			}}
			if err := c.Validate(); err != nil {
				t.Errorf("customer %q: %v", name, err)
			}
		}
	}
	if got := latinBase("María García-López"); got != "maria garcia lopez" {
		t.Errorf("latinBase = %q", got)
	}
	if got := latinBase("王芳"); got != "" {
		t.Errorf("latinBase(王芳) = %q, want empty", got)
	}
}
