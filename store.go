package kefu

import (
	"context"
	"time"
)

// Store is one shop on one platform and site, e.g. Amazon US or Shopee MY.
// Secrets (API keys, webhook signing secrets) are encrypted at rest and
// never leave the server through the API; only their names are shown.
type Store struct {
	ID        int64     `json:"id"`
	Slug      string    `json:"slug"`
	Platform  string    `json:"platform"`
	Site      string    `json:"site"` // market or site, e.g. US, UK, MY, TH, or a domain
	Name      string    `json:"name"`
	Timezone  string    `json:"timezone"`
	Currency  string    `json:"currency"`
	Secrets   Secrets   `json:"-"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// SecretNames lists the names of the store's secrets for display.
func (s *Store) SecretNames() []string { return s.Secrets.Names() }

// Validate checks a store before it is written.
func (s *Store) Validate() error {
	return firstErr(
		checkSlug("slug", s.Slug),
		checkOneOf("platform", s.Platform, Platforms, true),
		checkText("site", s.Site, 100, false),
		checkText("name", s.Name, MaxNameLen, true),
		checkTimezone("timezone", s.Timezone),
		CheckCurrency("currency", s.Currency),
		s.Secrets.Validate(),
	)
}

func checkTimezone(field, tz string) error {
	if tz == "" {
		return Invalid(field, "%s is required, e.g. America/New_York or Asia/Shanghai", field)
	}
	if _, err := time.LoadLocation(tz); err != nil {
		return Invalid(field, "%s %q is not an IANA time zone such as Asia/Shanghai", field, tz)
	}
	return nil
}

// StoreUpdate changes some fields of a store; nil means unchanged.
// SetSecrets adds or replaces secrets; an empty value deletes one.
type StoreUpdate struct {
	Name       *string           `json:"name,omitempty"`
	Site       *string           `json:"site,omitempty"`
	Timezone   *string           `json:"timezone,omitempty"`
	Currency   *string           `json:"currency,omitempty"`
	SetSecrets map[string]string `json:"secrets,omitempty"`
}

// Apply applies u to s and validates the result.
func (u StoreUpdate) Apply(s *Store) error {
	if u.Name != nil {
		s.Name = *u.Name
	}
	if u.Site != nil {
		s.Site = *u.Site
	}
	if u.Timezone != nil {
		s.Timezone = *u.Timezone
	}
	if u.Currency != nil {
		s.Currency = *u.Currency
	}
	for k, v := range u.SetSecrets {
		if v == "" {
			delete(s.Secrets, k)
			continue
		}
		if s.Secrets == nil {
			s.Secrets = Secrets{}
		}
		s.Secrets[k] = v
	}
	return s.Validate()
}

// StoreService manages stores.
type StoreService interface {
	CreateStore(ctx context.Context, s *Store) error
	FindStoreByID(ctx context.Context, id int64) (*Store, error)
	FindStoreBySlug(ctx context.Context, slug string) (*Store, error)
	// ListStores returns the stores the caller may see, ordered by slug.
	ListStores(ctx context.Context) ([]*Store, error)
	UpdateStore(ctx context.Context, id int64, u StoreUpdate) (*Store, error)
}
