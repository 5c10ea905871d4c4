package demo

import "strings"

// A Phrasebook is one language's after-sales text: what buyers write for
// each of the 12 intents and what agents answer. The books are data, one
// file per language (phrases_en.go, phrases_zh.go …), shared by the demo
// and by the bench seeder so that both look like real inboxes.
//
// Templates contain {slot} placeholders that Slots.Fill replaces: {order},
// {product}, {amount}, {tracking}, {carrier}, {name}, {agent}, {store},
// {days} and {email}.
type Phrasebook struct {
	Lang    string // the ticket's language: en, zh, th …
	Variant string // "Hant" for traditional Chinese, "" otherwise

	Names     []string // buyer names as they appear in that market
	Greetings []string // how a buyer opens an email; "" for none
	Signoffs  []string // how a buyer signs an email
	Context   []string // extra sentences a buyer adds to any message

	Subjects map[string][]string // intent → subject lines
	Messages map[string][]string // intent → the buyer's first message
	Replies  map[string][]string // intent → an agent's answer

	FollowUps  []string            // a buyer chasing an answer
	PhotosSent []string            // a buyer sending the photos an agent asked for
	Thanks     map[string][]string // a buyer closing the case: "any", "refund" or "parcel"
	Holding    []string            // an agent's "we are checking with the warehouse" while on hold

	ReplyOpens  []string // an agent's salutation
	ReplyCloses []string // an agent's signature
}

// Key names the book: its language, with the variant when there is one
// ("zh-Hant"). Product names are keyed the same way.
func (b *Phrasebook) Key() string {
	if b.Variant != "" {
		return b.Lang + "-" + b.Variant
	}
	return b.Lang
}

// Phrasebooks returns every language's book. The books are shared: callers
// must not modify them.
func Phrasebooks() []*Phrasebook {
	return []*Phrasebook{phrasesEN, phrasesZH, phrasesZHHant, phrasesES, phrasesDE, phrasesFR,
		phrasesPT, phrasesJA, phrasesTH, phrasesVI, phrasesMS}
}

// BookFor returns the book for key ("en", "zh", "zh-Hant" …), or nil.
func BookFor(key string) *Phrasebook {
	for _, b := range Phrasebooks() {
		if b.Key() == key {
			return b
		}
	}
	return nil
}

// Slots are the values a template's placeholders are filled with.
type Slots struct {
	Order    string // the platform's order number
	Product  string // what the buyer calls the item, in their language
	Amount   string // money, already formatted: "$39.99", "RM 178.00"
	Tracking string
	Carrier  string
	Name     string // the buyer
	Agent    string // the agent answering
	Store    string // the store's display name
	Days     string // a number of days, e.g. "9"
	Email    string // the buyer's email address

	// Notices also use these.
	Case   string // dispute or case id, e.g. dp_1Q…
	Reason string // dispute reason, e.g. product_not_received
	Due    string // a deadline, e.g. 2026-11-25 23:59 UTC
	Card   string // e.g. Visa •••• 4242
	Charge string // e.g. ch_3Q…
}

// slotNames lists every placeholder Fill knows.
var slotNames = []string{"order", "product", "amount", "tracking", "carrier", "name", "agent", "store",
	"days", "email", "case", "reason", "due", "card", "charge"}

func (s *Slots) value(name string) (string, bool) {
	switch name {
	case "order":
		return s.Order, true
	case "product":
		return s.Product, true
	case "amount":
		return s.Amount, true
	case "tracking":
		return s.Tracking, true
	case "carrier":
		return s.Carrier, true
	case "name":
		return s.Name, true
	case "agent":
		return s.Agent, true
	case "store":
		return s.Store, true
	case "days":
		return s.Days, true
	case "email":
		return s.Email, true
	case "case":
		return s.Case, true
	case "reason":
		return s.Reason, true
	case "due":
		return s.Due, true
	case "card":
		return s.Card, true
	case "charge":
		return s.Charge, true
	}
	return "", false
}

// Fill returns tmpl with every known {slot} replaced by its value. Unknown
// braces are left as they are.
func (s *Slots) Fill(tmpl string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 32)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		v, ok := s.value(tmpl[i+1 : i+j])
		b.WriteString(tmpl[:i])
		if ok {
			b.WriteString(v)
		} else {
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
}
