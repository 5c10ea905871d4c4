package email

import "time"

// Message is what Parse understood of one email. Every string is valid
// UTF-8 and single-line header values carry no CR, LF or other controls.
type Message struct {
	// Message-IDs without angle brackets, case kept: compare them with
	// strings.EqualFold.
	MessageID  string
	InReplyTo  string
	References []string // oldest first, as in the header

	From    Address
	To      []Address
	Cc      []Address
	ReplyTo []Address
	Subject string
	Date    time.Time // UTC; zero when missing or unreadable

	Text   string // the new text: quoted history, relay boilerplate and signatures folded away
	Quoted string // what was folded, for the agent to expand
	HTML   string // sanitised with kefu.SanitizeHTML; remote images are left as they are

	Attachments []Attachment

	Truncated bool     // a limit removed something; Notes say what
	Notes     []string // one line per removal or repair

	// Headers keeps the fields that later decisions need
	// (authentication results, list and auto-reply markers, X- fields),
	// keyed by canonical name.
	Headers map[string][]string
}

// Address is a mailbox: a display name and an address.
type Address struct {
	Name    string
	Address string
}

// Attachment is one non-body part. Inline parts are images referenced
// from the HTML by Content-ID (multipart/related).
type Attachment struct {
	Filename    string
	ContentType string
	ContentID   string // without angle brackets
	Inline      bool
	Data        []byte
}

// Header returns the first kept value of header key, or "".
func (m *Message) Header(key string) string {
	if v := m.Headers[canonicalKey(key)]; len(v) > 0 {
		return v[0]
	}
	return ""
}
