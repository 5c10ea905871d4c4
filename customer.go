package kefu

import (
	"context"
	"net/mail"
	"strings"
	"time"
)

// Identity kinds: how a buyer is known on a channel.
const (
	IdentityEmail   = "email"    // a real address
	IdentityRelay   = "relay"    // a marketplace relay alias, e.g. …@marketplace.amazon.com
	IdentityBuyerID = "buyer_id" // a platform's buyer id or user name
	IdentityPhone   = "phone"
)

// Customer is a buyer, known by one or more identities across platforms.
type Customer struct {
	ID         int64      `json:"id"`
	Name       string     `json:"name"`
	Identities []Identity `json:"identities"`
	CreatedAt  time.Time  `json:"created_at"`
	UpdatedAt  time.Time  `json:"updated_at"`
}

// Identity is one way to reach or recognise a customer. Platform is empty
// for email and phone, which are the same on every platform.
type Identity struct {
	Kind     string `json:"kind"`
	Platform string `json:"platform,omitempty"`
	Value    string `json:"value"`
}

// Normalize lower-cases addresses and strips phone formatting so that the
// same buyer is found however the value was written.
func (i Identity) Normalize() Identity {
	i.Value = strings.TrimSpace(i.Value)
	switch i.Kind {
	case IdentityEmail, IdentityRelay:
		i.Value = strings.ToLower(i.Value)
		if i.Kind == IdentityEmail && strings.Contains(i.Value, "@marketplace.amazon.") {
			i.Kind = IdentityRelay
		}
		if i.Kind == IdentityEmail || i.Kind == IdentityRelay {
			i.Platform = ""
		}
	case IdentityPhone:
		var b strings.Builder
		for _, r := range i.Value {
			if r == '+' && b.Len() == 0 || r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		i.Value, i.Platform = b.String(), ""
	}
	return i
}

// Validate checks a normalised identity.
func (i Identity) Validate() error {
	switch i.Kind {
	case IdentityEmail, IdentityRelay:
		if a, err := mail.ParseAddress(i.Value); err != nil || a.Address != i.Value {
			return Invalid("identities", "%q is not an email address", i.Value)
		}
	case IdentityBuyerID:
		if err := checkOneOf("identities", i.Platform, Platforms, true); err != nil {
			return Invalid("identities", "a buyer_id identity needs its platform")
		}
		if err := checkText("identities", i.Value, MaxNameLen, true); err != nil {
			return err
		}
	case IdentityPhone:
		if n := len(strings.TrimPrefix(i.Value, "+")); n < 5 || n > 20 {
			return Invalid("identities", "a phone number needs 5–20 digits")
		}
	default:
		return Invalid("identities", "identity kind must be one of email, relay, buyer_id, phone")
	}
	return nil
}

// Validate checks a customer before it is written.
func (c *Customer) Validate() error {
	if err := checkText("name", c.Name, MaxNameLen, false); err != nil {
		return err
	}
	if len(c.Identities) > 20 {
		return Invalid("identities", "at most 20 identities")
	}
	for i, id := range c.Identities {
		// Raw text first: Normalize lower-cases (invalid bytes would
		// become U+FFFD) and strips phone formatting (they would vanish).
		if err := firstErr(
			checkText("identities", id.Value, MaxEmailLen, false),
			checkText("identities", id.Platform, MaxNameLen, false),
		); err != nil {
			return err
		}
		c.Identities[i] = id.Normalize()
		if err := c.Identities[i].Validate(); err != nil {
			return err
		}
	}
	return nil
}

// CustomerService reads customers; customers are created as a side effect
// of tickets and orders, matched by identity.
type CustomerService interface {
	FindCustomerByID(ctx context.Context, id int64) (*Customer, error)
	// FindCustomerByIdentity finds the customer owning a normalised identity.
	FindCustomerByIdentity(ctx context.Context, id Identity) (*Customer, error)
}
