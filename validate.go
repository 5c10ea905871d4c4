package kefu

import (
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Limits on free text. They protect the database and every page that
// shows the value; anything longer is a client bug or an attack.
const (
	MaxNameLen    = 200
	MaxSubjectLen = 500
	MaxBodyLen    = 256 << 10 // one message body, text or HTML
	MaxTagLen     = 64
	MaxTags       = 50
)

var slugPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)

// checkText validates a free-text field: valid UTF-8, no NUL, at most max bytes.
func checkText(field, value string, max int, required bool) error {
	switch {
	case required && strings.TrimSpace(value) == "":
		return Invalid(field, "%s is required", field)
	case !utf8.ValidString(value):
		return Invalid(field, "%s is not valid UTF-8", field)
	case strings.ContainsRune(value, 0):
		return Invalid(field, "%s contains a NUL character", field)
	case len(value) > max:
		return Invalid(field, "%s is longer than %d bytes", field, max)
	}
	return nil
}

// checkOneOf validates an enumerated value; empty is allowed unless required.
func checkOneOf(field, value string, labels []Label, required bool) error {
	if value == "" && !required {
		return nil
	}
	if !hasLabel(labels, value) {
		return Invalid(field, "%s must be one of %s", field, strings.Join(labelIDs(labels), ", "))
	}
	return nil
}

// checkSlug validates a URL-safe identifier such as a store slug.
func checkSlug(field, value string) error {
	if !slugPattern.MatchString(value) {
		return Invalid(field, "%s must be 1–63 characters of a-z, 0-9 and '-', starting with a letter or digit", field)
	}
	return nil
}

// NormalizeTags trims, lower-cases and de-duplicates tags, keeping order.
func NormalizeTags(tags []string) ([]string, error) {
	if len(tags) > MaxTags {
		return nil, Invalid("tags", "at most %d tags", MaxTags)
	}
	out := make([]string, 0, len(tags))
	seen := make(map[string]bool, len(tags))
	for _, t := range tags {
		// Check before lower-casing: strings.ToLower turns each invalid
		// byte into U+FFFD, which would let garbage through as valid text.
		t = strings.TrimSpace(t)
		if err := checkText("tags", t, MaxTagLen, true); err != nil {
			return nil, Invalid("tags", "each tag must be 1–%d bytes of valid UTF-8", MaxTagLen)
		}
		t = strings.ToLower(t)
		if len(t) > MaxTagLen { // a few runes grow when lower-cased
			return nil, Invalid("tags", "each tag must be 1–%d bytes of valid UTF-8", MaxTagLen)
		}
		if strings.ContainsAny(t, ",\n\r\t") {
			return nil, Invalid("tags", "tag %q contains a comma or control character", t)
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out, nil
}

// CheckCurrency validates an ISO 4217 alphabetic code.
func CheckCurrency(field, code string) error {
	if len(code) != 3 || strings.ToUpper(code) != code || strings.IndexFunc(code, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return Invalid(field, "%s must be a 3-letter ISO 4217 code such as USD or CNY", field)
	}
	return nil
}

// WithFieldPrefix returns err with prefix put before its field, for
// errors of a nested object: "text" inside a ticket's first message is
// "message.text". Errors without a field, and foreign errors, are
// returned unchanged.
func WithFieldPrefix(prefix string, err error) error {
	var e *Error
	if !errors.As(err, &e) || e.Field == "" {
		return err
	}
	c := *e
	c.Field = prefix + e.Field
	return &c
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
