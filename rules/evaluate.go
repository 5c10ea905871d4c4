// Package rules runs kefu's automation rules: Evaluate decides which
// rules fire for a ticket event (pure, no I/O), and an Engine applies
// their actions through the domain services and records every firing on
// the ticket. Auto-replies go through a compliance guard, at most once
// per ticket and rule; alerts and translations run as durable background
// jobs so that a slow or broken provider never holds up a ticket.
package rules

import (
	"strings"

	"kefu"
	"kefu/search"
)

// Facts are what conditions test about one ticket event. Loading them is
// the Engine's job; Evaluate only reads them.
type Facts struct {
	Event             string // kefu.EventTicketCreated or kefu.EventBuyerMessage; "" matches any trigger (dry runs)
	StoreID           int64
	Platform          string
	Channel           string
	Intent            string
	NoticeKind        string
	Language          string
	Subject           string
	Text              string // the buyer message of the event
	AmountMinor       int64  // the ticket's amount at stake, else its order's total
	Currency          string
	ReasonCodes       []string // dispute network reason codes and reasons
	CustomerTickets   int
	CustomerDisputes  int
	InBusinessHours   bool
	SuspectedPhishing bool
}

// Action is a rule action with its parameters decoded.
type Action struct {
	Type   string
	Params kefu.ActionParams
}

// Fired is a rule whose conditions all hold, with the actions to run.
type Fired struct {
	Rule    *kefu.Rule
	Actions []Action
}

// Evaluate returns the rules that fire for f, in the order given (the
// rules' evaluation order): those for f's store or every store, whose
// trigger matches f.Event and whose conditions all hold. A firing rule
// with Stop ends the evaluation. Enabled is not looked at: the caller
// chooses which rules to try. A rule that no longer parses (saved under
// an older vocabulary) never fires.
func Evaluate(f *Facts, rules []*kefu.Rule) []Fired {
	var fired []Fired
	folded := foldedText{}
	for _, r := range rules {
		if r.StoreID != 0 && r.StoreID != f.StoreID {
			continue
		}
		if f.Event != "" && !r.Fires(f.Event) {
			continue
		}
		ok, actions := true, make([]Action, 0, len(r.Actions))
		for _, c := range r.Conditions {
			pc, err := c.Parse()
			if err != nil || !match(f, &pc, &folded) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, a := range r.Actions {
			p, err := a.Parse()
			if err != nil {
				ok = false
				break
			}
			actions = append(actions, Action{Type: a.Type, Params: p})
		}
		if !ok {
			continue
		}
		fired = append(fired, Fired{Rule: r, Actions: actions})
		if r.Stop {
			break
		}
	}
	return fired
}

// foldedText caches the search-folded subject and text of one event, so
// that many keyword conditions fold them once.
type foldedText struct {
	subject, text *string
}

func (ft *foldedText) get(f *Facts, field string) string {
	p, src := &ft.text, f.Text
	if field == kefu.FieldSubject {
		p, src = &ft.subject, f.Subject
	}
	if *p == nil {
		s := search.FoldString(src)
		*p = &s
	}
	return **p
}

// match reports whether one parsed condition holds for f.
func match(f *Facts, c *kefu.ParsedCondition, folded *foldedText) bool {
	switch c.Field {
	case kefu.FieldPlatform:
		return matchWord(f.Platform, c)
	case kefu.FieldStore:
		return matchID(f.StoreID, c)
	case kefu.FieldChannel:
		return matchWord(f.Channel, c)
	case kefu.FieldIntent:
		return matchWord(f.Intent, c)
	case kefu.FieldNoticeKind:
		return matchWord(f.NoticeKind, c)
	case kefu.FieldLanguage:
		return matchLanguage(f.Language, c)
	case kefu.FieldCurrency:
		return matchWord(f.Currency, c)
	case kefu.FieldSubject:
		return matchText(f.Subject, folded.get(f, c.Field), c)
	case kefu.FieldText:
		return matchText(f.Text, folded.get(f, c.Field), c)
	case kefu.FieldAmount:
		if c.Currency != "" && !strings.EqualFold(c.Currency, f.Currency) {
			return false
		}
		return matchNumber(f.AmountMinor, c)
	case kefu.FieldReasonCode:
		return matchWords(f.ReasonCodes, c)
	case kefu.FieldCustomerTickets:
		return matchNumber(int64(f.CustomerTickets), c)
	case kefu.FieldCustomerDisputes:
		return matchNumber(int64(f.CustomerDisputes), c)
	case kefu.FieldBusinessHours:
		return f.InBusinessHours == c.Bool
	case kefu.FieldPhishing:
		return f.SuspectedPhishing == c.Bool
	}
	return false
}

// matchLanguage is matchWord where a rule for a language also covers its
// regional variants: "zh" matches a ticket in "zh-TW".
func matchLanguage(lang string, c *kefu.ParsedCondition) bool {
	base, _, _ := strings.Cut(lang, "-")
	in := lang != "" && (containsFold(c.Words, lang) || containsFold(c.Words, base))
	switch c.Op {
	case kefu.OpEq, kefu.OpIn:
		return in
	case kefu.OpNe, kefu.OpNotIn:
		return !in
	}
	return matchWord(lang, c)
}

func containsFold(words []string, v string) bool {
	for _, w := range words {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// matchWord tests a fact that has one value per ticket.
func matchWord(v string, c *kefu.ParsedCondition) bool {
	switch c.Op {
	case kefu.OpEq, kefu.OpIn:
		return v != "" && containsFold(c.Words, v)
	case kefu.OpNe, kefu.OpNotIn:
		return !containsFold(c.Words, v)
	case kefu.OpEmpty:
		return v == ""
	case kefu.OpNotEmpty:
		return v != ""
	}
	return false
}

// matchWords tests a fact with several values (a ticket's disputes'
// reason codes): eq/in hold when any value is among the operands, ne and
// not_in when none is.
func matchWords(vs []string, c *kefu.ParsedCondition) bool {
	hit := false
	for _, v := range vs {
		hit = hit || containsFold(c.Words, v)
	}
	switch c.Op {
	case kefu.OpEq, kefu.OpIn:
		return hit
	case kefu.OpNe, kefu.OpNotIn:
		return !hit
	case kefu.OpEmpty:
		return len(vs) == 0
	case kefu.OpNotEmpty:
		return len(vs) > 0
	}
	return false
}

func matchID(id int64, c *kefu.ParsedCondition) bool {
	in := false
	for _, want := range c.IDs {
		in = in || want == id
	}
	if c.Op == kefu.OpNe || c.Op == kefu.OpNotIn {
		return !in
	}
	return in
}

// matchText tests a free-text fact. Keywords are compared in search form
// (case, width and Latin diacritics folded: "hoan tien" finds "hoàn
// tiền", "ＲＥＦＵＮＤ" finds "refund"); patterns run on the text as written.
func matchText(raw, folded string, c *kefu.ParsedCondition) bool {
	switch c.Op {
	case kefu.OpMatches:
		return c.Pattern.MatchString(raw)
	case kefu.OpNotMatches:
		return !c.Pattern.MatchString(raw)
	}
	hits := 0
	for _, w := range c.Words {
		if strings.Contains(folded, search.FoldString(w)) {
			hits++
		}
	}
	switch c.Op {
	case kefu.OpContainsAny:
		return hits > 0
	case kefu.OpContainsAll:
		return hits == len(c.Words)
	case kefu.OpContainsNone:
		return hits == 0
	}
	return false
}

func matchNumber(n int64, c *kefu.ParsedCondition) bool {
	switch c.Op {
	case kefu.OpEq:
		return n == c.Min
	case kefu.OpNe:
		return n != c.Min
	case kefu.OpGt:
		return n > c.Min
	case kefu.OpGte:
		return n >= c.Min
	case kefu.OpLt:
		return n < c.Min
	case kefu.OpLte:
		return n <= c.Min
	case kefu.OpBetween:
		return n >= c.Min && n <= c.Max
	}
	return false
}
