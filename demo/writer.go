package demo

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"kefu/search"
)

// A Writer composes ticket text from the phrase books. Every choice comes
// from R, so the same seed writes the same inbox.
type Writer struct {
	R *rand.Rand
}

// Pick returns one element of list, or "" when it is empty.
func (w Writer) Pick(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[w.R.IntN(len(list))]
}

// Opening returns the subject and first message of a buyer's ticket of
// intent. Subjects and messages of a book are written in pairs (the i-th
// subject heads the i-th message), so the two tell the same story. An email
// gets a greeting and a signature; a chat line is just the text.
func (w Writer) Opening(b *Phrasebook, intent string, s *Slots, chat bool) (subject, text string) {
	subjects, messages := b.Subjects[intent], b.Messages[intent]
	if len(subjects) == 0 || len(messages) == 0 {
		return "", ""
	}
	k := w.R.IntN(max(len(subjects), len(messages)))
	return s.Fill(subjects[k%len(subjects)]), w.compose(b, messages[k%len(messages)], s, chat)
}

func (w Writer) compose(b *Phrasebook, tmpl string, s *Slots, chat bool) string {
	body := s.Fill(tmpl)
	if len(b.Context) > 0 && w.R.IntN(4) == 0 {
		extra := s.Fill(w.Pick(b.Context))
		if b.Lang == "vi" && isASCII(tmpl) {
			extra = search.FoldString(extra) // the buyer is typing without diacritics
		}
		body = joinSentences(b, body, extra)
	}
	if chat {
		return body
	}
	return joinParagraphs(s.Fill(w.Pick(b.Greetings)), body, s.Fill(w.Pick(b.Signoffs)))
}

// FollowUp returns a buyer chasing an answer.
func (w Writer) FollowUp(b *Phrasebook, s *Slots) string { return s.Fill(w.Pick(b.FollowUps)) }

// PhotosSent returns a buyer sending the photos an agent asked for.
func (w Writer) PhotosSent(b *Phrasebook, s *Slots) string { return s.Fill(w.Pick(b.PhotosSent)) }

// Thanks returns a buyer closing a case of intent: thanking for the
// refund, for the parcel, or just thanking.
func (w Writer) Thanks(b *Phrasebook, intent string, s *Slots) string {
	kind := "any"
	switch intent {
	case "refund_request", "refund_delay", "duplicate_charge", "fx_dispute", "chargeback_threat":
		kind = "refund"
	case "order_status", "not_received":
		kind = "parcel"
	}
	if w.R.IntN(3) == 0 || len(b.Thanks[kind]) == 0 {
		kind = "any"
	}
	return s.Fill(w.Pick(b.Thanks[kind]))
}

// Reply returns an agent's answer for intent, with salutation and
// signature unless it is a chat.
func (w Writer) Reply(b *Phrasebook, intent string, s *Slots, chat bool) string {
	return w.reply(b, b.Replies[intent], s, chat)
}

// Holding returns an agent's interim answer while the case waits on the
// warehouse, carrier or payment provider.
func (w Writer) Holding(b *Phrasebook, s *Slots, chat bool) string {
	return w.reply(b, b.Holding, s, chat)
}

func (w Writer) reply(b *Phrasebook, bodies []string, s *Slots, chat bool) string {
	rs := *s
	rs.Name = GreetingName(b, s.Name)
	body := rs.Fill(w.Pick(bodies))
	open := rs.Fill(w.Pick(b.ReplyOpens))
	if chat {
		return joinSentences(b, open, body)
	}
	return joinParagraphs(open, body, rs.Fill(w.Pick(b.ReplyCloses)))
}

// GreetingName is the part of a buyer's name an agent greets them by:
// the given name in most languages ("Emily"), the last word in Vietnamese
// ("Lan"), the family name in Japanese (佐藤, before 様), the whole name in
// Chinese.
func GreetingName(b *Phrasebook, name string) string {
	words := strings.Fields(name)
	switch {
	case len(words) < 2 || b.Lang == "zh":
		return name
	case b.Lang == "vi":
		return words[len(words)-1]
	}
	return words[0]
}

// Note returns an internal note for an intent or notice kind; one in five
// is in English.
func (w Writer) Note(key string, s *Slots) string {
	zh, en := Notes(key)
	if len(zh) == 0 || w.R.IntN(5) == 0 {
		return s.Fill(w.Pick(en))
	}
	return s.Fill(w.Pick(zh))
}

// SystemEvent returns an event line: "on_hold_carrier", "on_hold_payment",
// "on_hold_warehouse", "refund", "breach" or "order".
func (w Writer) SystemEvent(key string, s *Slots) string { return s.Fill(w.Pick(systemEvents[key])) }

// joinSentences appends sentences the way the language does: Chinese and
// Japanese without a space, everything else with one.
func joinSentences(b *Phrasebook, parts ...string) string {
	sep := " "
	if b.Lang == "zh" || b.Lang == "ja" {
		sep = ""
	}
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

func joinParagraphs(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
